using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PmoAssess.Assessment;
using PmoAssess.Outcomes;

namespace PmoAssess.Scoring;

/// <summary>
/// How many outcomes of each status a rule of an assessment has (<see cref="AssessmentResult.CountsOf"/>), counted once
/// per assessment and rule however many steps of a run ask: the maturity scoring and the report both do, and counting
/// reads every one of the rule's slots, millions in a large assessment. An assessment result does not change, so neither
/// do its counts; they are kept as long as the result is, and no longer. Safe to use from several threads.
/// </summary>
public static class RuleCounts
{
    private static readonly ConditionalWeakTable<AssessmentResult, ConcurrentDictionary<string, IReadOnlyDictionary<OutcomeStatus, int>>> Counted = new();

    /// <summary>How many outcomes of each status rule <paramref name="ruleId"/> has in <paramref name="result"/> (statuses it has none of are absent).</summary>
    public static IReadOnlyDictionary<OutcomeStatus, int> Of(AssessmentResult result, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(ruleId);
        return Counted.GetValue(result, _ => new ConcurrentDictionary<string, IReadOnlyDictionary<OutcomeStatus, int>>(StringComparer.Ordinal))
            .GetOrAdd(ruleId, static (id, assessed) => assessed.CountsOf(id), result);
    }
}
