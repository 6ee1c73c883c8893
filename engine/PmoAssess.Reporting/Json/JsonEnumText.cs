using System.Collections.Frozen;
using System.Text.Json;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// Enum values as <c>findings.json</c> spells them: kebab-case, lower-case (<c>not-assessable</c>,
/// <c>change-request</c>, <c>high</c>). One table per enum, built once, so writing and reading agree.
/// </summary>
internal static class JsonEnumText<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every spelling, in the enum's order; the schema lists the same.</summary>
    public static IEnumerable<string> All => Enum.GetValues<TEnum>().Select(value => Names[value]);

    public static string Name(TEnum value) => Names[value];

    public static bool TryParse(string text, out TEnum value) => Values.TryGetValue(text, out value);
}
