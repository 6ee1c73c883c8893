using System.Text.Json;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Samples;

/// <summary>
/// <c>pmoassess assess samples/uk-gmpp</c> end to end, for both years: every GMPP rule's outcome counts and failing
/// projects, as samples/uk-gmpp/expected/expected.json (computed by a separate Python script) says they must be.
/// </summary>
public sealed class UkGmppAssessTests : IDisposable
{
    private readonly TempFolder _output = new();

    public void Dispose() => _output.Dispose();

    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    public async Task Assess_EachYear_GivesTheIndependentlyComputedOutcomes(string year)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(RepositoryRoot.Combine("samples", "uk-gmpp", "expected", "expected.json")));
        var expected = document.RootElement.GetProperty(year);
        var sample = RepositoryRoot.Combine("samples", "uk-gmpp");

        var run = await CliRun.InvokeAsync(["assess", sample, "--mapping", Path.Combine(sample, "gmpp-" + year + ".mapping.yaml"),
            "--as-of", expected.GetProperty("asOf").GetString()!, "--format", "md,json", "--out", _output.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var findings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_output.Path, "findings.json")));
        var outcomes = findings.RootElement.GetProperty("outcomes").EnumerateArray().ToList();
        foreach (var rule in expected.GetProperty("rules").EnumerateObject())
        {
            var ofRule = outcomes.Where(outcome => outcome.GetProperty("ruleId").GetString() == rule.Name).ToList();
            int Count(string status) => ofRule.Count(outcome => outcome.GetProperty("status").GetString() == status);
            (Count("passed"), Count("failed"), Count("not-applicable"), Count("not-assessable")).ShouldBe((
                rule.Value.GetProperty("passed").GetInt32(),
                rule.Value.GetProperty("failed").GetInt32(),
                rule.Value.GetProperty("notApplicable").GetInt32(),
                rule.Value.GetProperty("notAssessable").GetInt32()), rule.Name);
            ofRule.Where(outcome => outcome.GetProperty("status").GetString() == "failed")
                .Select(outcome => outcome.GetProperty("subjectId").GetString())
                .Order(StringComparer.Ordinal)
                .ShouldBe(rule.Value.GetProperty("failing").EnumerateArray().Select(id => id.GetString()).Order(StringComparer.Ordinal), rule.Name);
        }

        var report = File.ReadAllText(Path.Combine(_output.Path, "report.md"));
        report.ShouldContain("## Data quality");
        report.ShouldContain("The data was read through the mapping `gmpp-" + year + ".mapping.yaml`");
    }
}
