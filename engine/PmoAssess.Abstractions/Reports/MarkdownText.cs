using System.Buffers;
using System.Text;

namespace PmoAssess.Reports;

/// <summary>
/// Makes untrusted text (project names, comments, cell values) safe inside Markdown: it renders as the
/// literal text, breaks no table, and injects no HTML or links. Plugins use it for the data they put in a report section.
/// </summary>
public static class MarkdownText
{
    // Characters that start Markdown or HTML syntax inline; CommonMark lets any ASCII punctuation be backslash-escaped.
    private const string Special = "\\`*_[]<>|#&~!{}";

    // Every character Escape changes: most text has none, and comes back as it is, without a copy.
    private static readonly SearchValues<char> Changed = SearchValues.Create(
        [.. Special, .. Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(c => char.IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029')]);

    /// <summary>Escapes text for use inline or in a table cell: one line, every syntax character escaped.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.AsSpan().ContainsAny(Changed))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029')
            {
                // Line breaks would end a table row; bidirectional overrides can make text read differently than it is.
                escaped.Append(' ');
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
