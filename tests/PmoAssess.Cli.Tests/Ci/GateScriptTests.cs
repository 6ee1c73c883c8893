using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>
/// samples/ci/gate.sh as a pipeline runs it: the tool package installed with --tool-path from a local source, then the
/// gate on the Contoso sample with the sample policy. The script installs the tool on its first run and reuses it after.
/// </summary>
public sealed class GateScriptTests(ToolPackage package, ITestOutputHelper log) : IClassFixture<ToolPackage>
{
    private static readonly string[] Reports = ["report.md", "report.html", "findings.sarif", "junit.xml"];

    private string ToolPath => package.Scratch("tool");

    private ProcessRun Gate(string data, string output, string? policy, params string[] options)
    {
        var environment = new Dictionary<string, string>
        {
            ["PMOASSESS_TOOL_PATH"] = ToolPath,
            ["PMOASSESS_SOURCE"] = package.Source,
            ["PMOASSESS_VERSION"] = package.Version,
            ["PMOASSESS_POLICY"] = policy ?? string.Empty,
            // The gate assesses the repository's samples: no history store may appear in them (a test may name one in scratch).
            ["PMOASSESS_NO_HISTORY"] = "1",
        };
        var stopwatch = Stopwatch.StartNew();
        var run = ProcessRun.Start("bash", ["samples/ci/gate.sh", data, output, .. options], environment);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pack (once per class): {package.PackTime.TotalSeconds:0.0} s; gate.sh: {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        return run;
    }

    [Fact]
    public void GateScript_ContosoWithTheSamplePolicy_FailsOnTheUnwaivedCriticalFindingAndWritesEveryReport()
    {
        var output = package.Scratch("out-policy");

        var history = package.Scratch("history.db");

        var run = Gate("samples/contoso", output, "samples/ci/pmoassess.yaml", "--as-of", "2026-09-30", "--history", history);

        // The sample policy makes GOV-001 critical and fails on critical: PRJ-021 is waived, PRJ-015 is not.
        run.ExitCode.ShouldBe(1, run.ToString());
        run.Output.ShouldContain("Recorded run 1 in " + history, customMessage: "the package carries SQLite's native library");
        run.Error.ShouldContain("Gate failed: 1 finding");
        run.Error.ShouldContain("gate.sh: the gate FAILED (exit 1)");
        File.Exists(Path.Combine(ToolPath, "pmoassess")).ShouldBeTrue("gate.sh installs the tool into PMOASSESS_TOOL_PATH");
        foreach (var report in Reports)
        {
            File.Exists(Path.Combine(output, report)).ShouldBeTrue(report + "\n" + run);
        }

        var markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        markdown.ShouldContain("| GOV-001 | Project PRJ-015 Fleet Telematics |", customMessage: "the package carries the built-in governance plugin");
        markdown.ShouldContain("| DEL-001 | Project PRJ-003 Billing \\| Payments Consolidation |", customMessage: "the package carries the built-in delivery health plugin");
        markdown.ShouldContain("\n## Delivery health\n", customMessage: "the delivery health plugin's report section");
        markdown.ShouldContain("| GOV-101 | Project PRJ-027 GDPR Records Retention |", customMessage: "the package carries the built-in rulesets");
        markdown.ShouldContain("| GOV-001 | Project PRJ-021 Field Service Mobility | The project has no sponsor. | Field Service Mobility is on hold");
    }

    [Fact]
    public void GateScript_NoPolicy_PassesWithoutAGate()
    {
        var output = package.Scratch("out-no-policy");

        var run = Gate("samples/contoso", output, policy: null, "--as-of", "2026-09-30");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldContain("gate.sh: the gate passed.");
        File.Exists(Path.Combine(output, "junit.xml")).ShouldBeTrue();
    }

    [Fact]
    public void GateScript_MissingData_ExitsThree()
    {
        var run = Gate("samples/no-such-export", package.Scratch("out-missing"), "samples/ci/pmoassess.yaml");

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("gate.sh: the data or configuration is invalid (exit 3)");
    }
}
