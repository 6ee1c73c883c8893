using System.Diagnostics;
using System.Runtime.InteropServices;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>
/// The release build the README describes, published once per test class: <c>dotnet publish engine/PmoAssess.Cli -c
/// Release -r RID</c> for this machine's platform. It is published from a scratch copy of the sources, because a publish
/// for a platform builds the engine's libraries again, into the folders the running tests load them from.
/// </summary>
public sealed class ReleaseBuild : IDisposable
{
    // What a publish reads: the build policy beside the solution, and the projects, plugins and rulesets it builds.
    private static readonly string[] Sources = ["Directory.Build.props", "Directory.Packages.props", "BannedSymbols.txt", "global.json", ".editorconfig", "engine", "plugins", "rulesets"];

    private readonly TempFolder _folder = new();

    public ReleaseBuild()
    {
        foreach (var source in Sources)
        {
            Copy(RepositoryRoot.Combine(source), _folder.Combine(Path.Combine("src", source)));
        }

        var stopwatch = Stopwatch.StartNew();
        Publish = ProcessRun.Start("dotnet", ["publish", _folder.Combine(Path.Combine("src", "engine", "PmoAssess.Cli")), "--configuration", "Release",
            "--runtime", RuntimeInformation.RuntimeIdentifier, "--output", Folder, "--disable-build-servers", "-nodeReuse:false"],
            timeout: TimeSpan.FromMinutes(10));
        PublishTime = stopwatch.Elapsed;
    }

    /// <summary>What <c>dotnet publish</c> did.</summary>
    public ProcessRun Publish { get; }

    /// <summary>How long publishing took.</summary>
    public TimeSpan PublishTime { get; }

    /// <summary>The publish folder.</summary>
    public string Folder => _folder.Combine("publish");

    /// <summary>The published executable.</summary>
    public string Executable => Path.Combine(Folder, OperatingSystem.IsWindows() ? "pmoassess.exe" : "pmoassess");

    /// <summary>A scratch folder that lives as long as the build.</summary>
    public string Scratch(string name) => _folder.Combine(name);

    public void Dispose() => _folder.Dispose();

    /// <summary>Copies a file, or a folder without its build output (<c>bin</c>, <c>obj</c>).</summary>
    private static void Copy(string from, string to)
    {
        if (File.Exists(from))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            return;
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(folder => Path.GetFileName(folder) is not ("bin" or "obj")))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
