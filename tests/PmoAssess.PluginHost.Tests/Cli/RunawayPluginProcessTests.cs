namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>A plugin rule or report section that never returns is stopped by the run timeout: exit 4, naming the phase, no report.</summary>
public sealed class RunawayPluginProcessTests
{
    [Fact]
    public async Task Assess_RuleThatNeverReturns_StopsAtTheTimeoutWithExitFourNamingThePhase()
    {
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(
            ["assess", RepositoryRoot.Combine("samples", "contoso"), "--as-of", "2026-09-30", "--out", output.Path,
             "--plugins", FixturePlugins.Folder(FixturePlugins.LoopingRule), "--timeout", "5"]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("error: The run did not finish within its timeout of 5 s: it was stopped while running the rules.");
        run.Error.ShouldContain("raise the limit with --timeout SECONDS. Phase=running the rules");
        run.Output.ShouldBeEmpty();
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_ReportSectionThatNeverReturns_StopsAtTheTimeoutWithExitFourNamingThePhase()
    {
        using var output = new TempFolder();
        // The looping rule is disabled, so the run gets as far as the plugin's report section, which never returns.
        var policy = output.Write("policy/pmoassess.yaml", "rules:\n  disable: [FIX-LOOP-001]\n");

        var run = await PmoAssessProcess.RunAsync(
            ["assess", RepositoryRoot.Combine("samples", "contoso"), "--as-of", "2026-09-30", "--out", output.Combine("out"), "--policy", policy,
             "--plugins", FixturePlugins.Folder(FixturePlugins.LoopingRule), "--timeout", "5"]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("error: The run did not finish within its timeout of 5 s: it was stopped while writing the plugins' report sections.");
        run.Output.ShouldBeEmpty();
        Directory.Exists(output.Combine("out")).ShouldBeFalse();
    }
}
