using System.Diagnostics;
using System.Reflection;
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
        var configuration = typeof(ToolPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var built = RepositoryRoot.Combine("engine", "PmoAssess.Cli", "bin", configuration, "net10.0", "pmoassess.dll");
        File.Exists(built).ShouldBeTrue("the test build has no " + built + " to pack");

        var stopwatch = Stopwatch.StartNew();
        var pack = Run("dotnet", ["pack", "engine/PmoAssess.Cli", "--configuration", configuration, "--no-build", "--disable-build-servers",
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

    /// <summary>Runs a process from the repository root, with extra environment variables, and waits up to two minutes.</summary>
    public static ProcessRun Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(fileName + " " + string.Join(' ', start.ArgumentList) + " did not finish in two minutes.");
        }

        return new ProcessRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
