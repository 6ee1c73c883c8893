using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

/// <summary>Policy files read key by key, and every mistake reported with its place (engine/PmoAssess.Engine/Policy/README.md).</summary>
public sealed class PolicyLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Problems(string yaml) =>
        Should.Throw<InvalidInputException>(() => PolicyLoader.Load(_folder.Write("pmoassess.yaml", yaml))).Message;

    private string Full(string relativePath) => Path.GetFullPath(_folder.Combine(relativePath));

    [Fact]
    public void Load_CompletePolicy_ReadsEveryKeyWithPathsResolvedAgainstItsFolder()
    {
        var policy = PolicyLoader.Load(_folder.Write("team/pmoassess.yaml", """
            # yaml-language-server: $schema=../../engine/PmoAssess.Engine/Policy/policy.schema.json
            methodology: p3m3
            pmoType: directive
            rulesets: [rules/extra.rules.yaml, ../shared/rulesets]
            plugins: plugins
            rules:
              enable: [GOV-*, tag:evm, category:risk]
              disable: [GOV-900]
            severity:
              GOV-101: critical
              DQ-*: low
              tag:evm: medium
            gate:
              failOn: high
              maxFindings: 25
              minCoverage: 80%
              minLevel: { governance: 2, risk: 1 }
            targets:
              "*": 3
              governance: 4
            waivers:
              allowOpenEnded: false
              maxDays: 180
              items:
                - rule: GOV-101
                  subject: P-001
                  justification: Sponsor appointed at the March board.
                  approver: Jane Doe
                  approved: 2026-01-15
                  expires: 2026-06-30
                - rule: DQ-*
                  subject: "*"
                  justification: Legacy import.
                  approver: PMO lead
                  approved: 2026-03-01
                  expires: 2026-04-30
            baseline: baselines/accepted.json
            outputs:
              dir: ../reports
              formats: [html, sarif, json]
            engagement: Contoso Retail
            """));

        policy.File.ShouldBe("pmoassess.yaml");
        policy.Engagement.ShouldBe("Contoso Retail");
        policy.Methodology.ShouldBe("p3m3");
        policy.PmoType.ShouldBe(PmoType.Directive);
        policy.Rulesets.ShouldBe([Full("team/rules/extra.rules.yaml"), Full("shared/rulesets")]);
        policy.Plugins.ShouldBe([Full("team/plugins")]);
        policy.Enable.Select(pattern => pattern.Text).ShouldBe(["GOV-*", "tag:evm", "category:risk"]);
        policy.Disable.Select(pattern => pattern.Text).ShouldBe(["GOV-900"]);
        policy.Severities.Select(pair => (pair.Rules.Text, pair.Severity))
            .ShouldBe([("GOV-101", Severity.Critical), ("DQ-*", Severity.Low), ("tag:evm", Severity.Medium)]);
        (policy.Gate.FailOn, policy.Gate.MaxFindings, policy.Gate.MinCoverage).ShouldBe((Severity.High, 25, 0.8m));
        policy.Gate.MinLevel.Select(pair => (pair.Key, pair.Value)).Order().ShouldBe([("governance", 2), ("risk", 1)]);
        policy.Targets.Default.ShouldBe(3);
        policy.Targets.ByCategory.Select(pair => (pair.Key, pair.Value)).ShouldBe([("governance", 4)]);
        policy.Waivers.ShouldBe(
        [
            new Waiver
            {
                Rule = "GOV-101",
                Subject = "P-001",
                Justification = "Sponsor appointed at the March board.",
                Approver = "Jane Doe",
                Approved = new DateOnly(2026, 1, 15),
                Expires = new DateOnly(2026, 6, 30),
                Location = "pmoassess.yaml:25",
            },
            new Waiver
            {
                Rule = "DQ-*",
                Subject = "*",
                Justification = "Legacy import.",
                Approver = "PMO lead",
                Approved = new DateOnly(2026, 3, 1),
                Expires = new DateOnly(2026, 4, 30),
                Location = "pmoassess.yaml:31",
            },
        ]);
        policy.Baseline.ShouldBe(Full("team/baselines/accepted.json"));
        policy.OutputDirectory.ShouldBe(Full("reports"));
        policy.Formats.ShouldBe(["html", "sarif", "json"]);
    }

    [Fact]
    public void Load_EmptyMapping_GivesDefaults()
    {
        var policy = PolicyLoader.Load(_folder.Write("pmoassess.yaml", "methodology: pmo-functions\n"));

        policy.PmoType.ShouldBeNull();
        (policy.Rulesets.Count, policy.Enable.Count, policy.Disable.Count, policy.Severities.Count, policy.Waivers.Count).ShouldBe((0, 0, 0, 0, 0));
        policy.Gate.ShouldBe(new GateSettings { MinLevel = policy.Gate.MinLevel });
        policy.Gate.MinLevel.ShouldBeEmpty();
        policy.Targets.Default.ShouldBeNull();
        policy.Targets.ByCategory.ShouldBeEmpty();
        policy.Baseline.ShouldBeNull();
        policy.OutputDirectory.ShouldBeNull();
        policy.Formats.ShouldBeEmpty();
    }

    [Fact]
    public void Load_SeverityOverrides_KeepTheOrderWritten()
    {
        var policy = PolicyLoader.Load(_folder.Write("pmoassess.yaml", "severity:\n  \"DQ-*\": low\n  DQ-001: critical\n  category:risk: high\n"));

        policy.Severities.Select(pair => pair.Rules.Text).ShouldBe(["DQ-*", "DQ-001", "category:risk"]);
    }

    [Fact]
    public void Load_UnknownKey_IsReportedWithDidYouMeanAndItsPlace() =>
        Problems("methodology: p3m3\npmotype: directive\n").ShouldBe(
            "Found a problem in the policy:\n  Unknown key 'pmotype' in a policy; did you mean 'pmoType'? " +
            "Keys: engagement, methodology, pmoType, rulesets, plugins, rules, severity, gate, targets, waivers, baseline, mapping, outputs. File=pmoassess.yaml, Line=2, Column=1");

    [Fact]
    public void Load_Mistakes_AreAllReportedTogetherWithFileLineAndColumn()
    {
        var message = Problems("""
            pmoType: dictatorial
            gate:
              failOn: severe
              maxFinding: 3
              minLevel: { governance: 7 }
            severity:
              GOV-101: urgent
            waivers:
              maxDays: 90
              items:
                - rule: GOV-101
                  subject: P-001
                  approved: 2026-01-01
                  expires: 2026-12-31
                - rule: GOV-102
                  subject: P-002
                  justification: Waiting for the new tool.
                - rule: GOV-103
                  subject: P-003
                  justification: Data migration.
                  approved: 2026-05-01
                  expires: 2026-04-01
                - rule: GOV-104
                  subject: P-004
                  justification: Agreed at the board.
                  approved: 2026-01-01
                  expires: 2026-04-31
            targts:
              governance: 3
            """);

        message.ShouldStartWith("Found 11 problems in the policy:\n");
        message.ShouldContain("Unknown key 'targts' in a policy; did you mean 'targets'? Keys: engagement, methodology, pmoType, rulesets, plugins, rules, severity, gate, targets, waivers, baseline, mapping, outputs. File=pmoassess.yaml, Line=28, Column=1");
        message.ShouldContain("Unknown key 'maxFinding' in a gate; did you mean 'maxFindings'? Keys: failOn, maxFindings, minCoverage, minLevel. File=pmoassess.yaml, Line=4, Column=3");
        message.ShouldContain("Unknown pmoType 'dictatorial': expected supportive, controlling or directive. File=pmoassess.yaml, Line=1, Column=10");
        message.ShouldContain("Unknown failOn 'severe': expected info, low, medium, high or critical. File=pmoassess.yaml, Line=3, Column=11");
        message.ShouldContain("Expected a maturity level from 0 to 5 for 'governance' in minimum levels. File=pmoassess.yaml, Line=5, Column=27");
        message.ShouldContain("Unknown severity 'urgent' for 'GOV-101': expected info, low, medium, high or critical. File=pmoassess.yaml, Line=7, Column=12");
        message.ShouldContain("A waiver needs a 'justification': say why the exception was granted. File=pmoassess.yaml, Line=11, Column=7");
        message.ShouldContain("The waiver runs for 364 days; this policy allows at most 90 (waivers.maxDays). File=pmoassess.yaml, Line=11, Column=7");
        message.ShouldContain("A waiver needs an 'expires' date (yyyy-MM-dd); this policy does not allow open-ended waivers (waivers.allowOpenEnded). File=pmoassess.yaml, Line=15, Column=7");
        message.ShouldContain("The waiver expires before it was approved. File=pmoassess.yaml, Line=18, Column=7");
        message.ShouldContain("Expected 'expires' to be a date written yyyy-MM-dd, not '2026-04-31'. File=pmoassess.yaml, Line=27, Column=16");
    }

    [Fact]
    public void Load_EmptySeverityPattern_IsReportedNotThrownAsAnArgumentError() =>
        Problems("severity:\n  \"\": high\n").ShouldContain(
            "Expected a rule pattern (an id, a glob, tag:TAG or category:CATEGORY) before the severity. File=pmoassess.yaml, Line=2, Column=3");

    [Fact]
    public void Load_BadTargetLevel_IsReported() =>
        Problems("targets:\n  \"*\": high\n").ShouldContain("Expected a maturity level from 0 to 5 for '*' in targets. File=pmoassess.yaml, Line=2, Column=8");

    [Fact]
    public void Load_WaiverRunningExactlyMaxDays_IsAccepted()
    {
        // 2026-01-01 to 2026-04-01 is 31 + 28 + 31 = 90 days: at the cap, not over it.
        var policy = PolicyLoader.Load(_folder.Write("pmoassess.yaml", """
            waivers:
              maxDays: 90
              items:
                - { rule: GOV-101, subject: P-001, justification: Agreed., approved: 2026-01-01, expires: 2026-04-01 }
            """));

        policy.Waivers.Single().Expires.ShouldBe(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void Load_WaiverWithoutApprovalUnderMaxDays_IsReported() =>
        Problems("""
            waivers:
              maxDays: 90
              items:
                - { rule: GOV-101, subject: P-001, justification: Agreed., expires: 2026-04-01 }
            """).ShouldContain("A waiver needs its 'approved' date when the policy caps waivers' length (waivers.maxDays). File=pmoassess.yaml, Line=4, Column=7");

    [Fact]
    public void Load_OpenEndedWaiverWhereAllowed_HasNoExpiry()
    {
        var policy = PolicyLoader.Load(_folder.Write("pmoassess.yaml", """
            waivers:
              allowOpenEnded: true
              items:
                - { rule: "TRN-*", subject: "*", justification: The PMO does not report on transparency. }
            """));

        policy.Waivers.Single().ShouldBe(new Waiver
        {
            Rule = "TRN-*",
            Subject = "*",
            Justification = "The PMO does not report on transparency.",
            Location = "pmoassess.yaml:4",
        });
    }

    [Fact]
    public void Load_AllowOpenEndedThatIsNotABoolean_IsReported() =>
        Problems("waivers:\n  allowOpenEnded: yes\n  items: []\n")
            .ShouldContain("Expected 'allowOpenEnded' to be true or false, not 'yes'. File=pmoassess.yaml, Line=2, Column=19");

    [Fact]
    public void Load_WaiverWithoutRuleOrSubject_IsReported()
    {
        var message = Problems("waivers:\n  items:\n    - { justification: Why., expires: 2026-12-31 }\n");

        message.ShouldStartWith("Found 2 problems in the policy:\n");
        message.ShouldContain("Missing key 'rule': it needs a value. File=pmoassess.yaml, Line=3, Column=7");
        message.ShouldContain("Missing key 'subject': it needs a value. File=pmoassess.yaml, Line=3, Column=7");
    }

    [Fact]
    public void Load_FileThatDoesNotExist_Throws() =>
        Should.Throw<InvalidInputException>(() => PolicyLoader.Load(_folder.Combine("missing.yaml")))
            .Message.ShouldBe("The policy file does not exist. File=" + _folder.Combine("missing.yaml"));

    [Fact]
    public void Find_PolicyOption_WinsOverTheFileBesideTheInput()
    {
        _folder.Write("data/pmoassess.yaml", "methodology: beside\n");
        var named = _folder.Write("ci/strict.yaml", "methodology: named\n");

        PolicyLoader.Find(named, _folder.Combine("data"))!.Methodology.ShouldBe("named");
    }

    [Fact]
    public void Find_NoPolicyOption_ReadsPmoassessYamlInTheAssessedFolderOrBesideTheAssessedFile()
    {
        _folder.Write("data/pmoassess.yaml", "methodology: beside\n");
        var file = _folder.Write("data/portfolio.json", "{}");

        PolicyLoader.Find(null, _folder.Combine("data"))!.Methodology.ShouldBe("beside");
        PolicyLoader.Find(null, file)!.Methodology.ShouldBe("beside");
    }

    [Fact]
    public void Find_NeitherOptionNorFileBesideTheInput_ReturnsNull()
    {
        Directory.CreateDirectory(_folder.Combine("data"));

        PolicyLoader.Find(null, _folder.Combine("data")).ShouldBeNull();
    }

    [Fact]
    public void Find_PolicyOptionNamingAMissingFile_Throws() =>
        Should.Throw<InvalidInputException>(() => PolicyLoader.Find(_folder.Combine("missing.yaml"), _folder.Path));
}
