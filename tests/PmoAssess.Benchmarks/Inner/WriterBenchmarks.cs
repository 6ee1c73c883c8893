using BenchmarkDotNet.Attributes;
using PmoAssess.Assessment;
using PmoAssess.Import;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Scoring;

namespace PmoAssess.Benchmarks.Inner;

/// <summary>
/// Each writer rendering the report of every built-in rule on a generated portfolio, to <see cref="Stream.Null"/> (the disk
/// is not measured).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class WriterBenchmarks
{
    private AssessmentResult _result = null!;
    private Methodology _methodology = null!;
    private AssessmentReport _report = null!;
    private IReportWriter _writer = null!;

    [ParamsSource(typeof(GeneratedData), nameof(GeneratedData.Sizes))]
    public int Projects { get; set; }

    [Params("md", "html", "json", "sarif", "junit")]
    public string Format { get; set; } = "md";

    [GlobalSetup]
    public void Setup()
    {
        _result = AssessmentRunner.Run(PortfolioReader.Read(GeneratedData.Folder(Projects)), BuiltInRules.All(), GeneratedData.AsOf);
        _methodology = BuiltInRules.Methodology();
        _report = Report();
        _writer = ReportWriterFor(Format);
    }

    [Benchmark]
    public void Write() => _writer.Write(_report, Stream.Null);

    private AssessmentReport Report() => ReportBenchmarks.Report(_result, _methodology);

    private static IReportWriter ReportWriterFor(string format)
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddReportWriters();
        return services.Select(service => (IReportWriter)Activator.CreateInstance(service.ImplementationType!)!).Single(writer => writer.Format == format);
    }
}
