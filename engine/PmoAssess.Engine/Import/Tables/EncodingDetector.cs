using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace PmoAssess.Import.Tables;

/// <summary>
/// Decides how a text file is encoded: a byte order mark first; then UTF-16 without one by its pattern of zero
/// bytes; then a strict UTF-8 check of the whole file, streamed in chunks so memory stays bounded, falling back to
/// windows-1252 (what Excel writes as "CSV" on Western Windows). Zero bytes otherwise mean a binary file.
/// </summary>
internal static class EncodingDetector
{
    /// <summary>How much of the start of the file the UTF-16 and binary tests look at.</summary>
    private const int HeadLength = 4096;

    private const int ChunkLength = 64 * 1024;

    /// <summary>Detects the encoding of the file, or checks the one given against its byte order mark.</summary>
    /// <exception cref="InvalidInputException">The file is binary, contradicts the given encoding, or cannot be read.</exception>
    public static DetectedEncoding Detect(string path, string displayName, EncodingChoice? given)
    {
        using var stream = TableFiles.OpenRead(path, displayName);
        try
        {
            return Detect(stream, displayName, given);
        }
        catch (IOException exception)
        {
            throw TableFiles.Unreadable(exception, displayName);
        }
    }

    private static DetectedEncoding Detect(Stream stream, string displayName, EncodingChoice? given)
    {
        var head = new byte[HeadLength];
        var headLength = TableFiles.ReadFully(stream, head);
        var start = head.AsSpan(0, headLength);
        var location = new SourceLocation(displayName);
        if (FileSignatures.Recognise(start) is { } kind)
        {
            throw InvalidInputException.At("This is not a text table: it looks like " + kind + ".", location);
        }

        if (Bom(start) is { } bom)
        {
            if (given is not null && given.Name != bom.Name)
            {
                throw InvalidInputException.At(
                    "The file starts with a " + bom.Name + " byte order mark, but its encoding was given as " + given.Name +
                    ": give '" + bom.Name + "' or 'auto'.", location);
            }

            // A mark is the writer's own word; UTF-8 after one is still checked for zero bytes and invalid sequences.
            return bom.Name == TextEncodings.Utf8 ? CheckEightBit(stream, head, headLength, bom, detecting: false, location) : bom with { Note = given?.Note ?? bom.Note };
        }

        if (given is not null)
        {
            var chosen = new DetectedEncoding(given.Name, 0, given.Note);
            return given.Name is TextEncodings.Utf16Le or TextEncodings.Utf16Be ? chosen : CheckEightBit(stream, head, headLength, chosen, detecting: false, location);
        }

        if (Utf16ByZeros(start) is { } utf16)
        {
            return utf16;
        }

        return CheckEightBit(stream, head, headLength, new DetectedEncoding(TextEncodings.Utf8, 0, null), detecting: true, location);
    }

    private static DetectedEncoding? Bom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? new DetectedEncoding(TextEncodings.Utf8, 3, "UTF-8 byte order mark")
        : head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? new DetectedEncoding(TextEncodings.Utf16Le, 2, "UTF-16LE byte order mark")
        : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? new DetectedEncoding(TextEncodings.Utf16Be, 2, "UTF-16BE byte order mark")
        : null;

    /// <summary>
    /// UTF-16 without a mark: the delimiters, digits and Latin letters of a table are ASCII, so one byte of each pair
    /// is zero (the odd bytes in little-endian, the even ones in big-endian) while the other almost never is.
    /// </summary>
    private static DetectedEncoding? Utf16ByZeros(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs == 0)
        {
            return null;
        }

        var (evenZeros, oddZeros) = (0, 0);
        for (var index = 0; index + 1 < head.Length; index += 2)
        {
            evenZeros += head[index] == 0 ? 1 : 0;
            oddZeros += head[index + 1] == 0 ? 1 : 0;
        }

