using System.Globalization;
using Xunit.Abstractions;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>
/// The release build (<c>dotnet publish -r RID</c>): self-contained, the runtime and the tool compiled ahead of time into
/// one composite image, the built-in plugins portable beside it, and assessing exactly as the framework-dependent build does.
/// </summary>
public sealed class ReleaseBuildTests(ReleaseBuild build, ITestOutputHelper log) : IClassFixture<ReleaseBuild>
{
    private static readonly string[] Outputs = ["report.md", "report.html", "findings.json", "findings.sarif", "junit.xml"];

    [Fact]
    public void Publish_ForThisPlatform_CarriesTheRuntimeOneCompositeImageAndPortablePlugins()
    {
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"publish (once per class): {build.PublishTime.TotalSeconds:0.0} s"));
        build.Publish.ExitCode.ShouldBe(0, build.Publish.ToString());

        File.Exists(build.Executable).ShouldBeTrue("the executable");
        File.Exists(Path.Combine(build.Folder, "System.Private.CoreLib.dll")).ShouldBeTrue("self-contained: the runtime is in the folder");
        File.Exists(Path.Combine(build.Folder, "pmoassess.r2r.dll")).ShouldBeTrue("the ReadyToRun composite image of the runtime and the tool");
        Directory.EnumerateFiles(Path.Combine(build.Folder, "rulesets"), "*.rules.yaml", SearchOption.AllDirectories).ShouldNotBeEmpty();

        var plugins = Directory.GetDirectories(Path.Combine(build.Folder, "plugins")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        plugins.ShouldBe(["PmoAssess.Plugins.DeliveryHealth", "PmoAssess.Plugins.Governance"]);
        foreach (var plugin in plugins)
        {
            var folder = Path.Combine(build.Folder, "plugins", plugin!);
            File.Exists(Path.Combine(folder, plugin + ".dll")).ShouldBeTrue(plugin);
            File.Exists(Path.Combine(folder, "System.Private.CoreLib.dll")).ShouldBeFalse(plugin + " is portable: it carries no runtime of its own");
        }
    }

    [Fact]
    public void Assess_Contoso_WritesWhatTheFrameworkDependentBuildWrites_AndRecordsHistory()
    {
        build.Publish.ExitCode.ShouldBe(0, build.Publish.ToString());

        var release = Assess([build.Executable], "release");
        var framework = Assess(["dotnet", TestBuild.Cli], "framework");

        release.ExitCode.ShouldBe(framework.ExitCode, release.ToString());
        release.Output.ShouldContain("Recorded run 1 in " + build.Scratch("release.db"), customMessage: "the build carries SQLite's native library");
        foreach (var output in Outputs)
        {
            var (ours, theirs) = (build.Scratch(Path.Combine("release", output)), build.Scratch(Path.Combine("framework", output)));
            File.ReadAllBytes(ours).ShouldBe(File.ReadAllBytes(theirs), output + " differs between the builds");
        }
    }

    private ProcessRun Assess(string[] command, string name) => ProcessRun.Start(command[0],
    [
        .. command[1..], "assess", "samples/contoso", "--as-of", "2026-09-30", "--format", "md,html,json,sarif,junit",
        "--history", build.Scratch(name + ".db"), "--out", build.Scratch(name),
    ]);
}
