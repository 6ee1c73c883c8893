using PmoAssess.Outcomes;

namespace PmoAssess.Import.Quality;

/// <summary>What reading a client's data through a mapping found: the findings, and how complete each field was.</summary>
public sealed record DataQualityReport
{
    /// <summary>The mapping file as messages name it.</summary>
    public required string Mapping { get; init; }

    /// <summary>The SHA-256 of the mapping file.</summary>
    public required string MappingSha256 { get; init; }

    /// <summary>
    /// The outcomes of the <see cref="DataQualityRules"/>: one failure per problem, with file, row, column and raw value,
    /// and a pass for each rule on each record read that it did not fail on.
    /// </summary>
    public required IReadOnlyList<RuleOutcome> Outcomes { get; init; }

    /// <summary>The failures: one per problem found.</summary>
    public IEnumerable<RuleOutcome> Problems => Outcomes.Where(outcome => outcome.Status == OutcomeStatus.Failed);

    /// <summary>Completeness per source and mapped field, in mapping order.</summary>
    public required IReadOnlyList<FieldCompleteness> Completeness { get; init; }

    /// <summary>The data-quality rules in force: all of them, unless a policy disabled some.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = DataQualityRules.All;

    /// <summary>The report with only the rules <paramref name="enabled"/> chooses, and their findings.</summary>
    public DataQualityReport Where(Func<RuleDescriptor, bool> enabled)
    {
        ArgumentNullException.ThrowIfNull(enabled);
        var rules = Rules.Where(enabled).ToList();
        var ids = rules.Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);
        return this with { Rules = rules, Outcomes = [.. Outcomes.Where(outcome => ids.Contains(outcome.RuleId))] };
    }
}
