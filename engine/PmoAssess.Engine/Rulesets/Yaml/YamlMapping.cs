using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Rulesets.Yaml;

/// <summary>
/// Reads one YAML mapping of a known shape: unknown keys are problems with a did-you-mean, and each read
/// names the key it expected. Problems are collected; reads of a bad value give <c>null</c>.
/// </summary>
internal sealed class YamlMapping
{
    private readonly YamlMappingNode _node;
    private readonly YamlProblems _problems;

    private YamlMapping(YamlMappingNode node, YamlFile file, YamlProblems problems, string? ruleId)
    {
        _node = node;
        File = file;
        _problems = problems;
        RuleId = ruleId;
    }

    public YamlFile File { get; }

    public string? RuleId { get; }

    public Mark Start => _node.Start;

    /// <summary>Opens <paramref name="node"/> as a mapping with the given keys, or reports what it is instead.</summary>
    public static YamlMapping? Open(YamlNode? node, string what, IReadOnlyCollection<string> keys, YamlFile file, YamlProblems problems, string? ruleId = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add("Expected " + what + " (a mapping of keys to values).", file.DisplayName, node?.Start, ruleId);
            return null;
        }

        var reader = new YamlMapping(mapping, file, problems, ruleId);
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!keys.Contains(name))
            {
                problems.Add("Unknown key '" + name + "' in " + what + Suggestions.DidYouMean(name, keys) + " Keys: " + string.Join(", ", keys) + ".",
                    file.DisplayName, key.Start, ruleId);
            }
        }

        return reader;
    }

    public YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar value, or <c>null</c> when the key is absent or empty; a list or mapping is a problem, as is a missing required key.</summary>
    public YamlScalarNode? Scalar(string key, bool required = false)
    {
        switch (Node(key))
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar;
            case null or YamlScalarNode:
                if (required)
                {
                    Problem("Missing key '" + key + "': it needs a value.", _node.Start);
                }

                return null;
            case var other:
                Problem("Expected '" + key + "' to be a single value, not a list or mapping.", other.Start);
                return null;
        }
    }

    public string? Text(string key, bool required = false) => Scalar(key, required)?.Value?.Trim();

    /// <summary>A list of scalars, or a single scalar taken as a list of one.</summary>
    public IReadOnlyList<string> List(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [scalar.Value.Trim()];
            case YamlSequenceNode sequence when sequence.Children.All(item => item is YamlScalarNode):
                return [.. sequence.Children.Cast<YamlScalarNode>().Select(item => item.Value?.Trim() ?? string.Empty).Where(item => item.Length > 0)];
            case var other:
                Problem("Expected '" + key + "' to be a list of values, such as [a, b].", other.Start);
                return [];
        }
    }

    /// <summary>
    /// An enumeration value as the files spell it (case, spaces, '-', '_' and '/' ignored); an unknown one is a problem
    /// naming <paramref name="what"/> (default: the key) and the values <paramref name="expected"/>.
    /// </summary>
    public T? Enumeration<T>(string key, string expected, bool required = false, string? what = null)
        where T : struct, Enum
    {
        if (Scalar(key, required) is not { } scalar)
        {
            return null;
        }

        var value = Import.EnumText.TryParse<T>(scalar.Value!);
        if (value is null)
        {
            Problem("Unknown " + (what ?? key) + " '" + scalar.Value + "': expected " + expected + ".", scalar.Start);
        }

        return value;
    }

    /// <summary>A share written as <c>90%</c> or <c>0.9</c>; anything else is a problem.</summary>
    public decimal? Share(string key, bool required = false)
    {
        if (Scalar(key, required) is not { } scalar)
        {
            return null;
        }

        var text = scalar.Value!.Trim();
        var percent = text.EndsWith('%');
        if (decimal.TryParse(percent ? text[..^1] : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && (percent ? value / 100 : value) is var share and >= 0 and <= 1)
        {
            return share;
        }

        Problem("Expected '" + key + "' to be a share such as 90% or 0.9, not '" + text + "'.", scalar.Start);
        return null;
    }

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>; anything else is a problem.</summary>
    public int? Integer(string key, int minimum, int maximum, string what, bool required = false)
    {
        if (Scalar(key, required) is not { } scalar)
        {
            return null;
        }

        if (int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        Problem("Expected '" + key + "' to be " + what + " from " + minimum.ToString(CultureInfo.InvariantCulture) + " to " +
            maximum.ToString(CultureInfo.InvariantCulture) + ", not '" + scalar.Value + "'.", scalar.Start);
        return null;
    }

    /// <summary>The mappings of a list under <paramref name="key"/>; a missing or empty list is a problem when required.</summary>
    public IReadOnlyList<YamlNode> Items(string key, bool required = false)
    {
        switch (Node(key))
        {
            case YamlSequenceNode sequence when sequence.Children.Count > 0:
                return [.. sequence.Children];
            case null or YamlSequenceNode or YamlScalarNode { Value: null or "" }:
                if (required)
                {
                    Problem("Expected '" + key + "' to be a list with at least one item.", Node(key)?.Start ?? _node.Start);
                }

                return [];
            case var other:
                Problem("Expected '" + key + "' to be a list.", other.Start);
                return [];
        }
    }

    public void Problem(string problem, Mark at) => _problems.Add(problem, File.DisplayName, at, RuleId);
}
