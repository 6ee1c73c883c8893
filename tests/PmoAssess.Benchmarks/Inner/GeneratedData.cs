using System.Globalization;
using PmoAssess.Generation;

namespace PmoAssess.Benchmarks.Inner;

/// <summary>
/// The portfolios the benchmarks read: generated once per size (seed 1) into the temporary folder and kept there, so that
/// each benchmark process does not write them again. Sizes come from <c>PMOASSESS_BENCH_PROJECTS</c> (comma-separated),
/// 10,000 projects by default.
/// </summary>
public static class GeneratedData
{
    public static readonly DateOnly AsOf = GenerationOptions.DefaultAsOf;

    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("PMOASSESS_BENCH_PROJECTS") ?? "10000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(size => int.Parse(size, CultureInfo.InvariantCulture));

    /// <summary>The folder holding <paramref name="projects"/> generated projects, written if it is not there yet.</summary>
    public static string Folder(int projects)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pmoassess-bench", projects.ToString(CultureInfo.InvariantCulture) + "-seed1");
        var done = Path.Combine(folder, ".complete");
        if (!File.Exists(done))
        {
            PortfolioGenerator.Generate(new GenerationOptions { Projects = projects, Seed = 1 }, folder);
            File.WriteAllText(done, string.Empty);
        }

        return folder;
    }
}
