namespace PmoAssess.Import.Tables;

/// <summary>Opens table files for reading, turning the ways that fails into messages that name the file.</summary>
internal static class TableFiles
{
    /// <summary>Opens the file for one sequential pass, sharing it with other readers.</summary>
    /// <exception cref="InvalidInputException">The file does not exist, is a folder, or cannot be read.</exception>
    public static FileStream OpenRead(string path, string displayName)
    {
        if (Directory.Exists(path))
        {
            throw InvalidInputException.At("This is a folder, not a table file.", new SourceLocation(displayName));
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            throw InvalidInputException.At("The file does not exist.", new SourceLocation(displayName), exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(exception, displayName);
        }
    }

    /// <summary>The error for a file that could not be read, with the reason the system gave.</summary>
    public static InvalidInputException Unreadable(Exception exception, string displayName) =>
        InvalidInputException.At("Cannot read the file: " + exception.Message, new SourceLocation(displayName), exception);

    /// <summary>Reads as many bytes as the buffer holds, or up to the end of the stream.</summary>
    public static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && stream.Read(buffer[total..]) is var read && read > 0)
        {
            total += read;
        }

        return total;
    }
}
