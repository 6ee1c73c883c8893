using PmoAssess.Assessment;
using PmoAssess.Benchmarks;
using PmoAssess.Benchmarks.HandWritten;
using PmoAssess.Facts;
using PmoAssess.Generation;
using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Benchmarks;

/// <summary>
/// The lower bound the benchmarks measure the engine against is only a lower bound if it computes the same thing: on a
/// generated portfolio, the hand-written loop and the engine give the same outcomes, in the same order, evidence and all.
/// </summary>
public sealed class HandWrittenLoopTests(HandWrittenLoopTests.Generated generated) : IClassFixture<HandWrittenLoopTests.Generated>
{
    [Fact]
    public void Run_GeneratedPortfolio_GivesTheEnginesOutcomesAndFindings()
    {
        var (catalog, engine) = (generated.Subset, generated.SubsetResult);

        var (outcomes, findings) = HandWrittenLoop.Run(generated.Dataset, GenerationOptions.DefaultAsOf, [.. catalog.Rules.Select(rule => rule.Descriptor)]);

        catalog.Rules.Count.ShouldBe(HandWrittenRules.All.Count, "every hand-written rule is a built-in rule");
        OutcomeComparison.FirstDifference(engine.Outcomes, outcomes).ShouldBeNull();
        OutcomeComparison.FirstDifference([.. engine.Findings.Select(finding => finding.Outcome)], [.. findings.Select(finding => finding.Outcome)]).ShouldBeNull();
        outcomes.Select(outcome => outcome.Status).Distinct().Count().ShouldBe(4, "passes, failures, not applicable and not assessable are all compared");
    }

    [Fact]
    public void Decide_GeneratedPortfolio_KeepsTheStatusOfEachOfTheEnginesOutcomes()
    {
        var engine = generated.SubsetResult;

        var decided = HandWrittenLoop.Decide(generated.Dataset, GenerationOptions.DefaultAsOf);

        OutcomeComparison.FirstDifference(decided, engine.Outcomes).ShouldBeNull();
        decided.Sum(statuses => statuses.Length).ShouldBe(engine.Outcomes.Count);
    }

    [Fact]
    public void FirstDifference_OneStatusChanged_NamesIt()
    {
        var engine = generated.SubsetResult;
        var decided = HandWrittenLoop.Decide(generated.Dataset, GenerationOptions.DefaultAsOf);
        var last = decided[^1];
        last[^1] = last[^1] == OutcomeStatus.Passed ? OutcomeStatus.Failed : OutcomeStatus.Passed;

        var difference = OutcomeComparison.FirstDifference(decided, engine.Outcomes);

        difference.ShouldNotBeNull();
        difference.ShouldStartWith("Status " + (engine.Outcomes.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " differs");
    }

    [Fact]
    public void Run_GeneratedPortfolio_EveryRuleOnRecordsFindsProblems()
    {
        var result = AssessmentRunner.Run(generated.Dataset, BuiltInRules.All(), GenerationOptions.DefaultAsOf);

        var failing = result.Findings.Select(finding => finding.Rule.Id).ToHashSet(StringComparer.Ordinal);
        result.Rules.Where(rule => rule.Descriptor.AppliesTo != EntityKind.Portfolio && !failing.Contains(rule.Descriptor.Id))
            .Select(rule => rule.Descriptor.Id).ShouldBeEmpty("the generated data has every kind of problem the record-level rules look for");
        result.Outcomes.ShouldNotContain(outcome => outcome.Status == OutcomeStatus.Error);
    }

    /// <summary>
    /// Two thousand projects in four portfolios, generated and read once for the class, and the engine's assessment of
    /// them with the built-in rules written by hand (<see cref="Subset"/>).
    /// </summary>
    public sealed class Generated : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Generated()
        {
            PortfolioGenerator.Generate(new GenerationOptions { Projects = 2_000, Seed = 5 }, _folder.Path);
            Dataset = PortfolioReader.Read(_folder.Path);
            Subset = BuiltInRules.Only(rule => HandWrittenRules.All.Any(hand => hand.Id == rule.Id));
            SubsetResult = AssessmentRunner.Run(Dataset, Subset, GenerationOptions.DefaultAsOf);
        }

        public PortfolioDataset Dataset { get; }

        /// <summary>The built-in rules that <see cref="HandWrittenRules"/> writes out by hand.</summary>
        internal RuleCatalog Subset { get; }

        /// <summary>The engine's assessment of <see cref="Dataset"/> with <see cref="Subset"/>.</summary>
        internal AssessmentResult SubsetResult { get; }

        public void Dispose() => _folder.Dispose();
    }
}
