using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PmoAssess.Import.Inspection;

/// <summary>Writes YAML scalars and comments safely, whatever a client's headers and cells contain.</summary>
internal static partial class YamlText
{
    /// <summary>
    /// A scalar, plain when that reads back as the same string in block and flow context alike (letters, digits,
    /// spaces inside, <c>_ . - / ( )</c>; not a YAML keyword or number), otherwise double-quoted.
    /// </summary>
    public static string Scalar(string text) =>
        Plain().IsMatch(text) && !Keyword().IsMatch(text) && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? text
            : Quoted(text);

    /// <summary>A double-quoted scalar with YAML escapes.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A cell value shown in a comment: on one line, cut short, in single quotes.</summary>
    public static string Sample(string value, int length = 40)
    {
        var line = Whitespace().Replace(value, " ").Trim();
        return "'" + (line.Length <= length ? line : line[..length].TrimEnd() + "...") + "'";
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_ ./()-]*$|^[A-Za-z_]$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(true|false|yes|no|on|off|y|n|null|~)$|\s$|\s\s| -|: | #", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
