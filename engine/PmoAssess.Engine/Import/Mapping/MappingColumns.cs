using System.Globalization;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Import.Mapping;

/// <summary>Reads the parts of a mapping file that name columns of the source, and date format lists.</summary>
internal static class MappingColumns
{
    /// <summary>Columns past this are a typo, not a spreadsheet.</summary>
    private const int MaximumPosition = 100_000;

    private const string Forms = "a header, a list of alternative headers, or { position: N }";

    private static readonly string[] ColumnKeys = ["column", "position"];
    private static readonly string[] ProjectKeys = ["column", "position", "by"];

    /// <summary>Where a node is, as the model keeps it.</summary>
    public static SourceLocation Where(YamlFile file, YamlNode node) =>
        new(file.DisplayName, checked((int)node.Start.Line), checked((int)node.Start.Column));

    /// <summary>A column: <c>header</c>, <c>[alternative, headers]</c>, <c>{ column: header }</c> or <c>{ position: N }</c>.</summary>
    public static ColumnRef? Column(YamlNode node, string what, YamlFile file, YamlProblems problems) =>
        node is YamlMappingNode
            ? Either(YamlMapping.Open(node, what, ColumnKeys, file, problems)!, node, what, file, problems)
            : Headers(node, what, file, problems);

    /// <summary>How child rows name their project: a column, or <c>{ column: X, by: name }</c> / <c>{ position: N, by: id }</c>.</summary>
    public static ProjectLink? ProjectLink(YamlNode node, YamlFile file, YamlProblems problems)
    {
        const string What = "the project link";
        if (node is not YamlMappingNode)
        {
            return Headers(node, What, file, problems) is { } headers ? new ProjectLink(headers, ProjectKey.Id) : null;
        }

        var spec = YamlMapping.Open(node, What, ProjectKeys, file, problems)!;
        var by = spec.Node("by") is null ? ProjectKey.Id : spec.Enumeration<ProjectKey>("by", "id or name", what: "project key");
        var column = Either(spec, node, What, file, problems);
        return column is null || by is null ? null : new ProjectLink(column, by.Value);
    }

    /// <summary>The column of a full-form spec: exactly one of <c>column</c> (header or headers) or <c>position</c>.</summary>
    public static ColumnRef? Either(YamlMapping spec, YamlNode node, string what, YamlFile file, YamlProblems problems)
    {
        var column = spec.Node("column");
        if ((column is null) == (spec.Node("position") is null))
        {
            spec.Problem("Expected " + what + " to name exactly one of 'column' or 'position'.", spec.Start);
            return null;
        }

        if (column is not null)
        {
            return Headers(column, what, file, problems);
        }

        var position = spec.Integer("position", 1, MaximumPosition, "a column position (the first column is 1)");
        return position is null ? null : new ColumnRef([], position, Where(file, node));
    }

    /// <summary>Date formats, tried in order; <c>null</c> when the key is absent. An empty list or a format .NET cannot use is a problem.</summary>
    public static IReadOnlyList<string>? DateFormats(YamlMapping spec, string key)
    {
        List<YamlScalarNode> formats;
        switch (spec.Node(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                formats = [scalar];
                break;
            case YamlSequenceNode sequence when sequence.Children.Count > 0 && sequence.Children.All(item => item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0):
                formats = [.. sequence.Children.Cast<YamlScalarNode>()];
                break;
            case YamlSequenceNode { Children.Count: 0 } or YamlScalarNode:
                spec.Problem("'" + key + "' is empty: give at least one .NET date format, such as [dd/MM/yyyy, yyyy-MM-dd].", spec.Node(key)!.Start);
                return null;
            case var other:
                spec.Problem("Expected '" + key + "' to be a list of .NET date formats, such as [dd/MM/yyyy, yyyy-MM-dd].", other.Start);
                return null;
        }

        foreach (var format in formats)
        {
            if (FormatProblem(format.Value!.Trim()) is { } problem)
            {
                spec.Problem(problem, format.Start);
            }
        }

        return [.. formats.Select(format => format.Value!.Trim())];
    }

    private static ColumnRef? Headers(YamlNode node, string what, YamlFile file, YamlProblems problems)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } text } when text.Trim().Length > 0:
                return new ColumnRef([text.Trim()], null, Where(file, node));
            case YamlSequenceNode sequence when sequence.Children.Count > 0
                && sequence.Children.All(item => item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0):
                return new ColumnRef([.. sequence.Children.Cast<YamlScalarNode>().Select(item => item.Value!.Trim())], null, Where(file, node));
            default:
                problems.Add("Expected " + what + " to be " + Forms + ".", file.DisplayName, node.Start);
                return null;
        }
    }

    private static string? FormatProblem(string format)
    {
        try
        {
            var sample = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Unspecified).ToString(format, CultureInfo.InvariantCulture);
            if (!DateTime.TryParseExact(sample, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return "'" + format + "' cannot be read back as a date: use .NET custom date format letters such as dd/MM/yyyy.";
            }
        }
        catch (FormatException)
        {
            return "'" + format + "' is not a .NET date format: use custom format letters such as dd/MM/yyyy.";
        }

        // The most common slip: minutes where months were meant.
        return format.Contains('m', StringComparison.Ordinal) && !format.Contains('h', StringComparison.OrdinalIgnoreCase)
            ? "'" + format + "' has 'm' (minutes) but no hours: months are 'MM'."
            : null;
    }
}
