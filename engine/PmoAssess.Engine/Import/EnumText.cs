using System.Text;

namespace PmoAssess.Import;

/// <summary>Enum values as files spell them: case-insensitive, with '-', '_', '/' and spaces ignored ("Amber/Green" is AmberGreen).</summary>
internal static class EnumText
{
    public static TEnum? TryParse<TEnum>(string text)
        where TEnum : struct, Enum
    {
        // The same few spellings ("execution", "open") fill whole columns: remember what each read as.
        if (Spellings<TEnum>.Seen.TryGetValue(text, out var known))
        {
            return known;
        }

        TEnum? value = Spellings<TEnum>.ByKey.TryGetValue(Normalise(text), out var match) ? match : null;
        if (Spellings<TEnum>.Seen.Count < Spellings<TEnum>.MaxSeen)
        {
            Spellings<TEnum>.Seen.TryAdd(text, value);
        }

        return value;
    }

    /// <summary>An enumeration's values by their normalised names (the first of any two that normalise alike), and the spellings read so far.</summary>
    private static class Spellings<TEnum>
        where TEnum : struct, Enum
    {
        public const int MaxSeen = 1024;

        public static readonly Dictionary<string, TEnum> ByKey = Keys();

        public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TEnum?> Seen = new(StringComparer.Ordinal);

        private static Dictionary<string, TEnum> Keys()
        {
            var keys = new Dictionary<string, TEnum>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValues<TEnum>())
            {
                keys.TryAdd(Normalise(value.ToString()), value);
            }

            return keys;
        }
    }

    /// <summary>The canonical spelling (e.g. <c>amber-green</c>) of <paramref name="text"/> read as a value of <paramref name="enumType"/>, or <c>null</c>.</summary>
    public static string? Canonical(Type enumType, string text)
    {
        var key = Normalise(text);
        return Enum.GetNames(enumType).FirstOrDefault(name => string.Equals(Normalise(name), key, StringComparison.Ordinal)) is { } match
            ? ToCanonical(match)
            : null;
    }

    /// <summary>Every value of <paramref name="enumType"/> as the canonical layout spells it, in declaration order.</summary>
    public static IReadOnlyList<string> CanonicalNames(Type enumType) => [.. Enum.GetNames(enumType).Select(ToCanonical)];

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
