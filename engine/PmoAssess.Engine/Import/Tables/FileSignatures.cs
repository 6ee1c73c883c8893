namespace PmoAssess.Import.Tables;

/// <summary>
/// Recognises the binary files that turn up renamed as CSV (a workbook saved as <c>.csv</c>, an image attached by
/// mistake), so the message can say what the file really is instead of showing mojibake as headers.
/// </summary>
internal static class FileSignatures
{
    private static readonly (byte[] Magic, string Kind)[] Known =
    [
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (perhaps an .xlsx workbook under another name)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE compound file (an old .xls workbook, or a workbook protected with a password)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 big-endian text, which is not supported (save it as UTF-8)"),
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32 little-endian text, which is not supported (save it as UTF-8)"),
    ];

    /// <summary>What the file is, when its first bytes say so; <c>null</c> for anything that may be text.</summary>
    public static string? Recognise(ReadOnlySpan<byte> head)
    {
        foreach (var (magic, kind) in Known)
        {
            if (head.StartsWith(magic))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Whether the bytes start a zip archive, as every .xlsx workbook does.</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith(Known[0].Magic) || head.StartsWith(Known[1].Magic);

    /// <summary>Whether the bytes start an OLE compound file: an .xls workbook or an encrypted .xlsx.</summary>
    public static bool IsOleCompound(ReadOnlySpan<byte> head) => head.StartsWith(Known[2].Magic);
}
