using System.Text.Json;
using PmoAssess.Cli.Tests.Ci;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Reports;

/// <summary>
/// Where findings.sarif points, run as a process the way a CI job runs it: a code-scanning service resolves each result's
/// file from the repository's root, where the job ran, so the file must be found from the working directory.
/// </summary>
public sealed class SarifLocationTests
{
    [Fact]
    public void Assess_InputUnderTheWorkingDirectory_PointsAtEachFileByItsPathFromThere()
    {
        using var output = new TempFolder();

        var log = AssessToSarif(RepositoryRoot.Path, Path.Combine("samples", "contoso"), output.Path);

        var locations = ArtifactLocations(log).ToList();
        locations.ShouldNotBeEmpty();
        locations.Where(location => location.TryGetProperty("uriBaseId", out _)).ShouldBeEmpty();
        var uris = locations.Select(location => location.GetProperty("uri").GetString()!).Distinct().ToList();
        uris.ShouldContain("samples/contoso/projects.csv");
        uris.ShouldAllBe(uri => File.Exists(Path.Combine(RepositoryRoot.Path, Uri.UnescapeDataString(uri))));
        Run(log).TryGetProperty("originalUriBaseIds", out _).ShouldBeFalse();
    }

    [Fact]
    public void Assess_InputOutsideTheWorkingDirectory_PointsAtEachFileFromTheInputFolderGivenAsAFileUri()
    {
        using var elsewhere = new TempFolder();
        using var output = new TempFolder();
        var input = RepositoryRoot.Combine("samples", "contoso");

        var log = AssessToSarif(elsewhere.Path, input, output.Path);

        var locations = ArtifactLocations(log).ToList();
        locations.ShouldNotBeEmpty();
        var baseId = locations[0].GetProperty("uriBaseId").GetString()!;
        locations.ShouldAllBe(location => location.GetProperty("uriBaseId").GetString() == baseId);
        var root = new Uri(Run(log).GetProperty("originalUriBaseIds").GetProperty(baseId).GetProperty("uri").GetString()!);
        root.IsFile.ShouldBeTrue();
        root.LocalPath.ShouldBe(input + Path.DirectorySeparatorChar);
        locations.ShouldAllBe(location => File.Exists(new Uri(root, location.GetProperty("uri").GetString()!).LocalPath));
    }

    private static JsonDocument AssessToSarif(string workingDirectory, string input, string output)
    {
        var run = ProcessRun.Start(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "pmoassess.dll"), "assess", input, "--as-of", "2026-09-30", "--out", output, "--format", "sarif", "--no-history"],
            workingDirectory: workingDirectory);
        run.ExitCode.ShouldBe(0, run.ToString());
        return JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "findings.sarif")));
    }

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    private static IEnumerable<JsonElement> ArtifactLocations(JsonDocument log) =>
        Run(log).GetProperty("results").EnumerateArray()
            .SelectMany(result => result.GetProperty("locations").EnumerateArray())
            .Where(location => location.TryGetProperty("physicalLocation", out _))
            .Select(location => location.GetProperty("physicalLocation").GetProperty("artifactLocation"));
}
