using PmoAssess.Benchmarks;
using PmoAssess.Generation;

namespace PmoAssess.Tests.Benchmarks;

/// <summary><c>stages</c> times every step of an assessment, the run's record in a history store included when asked.</summary>
public sealed class StagesTests : IDisposable
{
    private readonly TempFolder _data = new();

    public StagesTests() => PortfolioGenerator.Generate(new GenerationOptions { Projects = 200, Seed = 7 }, _data.Path);

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Run_WithHistory_TimesEveryWriterAndTheRecord()
    {
        var lines = Run(_data.Path, "--history");

        lines.Select(line => line.Split(" wall ")[0].Trim())
            .ShouldBe(["compile rules", "load methodology", "import", "evaluate", "score and build report", "write md", "write html", "write json", "write sarif", "write junit", "record history"]);
    }

    [Fact]
    public void Run_WithoutHistory_RecordsNothing()
    {
        Run(_data.Path).ShouldNotContain(line => line.StartsWith("record history", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_IntoAFolderNotYetMade_MakesItAndWritesEveryFile()
    {
        using var output = new TempFolder();
        var folder = Path.Combine(output.Path, "new", "out");

        Run(_data.Path, "--out", folder);

        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["findings.json", "findings.sarif", "junit.xml", "report.html", "report.md"]);
    }

    private static List<string> Run(params string[] args)
    {
        var output = new StringWriter();
        Stages.Run(args, output).ShouldBe(0);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
