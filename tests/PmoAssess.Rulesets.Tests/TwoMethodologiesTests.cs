using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Rulesets;

/// <summary>
/// The same outcomes of the built-in rules scored under pmo-functions and under p3m3, each picture worked out
/// by hand from the rules' levels (rules list) and the two mapping tables. Rules without outcomes apply to nothing.
/// </summary>
public sealed class TwoMethodologiesTests
{
    private static readonly (string Rule, int Passed, int Failed, int NotAssessable)[] Outcomes =
    [
        ("GOV-101", 10, 0, 0), // governance, level 2: met
        ("GOV-105", 1, 1, 0),  // governance, level 3: 50%, unmet
        ("TRC-105", 5, 0, 0),  // traceability, level 2: met
        ("TRC-109", 4, 0, 0),  // traceability, level 3: met
        ("DEL-101", 8, 2, 0),  // delivery, level 2: 80%, unmet
        ("DEL-103", 9, 0, 0),  // delivery, level 2: met
        ("RSK-101", 3, 0, 0),  // risk, level 1: met
        ("RSK-103", 2, 0, 0),  // risk, level 3: met
        ("TRN-101", 0, 0, 2),  // transparency, level 1: unknown
        ("BEN-101", 4, 0, 0),  // benefits, level 2: met
        ("RES-101", 2, 0, 0),  // resources, level 1: met
    ];

    private static MaturityAssessment Score(string methodology) =>
        MaturityScorer.Score(Result(), MethodologyLoader.Find(methodology, Path.Combine(BuiltInRulesets.Folder, "methodologies")));

    private static AssessmentResult Result()
    {
        var rules = BuiltInRulesets.Rulesets.SelectMany(ruleset => ruleset.Rules.Select(rule => new RegisteredRule { Descriptor = rule, Source = ruleset.Source })).ToList();
        var outcomes = Outcomes.SelectMany(counts =>
            Enumerable.Repeat(OutcomeStatus.Passed, counts.Passed)
                .Concat(Enumerable.Repeat(OutcomeStatus.Failed, counts.Failed))
                .Concat(Enumerable.Repeat(OutcomeStatus.NotAssessable, counts.NotAssessable))
                .Select((status, index) => new RuleOutcome { RuleId = counts.Rule, SubjectKind = EntityKind.Project, SubjectId = "P-" + index, Status = status }));
        return new AssessmentResult { AsOf = new DateOnly(2026, 9, 30), Dataset = new PortfolioDataset(), Rules = rules, Outcomes = [.. outcomes] };
    }

    private static (string Category, int? Level, string Blockers)[] Picture(MaturityAssessment assessment) =>
        [.. assessment.Categories.Select(category => (category.Category.Id, category.Level, string.Join(" ", category.Blockers.Select(rule => rule.Rule.Id))))];

    [Fact]
    public void PmoFunctions_GivesItsPicture()
    {
        var assessment = Score("pmo-functions");

        Picture(assessment).ShouldBe(
        [
            ("governance", 2, "GOV-105"),          // GOV-101 met at 2; GOV-105 blocks 3
            ("transparency", 0, "TRN-101"),        // a level-1 rule is unknown
            ("reusability", null, ""),             // graded by questions only; none asked
            ("delivery-support", 1, "DEL-101"),    // DEL-101 blocks 2, so RSK-103 at 3 does not count
            ("traceability", 3, ""),               // TRC-105 at 2 and TRC-109 at 3 met
        ]);
        assessment.Overall.ShouldBe(0);
    }

    [Fact]
    public void P3m3_GivesItsPicture()
    {
        var assessment = Score("p3m3");

        Picture(assessment).ShouldBe(
        [
            ("organisational-governance", 2, ""),  // GOV-101 and TRC-105 met at 2
            ("management-control", 0, "TRN-101"),  // TRN-101 unknown at 1 outweighs DEL-103 and TRC-109
            ("benefits-management", 2, ""),        // BEN-101 met at 2
            ("risk-management", 3, ""),            // RSK-101 at 1, RSK-103 at 3
            ("stakeholder-management", 1, "GOV-105"), // GOV-105 blocks 3; nothing met above 1
            ("finance-management", 1, "DEL-101"),  // DEL-101 blocks 2
            ("resource-management", 1, ""),        // RES-101 at 1
        ]);
        assessment.Overall.ShouldBe(0);
    }
}
