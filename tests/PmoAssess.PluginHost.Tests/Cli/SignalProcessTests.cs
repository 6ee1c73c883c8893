using System.Diagnostics;

namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>
/// SIGINT and SIGTERM sent to a real <c>pmoassess assess</c> in the middle of its run: it exits 130 and the previous
/// outputs are left exactly as they were, with no temporary file beside them. The run is held at a known point by the
/// test-only <c>PMOASSESS_TEST_PAUSE</c> hook (engine/PmoAssess.Cli/TestPause.cs), or by a rule that never returns.
/// </summary>
public sealed class SignalProcessTests
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    [Theory]
    [InlineData(RunningPmoAssess.SigInt)]
    [InlineData(RunningPmoAssess.SigTerm)]
    public async Task Assess_SignalWhileWritingOutputs_Exits130AndLeavesThePreviousOutputsIntact(int signal)
    {
        using var output = new TempFolder();
        string[] formats = ["--format", "md,html,json,sarif,junit"];
        var first = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, .. formats]);
        first.ExitCode.ShouldBe(0, first.ToString());
        var previous = Snapshot(output.Path);
        previous.Count.ShouldBe(5);

        // Another date, so that outputs that got through would differ from the previous ones.
        using var run = RunningPmoAssess.Start(
            ["assess", Contoso, "--as-of", "2026-12-31", "--out", output.Path, .. formats],
            new Dictionary<string, string> { ["PMOASSESS_TEST_PAUSE"] = "outputs" });
        await run.WaitForErrorAsync("Paused at outputs");
        // The outputs are written side by side: one is paused, others may be staged beside it.
        Directory.EnumerateFiles(output.Path, "*.tmp").ShouldNotBeEmpty("outputs are staged while the run is paused");
        run.Signal(signal);
        var cancelled = await run.WaitForExitAsync();

        cancelled.ExitCode.ShouldBe(130, cancelled.ToString());
        cancelled.Error.ShouldContain("error: Cancelled: no output was replaced.");
        Snapshot(output.Path).ShouldBe(previous, "the previous outputs, byte for byte, and nothing else (no .tmp)");
    }

    [Theory]
    [InlineData(RunningPmoAssess.SigInt)]
    [InlineData(RunningPmoAssess.SigTerm)]
    public async Task Assess_SignalWhileARuleNeverReturns_ExitsPromptlyWith130AndWritesNothing(int signal)
    {
        using var output = new TempFolder();
        using var run = RunningPmoAssess.Start(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", FixturePlugins.Folder(FixturePlugins.LoopingRule), "--verbose"]);
        // Logged just before the rules run.
        await run.WaitForErrorAsync("Read 34 projects");
        var stopwatch = Stopwatch.StartNew();
        run.Signal(signal);
        var cancelled = await run.WaitForExitAsync();

        cancelled.ExitCode.ShouldBe(130, cancelled.ToString());
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8), "the run stops waiting for the rule at once, well within the grace period");
        cancelled.Error.ShouldNotContain("did not stop within");
        Directory.EnumerateFileSystemEntries(output.Path).ShouldBeEmpty();
    }

    /// <summary>Each file's name and SHA-256, in name order.</summary>
    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(file => Path.GetFileName(file) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))))];
}
