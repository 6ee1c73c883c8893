using System.Collections.Concurrent;
using NRules.Diagnostics;
using PmoAssess.Facts;
using PmoAssess.Import.Quality;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// Runs a compiled rule catalog over a dataset: inserts the facts in batches, one session per batch from the catalog's
/// one factory on every core, fires, and turns what the rules recorded into a complete, ordered set of outcomes. A rule
/// that throws on a subject yields an <see cref="OutcomeStatus.Error"/> outcome for that subject; the others go on.
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

        // The slots take the facts kind by kind (each kind's made side by side), so that 1.5 million facts scattered over the
        // heap are not asked their kind. The sessions take them in the dataset's order, project by project (Evaluate): parts
        // of one kind (5,000 projects, say) hold far more matches at once, 30 MB more at the peak for 0.1 s less (benchmarks'
        // `stages`, 100,000 projects).
        var factsByKind = new IReadOnlyList<Fact>[Kinds.Length];
        SideBySide.For(Kinds.Length, index => factsByKind[index] = dataset.FactsOf(Kinds[index]), cancellationToken: cancellationToken);

        var slots = OutcomeSlots.For(catalog.Rules, factsByKind, asOf);
        var unplaced = Evaluate(catalog, dataset, asOf, slots, cancellationToken);

        // Recorded outcomes sit in slots by rule and subject id, so they come out in order with no sort; those without a
        // slot of their own (a rule recording twice for one subject, or about another kind) need the general path.
        IReadOnlyList<RuleOutcome> outcomes;
        if (slots is not null && unplaced.Count == 0)
        {
            slots.Complete(cancellationToken);
            outcomes = new OutcomeTable(slots);
        }
        else
        {
            outcomes = WithNotApplicable(unplaced, slots, catalog.Rules, factsByKind, asOf);
        }
        var rules = catalog.Rules;
        if (dataQuality is not null)
        {
            rules = WithDataQualityRules(rules, dataQuality.Rules);
            if (outcomes is OutcomeTable)
            {
                // The checks' outcomes join the table by rule id: the rules' own outcomes are never made to sort them.
                var checks = dataQuality.Outcomes.ToList();
                checks.Sort(OutcomeOrder.Instance);
                outcomes = new OutcomeTable(slots!, checks);
            }
            else
            {
                var all = (List<RuleOutcome>)outcomes;
                all.AddRange(dataQuality.Outcomes);
                all.Sort(OutcomeOrder.Instance);
            }
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

    // Every kind, indexed by its value.
    private static readonly EntityKind[] Kinds = [.. Enumerable.Range(0, Enum.GetValues<EntityKind>().Max(kind => (int)kind) + 1).Select(kind => (EntityKind)kind)];

    /// <summary>
    /// Fires the rules over the facts and returns the outcomes that found no slot. One session holds every fact unless
    /// every rule judges one fact at a time and there are enough facts to share: then sessions from the one compiled
    /// factory take a part each, on every core (a rule that joins facts would miss matches across parts).
    /// </summary>
    private static List<RuleOutcome> Evaluate(RuleCatalog catalog, PortfolioDataset dataset, DateOnly asOf, OutcomeSlots? slots, CancellationToken cancellationToken)
    {
        var count = dataset.CountFacts();
        var parts = catalog.JudgesOneFactAtATime && slots is not null && count > FactsPerSession
            ? (count + FactsPerSession - 1) / FactsPerSession
            : 1;
        var collectors = new OutcomeCollector[parts];
        if (parts == 1)
        {
            collectors[0] = Fire(catalog, dataset.AllFacts(), asOf, slots, cancellationToken);
        }
        else
        {
            // Each part is taken from the dataset as a session starts, one at a time: no list of every fact (118 MB at a
            // million projects, held to the end of the evaluation) is made to be cut up.
            var inOrder = Partitioner.Create(dataset.AllFacts().Chunk(FactsPerSession), EnumerablePartitionerOptions.NoBuffering);
            try
            {
                Parallel.ForEach(inOrder, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, (part, _, index) =>
                    collectors[index] = Fire(catalog, part, asOf, slots, cancellationToken));
            }
            catch (AggregateException exception)
            {
                // What one session threw surfaces as it would from a single session (cancellation stays cancellation).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(
                    exception.InnerExceptions.FirstOrDefault(inner => inner is OperationCanceledException) ?? exception.InnerExceptions[0]);
            }
        }

        slots?.Gather([.. collectors.Select(collector => collector.Places!)]);
        return [.. collectors.SelectMany(collector => collector.Outcomes)];
    }

    // About as many facts as one session evaluates fastest: smaller sessions keep NRules' memories and agenda small and
    // every core busy. Measured at 100,000 projects (the benchmarks' `stages`): 25,000 facts 21.3 s, 5,000 17.4 s, 1,000 18.0 s.
    private const int FactsPerSession = 5_000;

    private static OutcomeCollector Fire(RuleCatalog catalog, IEnumerable<Fact> facts, DateOnly asOf, OutcomeSlots? slots, CancellationToken cancellationToken)
    {
        var collector = new OutcomeCollector(asOf, slots);
        var session = catalog.Factory.CreateSession();
        session.DependencyResolver = collector;
        session.Events.LhsExpressionFailedEvent += (_, e) => RecordLhsError(collector, e);
        session.Events.RhsExpressionFailedEvent += (_, e) => RecordRhsError(collector, e);

        // One batch: inserting one at a time makes group-by rules rescan their group per insert (DESIGN.md).
        // Applicability runs during the insert and requirements during the fire: both under the invariant culture.
        ThirdPartyCode.RunInvariant(() => SessionDate.During(asOf, () =>
        {
            session.InsertAll(facts);
            session.Fire(cancellationToken);
        }));
        return collector;
    }

    /// <summary>
    /// The general path: every recorded outcome, the passes of the rules that fire only on subjects needing attention,
    /// and a not-applicable outcome for each subject nothing names; sorted. Which subjects such a rule let by is not
    /// looked up by id (two subjects sharing an id may have one pass and one failure): each subject is judged again,
    /// and one on a row without problems that passes is one the rule did not fire on.
    /// </summary>
    private static List<RuleOutcome> WithNotApplicable(
        List<RuleOutcome> unplaced, OutcomeSlots? slots, IReadOnlyList<RegisteredRule> rules, IReadOnlyList<Fact>[] factsByKind, DateOnly asOf)
    {
        var recorded = slots is null ? unplaced : [.. slots.Recorded(), .. unplaced];
        var assessed = recorded.Select(outcome => (outcome.RuleId, outcome.SubjectKind, outcome.SubjectId)).ToHashSet();
        var outcomes = new List<RuleOutcome>(recorded);
        foreach (var rule in rules)
        {
            var id = rule.Descriptor.Id;
            foreach (var fact in factsByKind[(int)rule.Descriptor.AppliesTo])
            {
                if (rule.PassesUnfired is not null && !fact.SourceHasProblems
                    && rule.Redecide!(fact, asOf) is { Status: OutcomeStatus.Passed } pass)
                {
                    outcomes.Add(RuleOutcome.Of(fact, id, pass));
                }
                else if (!assessed.Contains((id, fact.Kind, fact.Id)))
                {
                    outcomes.Add(Outcome(id, fact, OutcomeStatus.NotApplicable, message: null));
                }
            }
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

    // The failed outcomes are in order already; laid out by severity, findings of one severity stay in that order.
    private static FindingsInOrder FindingsOf(IEnumerable<RuleOutcome> outcomes, Dictionary<string, RuleDescriptor> rules)
    {
        Finding FindingOf(RuleOutcome outcome)
        {
            var rule = rules[outcome.RuleId];
            return new Finding { Rule = rule, Outcome = outcome, Severity = rule.Severity };
        }

        return outcomes is OutcomeTable table
            ? FindingsInOrder.MostSevereFirst(table, ruleId => rules[ruleId])
            : FindingsInOrder.MostSevereFirst([.. outcomes.Where(outcome => outcome.Status == OutcomeStatus.Failed).Select(FindingOf)]);
    }

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
