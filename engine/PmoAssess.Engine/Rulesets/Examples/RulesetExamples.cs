using System.Globalization;
using PmoAssess.Import;
using PmoAssess.Rules;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace PmoAssess.Rulesets.Examples;

/// <summary>Reads a ruleset's examples file (<c>*.examples.yaml</c>, see rulesets/README.md).</summary>
public static class RulesetExamples
{
    /// <summary>The file name suffix of an examples file, beside the ruleset's <c>*.rules.yaml</c>.</summary>
    public const string FileSuffix = ".examples.yaml";

    private static readonly string[] TopKeys = ["examples"];
    private static readonly string[] ExampleKeys = ["name", "asOf", "data", "expect"];
    private static readonly string[] ExpectKeys = ["rule", "subject", "status", "message"];

    /// <summary>The examples file beside a ruleset file, whether or not it exists.</summary>
    public static string BesideRuleset(string rulesetFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(rulesetFile);
        return rulesetFile[..^RulesetLoader.FileSuffix.Length] + FileSuffix;
    }

    /// <summary>
    /// Runs the examples beside a ruleset file on that ruleset alone, as its tests do, and describes each that misses an
    /// expected outcome; no examples when there is no examples file beside it.
    /// </summary>
    /// <param name="rulesetFile">A <c>*.rules.yaml</c> file.</param>
    /// <param name="limits">How large and how deeply nested each file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <returns>How many examples ran, and the failures of those that failed.</returns>
    /// <exception cref="InvalidInputException">The ruleset or its examples file is not valid.</exception>
    public static (int Count, IReadOnlyList<string> Failures) RunBeside(string rulesetFile, InputLimits? limits = null)
    {
        var examplesFile = BesideRuleset(rulesetFile);
        if (!File.Exists(examplesFile))
        {
            return (0, []);
        }

        var examples = Load(examplesFile, limits);
        var catalog = new RuleCatalogBuilder().Add(RulesetLoader.Load([rulesetFile], limits).Single()).Build();
        return (examples.Count, [.. examples.Select(example => example.Check(catalog)).OfType<string>()]);
    }

    /// <summary>Reads the examples in <paramref name="path"/>.</summary>
    /// <param name="path">The examples file.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The file or an example in it is not valid; every problem is listed.</exception>
    public static IReadOnlyList<RulesetExample> Load(string path, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= InputLimits.Default;
        var problems = new YamlProblems();
        var displayName = Path.GetFileName(path);
        var examples = new List<RulesetExample>();
        if (YamlFile.Load(path, displayName, problems, limits) is { } file
            && YamlMapping.Open(file.Root, "an examples file", TopKeys, file, problems) is { } top)
        {
            if (top.Node("examples") is YamlSequenceNode list)
            {
                examples.AddRange(list.Children.Select(node => Example(node, file, problems, limits)).OfType<RulesetExample>());
            }
            else
            {
                top.Problem("Expected 'examples' to be a list.", top.Start);
            }
        }

        problems.ThrowIfAny("examples");
        return examples;
    }

    private static RulesetExample? Example(YamlNode node, YamlFile file, YamlProblems problems, InputLimits limits)
    {
        var example = YamlMapping.Open(node, "an example", ExampleKeys, file, problems);
        if (example is null)
        {
            return null;
        }

        var name = example.Text("name", required: true);
        var asOf = example.Scalar("asOf", required: true);
        var date = default(DateOnly);
        if (asOf is not null && !DateOnly.TryParseExact(asOf.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            example.Problem("Expected 'asOf' to be a date written yyyy-MM-dd.", asOf.Start);
        }

        var expected = example.Node("expect") is YamlSequenceNode expectations
            ? expectations.Children.Select(item => Expectation(item, file, problems)).ToList()
            : null;
        if (expected is null)
        {
            example.Problem("Expected 'expect' to be a list of outcomes.", example.Start);
        }

        var data = example.Node("data");
        if (data is null)
        {
            example.Problem("Missing key 'data': the example's input.", example.Start);
        }

        if (name is null || asOf is null || expected is null || expected.Contains(null) || data is null)
        {
            return null;
        }

        var line = node.Start.Line.ToString(CultureInfo.InvariantCulture);
        try
        {
            return new RulesetExample
            {
                Name = name,
                Location = file.DisplayName + ":" + line,
                AsOf = date,
                Dataset = PortfolioReader.ReadJson(YamlToJson.Convert(data, file.DisplayName), file.DisplayName + ":" + line, limits),
                Input = new SerializerBuilder().Build().Serialize(new YamlDocument(data).RootNode),
                Expected = expected!,
            };
        }
        catch (InvalidInputException exception)
        {
            example.Problem("The example's data is not in the canonical shape: " + exception.Message, data.Start);
            return null;
        }
    }

    private static ExpectedOutcome? Expectation(YamlNode node, YamlFile file, YamlProblems problems)
    {
        var expect = YamlMapping.Open(node, "an expected outcome", ExpectKeys, file, problems);
        var rule = expect?.Text("rule", required: true);
        var subject = expect?.Text("subject", required: true);
        var status = expect?.Scalar("status", required: true);
        if (expect is null || rule is null || subject is null || status is null)
        {
            return null;
        }

        if (!ExpectedOutcome.Statuses.TryGetValue(status.Value!, out var expected))
        {
            expect.Problem("Unknown status '" + status.Value + "': expected " + string.Join(", ", ExpectedOutcome.Statuses.Keys) + ".", status.Start);
            return null;
        }

        return new ExpectedOutcome { Rule = rule, Subject = subject, Status = expected, Message = expect.Node("message") is YamlScalarNode message ? message.Value : null };
    }
}
