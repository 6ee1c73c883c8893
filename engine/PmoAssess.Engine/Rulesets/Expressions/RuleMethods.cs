namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// The methods an expression may call on a value (rulesets/README.md): those of collections and those of text. Authors
/// write them in camelCase; the parser needs their .NET names, since it passes its own spelling on when it binds a
/// collection method and finds <c>Select</c>, <c>Min</c> and <c>Max</c> over dates or text only by that name.
/// </summary>
internal static class RuleMethods
{
    /// <summary>The methods of <see cref="Enumerable"/> a collection may call (<c>distinct</c> is accepted, not documented).</summary>
    public static readonly IReadOnlySet<string> Collection = new HashSet<string>(
        ["Count", "Any", "All", "Where", "Sum", "Min", "Max", "Average", "Select", "Contains", "Distinct"], StringComparer.Ordinal);

    /// <summary>The methods of <see cref="string"/> text may call.</summary>
    public static readonly IReadOnlySet<string> Text = new HashSet<string>(
        ["Contains", "StartsWith", "EndsWith", "ToLower", "ToUpper", "Trim"], StringComparer.Ordinal);

    private static readonly Dictionary<string, string> ByWrittenName =
        Collection.Concat(Text).Distinct().ToDictionary(name => name, name => name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The documented methods as authors write them, for error messages.</summary>
    public static string Listing { get; } =
        "collections: count, any, all, where, sum, min, max, average, select, contains; text: contains, startsWith, endsWith, toLower, toUpper, trim";

    /// <summary>The .NET name of the method written <paramref name="written"/> (in any case), or <c>null</c> for an unknown method.</summary>
    public static string? DotNetName(string written) => ByWrittenName.GetValueOrDefault(written);

    /// <summary>A method name as authors write it: <c>StartsWith</c> as <c>startsWith</c>.</summary>
    public static string Written(string dotNetName) => dotNetName.Length == 0 ? dotNetName : char.ToLowerInvariant(dotNetName[0]) + dotNetName[1..];

    /// <summary>The written names, for did-you-mean hints.</summary>
    public static IEnumerable<string> WrittenNames => ByWrittenName.Keys.Where(name => name != "Distinct").Select(Written);
}
