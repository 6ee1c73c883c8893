using System.Text.RegularExpressions;
using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>
/// Chooses rules in a policy file: an id (<c>GOV-101</c>), a glob (<c>DQ-*</c>), <c>tag:evm</c> or
/// <c>category:risk</c>. Immutable.
/// </summary>
public sealed class RulePattern
{
    private readonly Regex? _id;

    private RulePattern(string text, Regex? id, string? tag, string? category)
    {
        Text = text;
        _id = id;
        Tag = tag;
        Category = category;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    private string? Tag { get; }

    private string? Category { get; }

    /// <summary>Reads a pattern.</summary>
    public static RulePattern Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (text.StartsWith("tag:", StringComparison.Ordinal))
        {
            return new RulePattern(text, null, text[4..], null);
        }

        if (text.StartsWith("category:", StringComparison.Ordinal))
        {
            return new RulePattern(text, null, null, text[9..]);
        }

        return new RulePattern(text, Glob(text), null, null);
    }

    /// <summary>
    /// A regular expression for a glob of <c>*</c> and <c>?</c>, anchored at both ends. Built once per glob: waivers
    /// match every finding, and a policy names few globs.
    /// </summary>
    public static Regex Glob(string glob) => Globs.GetOrAdd(glob, text => new Regex(
        "^" + Regex.Escape(text).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Globs = new(StringComparer.Ordinal);

    /// <summary>Whether the pattern chooses <paramref name="rule"/>.</summary>
    public bool Matches(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _id?.IsMatch(rule.Id)
            ?? (Tag is not null ? rule.Tags.Contains(Tag, StringComparer.Ordinal) : string.Equals(rule.Category, Category, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
