using System.Collections.Concurrent;
using PmoAssess.Facts;
using PmoAssess.Import.Quality;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>Everything one assessment found: every outcome of every rule on every subject, in a stable order.</summary>
public sealed class AssessmentResult
{
    /// <summary>The date the assessment was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The data assessed.</summary>
    public required PortfolioDataset Dataset { get; init; }

    /// <summary>The rules run, ordered by id.</summary>
    public required IReadOnlyList<RegisteredRule> Rules { get; init; }

    /// <summary>Every outcome, ordered by rule id, subject kind and subject id.</summary>
    public required IReadOnlyList<RuleOutcome> Outcomes { get; init; }

    /// <summary>The failed outcomes with their rules, most severe first, then by rule and subject.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>What reading the data through a mapping found wrong with it; <c>null</c> for the canonical layout.</summary>
    public DataQualityReport? DataQuality { get; init; }

    /// <summary>
    /// The outcomes of one rule, in the order of <see cref="Outcomes"/>, found without reading the others when the
    /// assessment holds them by rule (as <see cref="AssessmentRunner"/> does). Empty when the rule has none.
    /// </summary>
    public IReadOnlyList<RuleOutcome> OutcomesOf(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (Outcomes is OutcomeTable table)
        {
            return table.Of(ruleId);
        }

        // Outcomes built some other way may come in any order: group them once. Racing threads build the same lookup.
        _byRule ??= Outcomes.ToLookup(outcome => outcome.RuleId, StringComparer.Ordinal);
        return [.. _byRule[ruleId]];
    }

    /// <summary>How many outcomes of each status the rule <paramref name="ruleId"/> has (statuses it has none of are absent).</summary>
    /// <remarks>
    /// Counted once per rule however many steps ask (the maturity scoring and the report both do): counting reads every one
    /// of the rule's slots, millions in a large assessment. Safe to call from several threads.
    /// </remarks>
    public IReadOnlyDictionary<OutcomeStatus, int> CountsOf(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return _counts.GetOrAdd(ruleId, static (id, result) => result.Outcomes is OutcomeTable table
            ? table.CountsOf(id)
            : result.OutcomesOf(id).CountBy(outcome => outcome.Status).ToDictionary(), this);
    }

    /// <summary>The outcomes with status <paramref name="status"/>, in order; cheaper than filtering <see cref="Outcomes"/>.</summary>
    public IEnumerable<RuleOutcome> OutcomesWith(OutcomeStatus status) => OutcomesWhere(candidate => candidate == status);

    /// <summary>
    /// The outcomes whose status <paramref name="keep"/> chooses, in order; cheaper than filtering <see cref="Outcomes"/>:
    /// the others are never made (a pass's evidence may have to be made again).
    /// </summary>
    public IEnumerable<RuleOutcome> OutcomesWhere(Func<OutcomeStatus, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        return Outcomes is OutcomeTable table ? table.Where(keep) : Outcomes.Where(outcome => keep(outcome.Status));
    }

    /// <summary>
    /// The outcomes whose status <paramref name="keep"/> chooses, in order, as a list. An assessment held by rule (as
    /// <see cref="AssessmentRunner"/> holds it) makes each one when it is read, so a list of millions costs a number each;
    /// it should choose few of the passes and not-applicable outcomes, which are most of a large assessment's.
    /// </summary>
    public IReadOnlyList<RuleOutcome> ListWhere(Func<OutcomeStatus, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(keep);
        return Outcomes is OutcomeTable table ? table.ListWhere(keep) : [.. OutcomesWhere(keep)];
    }

    private ILookup<string, RuleOutcome>? _byRule;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<OutcomeStatus, int>> _counts = new(StringComparer.Ordinal);
}
