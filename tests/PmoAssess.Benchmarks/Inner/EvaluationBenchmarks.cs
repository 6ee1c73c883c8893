using BenchmarkDotNet.Attributes;
using PmoAssess.Assessment;
using PmoAssess.Benchmarks.HandWritten;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Rules;

namespace PmoAssess.Benchmarks.Inner;

/// <summary>
/// Rule evaluation over facts already read: the hand-written loop (the baseline) and the engine on the same subset of
/// rules, and the engine on every built-in rule.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class EvaluationBenchmarks
{
    private PortfolioDataset _dataset = new();
    private RuleCatalog _all = null!;
    private RuleCatalog _subset = null!;

    [ParamsSource(typeof(GeneratedData), nameof(GeneratedData.Sizes))]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _dataset = PortfolioReader.Read(GeneratedData.Folder(Projects));
        _all = BuiltInRules.All();
        _subset = BuiltInRules.Only(rule => HandWrittenRules.All.Any(hand => hand.Id == rule.Id));
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenSubset() => HandWrittenLoop.Decide(_dataset, GeneratedData.AsOf).Sum(statuses => statuses.Length);

    [Benchmark]
    public int EngineSubset() => AssessmentRunner.Run(_dataset, _subset, GeneratedData.AsOf).Outcomes.Count;

    [Benchmark]
    public int EngineAllRules() => AssessmentRunner.Run(_dataset, _all, GeneratedData.AsOf).Outcomes.Count;
}
