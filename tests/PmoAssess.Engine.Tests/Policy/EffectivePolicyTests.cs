using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

/// <summary>Precedence: command line, then policy file, then PMO type profile, then each rule's default; every decision says which layer made it.</summary>
public sealed class EffectivePolicyTests
{
    private static readonly RuleDescriptor Gov101 = AssessedRules.Descriptor("GOV-101", Severity.High, "governance", "sponsor");
    private static readonly RuleDescriptor Gov201 = AssessedRules.Descriptor("GOV-201", Severity.Medium, "governance");
    private static readonly RuleDescriptor Del001 = AssessedRules.Descriptor("DEL-001", Severity.High, "delivery", "evm");
    private static readonly RuleDescriptor Rsk001 = AssessedRules.Descriptor("RSK-001", Severity.Critical, "risk");

    private static PolicyFile FileWith(
        string[]? enable = null, string[]? disable = null, (string Rules, Severity Severity)[]? severities = null, PmoType? pmoType = null, Severity? failOn = null) => new()
    {
        File = "pmoassess.yaml",
        Enable = [.. (enable ?? []).Select(RulePattern.Parse)],
        Disable = [.. (disable ?? []).Select(RulePattern.Parse)],
        Severities = [.. (severities ?? []).Select(pair => (RulePattern.Parse(pair.Rules), pair.Severity))],
        PmoType = pmoType,
        Gate = new GateSettings { FailOn = failOn },
    };

    private static RuleDecision Decide(RuleDescriptor rule, PolicyFile? file = null, PmoType? pmoType = null) =>
        new EffectivePolicy(file, null, pmoType, null).Decide(rule);

    [Fact]
    public void Decide_NoPolicyFile_EnablesEveryRuleAtItsOwnSeverity()
    {
        var decision = EffectivePolicy.Default.Decide(Gov101);

        decision.ShouldBe(new RuleDecision
        {
            Rule = Gov101,
            Enabled = true,
            EnabledBecause = "enabled: no policy file",
            Severity = Severity.High,
            SeverityBecause = "high, the rule's own",
        });
    }

    [Fact]
    public void Decide_PolicyFileWithoutEnableList_EnablesWhatItDoesNotDisable() =>
        Decide(Gov101, FileWith(disable: ["DEL-*"])).EnabledBecause.ShouldBe("enabled: the policy file enables every rule it does not disable");

    [Theory]
    [InlineData("GOV-101")]
    [InlineData("GOV-*")]
    [InlineData("GOV-1?1")]
    [InlineData("tag:sponsor")]
    [InlineData("category:governance")]
    public void Decide_DisablePattern_DisablesTheRulesItChooses(string pattern)
    {
        var file = FileWith(disable: [pattern]);

        var chosen = Decide(Gov101, file);
        var other = Decide(Del001, file);

        (chosen.Enabled, chosen.EnabledBecause).ShouldBe((false, "disabled by '" + pattern + "' (policy file pmoassess.yaml)"));
        (other.Enabled, other.EnabledBecause).ShouldBe((true, "enabled: the policy file enables every rule it does not disable"));
    }

    [Theory]
    [InlineData("GOV-101")]
    [InlineData("GOV-*")]
    [InlineData("GOV-1?1")]
    [InlineData("tag:sponsor")]
    [InlineData("category:governance")]
    public void Decide_EnablePattern_EnablesTheRulesItChoosesAndNoOthers(string pattern)
    {
        var file = FileWith(enable: [pattern]);

        var chosen = Decide(Gov101, file);
        var other = Decide(Del001, file);

        (chosen.Enabled, chosen.EnabledBecause).ShouldBe((true, "enabled by '" + pattern + "' (policy file pmoassess.yaml)"));
        (other.Enabled, other.EnabledBecause).ShouldBe((false, "not among the rules the policy file enables (" + pattern + ")"));
    }

    [Fact]
    public void Decide_EnableList_NamesEveryPatternWhenARuleIsLeftOut()
    {
        var file = FileWith(enable: ["GOV-*", "tag:evm"]);

        Decide(Del001, file).EnabledBecause.ShouldBe("enabled by 'tag:evm' (policy file pmoassess.yaml)");
        Decide(Rsk001, file).EnabledBecause.ShouldBe("not among the rules the policy file enables (GOV-*, tag:evm)");
    }

