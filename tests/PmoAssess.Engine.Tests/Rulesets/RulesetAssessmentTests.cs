using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Engine.Rulesets;

/// <summary>YAML rules loaded from files, compiled to NRules and run by the same runner as C# rules.</summary>
public sealed class RulesetAssessmentTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 9, 30);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Rules = """
        ruleset: test
        version: 1.2.0
        rules:
          - id: T-001
            title: Projects in execution have an approved business case
            severity: high
            category: governance
            level: 2
            tags: [business-case]
            appliesTo: project
            when: stage in ['execution', 'closing']
            require: businessCaseApproved == true
            message: "{name} is in {stage} without an approved business case."
          - id: T-002
            title: Status reports are current
            severity: medium
            category: transparency
            appliesTo: project
            when: isActive and daysUntil(baselineEnd) > 0
            require: daysSince(lastStatusReport) <= 30
            message: The last report is {daysSince(lastStatusReport)} days old.
          - id: T-003
            title: Open high risks have an owner
            severity: high
            category: risk
            appliesTo: risk
            when: status == 'open' and severity in ['high', 'critical']
            require: owner != null
          - id: T-004
            title: At least 75% of active projects have a sponsor
            severity: high
            category: governance
            appliesTo: portfolio
            population:
              of: projects
              where: isActive
              require: sponsor != null
              atLeast: 75%
        """;

    private static PortfolioDataset Dataset()
    {
        Project Project(string id, LifecycleStage? stage, bool? businessCase, string? sponsor, DateOnly? reported, params Risk[] risks) => new()
        {
            Id = id,
            Name = "Project " + id,
            Stage = stage,
            BusinessCaseApproved = businessCase,
            Sponsor = sponsor,
            BaselineEnd = new DateOnly(2027, 6, 30),
            LastStatusReport = reported,
            Risks = risks,
        };

        var projects = new List<Project>
        {
            Project("P-1", LifecycleStage.Execution, true, "Ann", new DateOnly(2026, 9, 15),
                new Risk { Id = "R-1", ProjectId = "P-1", Status = ItemStatus.Open, Severity = Severity.High, Owner = null },
                new Risk { Id = "R-2", ProjectId = "P-1", Status = ItemStatus.Open, Severity = Severity.Low, Owner = null }),
            Project("P-2", LifecycleStage.Execution, false, null, new DateOnly(2026, 7, 1)),
            Project("P-3", LifecycleStage.Planning, null, "Bob", null),
            Project("P-4", null, null, "Cy", new DateOnly(2026, 9, 29)),
            Project("P-5", LifecycleStage.Closed, false, null, null),
        };
        return new PortfolioDataset
        {
            Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }],
            Projects = projects,
        };
    }

    private AssessmentResult Assess(PortfolioDataset? dataset = null) => AssessmentRunner.Run(dataset ?? Dataset(), Catalog(), AsOf);

    private RuleCatalog Catalog()
    {
        var builder = new RuleCatalogBuilder();
        foreach (var ruleset in RulesetLoader.Load([_folder.Write("rules/test.rules.yaml", Rules)]))
        {
            builder.Add(ruleset);
        }

        return builder.Build();
    }

    private static RuleOutcome Outcome(AssessmentResult result, string rule, string subject) =>
        result.Outcomes.Single(outcome => outcome.RuleId == rule && outcome.SubjectId == subject);

    [Fact]
    public void Load_Ruleset_DescribesEveryRuleAndNamesItsSource()
    {
        var ruleset = RulesetLoader.Load([_folder.Write("test.rules.yaml", Rules)]).ShouldHaveSingleItem();

        ruleset.Source.ShouldBe("ruleset test 1.2.0");
        ruleset.Rules.Select(rule => rule.Id).ShouldBe(["T-001", "T-002", "T-003", "T-004"]);
        var first = ruleset.Rules[0];
        (first.Severity, first.Category, first.MaturityLevel, first.AppliesTo).ShouldBe((Severity.High, "governance", (int?)2, EntityKind.Project));
        first.Tags.ShouldBe(["business-case"]);
    }

    [Theory]
    [InlineData("P-1", OutcomeStatus.Passed)]
    [InlineData("P-2", OutcomeStatus.Failed)]
    [InlineData("P-3", OutcomeStatus.NotApplicable)]
    [InlineData("P-4", OutcomeStatus.NotAssessable)]
    [InlineData("P-5", OutcomeStatus.NotApplicable)]
    public void Run_ProjectRule_GivesEachProjectItsOutcome(string project, OutcomeStatus expected) =>
        Outcome(Assess(), "T-001", project).Status.ShouldBe(expected);

    [Fact]
    public void Run_FailedProjectRule_FillsTheMessageAndPointsAtTheField()
    {
        var outcome = Outcome(Assess(), "T-001", "P-2");

        outcome.Message.ShouldBe("Project P-2 is in execution without an approved business case.");
        outcome.Evidence.ShouldHaveSingleItem().Field.ShouldBe("businessCaseApproved");
        outcome.Evidence[0].Value.ShouldBe("false");
    }

    [Fact]
    public void Run_PassedProjectRule_ShowsTheValuesItLookedAtWhenRead()
    {
        // A plain pass of a ruleset rule is kept as a mark while the rules run; its evidence is made when it is read.
        var outcome = Outcome(Assess(), "T-002", "P-1");

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.Select(evidence => (evidence.Field, evidence.Value)).ShouldBe([("lastStatusReport", "2026-09-15")]);
    }

    [Fact]
    public void Run_PassedRulesetRules_ReadTwiceGiveEqualEvidence()
    {
        var result = Assess();

        var first = result.OutcomesWith(OutcomeStatus.Passed).ToList();
        var second = result.OutcomesWith(OutcomeStatus.Passed).ToList();

        static string Shown(RuleOutcome outcome) =>
            outcome.RuleId + " " + outcome.SubjectId + ": " + string.Join("; ", outcome.Evidence.Select(evidence => evidence.Field + "=" + evidence.Value));
        first.ShouldNotBeEmpty();
        second.Select(Shown).ShouldBe(first.Select(Shown));
    }

    [Fact]
    public void Session_RulesOverSingleSubjects_FireOnlyOnTheSubjectsThatNeedAttention()
    {
        // Passes are most outcomes; NRules makes an activation for each subject a rule fires on. A ruleset rule fires on
        // the failures and the not-assessable subjects, and its passes are told from the not-applicable ones afterwards.
        var catalog = Catalog();
        var session = catalog.Factory.CreateSession();
        session.DependencyResolver = new OutcomeCollector(AsOf);
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name + " " + ((Fact)e.Facts.First().Value!).Id);

        SessionDate.During(AsOf, () =>
        {
            session.InsertAll(Dataset().AllFacts());
            session.Fire();
        });

        // Failed: T-001 P-2, T-002 P-2, T-003 R-1. Not assessable: T-001 P-4 and T-002 P-4 (no stage), T-002 P-3 (no report).
        // A population rule fires on every portfolio it applies to.
        fired.Order(StringComparer.Ordinal).ShouldBe(["T-001 P-2", "T-001 P-4", "T-002 P-2", "T-002 P-3", "T-002 P-4", "T-003 R-1", "T-004 PF-1"]);
    }

    [Fact]
    public void SessionDate_ReadOutsideAnAssessment_Throws() =>
        Should.Throw<InvalidOperationException>(() => SessionDate.Current).Message.ShouldContain("outside an assessment session");

    [Fact]
    public void Run_TwoProjectsSharingAnId_StillGetTheirPassesWithEvidence()
    {
        // Outcomes of subjects sharing an id have no slot of their own: they take the general path, passes included.
        List<Project> projects =
        [
            new() { Id = "P-X", Name = "Approved", Stage = LifecycleStage.Execution, BusinessCaseApproved = true },
            new() { Id = "P-X", Name = "Unapproved", Stage = LifecycleStage.Execution, BusinessCaseApproved = false },
        ];
        var dataset = new PortfolioDataset { Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }], Projects = projects };

        var outcomes = Assess(dataset).Outcomes.Where(outcome => outcome.RuleId == "T-001").ToList();

        outcomes.Select(outcome => outcome.Status).Order().ShouldBe([OutcomeStatus.Passed, OutcomeStatus.Failed]);
        outcomes.Single(outcome => outcome.Status == OutcomeStatus.Passed).Evidence.ShouldHaveSingleItem().Value.ShouldBe("true");
    }

    [Fact]
    public void Run_MissingFieldInTheApplicability_IsNotAssessableNamingIt()
    {
        var outcome = Outcome(Assess(), "T-001", "P-4");

        outcome.MissingField.ShouldBe("stage");
        outcome.Message.ShouldBe("No value for 'stage'.");
    }

    [Fact]
    public void Run_DateRule_JudgesAgainstTheAssessmentDate()
    {
        var result = Assess();

        Outcome(result, "T-002", "P-1").Status.ShouldBe(OutcomeStatus.Passed);
        Outcome(result, "T-002", "P-2").Message.ShouldBe("The last report is 91 days old.");
        Outcome(result, "T-002", "P-3").MissingField.ShouldBe("lastStatusReport");
        Outcome(result, "T-002", "P-5").Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Run_RiskRule_AssessesEachRisk()
    {
        var result = Assess();

        Outcome(result, "T-003", "R-1").Status.ShouldBe(OutcomeStatus.Failed);
        Outcome(result, "T-003", "R-1").ProjectId.ShouldBe("P-1");
        Outcome(result, "T-003", "R-2").Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    [Fact]
    public void Run_PopulationRule_ReportsTheShareTheThresholdAndWhoMissesIt()
    {
        // Active: P-1 (Ann), P-2 (no sponsor), P-3 (Bob); P-4 has no stage; P-5 is closed. 2 of 3 = 66.6%.
        var outcome = Outcome(Assess(), "T-004", "PF-1");

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe(
            "2 of 3 projects (66.6%) meet the requirement, below the 75% threshold. Missing: P-2. Not assessable: P-4 (no stage).");
        outcome.Evidence.ShouldHaveSingleItem().Field.ShouldBe("sponsor");
    }

    [Fact]
    public void Run_PopulationRuleOverProjectsOutOfIdOrder_NamesThemInIdOrderEveryTimeItIsRead()
    {
        // The portfolio lists its projects last first; P-2, P-5 and P-9 have no sponsor.
        var dataset = Dataset();
        List<Project> projects =
        [
            .. dataset.Projects.Where(project => project.Id != "P-4").Reverse(),
            new() { Id = "P-9", Stage = LifecycleStage.Execution },
            new() { Id = "P-10", Stage = LifecycleStage.Execution },
        ];
        var result = Assess(new PortfolioDataset { Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }], Projects = projects });

        // Each reading of the failure (made again when read) names them the same way.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Outcome(result, "T-004", "PF-1").Message.ShouldBe("2 of 5 projects (40%) meet the requirement, below the 75% threshold. Missing: P-10, P-2, P-9.");
        }
    }

    [Fact]
    public void Run_OnePopulationRuleOverTheSameDataAtTwoDates_JudgesEachAssessmentAtItsOwnDate()
    {
        // One compiled rule, one dataset, two assessments: the rule judges each portfolio once and keeps the judgement,
        // which must be that of the date the verdict is read for.
        var current = """
            ruleset: current
            rules:
              - id: C-001
                title: Half the projects reported within 30 days
                severity: medium
                category: transparency
                appliesTo: portfolio
                population:
                  of: projects
                  require: daysSince(lastStatusReport) <= 30
                  atLeast: 50%
            """;
        var catalog = new RuleCatalogBuilder().Add(RulesetLoader.Load([_folder.Write("current.rules.yaml", current)]).ShouldHaveSingleItem()).Build();
        List<Project> projects =
        [
            new() { Id = "P-1", LastStatusReport = new DateOnly(2026, 9, 15) },
            new() { Id = "P-2", LastStatusReport = new DateOnly(2026, 7, 1) },
        ];
        var dataset = new PortfolioDataset { Portfolios = [new Portfolio { Id = "PF-1", Projects = projects }], Projects = projects };

        // On 30 September P-1 reported 15 days before; on 30 November, 76 days before.
        var september = AssessmentRunner.Run(dataset, catalog, AsOf);
        var november = AssessmentRunner.Run(dataset, catalog, new DateOnly(2026, 11, 30));

        foreach (var _ in Enumerable.Range(0, 2))
        {
            Outcome(september, "C-001", "PF-1").Message.ShouldBe("1 of 2 projects (50%) meet the requirement, reaching the 50% threshold. Missing: P-2.");
            var failed = Outcome(november, "C-001", "PF-1");
            failed.Status.ShouldBe(OutcomeStatus.Failed);
            failed.Message.ShouldBe("0 of 2 projects (0%) meet the requirement, below the 50% threshold. Missing: P-1, P-2.");
            failed.Evidence.Select(evidence => evidence.Value).ShouldBe(["2026-09-15", "2026-07-01"]);
        }
    }

    [Fact]
    public void Run_AFailureWhoseMessageCannotBeMade_IsAnErrorOfTheRuleOnThatSubject()
    {
        // The message divides by a value that is zero on P-2: the rule is at fault there, as a rule that throws is.
        var dividing = """
            ruleset: dividing
            rules:
              - id: D-001
                title: Earned value is recorded
                severity: low
                category: governance
                appliesTo: project
                require: earnedValue != null
                message: "Spent {actualCost} at {100 / (actualCost - 50)} per cent."
            """;
        var catalog = new RuleCatalogBuilder().Add(RulesetLoader.Load([_folder.Write("dividing.rules.yaml", dividing)]).ShouldHaveSingleItem()).Build();
        Project Project(string id, decimal actualCost) => new() { Id = id, Name = id, ActualCost = actualCost };
        var projects = new List<Project> { Project("P-1", 150), Project("P-2", 50) };

        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = projects, Portfolios = [] }, catalog, AsOf);

        Outcome(result, "D-001", "P-1").Message.ShouldBe("Spent 150 at 1 per cent.");
        var error = Outcome(result, "D-001", "P-2");
        error.Status.ShouldBe(OutcomeStatus.Error);
        error.Message.ShouldNotBeNull().ShouldContain("DivideByZeroException");
    }

    [Fact]
    public void Run_RuleReadingACustomField_GivesItsCellAsEvidence()
    {
        const string custom = """
            ruleset: custom
            rules:
              - id: C-001
                title: A cost centre is not the suspense account
                severity: low
                category: governance
                appliesTo: project
                require: sponsor != null and field('cost_centre') != 'CC-0000'
                message: "{name} books to the suspense account."
            """;
        var catalog = new RuleCatalogBuilder().Add(RulesetLoader.Load([_folder.Write("custom.rules.yaml", custom)]).ShouldHaveSingleItem()).Build();
        var project = new Project { Id = "P-1", Name = "Alpha", Sponsor = "Ann", CustomFields = new Dictionary<string, string> { ["cost_centre"] = "CC-0000" } };

        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = [project], Portfolios = [] }, catalog, AsOf);

        var outcome = Outcome(result, "C-001", "P-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Evidence.Select(evidence => (evidence.Field, evidence.Value)).ShouldBe([("sponsor", "Ann"), ("cost_centre", "CC-0000")]);
    }

    [Fact]
    public void Run_CollectionInAMessage_ShowsItsNumberOfRecords()
    {
        var counting = """
            ruleset: counting
            rules:
              - id: N-001
                title: Portfolios are small
                severity: low
                category: governance
                appliesTo: portfolio
                require: projects.count() > 100
                message: "{name}: {projects} projects"
              - id: N-002
                title: Projects have no risks
                severity: low
                category: risk
                appliesTo: project
                require: risks.count() == 0
                message: "{name}: {risks} risks, {risks.where(r => r.severity == 'high')} high, {risks.select(r => r.id)} ids, {issues} issues"
            """;
        var catalog = new RuleCatalogBuilder().Add(RulesetLoader.Load([_folder.Write("counting.rules.yaml", counting)]).ShouldHaveSingleItem()).Build();
        var dataset = Dataset();
        var portfolio = new Portfolio { Id = "PF-1", Name = "Digital", Projects = dataset.Projects };

        var result = AssessmentRunner.Run(new PortfolioDataset { Projects = dataset.Projects, Portfolios = [portfolio] }, catalog, AsOf);

        Outcome(result, "N-001", "PF-1").Message.ShouldBe("Digital: 5 projects");
        Outcome(result, "N-002", "P-1").Message.ShouldBe("Project P-1: 2 risks, 1 high, 2 ids, 0 issues");
    }

    [Fact]
    public void Run_YamlAndCSharpRules_RunInOneCatalog()
    {
        var builder = new RuleCatalogBuilder().Add(typeof(TestRules.ActiveProjectHasSponsor), "plugin.test");
        builder.Add(RulesetLoader.Load([_folder.Write("test.rules.yaml", Rules)])[0]);

        var result = AssessmentRunner.Run(Dataset(), builder.Build(), AsOf);

        result.Rules.Select(rule => rule.Source).Distinct().Order(StringComparer.Ordinal).ShouldBe(["plugin.test", "ruleset test 1.2.0"]);
        Outcome(result, "GOV-001", "P-2").Status.ShouldBe(OutcomeStatus.Failed);
        Outcome(result, "T-001", "P-2").Status.ShouldBe(OutcomeStatus.Failed);
    }

    [Fact]
    public void Add_RulesetReusingAPluginRuleId_IsRefused()
    {
        var builder = new RuleCatalogBuilder().Add(typeof(TestRules.ActiveProjectHasSponsor), "plugin.test");
        var clashing = Rules.Replace("id: T-001", "id: GOV-001", StringComparison.Ordinal);

        Should.Throw<InvalidRuleException>(() => builder.Add(RulesetLoader.Load([_folder.Write("clash.rules.yaml", clashing)])[0]))
            .Message.ShouldContain("Rule=GOV-001");
    }
}
