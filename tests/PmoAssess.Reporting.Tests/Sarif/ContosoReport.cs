using System.Globalization;
using PmoAssess.Assessment;
using PmoAssess.Import;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;
using PmoAssess.Rules;
using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Reporting.Sarif;

/// <summary>
/// The Contoso sample assessed for real with the built-in rulesets as of 2026-09-30, and its report: computed once
/// for the SARIF and JUnit writer tests.
/// </summary>
internal static class ContosoReport
{
    private static readonly Lazy<AssessmentReport> LazyReport = new(Assess);

    public static AssessmentReport Report => LazyReport.Value;

    /// <summary>
    /// The same report, assessed again: for a test that shares its lists of outcomes (<see cref="OutcomeListing.Share"/>),
    /// which while shared count every read, other tests' reads of <see cref="Report"/> included.
    /// </summary>
    public static AssessmentReport Fresh() => Assess();

    /// <summary>The portfolio in <paramref name="folder"/> (the canonical layout) assessed as the Contoso sample is.</summary>
    public static AssessmentReport Assess(string folder)
    {
        var dataset = PortfolioReader.Read(folder);
        var catalog = new RuleCatalogBuilder();
        foreach (var ruleset in RulesetLoader.Load([RepositoryRoot.Combine("rulesets")]))
        {
            catalog.Add(ruleset);
        }

        var result = AssessmentRunner.Run(dataset, catalog.Build(), new DateOnly(2026, 9, 30));
        return AssessmentReport.From(result, "contoso", ["test"]) with { ToolVersion = "0.1.0" };
    }

    /// <summary>What <paramref name="writer"/> writes for <paramref name="report"/>, under <paramref name="culture"/> if given.</summary>
    public static byte[] Render(IReportWriter writer, AssessmentReport report, string? culture = null)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        if (culture is not null)
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo(culture), new CultureInfo(culture));
        }

        try
        {
            using var stream = new MemoryStream();
            writer.Write(report, stream);
            return stream.ToArray();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }

    private static AssessmentReport Assess() => Assess(RepositoryRoot.Combine("samples", "contoso"));
}
