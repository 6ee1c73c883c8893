using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Tests.Engine.TestRules;

namespace PmoAssess.Tests.Engine.Rules;

/// <summary>
/// Building a rule catalog. Invalid rules are asserted to throw somewhere between the first Add and Build,
/// so the tests hold whether a check runs when a rule is added or when the catalog is compiled.
/// </summary>
public sealed class RuleCatalogBuilderTests
{
    [Fact]
    public void Build_SubjectRules_RegistersEachWithItsDescriptorAndSource()
    {
        var catalog = new RuleCatalogBuilder()
            .Add(typeof(ActiveProjectHasSponsor), "plugin.governance")
            .Add(typeof(OpenRiskHasOwner), "plugin.risk")
            .Build();

        catalog.Rules.Select(rule => (rule.Descriptor.Id, rule.Source, rule.Descriptor.AppliesTo)).ShouldBe(
        [
            ("GOV-001", "plugin.governance", EntityKind.Project),
            ("RSK-001", "plugin.risk", EntityKind.Risk),
        ]);
        catalog["RSK-001"].Severity.ShouldBe(Severity.High);
        catalog["GOV-001"].ShouldBeSameAs(catalog.Rules[0].Descriptor);
    }

    [Fact]
    public void Build_RulesAddedOutOfOrder_OrdersThemByIdOrdinally()
    {
        var catalog = new RuleCatalogBuilder()
            .Add(typeof(StatusReportIsCurrent), "b")
            .Add(typeof(OpenRiskHasOwner), "a")
            .Add(typeof(LowerCaseIdRule), "c")
            .Add(typeof(ActiveProjectHasSponsor), "a")
            .Add(typeof(CostPerformanceAtLeastThreshold), "b")
            .Build();

        // Ordinal: upper-case ids sort before the lower-case "aud-001" that a culture-aware sort would put first.
        catalog.Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["DEL-001", "GOV-001", "RSK-001", "STA-001", "aud-001"]);
    }

    [Fact]
    public void Build_NoRules_GivesAnEmptyCatalog()
    {
        new RuleCatalogBuilder().Build().Rules.ShouldBeEmpty();
    }

    [Fact]
    public void Add_SameTypeTwice_RegistersItOnceWithTheFirstSource()
    {
        var catalog = new RuleCatalogBuilder()
            .Add(typeof(ActiveProjectHasSponsor), "plugin.first")
            .Add(typeof(ActiveProjectHasSponsor), "plugin.second")
            .Build();

        catalog.Rules.ShouldHaveSingleItem().Source.ShouldBe("plugin.first");
    }

    [Fact]
    public void Build_TwoRulesWithTheSameId_ThrowsNamingBothSources()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder()
            .Add(typeof(DuplicateIdProjectRule), "plugin.alpha")
            .Add(typeof(DuplicateIdRiskRule), "rulesets/beta/rules.yaml")
            .Build());

        exception.Message.ShouldBe(
            "Two rules share an id; rule ids must be unique across all plugins and rulesets. " +
            "Rule=DUP-001, Source=rulesets/beta/rules.yaml, OtherSource=plugin.alpha");
    }

    [Fact]
    public void Build_TwoRulesWithTheSameIdFromOneSource_ThrowsNamingThatSourceTwice()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder()
            .Add([typeof(DuplicateIdProjectRule), typeof(DuplicateIdRiskRule)], "plugin.alpha")
            .Build());

        exception.Message.ShouldEndWith("Rule=DUP-001, Source=plugin.alpha, OtherSource=plugin.alpha");
    }

    [Fact]
    public void Add_SourceWithAnInvalidRule_AddsNoneOfItsRules()
    {
        var builder = new RuleCatalogBuilder().Add(typeof(OpenRiskHasOwner), "plugin.good");

        Should.Throw<InvalidRuleException>(() => builder.Add([typeof(ActiveProjectHasSponsor), typeof(UndescribedRule)], "plugin.bad"));

        builder.Build().Rules.Select(rule => rule.Descriptor.Id + " " + rule.Source).ShouldBe(["RSK-001 plugin.good"]);
    }

    [Fact]
    public void Add_NRulesRuleWithoutDescriptor_ThrowsNamingTypeAndSource()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder().Add(typeof(UndescribedRule), "plugin.plain").Build());

        exception.Message.ShouldStartWith("A rule must be a concrete class deriving from SubjectRule<T>");
        exception.Message.ShouldEndWith("Rule=" + typeof(UndescribedRule).FullName + ", Source=plugin.plain");
    }

    [Fact]
    public void Add_TypeThatIsNotARule_ThrowsNamingTypeAndSource()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder().Add(typeof(string), "plugin.x").Build());

        exception.Message.ShouldEndWith("Rule=System.String, Source=plugin.x");
    }

    [Fact]
    public void Add_AbstractSubjectRule_ThrowsNamingTypeAndSource()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder().Add(typeof(AbstractRule), "plugin.x").Build());

        exception.Message.ShouldEndWith("Rule=" + typeof(AbstractRule).FullName + ", Source=plugin.x");
    }

    [Fact]
    public void Add_EmptySource_ThrowsArgumentException()
    {
        Should.Throw<ArgumentException>(() => new RuleCatalogBuilder().Add(typeof(ActiveProjectHasSponsor), ""));
    }

    [Fact]
    public void Build_RuleWhoseConstructorThrows_ThrowsWithTheCauseTypeAndSource()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder().Add(typeof(ConstructorThrowsRule), "plugin.broken").Build());

        exception.Message.ShouldBe(
            "The rule could not be created: Constructor exploded. Rule=" + typeof(ConstructorThrowsRule).FullName + ", Source=plugin.broken");
        exception.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe("Constructor exploded.");
    }

    [Fact]
    public void Add_DescribedRuleThatNRulesCannotDefine_ThrowsInvalidRuleNamingItsSourceAndKeepsTheOthers()
    {
        var builder = new RuleCatalogBuilder().Add(typeof(ActiveProjectHasSponsor), "plugin.good");

        var exception = Should.Throw<InvalidRuleException>(() => builder.Add(typeof(DefineThrowsRule), "plugin.broken"));

        exception.Message.ShouldStartWith("NRules could not read the rules: ");
        exception.Message.ShouldEndWith("Source=plugin.broken");
        exception.InnerException.ShouldNotBeNull();
        builder.Build().Rules.Select(rule => rule.Descriptor.Id).ShouldBe(["GOV-001"]);
    }

    [Fact]
    public void Build_NestedRuleClass_RunsOrIsRejected()
    {
        AssertRunsOrIsRejected(typeof(RuleContainer.NestedRule), "NST-001");
    }

    [Fact]
    public void Build_InternalRuleClass_RunsOrIsRejected()
    {
        AssertRunsOrIsRejected(typeof(InternalRule), "INT-001");
    }

    [Fact]
    public void Build_DescriptorKindDiffersFromSubjectType_Throws()
    {
        var exception = Should.Throw<InvalidRuleException>(() => new RuleCatalogBuilder().Add(typeof(MislabelledRule), "plugin.mislabelled").Build());

        exception.Message.ShouldContain("Rule=MIS-001");
        exception.Message.ShouldContain("Source=plugin.mislabelled");
    }

    [Fact]
    public void Indexer_UnknownId_Throws()
    {
        var catalog = new RuleCatalogBuilder().Add(typeof(ActiveProjectHasSponsor), "p").Build();

        Should.Throw<InvalidOperationException>(() => catalog["NOPE-001"]);
    }

    /// <summary>A rule class the builder accepts must run: its passing verdicts show up as Passed outcomes.</summary>
    private static void AssertRunsOrIsRejected(Type ruleType, string ruleId)
    {
        RuleCatalog catalog;
        try
        {
            catalog = new RuleCatalogBuilder().Add(ruleType, "plugin.x").Build();
        }
        catch (InvalidRuleException)
        {
            return;
        }

        var dataset = new PortfolioDataset { Projects = [new Project { Id = "P-1" }] };
        var outcome = AssessmentRunner.Run(dataset, catalog, new DateOnly(2026, 1, 1)).Outcomes.ShouldHaveSingleItem();
        outcome.RuleId.ShouldBe(ruleId);
        outcome.Status.ShouldBe(OutcomeStatus.Passed);
    }
}
