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
    /// <summary>
    /// What the timed loop keeps, as the engine keeps it: each outcome's status, per rule in id order (subjects in id
    /// order), each verdict let go once decided. The engine keeps a failure's mark in its slot and makes its message and
    /// evidence when an output reads them; a loop that kept three million outcomes whole was timed against that at 100,000
    /// projects, and the collector moving them made it 40 times its time at 10,000 (0.09 s against 3.5 s): slower than the
    /// engine, no lower bound (session 28).
    /// </summary>
    public static OutcomeStatus[][] Decide(PortfolioDataset dataset, DateOnly asOf)
    {
        var subjects = SubjectsByKind(dataset);
        var rules = HandWrittenRules.All;
        var statuses = new OutcomeStatus[rules.Count][];
        for (var rule = 0; rule < rules.Count; rule++)
        {
            var facts = subjects.GetValueOrDefault(rules[rule].Kind, []);
            var decided = statuses[rule] = new OutcomeStatus[facts.Length];
            for (var subject = 0; subject < facts.Length; subject++)
            {
                decided[subject] = rules[rule].Assess(facts[subject], asOf)?.Status ?? OutcomeStatus.NotApplicable;
            }
        }

        return statuses;
    }

    /// <summary>The outcomes whole, and the findings, for comparing with the engine's value for value.</summary>
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
