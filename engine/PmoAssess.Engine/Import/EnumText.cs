using System.Text;

namespace PmoAssess.Import;

/// <summary>Enum values as files spell them: case-insensitive, with '-', '_', '/' and spaces ignored ("Amber/Green" is AmberGreen).</summary>
internal static class EnumText
{
    public static TEnum? TryParse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        var key = Normalise(text);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Normalise(value.ToString()), key, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The spelling the canonical layout uses: kebab-case, e.g. <c>amber-green</c>.</summary>
    public static string ToCanonical(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Normalise(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('-' or '_' or '/' or ' '))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
