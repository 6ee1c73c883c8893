using PmoAssess.Cli.Tests.Ci;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary>The governance policy through the command line: the gate's exit codes and reasons, waivers, baselines and explain.</summary>
public sealed class PolicyCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public PolicyCommandTests()
    {
        Directory.CreateDirectory(Data);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "contoso"), "*.csv"))
        {
            File.Copy(file, Path.Combine(Data, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _folder.Dispose();

    private string Data => _folder.Combine("data");

    private Task<CliRun> Assess(params string[] options) =>
        CliRun.InvokeAsync(["assess", Data, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), .. options]);

    private string Report() => File.ReadAllText(_folder.Combine("out/report.md"));

    private void Policy(string yaml) => _folder.Write("data/pmoassess.yaml", yaml);

    [Fact]
    public async Task Assess_PolicyBesideTheData_IsAppliedAndTheGateFailsWithItsReasons()
    {
        Policy("gate:\n  failOn: critical\n  maxFindings: 10\n");

        var run = await Assess();

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldStartWith("Gate failed: ");
        run.Error.ShouldContain(" findings, more than the 10 allowed");
        Report().ShouldContain("| Gate | fails on critical findings and above (policy file pmoassess.yaml); fails on more than 10 findings (policy file pmoassess.yaml) |");
    }

    [Fact]
    public async Task Assess_FailOnOnTheCommandLine_BeatsThePolicyFile()
    {
        Policy("gate:\n  failOn: info\n");

        (await Assess("--fail-on", "critical")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Assess_InvalidPolicy_ExitsThreeBeforeReadingData()
    {
        Policy("pmoType: dictatorial\nwaivers:\n  items:\n    - { rule: GOV-101, subject: PRJ-027, expires: 2026-12-31 }\n");
        File.WriteAllText(_folder.Combine("data/projects.csv"), "not,a,valid\nproject,file\n");

        var run = await Assess();

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Found 2 problems in the policy:");
        run.Error.ShouldContain("Unknown pmoType 'dictatorial': expected supportive, controlling or directive. File=pmoassess.yaml, Line=1, Column=10");
        run.Error.ShouldContain("A waiver needs a 'justification'");
        Directory.Exists(_folder.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_UnknownOutputFormatInThePolicy_ExitsThreeBeforeAnythingIsWritten()
    {
        Policy("outputs:\n  formats: [md, docx]\n");

        var run = await Assess();

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Unknown output format 'docx' in the policy's outputs: expected md, html, json, sarif, junit. File=pmoassess.yaml");
        Directory.Exists(_folder.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_WaivedFinding_IsListedApartWithItsJustificationAndDoesNotFailTheGate()
    {
        // GOV-101 fails only PRJ-027 on Contoso (samples/contoso/README.md).
        Policy("rules:\n  enable: [GOV-101]\ngate:\n  failOn: high\nwaivers:\n  items:\n" +
            "    - { rule: GOV-101, subject: PRJ-027, justification: Regulatory deadline, approver: CFO, approved: 2026-07-01, expires: 2026-10-15 }\n");

        var run = await Assess();

        run.ExitCode.ShouldBe(0, run.ToString());
        var report = Report();
        report.ShouldContain("## Waived findings");
        report.ShouldContain("| GOV-101 | Project PRJ-027 GDPR Records Retention | GDPR Records Retention is in execution without an approved business case. | Regulatory deadline | CFO | 2026-10-15 |");
        report.ShouldContain("| pmoassess.yaml:7 | GOV-101 | PRJ-027 | expires on 2026-10-15 | Regulatory deadline |");
    }

    [Fact]
    public async Task Baseline_CreateThenAssess_FailsOnlyOnNewFindingsAndReportsFixedOnes()
    {
        Policy("rules:\n  enable: [GOV-101, GOV-001]\ngate:\n  failOn: low\n");
        var baseline = _folder.Combine("baseline.json");
        (await CliRun.InvokeAsync(["baseline", "create", Data, "--as-of", "2026-09-30", "--out", baseline])).ExitCode.ShouldBe(0);

        (await Assess("--baseline", baseline)).ExitCode.ShouldBe(0, "nothing new since the baseline");

        // Give PRJ-027 its business case (fixed) and take PRJ-001's sponsor away (new).
        var projects = File.ReadAllText(_folder.Combine("data/projects.csv"));
        File.WriteAllText(_folder.Combine("data/projects.csv"), projects
            .Replace("2026-09-16,false,false,CC-6330", "2026-09-16,false,true,CC-6330", StringComparison.Ordinal)
            .Replace("PRJ-001,Customer Portal Replatform,PF-01,Customer Experience,execution,Zoë Müller,", "PRJ-001,Customer Portal Replatform,PF-01,Customer Experience,execution,,", StringComparison.Ordinal));
        var run = await Assess("--baseline", baseline);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Error.ShouldContain("Gate failed: 1 finding at low or above");
        Report().ShouldContain("## Fixed since the baseline");
        Report().ShouldContain("- GOV-101 on PRJ-027");

        var prune = await CliRun.InvokeAsync(["baseline", "prune", baseline, Data, "--as-of", "2026-09-30"]);
        prune.ExitCode.ShouldBe(0, prune.ToString());
        prune.Output.ShouldStartWith("Pruned 1 fixed finding;");
        File.ReadAllText(baseline).ShouldNotContain("PRJ-027");
    }

    [Fact]
    public async Task PolicyExplain_Rule_NamesTheLayerThatDecided()
    {
        Policy("pmoType: supportive\nseverity:\n  \"GOV-1*\": critical\nrules:\n  disable: [tag:evm]\n");

        var run = await CliRun.InvokeAsync(["policy", "explain", "GOV-001", "--input", Data]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("PMO type: supportive (policy file pmoassess.yaml)");
        run.Output.ShouldContain("medium, the supportive PMO profile's (the rule's own is high)");
    }

    [Fact]
    public async Task PolicyExplain_GateWithMaxFindingsCoverageAndLevelFloors_DescribesTheGateAssessApplies()
    {
        Policy("gate: { maxFindings: 3, minCoverage: 90%, minLevel: { governance: 4 } }\n");
        const string Gate = "fails on more than 3 findings, when a rule passes for less than 90% of its subjects or when governance is below " +
            "maturity level 4 (policy file pmoassess.yaml); no finding fails it by its severity alone (set --fail-on or --pmo-type)";

        var explain = await CliRun.InvokeAsync(["policy", "explain", "GOV-001", "--input", Data]);
        var assess = await Assess();

        explain.ExitCode.ShouldBe(0, explain.ToString());
        explain.Output.ShouldContain("Gate: " + Gate + "\n");
        assess.ExitCode.ShouldBe(1, assess.ToString());
        Report().ShouldContain("| Gate | " + Gate + " |");
    }

    [Fact]
    public async Task PolicyExplain_SeverityThresholdAndMaxFindings_DescribesBoth()
    {
        Policy("pmoType: controlling\ngate:\n  maxFindings: 3\n");

        var run = await CliRun.InvokeAsync(["policy", "explain", "GOV-001", "--input", Data]);

        run.Output.ShouldContain("Gate: fails on high findings and above (controlling PMO); fails on more than 3 findings (policy file pmoassess.yaml)\n");
    }

    [Fact]
    public async Task PolicyExplain_NoPmoType_SaysNotSetOnce()
    {
        var run = await CliRun.InvokeAsync(["policy", "explain", "GOV-001", "--input", Data]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("PMO type: not set\n");
        run.Output.ShouldNotContain("(not set)");
    }

    [Fact]
    public void Assess_WaiverForARuleIdThatMatchesNoRule_WarnsOnStderrAndReportsItApartFromStaleOnes()
    {
        // GOX-999 is a typo: no rule has that id. The GOV-101 waiver is stale: its rule runs but fails nothing on PRJ-001.
        Policy("waivers:\n  items:\n" +
            "    - { rule: GOX-999, subject: PRJ-001, justification: Typo, expires: 2026-12-31 }\n" +
            "    - { rule: GOV-101, subject: PRJ-001, justification: Fixed since, expires: 2026-12-31 }\n");

        // As a process: the warning is logged, and logs go to the process's stderr.
        var run = ProcessRun.Start(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "pmoassess.dll"), "assess", Data, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), "--no-history"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Error.ShouldContain("The waiver for GOX-999 matches no rule in this run; check its rule id. Waiver=pmoassess.yaml:3");
        run.Error.ShouldNotContain("GOV-101");
        var report = Report();
        report.ShouldContain("| pmoassess.yaml:3 | GOX-999 | PRJ-001 | matches no rule in this run | Typo |");
        report.ShouldContain("| pmoassess.yaml:4 | GOV-101 | PRJ-001 | stale: matches no failure | Fixed since |");
    }

    [Fact]
    public async Task Assess_WaivedAndBaselinedFindings_AreCountedInTheSummaryLine()
    {
        // GOV-101 fails only PRJ-027 on Contoso, and GOV-001 fails PRJ-015 and PRJ-021 (samples/contoso/README.md).
        Policy("rules:\n  enable: [GOV-101, GOV-001]\n");
        var baseline = _folder.Combine("baseline.json");
        (await CliRun.InvokeAsync(["baseline", "create", Data, "--as-of", "2026-09-30", "--out", baseline])).ExitCode.ShouldBe(0);
        Policy("rules:\n  enable: [GOV-101, GOV-001]\nwaivers:\n  items:\n" +
            "    - { rule: GOV-101, subject: PRJ-027, justification: Regulatory deadline, expires: 2026-10-15 }\n");

        var run = await Assess("--baseline", baseline);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Findings: 0 (0 critical, 0 high, 0 medium, 0 low, 0 info); not assessable: ");
        run.Output.ShouldContain("; rule errors: 0; waived: 1; baselined: 2.\n");
    }

    [Fact]
    public async Task Assess_NoWaivedOrBaselinedFindings_LeavesThemOutOfTheSummaryLine()
    {
        Policy("rules:\n  enable: [GOV-101]\n");

        var run = await Assess();

        run.Output.ShouldContain("; rule errors: 0.\n");
        run.Output.ShouldNotContain("waived");
        run.Output.ShouldNotContain("baselined");
    }

    [Fact]
    public async Task PolicyExplain_UnknownRule_SuggestsOne() =>
        (await CliRun.InvokeAsync(["policy", "explain", "GOV-01", "--input", Data])).Error.ShouldContain("did you mean 'GOV-001'?");
}
