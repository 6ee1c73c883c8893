using System.Diagnostics;

namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary><c>pmoassess new plugin</c>: the scaffolded project builds, loads and fires as generated.</summary>
public sealed class NewPluginProcessTests
{
    [Fact]
    public async Task NewPlugin_BuiltAsGenerated_LoadsAndItsRuleFires()
    {
        using var work = new TempFolder();
        var created = await PmoAssessProcess.RunAsync(["new", "plugin", "Acme.Pmo.Rules", "--out", work.Path]);
        created.ExitCode.ShouldBe(0, created.ToString());

        var plugins = work.Combine("plugins");
        Build(work.Combine("Acme.Pmo.Rules"), Path.Combine(plugins, "Acme.Pmo.Rules"));
        Directory.GetFiles(Path.Combine(plugins, "Acme.Pmo.Rules"), "*.dll").Select(Path.GetFileName).ShouldBe(["Acme.Pmo.Rules.dll"],
            "the contract and NRules come from the host, never from beside the plugin");

        var data = work.Write("portfolio.json", """{ "projects": [ { "id": "P1", "stage": "execution" }, { "id": "P2", "stage": "execution", "manager": "Ann" } ] }""");
        var run = await PmoAssessProcess.RunAsync(["assess", data, "--as-of", "2026-09-30", "--plugins", plugins, "--format", "md", "--out", work.Combine("out")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        File.ReadAllText(work.Combine("out/report.md")).ShouldContain("| ACME-001 | Project P1 | The project names no manager. |");
    }

    [Theory]
    [InlineData("1Bad", "A plugin name is dotted C# identifiers")]
    [InlineData("Acme..Rules", "A plugin name is dotted C# identifiers")]
    [InlineData("class", "A plugin name cannot contain a C# keyword, since it becomes the plugin's namespace; try Acme.Pmo.Rules. Name=class, Keyword=class")]
    [InlineData("Acme.namespace.Rules", "Keyword=namespace")]
    public async Task NewPlugin_BadName_IsAUsageError(string name, string expected)
    {
        using var work = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["new", "plugin", name, "--out", work.Path]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(expected);
        Directory.EnumerateFileSystemEntries(work.Path).ShouldBeEmpty();
    }

    [Fact]
    public async Task NewPlugin_FolderExists_WritesNothing()
    {
        using var work = new TempFolder();
        work.Write("Acme/keep.txt", "mine");

        var run = await PmoAssessProcess.RunAsync(["new", "plugin", "Acme", "--out", work.Path]);

        run.ExitCode.ShouldBe(2, run.ToString());
        Directory.GetFiles(work.Combine("Acme")).Select(Path.GetFileName).ShouldBe(["keep.txt"]);
    }

    private static void Build(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "build", project, "-o", output, "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(4)).ShouldBeTrue("dotnet build did not finish in 4 minutes");
        process.ExitCode.ShouldBe(0, log.Result);
    }
}
