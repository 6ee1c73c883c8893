using BenchmarkDotNet.Attributes;
using PmoAssess.Assessment;
using PmoAssess.Import;
using PmoAssess.Policy;
using PmoAssess.Reporting.Model;
using PmoAssess.Scoring;

namespace PmoAssess.Benchmarks.Inner;

/// <summary>What follows evaluation, before any writer: maturity scoring, the policy's verdict and the report model.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ReportBenchmarks
{
    private AssessmentResult _result = null!;
    private Methodology _methodology = null!;

    [ParamsSource(typeof(GeneratedData), nameof(GeneratedData.Sizes))]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _result = AssessmentRunner.Run(PortfolioReader.Read(GeneratedData.Folder(Projects)), BuiltInRules.All(), GeneratedData.AsOf);
        _methodology = BuiltInRules.Methodology();
    }

    [Benchmark]
    public AssessmentReport ScoreAndBuildReport() => Report(_result, _methodology);

    /// <summary>The report <c>pmoassess assess</c> builds, without a policy file.</summary>
    public static AssessmentReport Report(AssessmentResult result, Methodology methodology)
    {
        var maturity = MaturityScorer.Score(result, methodology);
        var verdict = PolicyApplication.Apply(result, EffectivePolicy.Default, baseline: null, maturity);
        return AssessmentReport.From(result, "bench", ["pmoassess.governance", "rulesets"], maturity: maturity) with { Findings = verdict.Findings, Policy = verdict };
    }
}
