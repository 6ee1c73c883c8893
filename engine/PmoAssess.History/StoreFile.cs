namespace PmoAssess.History;

/// <summary>What is at a store's path before SQLite is let near it: nothing, an empty file, a SQLite database, or something else.</summary>
internal enum StoreFileKind
{
    Missing,
    Empty,
    Sqlite,
    NotSqlite,
}

/// <summary>Reads the first bytes of a file to tell a SQLite database from anything else, without opening it for writing.</summary>
internal static class StoreFile
{
    /// <summary>Every SQLite 3 database starts with these 16 bytes; the header is 100 bytes long.</summary>
    private static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    private const int HeaderLength = 100;

    public static StoreFileKind Inspect(string path)
    {
        if (!File.Exists(path))
        {
            return StoreFileKind.Missing;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length == 0)
        {
            return StoreFileKind.Empty;
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        var read = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        return read == HeaderLength && header.StartsWith(Magic) ? StoreFileKind.Sqlite : StoreFileKind.NotSqlite;
    }
}
