using BenchmarkDotNet.Attributes;
using PmoAssess.Facts;
using PmoAssess.Import;

namespace PmoAssess.Benchmarks.Inner;

/// <summary>Reading a generated portfolio in the canonical CSV layout: parsing, building facts, attaching registers, hashing.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ImportBenchmarks
{
    private string _folder = string.Empty;

    [ParamsSource(typeof(GeneratedData), nameof(GeneratedData.Sizes))]
    public int Projects { get; set; }

    [GlobalSetup]
    public void Setup() => _folder = GeneratedData.Folder(Projects);

    [Benchmark]
    public PortfolioDataset Read() => PortfolioReader.Read(_folder);
}
