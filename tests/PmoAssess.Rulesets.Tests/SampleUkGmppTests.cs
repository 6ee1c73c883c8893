using System.Security.Cryptography;
using System.Text.Json;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Import.Mapping;
using PmoAssess.Import.Quality;
using PmoAssess.Rules;
using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Rulesets;

/// <summary>
/// The real GMPP files read through the sample's mappings. Every expected count comes from
/// samples/uk-gmpp/expected/expected.json, which a Python script computes from the CSV files with nothing
/// but the csv module, so the program never supplies its own answers.
/// </summary>
public sealed class SampleUkGmppTests
{
    private static readonly Dictionary<string, Lazy<ImportResult>> Years = new(StringComparer.Ordinal)
    {
        ["2019"] = new(() => Read("gmpp-2019.mapping.yaml")),
        ["2021"] = new(() => Read("gmpp-2021.mapping.yaml")),
    };

    private static ImportResult Read(string mapping) =>
        MappedPortfolioReader.Read(MappingLoader.Load(RepositoryRoot.Combine("samples", "uk-gmpp", mapping)));

    private static JsonElement Expected(string year)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine("samples", "uk-gmpp", "expected", "expected.json")));
        return document.RootElement.GetProperty(year).Clone();
    }

    [Fact]
    public void Assess_WithTheDataQualityChecks_GivesEveryOutcomeOnceInOrderWithTheChecksAmongTheRules()
    {
        var imported = Years["2021"].Value;
        var ruleset = RulesetLoader.Load([RepositoryRoot.Combine("samples", "uk-gmpp", "gmpp.rules.yaml")]).Single();
        var catalog = new RuleCatalogBuilder().Add(ruleset).Build();

        var result = AssessmentRunner.Run(imported.Dataset, catalog, new DateOnly(2021, 3, 31), imported.Quality);

        var outcomes = result.Outcomes.ToList();
        outcomes.Count.ShouldBe(result.Outcomes.Count);
        for (var index = 1; index < outcomes.Count; index++)
        {
            OutcomeOrder.Instance.Compare(outcomes[index - 1], outcomes[index]).ShouldBeLessThan(0, "outcome " + index + " is in order and not a repeat");
        }

        var checks = imported.Quality!.Outcomes.Order(OutcomeOrder.Instance).ToList();
        outcomes.Where(outcome => outcome.RuleId.StartsWith("DQ-", StringComparison.Ordinal)).ShouldBe(checks);
        outcomes.Count.ShouldBe(checks.Count + catalog.Rules.Sum(rule => imported.Dataset.AllFacts().Count(fact => fact.Kind == rule.Descriptor.AppliesTo)));
        result.Rules.Sum(rule => result.CountsOf(rule.Descriptor.Id).Values.Sum()).ShouldBe(outcomes.Count);
        result.OutcomesOf(DataQualityRules.UnreadableValue.Id).ShouldBe(checks.Where(outcome => outcome.RuleId == DataQualityRules.UnreadableValue.Id));
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Read_EveryProjectWithTheFilesHash(string year)
    {
        var expected = Expected(year);
        var result = Years[year].Value;

        result.Dataset.Projects.Count.ShouldBe(expected.GetProperty("projects").GetInt32());
        var file = expected.GetProperty("file").GetString()!;
        result.Dataset.Sources.ShouldHaveSingleItem().ShouldBe(new DataSource
        {
            File = file,
            Records = expected.GetProperty("projects").GetInt32(),
            Sha256 = expected.GetProperty("sha256").GetString()!,
        });
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryRoot.Combine("samples", "uk-gmpp", file))))
            .ShouldBe(expected.GetProperty("sha256").GetString(), "the sample's data is the published file, unchanged");
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Read_ProjectsPerDeliveryConfidenceRating(string year)
    {
        var expected = Expected(year).GetProperty("deliveryConfidence");
        var projects = Years[year].Value.Dataset.Projects;

        foreach (var rating in Enum.GetValues<DeliveryConfidence>())
        {
            var name = rating switch
            {
                DeliveryConfidence.AmberGreen => "amber-green",
                DeliveryConfidence.AmberRed => "amber-red",
                _ => rating.ToString().ToLowerInvariant(),
            };
            projects.Count(project => project.DeliveryConfidence == rating).ShouldBe(expected.GetProperty(name).GetInt32(), name);
        }

        var nonAnswers = projects.Where(project => project.DeliveryConfidence is null).ToList();
        nonAnswers.Count.ShouldBe(expected.GetProperty("nonAnswer").GetInt32());
        nonAnswers.ShouldAllBe(project => project.CustomFields.ContainsKey("dca_exemption"), "a stated non-answer keeps its text");
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Read_MoneyCellsThatAreNotMoney_AreDataQualityFindingsAtTheirCells(string year)
    {
        var expected = Expected(year).GetProperty("moneyCellsNotMoney");
        var findings = Years[year].Value.Quality!.Problems.ToList();
        var cells = findings.SelectMany(outcome => outcome.Evidence).ToList();

        findings.ShouldAllBe(outcome => outcome.RuleId == DataQualityRules.UnreadableValue.Id);
        var byColumn = cells.CountBy(cell => cell.Column!).ToDictionary();
        foreach (var column in expected.EnumerateObject())
        {
            byColumn.GetValueOrDefault(column.Name).ShouldBe(column.Value.GetInt32(), column.Name);
        }

        cells.Count.ShouldBe(expected.EnumerateObject().Sum(column => column.Value.GetInt32()));
        cells.ShouldAllBe(cell => cell.Row > 1 && cell.Value!.Length > 0);
    }

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public void Read_DatesThatAreNotDates_AreStatedNonAnswers(string year)
    {
        var expected = Expected(year).GetProperty("dateNonAnswers");
        var completeness = Years[year].Value.Quality!.Completeness.ToDictionary(field => field.Column, StringComparer.Ordinal);

        completeness["start_date"].NotGiven.ShouldBe(expected.GetProperty("start_date").GetInt32());
        completeness["end_date"].NotGiven.ShouldBe(expected.GetProperty("end_date").GetInt32());
        (completeness["start_date"].Unreadable, completeness["end_date"].Unreadable).ShouldBe((0, 0));
    }
}
