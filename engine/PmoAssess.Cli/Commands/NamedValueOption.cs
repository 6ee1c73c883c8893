using System.CommandLine;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Options whose value is one of an enumeration's names, written in lower case as the documentation writes them
/// (<c>--fail-on high</c>). Parsed here rather than by System.CommandLine's own enumeration parser, whose error named
/// the .NET type (<c>'PmoAssess.Outcomes.Severity'</c>) and suggested the names capitalised.
/// </summary>
internal static class NamedValueOption
{
    /// <summary>An option <paramref name="name"/> taking one of <typeparamref name="TEnum"/>'s names; <paramref name="what"/> is "a severity", say.</summary>
    public static Option<TEnum?> Create<TEnum>(string name, string what, string description)
        where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>().Select(value => value.ToLowerInvariant()).ToArray();
        var option = new Option<TEnum?>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (names.Contains(text.ToLowerInvariant(), StringComparer.Ordinal))
                {
                    return Enum.Parse<TEnum>(text, ignoreCase: true);
                }

                result.AddError("'" + text + "' is not " + what + " for " + name + ": expected " + string.Join(", ", names[..^1]) + " or " + names[^1] + ".");
                return null;
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }
}