    [Fact]
    public void Decide_RuleBothEnabledAndDisabled_IsDisabled()
    {
        var decision = Decide(Gov101, FileWith(enable: ["category:governance"], disable: ["GOV-101"]));

        (decision.Enabled, decision.EnabledBecause).ShouldBe((false, "disabled by 'GOV-101' (policy file pmoassess.yaml)"));
        Decide(Gov201, FileWith(enable: ["category:governance"], disable: ["GOV-101"])).Enabled.ShouldBeTrue();
    }

    [Fact]
    public void Decide_FirstMatchingDisablePattern_IsTheOneNamed() =>
        Decide(Gov101, FileWith(disable: ["tag:sponsor", "GOV-*"])).EnabledBecause.ShouldBe("disabled by 'tag:sponsor' (policy file pmoassess.yaml)");

    [Theory]
    [InlineData(Severity.Critical, Severity.Medium, "medium, the supportive PMO profile's (the rule's own is critical)")]
    [InlineData(Severity.High, Severity.Medium, "medium, the supportive PMO profile's (the rule's own is high)")]
    [InlineData(Severity.Medium, Severity.Medium, "medium, the rule's own")]
    [InlineData(Severity.Low, Severity.Low, "low, the rule's own")]
    [InlineData(Severity.Info, Severity.Info, "info, the rule's own")]
    public void Decide_SupportivePmo_CapsSeveritiesAtMedium(Severity own, Severity expected, string because)
    {
        var decision = Decide(AssessedRules.Descriptor("DEL-001", own, "delivery"), pmoType: PmoType.Supportive);

        (decision.Severity, decision.SeverityBecause).ShouldBe((expected, because));
    }

    [Theory]
    [InlineData(Severity.Info, Severity.Low, "low, the directive PMO profile's (the rule's own is info)")]
    [InlineData(Severity.Low, Severity.Medium, "medium, the directive PMO profile's (the rule's own is low)")]
    [InlineData(Severity.Medium, Severity.High, "high, the directive PMO profile's (the rule's own is medium)")]
    [InlineData(Severity.High, Severity.Critical, "critical, the directive PMO profile's (the rule's own is high)")]
    [InlineData(Severity.Critical, Severity.Critical, "critical, the rule's own")]
    public void Decide_DirectivePmo_RaisesGovernanceRulesOneStepUpToCritical(Severity own, Severity expected, string because)
    {
        var decision = Decide(AssessedRules.Descriptor("GOV-001", own, "governance"), pmoType: PmoType.Directive);

        (decision.Severity, decision.SeverityBecause).ShouldBe((expected, because));
    }

    [Fact]
    public void Decide_DirectivePmo_KeepsOtherCategoriesSeverities() =>
        Decide(Del001, pmoType: PmoType.Directive).SeverityBecause.ShouldBe("high, the rule's own");

    [Theory]
    [InlineData("GOV-101")]
    [InlineData("DEL-001")]
    [InlineData("RSK-001")]
    public void Decide_ControllingPmo_KeepsEveryRulesOwnSeverity(string id)
    {
        var rule = new[] { Gov101, Del001, Rsk001 }.Single(candidate => candidate.Id == id);

        var decision = Decide(rule, pmoType: PmoType.Controlling);

        (decision.Severity, decision.SeverityBecause).ShouldBe((rule.Severity, rule.Severity.ToString().ToLowerInvariant() + ", the rule's own"));
    }

    [Fact]
    public void Decide_PolicyOverride_BeatsTheDirectiveProfile()
    {
        var decision = Decide(Gov101, FileWith(severities: [("GOV-101", Severity.Low)], pmoType: PmoType.Directive));

        (decision.Severity, decision.SeverityBecause).ShouldBe((Severity.Low, "low, set by 'GOV-101' (policy file pmoassess.yaml)"));
    }

    [Fact]
    public void Decide_PolicyOverride_BeatsTheSupportiveCap()
    {
        var decision = Decide(Rsk001, FileWith(severities: [("category:risk", Severity.Critical)], pmoType: PmoType.Supportive));

        (decision.Severity, decision.SeverityBecause).ShouldBe((Severity.Critical, "critical, set by 'category:risk' (policy file pmoassess.yaml)"));
    }

    [Fact]
    public void Decide_OverrideThatMatchesNothing_LeavesTheProfileToDecide() =>
        Decide(Gov101, FileWith(severities: [("DEL-*", Severity.Info)], pmoType: PmoType.Directive)).SeverityBecause
            .ShouldBe("critical, the directive PMO profile's (the rule's own is high)");

