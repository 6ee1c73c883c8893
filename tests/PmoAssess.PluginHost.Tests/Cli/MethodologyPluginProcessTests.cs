namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>A plugin that contributes a methodology, through the real executable.</summary>
public sealed class MethodologyPluginProcessTests
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    [Fact]
    public async Task Assess_WithThePluginsMethodology_ScoresUnderIt()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Methodology);
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path, "--methodology", "fixture-maturity"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Maturity (Fixture maturity): ");
        File.ReadAllText(output.Combine("report.md")).ShouldContain("Scored under **Fixture maturity**");
    }

    [Fact]
    public async Task PluginsList_ShowsTheMethodologyItContributes()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Methodology);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.Split('\n').ShouldContain(line => line.StartsWith("fixtures.methodology ", StringComparison.Ordinal) && line.Contains("0 rules, methodology fixture-maturity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_PluginWithAnInvalidMethodology_IsBrokenWithTheFileAndLine()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Methodology);
        File.WriteAllText(Path.Combine(plugins.Path, FixturePlugins.Methodology, "fixture.methodology.yaml"), "methodology: broken\nname: Broken\naggregation: median\n");
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("Unknown aggregation 'median': expected weakest, mean or weighted. File=fixture.methodology.yaml, Line=3, Column=14");
        run.Error.ShouldContain("Plugin=fixtures.methodology");
    }

    [Fact]
    public async Task Assess_PluginWhoseMethodologyFileIsMissing_IsBroken()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Methodology);
        File.Delete(Path.Combine(plugins.Path, FixturePlugins.Methodology, "fixture.methodology.yaml"));
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("The plugin registered a methodology file that is not there: fixture.methodology.yaml. Plugin=fixtures.methodology");
    }
}
