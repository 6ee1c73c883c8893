using NRules.Diagnostics;
using PmoAssess.Facts;
using PmoAssess.Import.Quality;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// Runs a compiled rule catalog over a dataset: inserts every fact in one batch, fires, and turns
/// what the rules recorded into a complete, ordered set of outcomes. A rule that throws on a subject
/// yields an <see cref="OutcomeStatus.Error"/> outcome for that subject; the others go on.
/// </summary>
public static class AssessmentRunner
{
    /// <summary>Assesses <paramref name="dataset"/> with <paramref name="catalog"/> as of <paramref name="asOf"/>.</summary>
    public static AssessmentResult Run(PortfolioDataset dataset, RuleCatalog catalog, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Run(dataset, catalog, asOf, dataQuality: null, cancellationToken);

    /// <summary>
    /// Assesses <paramref name="dataset"/> with <paramref name="catalog"/> as of <paramref name="asOf"/>. What the import found
    /// wrong with the data (<paramref name="dataQuality"/>) joins the outcomes as the findings of the data-quality rules.
    /// </summary>
    public static AssessmentResult Run(
        PortfolioDataset dataset, RuleCatalog catalog, DateOnly asOf, DataQualityReport? dataQuality, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(catalog);

        var collector = new OutcomeCollector(asOf);
        var session = catalog.Factory.CreateSession();
        session.DependencyResolver = collector;
        session.Events.LhsExpressionFailedEvent += (_, e) => RecordLhsError(collector, e);
        session.Events.RhsExpressionFailedEvent += (_, e) => RecordRhsError(collector, e);

        var facts = dataset.AllFacts().ToList();
        // One batch: inserting one at a time makes group-by rules rescan their group per insert (DESIGN.md).
        // Applicability runs during the insert and requirements during the fire: both under the invariant culture.
        ThirdPartyCode.RunInvariant(() =>
        {
            session.InsertAll(facts);
            session.Fire(cancellationToken);
        });

        var outcomes = WithNotApplicable(collector.Outcomes, catalog.Rules, facts);
        var rules = catalog.Rules;
        if (dataQuality is not null)
        {
            rules = WithDataQualityRules(rules, dataQuality.Rules);
            outcomes.AddRange(dataQuality.Outcomes);
            outcomes.Sort(OutcomeOrder.Instance);
        }

        return new AssessmentResult
        {
            AsOf = asOf,
            Dataset = dataset,
            Rules = rules,
            Outcomes = outcomes,
            Findings = FindingsOf(outcomes, rules.ToDictionary(rule => rule.Descriptor.Id, rule => rule.Descriptor, StringComparer.Ordinal)),
            DataQuality = dataQuality,
        };
    }

    private static List<RuleOutcome> WithNotApplicable(IReadOnlyList<RuleOutcome> recorded, IReadOnlyList<RegisteredRule> rules, IReadOnlyList<Fact> facts)
    {
        var assessed = recorded.Select(outcome => (outcome.RuleId, outcome.SubjectKind, outcome.SubjectId)).ToHashSet();
        var outcomes = new List<RuleOutcome>(recorded);
        foreach (var rule in rules.Select(rule => rule.Descriptor))
        {
            outcomes.AddRange(facts
                .Where(fact => fact.Kind == rule.AppliesTo && !assessed.Contains((rule.Id, fact.Kind, fact.Id)))
                .Select(fact => Outcome(rule.Id, fact, OutcomeStatus.NotApplicable, message: null)));
        }

        outcomes.Sort(OutcomeOrder.Instance);
        return outcomes;
    }

    private static List<RegisteredRule> WithDataQualityRules(IReadOnlyList<RegisteredRule> rules, IReadOnlyList<RuleDescriptor> dataQualityRules)
    {
        if (rules.FirstOrDefault(rule => DataQualityRules.All.Any(check => check.Id == rule.Descriptor.Id)) is { } clash)
        {
            throw new InvalidInputException("The rule id " + clash.Descriptor.Id + " of " + clash.Source +
                " is reserved for the data-quality checks made while data is read through a mapping: give the rule another id.");
        }

        return [.. rules.Concat(dataQualityRules.Select(rule => new RegisteredRule { Descriptor = rule, Source = DataQualityRules.Source }))
            .OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)];
    }

    private static List<Finding> FindingsOf(IEnumerable<RuleOutcome> outcomes, Dictionary<string, RuleDescriptor> rules) =>
    [
        .. outcomes
            .Where(outcome => outcome.Status == OutcomeStatus.Failed)
            .Select(outcome =>
            {
                var rule = rules[outcome.RuleId];
                return new Finding { Rule = rule, Outcome = outcome, Severity = rule.Severity };
            })
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Outcome, OutcomeOrder.Instance),
    ];

    private static void RecordLhsError(OutcomeCollector collector, LhsExpressionErrorEventArgs e)
    {
        e.IsHandled = true;
        foreach (var subject in e.Facts.Select(fact => fact.Value).OfType<Fact>())
        {
            foreach (var rule in e.Rules)
            {
                collector.Record(Outcome(rule.Name, subject, OutcomeStatus.Error, ErrorMessage(e.Exception)));
            }
        }
    }

    private static void RecordRhsError(OutcomeCollector collector, RhsExpressionErrorEventArgs e)
    {
        e.IsHandled = true;
        var subject = e.Match.Facts.Select(fact => fact.Value).OfType<Fact>().FirstOrDefault();
        if (subject is not null)
        {
            collector.Record(Outcome(e.Match.Rule.Name, subject, OutcomeStatus.Error, ErrorMessage(e.Exception)));
        }
    }

    // NRules hands over the rule's own exception; its inner exception, if any, is the rule's business.
    private static string ErrorMessage(Exception? exception) =>
        exception is null ? "The rule failed." : "The rule threw " + exception.GetType().Name + ": " + exception.Message;

    private static RuleOutcome Outcome(string ruleId, Fact subject, OutcomeStatus status, string? message) =>
        RuleOutcome.About(subject, ruleId, status) with { Message = message };
}
