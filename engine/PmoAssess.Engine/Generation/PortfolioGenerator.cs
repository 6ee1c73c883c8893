using System.Globalization;

namespace PmoAssess.Generation;

/// <summary>
/// Writes a realistic synthetic portfolio in the canonical CSV layout: portfolios, projects with their risks, issues,
/// changes, milestones, gates, benefits and allocations, and the organisation's answers, with the rates of problems
/// <see cref="GenerationRates"/> gives. The same options write the same bytes: each project's records come from a
/// random stream of their own, seeded by the seed and the project's number, and no clock or culture is read.
/// </summary>
public static class PortfolioGenerator
{
    // Portfolios differ: some PMOs are stricter than others. Their problem rates are the given ones times these, in turn,
    // so that over every five portfolios the rates average out to GenerationRates'.
    private static readonly double[] Laxity = [0.5, 0.75, 1.0, 1.25, 1.5];

    /// <summary>Writes the portfolio into <paramref name="folder"/> (created if need be; its canonical files are replaced).</summary>
    /// <returns>The data rows written to each file, by file name.</returns>
    public static IReadOnlyDictionary<string, int> Generate(GenerationOptions options, string folder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Projects, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ProjectsPerPortfolio, 1);

        Directory.CreateDirectory(folder);
        using var files = new GeneratedFiles(folder);
        var portfolios = options.Portfolios;
        var setup = new SeededRandom(options.Seed, stream: 0);
        var portfolioIds = new string[portfolios];
        for (var index = 0; index < portfolios; index++)
        {
            portfolioIds[index] = "PF-" + Number(index + 1, portfolios);
            files.Portfolios.Text(portfolioIds[index])
                .Text(setup.Pick(Vocabulary.PortfolioNames) + " " + Number(index + 1, portfolios))
                .Text(setup.Chance(0.05) ? null : ProjectRecords.Person(ref setup))
                .EndRow();
        }

        for (var index = 0; index < Vocabulary.Questions.Length; index++)
        {
            var (category, question) = Vocabulary.Questions[index];
            files.Evidence.Text("EVD-" + Number(index + 1, 100)).Text(category).Text(question).Text(setup.Pick(Vocabulary.Answers)).Text(null).EndRow();
        }

        // Child ids run to about ten per project; one width for all keeps them in order when sorted as text.
        var registers = new RegisterRecords(files, Digits(options.Projects * 10L), options.AsOf);
        for (var index = 0; index < options.Projects; index++)
        {
            var random = new SeededRandom(options.Seed, stream: index + 1L);
            var laxity = Laxity[index % portfolios % Laxity.Length];
            var project = ProjectRecords.Write(
                files.Projects, ref random, "PRJ-" + Number(index + 1, options.Projects), portfolioIds[index % portfolios], options.AsOf, laxity);
            registers.Write(ref random, project, laxity);
        }

        return files.Records();
    }

    private static string Number(int value, long largest) =>
        value.ToString("D" + Digits(largest).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static int Digits(long largest) => Math.Max(3, largest.ToString(CultureInfo.InvariantCulture).Length);
}
