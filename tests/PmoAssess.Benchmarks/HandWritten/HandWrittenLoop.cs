using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Benchmarks.HandWritten;

/// <summary>
/// The lower bound the engine is measured against: the outcomes (and findings) of <see cref="HandWrittenRules"/> computed
/// by a plain loop on one thread: sort each kind of fact by id once, then for each rule in id order give every subject of
/// its kind its outcome. No rule engine, no expression trees, no reflection.
/// </summary>
internal static class HandWrittenLoop
{
    public static (List<RuleOutcome> Outcomes, List<Finding> Findings) Run(PortfolioDataset dataset, DateOnly asOf, IReadOnlyList<RuleDescriptor> descriptors)
    {
        var subjects = SubjectsByKind(dataset);
        var total = HandWrittenRules.All.Sum(rule => subjects.TryGetValue(rule.Kind, out var facts) ? facts.Length : 0);
        var outcomes = new List<RuleOutcome>(total);
        var findings = new List<Finding>();
        var byId = descriptors.ToDictionary(descriptor => descriptor.Id, StringComparer.Ordinal);
        foreach (var rule in HandWrittenRules.All)
        {
            if (!subjects.TryGetValue(rule.Kind, out var facts))
            {
                continue;
            }

            var descriptor = byId[rule.Id];
            foreach (var subject in facts)
            {
                var outcome = rule.Assess(subject, asOf) is { } verdict
                    ? RuleOutcome.Of(subject, rule.Id, verdict)
                    : RuleOutcome.About(subject, rule.Id, OutcomeStatus.NotApplicable);
                outcomes.Add(outcome);
                if (outcome.Status == OutcomeStatus.Failed)
                {
                    findings.Add(new Finding { Rule = descriptor, Outcome = outcome, Severity = descriptor.Severity });
                }
            }
        }

        // Most severe first, then in outcome order: a stable sort keeps the outcome order within a severity.
        return (outcomes, [.. findings.OrderByDescending(finding => finding.Severity)]);
    }

    private static Dictionary<EntityKind, Fact[]> SubjectsByKind(PortfolioDataset dataset)
    {
        var byKind = new Dictionary<EntityKind, List<Fact>>();
        foreach (var fact in dataset.AllFacts())
        {
            if (!byKind.TryGetValue(fact.Kind, out var facts))
            {
                byKind[fact.Kind] = facts = [];
            }

            facts.Add(fact);
        }

        return byKind.ToDictionary(pair => pair.Key, pair =>
        {
            var facts = pair.Value.ToArray();
            Array.Sort(facts, (x, y) => string.CompareOrdinal(x.Id, y.Id));
            return facts;
        });
    }
}
