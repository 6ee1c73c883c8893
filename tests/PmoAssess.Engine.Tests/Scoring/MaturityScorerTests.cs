using PmoAssess.Outcomes;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Engine.Scoring;

/// <summary>Levels worked out by hand from the rules in rulesets/methodologies/README.md.</summary>
public sealed class MaturityScorerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Methodology Methodology(string aggregation = "weakest") => MethodologyLoader.Load(_folder.Write("test.methodology.yaml", $$"""
        methodology: test
        name: Test
        aggregation: {{aggregation}}
        coverage: 90%
        levels:
          - { level: 1, name: Initial }
          - { level: 2, name: Managed }
          - { level: 3, name: Defined }
          - { level: 4, name: Measured }
          - { level: 5, name: Optimising }
        categories:
          - { id: alpha, name: Alpha }
          - { id: beta, name: Beta, weight: 2 }
          - { id: empty, name: Empty }
          - { id: idle, name: Idle }
        mapping:
          - { rule: "X-9", category: beta, level: 5 }
          - { ruleCategory: a, category: alpha }
          - { ruleCategory: b, category: beta }
          - { ruleCategory: i, category: idle }
        """));

    // alpha: A1 met at exactly 90% (a tie meets), A2 unmet at 80% blocks level 2, A3 met but above the block.
    // beta: B1 met; B2 applies to nothing (passed over); B3 met at exactly 90% (9 of 10, one not assessable); B4 unknown blocks level 4.
    // empty: no rules. idle: a rule that applies to nothing.
    private static ScoredOutcomes Outcomes() => new ScoredOutcomes()
        .Rule("A1", "a", 1, passed: 9, failed: 1)
        .Rule("A2", "a", 2, passed: 8, failed: 2, severity: Severity.High)
        .Rule("A3", "a", 3, passed: 5)
        .Rule("B1", "b", 1, passed: 3, notApplicable: 4)
        .Rule("B2", "b", 2, notApplicable: 7)
        .Rule("B3", "b", 3, passed: 9, notAssessable: 1)
        .Rule("B4", "b", 4, notAssessable: 2, errors: 1)
        .Rule("I1", "i", 2, notApplicable: 3)
        .Rule("Z1", "unknown-category", 1, passed: 1);

    private MaturityAssessment Score(string aggregation = "weakest", MaturityTargets? targets = null) =>
        MaturityScorer.Score(Outcomes().Result(), Methodology(aggregation), targets);

    private static CategoryScore Category(MaturityAssessment assessment, string id) => assessment.Categories.Single(category => category.Category.Id == id);

    [Fact]
    public void Score_EachCategory_ReachesTheHighestLevelWithAMetRuleBelowItsFirstBlock()
    {
        var assessment = Score();

        Category(assessment, "alpha").Level.ShouldBe(1);
        Category(assessment, "beta").Level.ShouldBe(3);
        Category(assessment, "empty").Level.ShouldBeNull();
        Category(assessment, "idle").Level.ShouldBeNull();
    }

    [Fact]
    public void Score_CategoryWhoseOnlyRulesBlockLevelTwo_IsAtLevelOne()
    {
        var assessment = MaturityScorer.Score(new ScoredOutcomes().Rule("A2", "a", 2, failed: 1).Result(), Methodology());

        Category(assessment, "alpha").Level.ShouldBe(1);
        Category(assessment, "alpha").Blockers.Select(rule => rule.Rule.Id).ShouldBe(["A2"]);
    }

    [Fact]
    public void Score_RuleStates_FollowCoverageAndEvidence()
    {
        var rules = Score().Categories.SelectMany(category => category.Rules).ToDictionary(rule => rule.Rule.Id);

        (rules["A1"].State, rules["A1"].Coverage).ShouldBe((RuleState.Met, 0.9m));
        (rules["A2"].State, rules["A2"].Coverage).ShouldBe((RuleState.Unmet, 0.8m));
        rules["B2"].State.ShouldBe(RuleState.NotEvidenced);
        (rules["B3"].State, rules["B3"].Coverage, rules["B3"].NotAssessable).ShouldBe((RuleState.Met, (decimal?)0.9m, 1));
        (rules["B4"].State, rules["B4"].NotAssessable).ShouldBe((RuleState.Unknown, 3));
    }

    [Fact]
    public void Score_NotAssessableSubjects_CountAgainstCoverage()
    {
        var assessment = MaturityScorer.Score(new ScoredOutcomes().Rule("A1", "a", 1, passed: 8, notAssessable: 2).Result(), Methodology());

        var rule = Category(assessment, "alpha").Rules.ShouldHaveSingleItem();
        (rule.State, rule.Coverage).ShouldBe((RuleState.Unmet, (decimal?)0.8m));
    }

    [Fact]
    public void Score_Blockers_AreTheBlockingRulesOfTheNextBlockedLevel()
    {
        var assessment = Score();

        Category(assessment, "alpha").Blockers.Select(rule => rule.Rule.Id).ShouldBe(["A2"]);
        Category(assessment, "beta").Blockers.Select(rule => rule.Rule.Id).ShouldBe(["B4"]);
        Category(assessment, "empty").Blockers.ShouldBeEmpty();
    }

    [Fact]
    public void Score_RuleWithoutAMatchingCategory_IsUnscored() =>
        Score().Unscored.Select(rule => rule.Id).ShouldBe(["Z1"]);

    [Theory]
    [InlineData("weakest", "1")]
    [InlineData("mean", "2")]      // (1 + 3) / 2
    [InlineData("weighted", "2.3")] // (1 x 1 + 3 x 2) / 3 = 2.33
    public void Score_Overall_FollowsTheAggregationOverAssessedCategories(string aggregation, string expected) =>
        Score(aggregation).Overall.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Score_NoCategoryAssessed_HasNoOverallLevel() =>
        MaturityScorer.Score(new ScoredOutcomes().Rule("A1", "a", 1, notApplicable: 2).Result(), Methodology()).Overall.ShouldBeNull();

    [Fact]
    public void Score_MappingWithALevel_OverridesTheRulesOwnAndFirstMatchWins()
    {
        var assessment = MaturityScorer.Score(new ScoredOutcomes().Rule("X-9", "a", 1, passed: 1).Result(), Methodology());

        var rule = assessment.Categories.SelectMany(category => category.Rules).ShouldHaveSingleItem();
        (rule.Category, rule.Level).ShouldBe(("beta", 5));
    }

    [Fact]
    public void Score_WithATarget_GivesGapsAndARoadmapOfEveryBlockingRuleUpToIt()
    {
        var assessment = Score(targets: new MaturityTargets { Default = 4 });

        (Category(assessment, "alpha").Gap, Category(assessment, "beta").Gap, Category(assessment, "empty").Gap).ShouldBe((3, 1, (int?)null));
        assessment.Roadmap.Select(step => step.Rule!.Rule.Id).ShouldBe(["A2", "B4"]);
        assessment.Roadmap[0].Detail.ShouldBe("Fix A2");
    }

    [Fact]
    public void Roadmap_OrdersByLevelThenSubjectsFailingThenSeverity()
    {
        var outcomes = new ScoredOutcomes()
            .Rule("R-LOW", "a", 1, passed: 1, failed: 5, severity: Severity.Low)
            .Rule("R-HIGH", "a", 1, passed: 1, failed: 5, severity: Severity.High)
            .Rule("R-MANY", "a", 1, passed: 1, failed: 9, severity: Severity.Info)
            .Rule("R-L2", "a", 2, passed: 1, failed: 50, severity: Severity.Critical);

        var assessment = MaturityScorer.Score(outcomes.Result(), Methodology(), new MaturityTargets { Default = 2 });

        assessment.Roadmap.Select(step => step.Rule!.Rule.Id).ShouldBe(["R-MANY", "R-HIGH", "R-LOW", "R-L2"]);
    }

    [Fact]
    public void Roadmap_GovernanceBelowLevelTwo_StartsWithSettingUpThePmo()
    {
        var methodology = MethodologyLoader.Load(_folder.Write("gov.methodology.yaml", """
            methodology: gov
            name: Gov
            levels: [{ level: 1, name: One }, { level: 2, name: Two }]
            categories: [{ id: governance, name: Governance }]
            """));

        var assessment = MaturityScorer.Score(new ScoredOutcomes().Rule("G1", "governance", 1, failed: 3).Result(), methodology);

        assessment.Categories[0].Level.ShouldBe(0);
        assessment.Roadmap.Select(step => step.Action).ShouldBe(
        [
            "Define the PMO's objectives", "Choose its tools and processes", "Organise and staff it", "Engage and communicate",
            "Run its monthly routines", "Write and approve its charter", "Rule G1",
        ]);
    }

    [Fact]
    public void Roadmap_GovernanceBelowLevelTwo_LeavesOutTheSetUpStepsEveryQuestionNamingThemShowsTaken()
    {
        var methodology = MethodologyLoader.Load(_folder.Write("gov.methodology.yaml", """
            methodology: gov
            name: Gov
            levels: [{ level: 1, name: One }, { level: 2, name: Two }]
            categories: [{ id: governance, name: Governance }]
            questions:
              - { id: Q-CHARTER, category: governance, level: 1, text: Charter?, answer: yes-no, setUpStep: charter }
              - { id: Q-REVIEW, category: governance, level: 1, text: Monthly review?, answer: yes-no, setUpStep: routines }
              - { id: Q-REPORT, category: governance, level: 1, text: Monthly report?, answer: yes-no, setUpStep: routines }
              - { id: Q-STAFF, category: governance, level: 1, text: Staff?, answer: yes-no, setUpStep: organisation }
            """));
        var outcomes = new ScoredOutcomes()
            .Rule("G1", "governance", 1, failed: 3)
            .Rule("Q-CHARTER", "governance", 1, passed: 1)
            .Rule("Q-REVIEW", "governance", 1, passed: 1)
            .Rule("Q-REPORT", "governance", 1, failed: 1)
            .Rule("Q-STAFF", "governance", 1, notApplicable: 1);

        var assessment = MaturityScorer.Score(outcomes.Result(), methodology);

        // The charter is shown taken; the routines are not (one of their two questions fails), nor the organisation
        // (its question was left blank).
        assessment.Roadmap.Where(step => step.Rule is null).Select(step => step.Action).ShouldBe(
        [
            "Define the PMO's objectives", "Choose its tools and processes", "Organise and staff it", "Engage and communicate", "Run its monthly routines",
        ]);
    }

    [Fact]
    public void Load_SetUpStepUnknownOrOnAnUnscoredQuestion_IsReportedWhereItIs()
    {
        var problem = Should.Throw<InvalidInputException>(() => MethodologyLoader.Load(_folder.Write("bad.methodology.yaml", """
            methodology: bad
            name: Bad
            levels: [{ level: 1, name: One }]
            categories: [{ id: governance, name: Governance }]
            questions:
              - { id: Q1, category: governance, level: 1, text: Charter?, answer: yes-no, setUpStep: chater }
              - { id: Q2, category: governance, level: 1, text: Where?, answer: text, setUpStep: tools }
            """)));

        problem.Message.ShouldContain("Unknown set-up step 'chater'; did you mean 'charter'? Steps: objectives, tools, organisation, engagement, routines, charter.");
        problem.Message.ShouldContain("Line=6, Column=");
        problem.Message.ShouldContain("Only a scored question (yes-no or scale) can show a set-up step taken.");
        problem.Message.ShouldContain("Line=7, Column=");
    }
}
