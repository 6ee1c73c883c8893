using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins;
using PmoAssess.Plugins.Governance;
using PmoAssess.Plugins.Governance.Rules;
using PmoAssess.Testing.Tests.TestRules;

namespace PmoAssess.Testing.Tests;

public sealed class RuleHarnessTests
{
    private static readonly Project Unsponsored = new() { Id = "P1", Stage = LifecycleStage.Execution };

    [Fact]
    public void For_OneRuleType_RunsOnlyThatRule()
    {
        var result = RuleHarness.For<ActiveProjectHasSponsor>().Given(Unsponsored).Run();

        result.Assessment.Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["GOV-001"]);
        result.Outcomes.ShouldHaveSingleItem().Status.ShouldBe(OutcomeStatus.Failed);
    }

    [Fact]
    public void For_RuleTypes_RunsThemTogetherWithTheirAssemblyAsSource()
    {
        var result = RuleHarness.For(typeof(ActiveProjectHasSponsor), typeof(ExecutionProjectHasApprovedCharter)).Given(Unsponsored).Run();

        result.Assessment.Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["GOV-001", "GOV-002"]);
        result.Assessment.Rules.ShouldAllBe(rule => rule.Source == "PmoAssess.Plugins.Governance");
    }

    [Fact]
    public void For_NoRuleTypes_Throws()
    {
        Should.Throw<ArgumentException>(() => RuleHarness.For()).Message.ShouldContain("at least one rule type");
    }

    [Fact]
    public void For_TypeThatIsNotARule_ThrowsWhenRun()
    {
        var scenario = RuleHarness.For(typeof(string)).Given(Unsponsored);

        Should.Throw<PmoAssess.Rules.InvalidRuleException>(scenario.Run).Message.ShouldContain("Rule=System.String");
    }

    [Fact]
    public void ForPlugin_GovernancePlugin_RunsEveryRuleItRegistersUnderItsId()
    {
        var result = RuleHarness.ForPlugin(new GovernancePlugin()).Given(Unsponsored).Run();

        result.Assessment.Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["GOV-001", "GOV-002", "RSK-001", "TRN-001"]);
        result.Assessment.Rules.ShouldAllBe(rule => rule.Source == "pmoassess.governance");
    }

    [Fact]
    public void ForPlugin_ApiRangeExcludesThisHost_ThrowsNamingTheVersions()
    {
        var exception = Should.Throw<RuleAssertionException>(() => RuleHarness.ForPlugin(new FuturePlugin()));

        exception.Message.ShouldBe(FormattableString.Invariant(
            $"The host would refuse the plugin: The plugin supports plugin API versions {PluginApi.Version + 1} to {PluginApi.Version + 2}; this host offers version {PluginApi.Version}. Plugin=test.future, Path={typeof(FuturePlugin).Assembly.Location}"));
    }

    [Fact]
    public void ForPlugin_RegistersNoRules_Throws()
    {
        Should.Throw<RuleAssertionException>(() => RuleHarness.ForPlugin(new EmptyPlugin()))
            .Message.ShouldBe("The host would refuse the plugin: The plugin contributes nothing: it registered no rules, methodologies, report sections or table formats. Plugin=test.empty, Path=" + typeof(EmptyPlugin).Assembly.Location);
    }
}
