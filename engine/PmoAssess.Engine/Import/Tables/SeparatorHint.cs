namespace PmoAssess.Import.Tables;

/// <summary>
/// Excel's <c>sep=;</c> first line, which names the separator and is not part of the table (Excel hides it, so the
/// header is still row 1). Handled here rather than by CsvHelper so that it is skipped also when the delimiter is
/// given, and so that its line is counted in the line numbers of messages.
/// </summary>
internal static class SeparatorHint
{
    /// <summary>The separator a <c>sep=</c> first line names, or <c>null</c> when the file does not start with one.</summary>
    public static char? Read(string path, string displayName, DetectedEncoding encoding)
    {
        using var stream = TableFiles.OpenRead(path, displayName);
        Span<byte> head = stackalloc byte[64];
        var length = TableFiles.ReadFully(stream, head);
        var start = Math.Min(encoding.BomLength, length);
        var text = encoding.Encoding.GetString(head[start..length]);
        // "sep=" and one character, then the end of the line (or of the file).
        var isHint = text.Length >= 5 && text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && (text.Length == 5 || text[5] is '\r' or '\n');
        return isHint ? text[4] : null;
    }
}
