using System.Globalization;
using System.Text;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Rulesets.Examples;

/// <summary>
/// One example beside a ruleset: input data in the canonical shape and the outcomes expected of it.
/// Ruleset authors' tests: every example runs as a test case.
/// </summary>
public sealed class RulesetExample
{
    /// <summary>What the example shows.</summary>
    public required string Name { get; init; }

    /// <summary>The examples file and line it was read from, e.g. <c>governance.examples.yaml:12</c>.</summary>
    public required string Location { get; init; }

    /// <summary>The assessment date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The input data.</summary>
    public required PortfolioDataset Dataset { get; init; }

    /// <summary>The input as the author wrote it, for failure messages.</summary>
    public required string Input { get; init; }

    /// <summary>The outcomes expected; outcomes not listed are not checked.</summary>
    public required IReadOnlyList<ExpectedOutcome> Expected { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Runs the example on <paramref name="catalog"/> and describes every expectation it misses; empty when it holds.</summary>
    public string? Check(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var result = AssessmentRunner.Run(Dataset, catalog, AsOf);
        var misses = Expected
            .Select(expected => (Expected: expected, Actual: result.Outcomes.FirstOrDefault(outcome => expected.Matches(outcome))))
            .Where(pair => pair.Actual is null || !pair.Expected.IsMetBy(pair.Actual))
            .ToList();
        if (misses.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder().Append("Example '").Append(Name).Append("' (").Append(Location).Append(") failed.\n");
        foreach (var (expected, actual) in misses)
        {
            text.Append("  expected: ").Append(expected).Append('\n')
                .Append("  actual:   ").Append(actual is null ? "no outcome for this rule and subject" : Describe(actual)).Append('\n');
        }

        return text.Append("input (as of ").Append(AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("):\n").Append(Input).ToString();
    }

    private static string Describe(RuleOutcome outcome) =>
        outcome.RuleId + " " + outcome.SubjectId + " " + ExpectedOutcome.StatusText(outcome.Status) + (outcome.Message is null ? string.Empty : ": " + outcome.Message);
}
