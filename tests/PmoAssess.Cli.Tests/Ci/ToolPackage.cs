using System.Diagnostics;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>
/// The pmoassess dotnet tool package, packed once per test class into a scratch folder. It packs the build the tests
/// already run against (<c>--no-build</c>, same configuration), so the package holds exactly the code under test and no
/// second build competes with the test run; the publish folder is scratch too, so nothing stale is packed.
/// </summary>
public sealed class ToolPackage : IDisposable
{
    private readonly TempFolder _folder = new();

    public ToolPackage()
    {
        File.Exists(TestBuild.Cli).ShouldBeTrue("the test build has no " + TestBuild.Cli + " to pack");

        var stopwatch = Stopwatch.StartNew();
        var pack = ProcessRun.Start("dotnet", ["pack", "engine/PmoAssess.Cli", "--configuration", TestBuild.Configuration, "--no-build", "--disable-build-servers",
            "-nodeReuse:false", "--output", Source, "-p:PublishDir=" + _folder.Combine("publish") + Path.DirectorySeparatorChar]);
        PackTime = stopwatch.Elapsed;
        pack.ExitCode.ShouldBe(0, pack.ToString());

        var package = Directory.GetFiles(Source, "PmoAssess.*.nupkg").ShouldHaveSingleItem();
        Version = Path.GetFileNameWithoutExtension(package)["PmoAssess.".Length..];
    }

    /// <summary>The folder holding the package: a package source for <c>dotnet tool install --add-source</c>.</summary>
    public string Source => _folder.Combine("packages");

    /// <summary>The package's version.</summary>
    public string Version { get; }

    /// <summary>How long packing took.</summary>
    public TimeSpan PackTime { get; }

    /// <summary>A scratch folder that lives as long as the package.</summary>
    public string Scratch(string name) => _folder.Combine(name);

    public void Dispose() => _folder.Dispose();
}