        static bool Pattern(int zeros, int others, int pairs) => zeros > 0 && zeros >= pairs / 4 && others <= pairs / 50;
        return Pattern(oddZeros, evenZeros, pairs) ? new DetectedEncoding(TextEncodings.Utf16Le, 0, "no byte order mark: UTF-16LE recognised by its zero bytes")
            : Pattern(evenZeros, oddZeros, pairs) ? new DetectedEncoding(TextEncodings.Utf16Be, 0, "no byte order mark: UTF-16BE recognised by its zero bytes")
            : null;
    }

    /// <summary>
    /// Streams the whole file once: a zero byte means binary (or corrupt) in any 8-bit encoding, and UTF-8 must be
    /// valid. Undetected UTF-8 that is invalid becomes windows-1252; given UTF-8 that is invalid is an error.
    /// </summary>
    private static DetectedEncoding CheckEightBit(Stream stream, byte[] head, int headLength, DetectedEncoding candidate, bool detecting, SourceLocation location)
    {
        var checkUtf8 = candidate.Name == TextEncodings.Utf8;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkLength + 4);
        var chars = ArrayPool<char>.Shared.Rent(ChunkLength + 4);
        try
        {
            head.AsSpan(0, headLength).CopyTo(buffer);
            var (length, carried, line, skip, first) = (headLength, 0, 1, candidate.BomLength, true);
            string? invalid = null;
            while (length > 0)
            {
                var chunk = buffer.AsSpan(skip, length - skip);
                if (chunk.IndexOf((byte)0) is var zero and >= 0)
                {
                    var at = line + chunk[..zero].Count((byte)'\n');
                    throw InvalidInputException.At(
                        first
                            ? "This is not a text table: it holds zero bytes, as binary files do."
                            : "The file holds a zero byte, as binary or corrupt files do.",
                        location with { Line = at });
                }

                if (checkUtf8 && invalid is null)
                {
                    var status = Utf8.ToUtf16(chunk, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: false);
                    if (status == System.Buffers.OperationStatus.InvalidData)
                    {
                        invalid = "line " + (line + chunk[..read].Count((byte)'\n')).ToString(CultureInfo.InvariantCulture) +
                                  ", byte 0x" + chunk[read].ToString("X2", CultureInfo.InvariantCulture);
                    }

                    // An incomplete sequence at the end of the chunk is carried into the next one.
                    carried = status == System.Buffers.OperationStatus.NeedMoreData ? chunk.Length - read : 0;
                }

                line += chunk[..(chunk.Length - carried)].Count((byte)'\n');
                chunk[(chunk.Length - carried)..].CopyTo(buffer);
                length = carried + TableFiles.ReadFully(stream, buffer.AsSpan(carried, ChunkLength));
                (skip, first) = (0, false);
                if (length == carried && carried > 0)
                {
                    // The file ends inside a multi-byte sequence.
                    invalid ??= "line " + line.ToString(CultureInfo.InvariantCulture) + ", at the end of the file";
                    break;
                }
            }

            if (invalid is null || !checkUtf8)
            {
                return candidate;
            }

            if (detecting)
            {
                return new DetectedEncoding(TextEncodings.Windows1252, 0, "not valid UTF-8 (first at " + invalid + "): read as windows-1252");
            }

            if (candidate.BomLength > 0)
            {
                // The mark says UTF-8 and a forced encoding could not override it: read it, showing the bad bytes as U+FFFD.
                return candidate with { Note = candidate.Note + "; not valid UTF-8 (first at " + invalid + "): invalid bytes read as U+FFFD" };
            }

            throw InvalidInputException.At(
                "The file is not valid UTF-8 (first at " + invalid + "): give its encoding, e.g. 'windows-1252', or 'auto'.",
                location);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

/// <summary>The encoding a text table is read in.</summary>
/// <param name="Name">The canonical name (see <see cref="TextEncodings"/>).</param>
/// <param name="BomLength">The length of the byte order mark to skip, 0 when there is none.</param>
/// <param name="Note">How it was decided, for the user to see; <c>null</c> when there is nothing to say.</param>
internal sealed record DetectedEncoding(string Name, int BomLength, string? Note)
{
    /// <summary>The .NET encoding that decodes the text after the mark.</summary>
    public System.Text.Encoding Encoding => TextEncodings.Get(Name);
}
