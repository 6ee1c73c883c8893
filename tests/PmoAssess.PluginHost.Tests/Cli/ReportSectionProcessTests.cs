namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>A plugin's report sections, through the real executable.</summary>
public sealed class ReportSectionProcessTests
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    [Fact]
    public async Task Assess_PluginWithSections_WritesThemAndANoteForTheOneThatThrows()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.ReportSection);
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        var report = File.ReadAllText(output.Combine("report.md"));
        // samples/contoso/projects.csv, counted with Python's csv module: 3 initiation, 5 planning, 16 execution, 4 closing, 6 closed.
        report.ShouldContain("## Projects by stage\n\n| Stage | Projects |\n| --- | ---: |\n| Closed | 6 |\n| Closing | 4 |\n| Execution | 16 |\n| Initiation | 3 |\n| Planning | 5 |");
        report.ShouldContain("First project: Customer Portal Replatform.");
        report.ShouldContain("## Broken section\n\n*This section could not be written: the plugin threw InvalidOperationException: no data for this section*");
        File.ReadAllText(output.Combine("report.html")).ShouldContain("<h2 id=\"projects-by-stage\">Projects by stage</h2>");
    }
}
