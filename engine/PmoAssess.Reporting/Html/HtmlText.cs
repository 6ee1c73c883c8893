using System.Text;

namespace PmoAssess.Reporting.Html;

/// <summary>
/// Makes untrusted text safe as HTML or SVG character data and as a quoted attribute value: markup
/// characters become entities, and control characters (invalid in SVG's XML) and bidirectional overrides
/// (which make text read differently than it is) become spaces, as <see cref="Reports.MarkdownText"/> does.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => encoded.Append("&amp;"),
                '<' => encoded.Append("&lt;"),
                '>' => encoded.Append("&gt;"),
                '"' => encoded.Append("&quot;"),
                '\'' => encoded.Append("&#39;"),
                _ when char.IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029' => encoded.Append(' '),
                _ => encoded.Append(c),
            };
        }

        return encoded.ToString();
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
