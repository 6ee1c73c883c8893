using PmoAssess.Assessment;
using PmoAssess.Import;
using PmoAssess.Reporting.Json;
using PmoAssess.Reporting.Model;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Reporting.Json;

/// <summary>
/// The Contoso sample assessed for real (built-in rulesets, scored under pmo-functions) and its report,
/// computed once for every JSON test.
/// </summary>
internal static class ContosoFindings
{
    private static readonly Lazy<AssessmentReport> LazyReport = new(Assess);

    public static AssessmentReport Report => LazyReport.Value;

    public static byte[] Write(AssessmentReport report)
    {
        using var stream = new MemoryStream();
        new FindingsJsonWriter().Write(report, stream);
        return stream.ToArray();
    }

    private static AssessmentReport Assess()
    {
        var dataset = PortfolioReader.Read(RepositoryRoot.Combine("samples", "contoso"));
        var catalog = new RuleCatalogBuilder();
        foreach (var ruleset in RulesetLoader.Load([RepositoryRoot.Combine("rulesets")]))
        {
            catalog.Add(ruleset);
        }

        var result = AssessmentRunner.Run(dataset, catalog.Build(), new DateOnly(2026, 9, 30));
        var maturity = MaturityScorer.Score(result, MethodologyLoader.Find("pmo-functions", RepositoryRoot.Combine("rulesets", "methodologies")));
        return AssessmentReport.From(result, "contoso", ["test"], maturity: maturity) with
        {
            ToolVersion = "0.1.0",
            Gate = "fails on high findings and above",
        };
    }
}