    [Fact]
    public void Decide_SeveralOverridesMatch_TheFirstWins()
    {
        var file = FileWith(severities: [("GOV-1*", Severity.Low), ("GOV-101", Severity.Critical), ("tag:evm", Severity.Info)]);

        Decide(Gov101, file).SeverityBecause.ShouldBe("low, set by 'GOV-1*' (policy file pmoassess.yaml)");
        Decide(Del001, file).SeverityBecause.ShouldBe("info, set by 'tag:evm' (policy file pmoassess.yaml)");
        Decide(Gov201, file).SeverityBecause.ShouldBe("medium, the rule's own");
    }

    [Fact]
    public void Gate_FailOnFromTheCommandLine_BeatsThePolicyFileAndThePmoType()
    {
        var policy = new EffectivePolicy(FileWith(failOn: Severity.High, pmoType: PmoType.Directive), Severity.Critical, null, null);

        policy.Gate.ShouldBe(new Gate(Severity.Critical, "fails on critical findings and above (--fail-on)"));
    }

    [Fact]
    public void Gate_FailOnFromThePolicyFile_BeatsThePmoType()
    {
        var policy = new EffectivePolicy(FileWith(failOn: Severity.Low), null, PmoType.Controlling, null);

        policy.Gate.ShouldBe(new Gate(Severity.Low, "fails on low findings and above (policy file pmoassess.yaml)"));
    }

    [Fact]
    public void Gate_PolicyFileFailOn_AppliesEvenToASupportivePmo() =>
        new EffectivePolicy(FileWith(failOn: Severity.High, pmoType: PmoType.Supportive), null, null, null).Gate.FailOn.ShouldBe(Severity.High);

    [Theory]
    [InlineData(PmoType.Supportive, null, "a supportive PMO gives advice: no finding fails the gate")]
    [InlineData(PmoType.Controlling, Severity.High, "fails on high findings and above (controlling PMO)")]
    [InlineData(PmoType.Directive, Severity.Medium, "fails on medium findings and above (directive PMO)")]
    public void Gate_NoThresholdSet_IsThePmoTypesDefault(PmoType type, Severity? failOn, string explanation) =>
        new EffectivePolicy(FileWith(pmoType: type), null, null, null).Gate.ShouldBe(new Gate(failOn, explanation));

    [Fact]
    public void Gate_NothingSet_FailsNothing() =>
        EffectivePolicy.Default.Gate.ShouldBe(new Gate(null, "none: no finding fails the run (set --fail-on or --pmo-type)"));

    [Fact]
    public void PmoType_CommandLine_BeatsPolicyFileAndQuestionnaire()
    {
        var policy = new EffectivePolicy(FileWith(pmoType: PmoType.Supportive), null, PmoType.Directive, PmoType.Controlling);

        (policy.PmoType, policy.PmoTypeSource).ShouldBe((PmoType.Directive, "command line"));
        policy.Gate.FailOn.ShouldBe(Severity.Medium);
    }

    [Fact]
    public void PmoType_PolicyFile_BeatsQuestionnaire()
    {
        var policy = new EffectivePolicy(FileWith(pmoType: PmoType.Supportive), null, null, PmoType.Controlling);

        (policy.PmoType, policy.PmoTypeSource).ShouldBe((PmoType.Supportive, "policy file pmoassess.yaml"));
        policy.Decide(Rsk001).Severity.ShouldBe(Severity.Medium);
    }

    [Fact]
    public void PmoType_OnlyTheQuestionnaireAnswered_IsTheAnswer()
    {
        var policy = new EffectivePolicy(FileWith(), null, null, PmoType.Controlling);

        (policy.PmoType, policy.PmoTypeSource).ShouldBe((PmoType.Controlling, "questionnaire"));
        policy.Gate.Explanation.ShouldBe("fails on high findings and above (controlling PMO)");
    }

    [Fact]
    public void PmoType_NowhereSet_IsNotSet()
    {
        var policy = new EffectivePolicy(FileWith(), null, null, null);

        EffectivePolicy.Default.PmoType.ShouldBeNull();
        EffectivePolicy.Default.PmoTypeSource.ShouldBe("not set");
        policy.PmoType.ShouldBeNull();
        policy.PmoTypeSource.ShouldBe("not set");
    }

    [Fact]
    public void GateSettings_AreThePolicyFilesOrEmpty()
    {
        var settings = new GateSettings { MaxFindings = 3 };

        new EffectivePolicy(FileWith() with { Gate = settings }, null, null, null).GateSettings.ShouldBeSameAs(settings);
        var none = EffectivePolicy.Default.GateSettings;
        none.FailOn.ShouldBeNull();
        none.MaxFindings.ShouldBeNull();
        none.MinCoverage.ShouldBeNull();
        none.MinLevel.ShouldBeEmpty();
    }
}
