using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Tests.Engine.Rulesets;

public sealed class RulesetExamplesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Rules = """
        ruleset: ex
        rules:
          - id: EX-1
            title: Active projects have a sponsor
            severity: high
            category: governance
            appliesTo: project
            when: isActive
            require: sponsor != null
            message: "{name} has no sponsor."
        """;

    private RuleCatalog Catalog() => new RuleCatalogBuilder().Add(RulesetLoader.Load([_folder.Write("ex.rules.yaml", Rules)])[0]).Build();

    private IReadOnlyList<RulesetExample> Examples(string expect) => RulesetExamples.Load(_folder.Write("ex.examples.yaml", $$"""
        examples:
          - name: Sponsors
            asOf: 2026-09-30
            data:
              projects:
                - { id: P1, name: Alpha, stage: execution, budget_at_completion: 1000.5, charter_approved: true }
                - { id: P2, name: Beta, stage: closed, sponsor: "null" }
            expect:
        {{expect}}
        """));

    [Fact]
    public void Load_Example_ReadsDataInTheCanonicalShapeWithYamlScalars()
    {
        var example = Examples("      - { rule: EX-1, subject: P1, status: failed }").ShouldHaveSingleItem();

        example.AsOf.ShouldBe(new DateOnly(2026, 9, 30));
        example.Dataset.Projects.Select(project => project.Id).ShouldBe(["P1", "P2"]);
        example.Dataset.Projects[0].BudgetAtCompletion.ShouldBe(1000.5m);
        example.Dataset.Projects[0].CharterApproved.ShouldBe(true);
        example.Dataset.Projects[1].Sponsor.ShouldBe("null", "a quoted 'null' is text");
        example.Location.ShouldBe("ex.examples.yaml:2");
        example.Expected.ShouldBe([new ExpectedOutcome { Rule = "EX-1", Subject = "P1", Status = OutcomeStatus.Failed }]);
    }

    [Fact]
    public void Check_ExampleThatHolds_GivesNothing() =>
        Examples("      - { rule: EX-1, subject: P1, status: failed, message: Alpha has no sponsor. }\n      - { rule: EX-1, subject: P2, status: not-applicable }")[0]
            .Check(Catalog()).ShouldBeNull();

    [Fact]
    public void Check_ExampleThatFails_PrintsInputExpectedAndActual()
    {
        var failure = Examples("      - { rule: EX-1, subject: P1, status: passed }\n      - { rule: EX-1, subject: P9, status: failed }")[0].Check(Catalog());

        failure.ShouldNotBeNull();
        failure.ShouldContain("Example 'Sponsors' (ex.examples.yaml:2) failed.");
        failure.ShouldContain("  expected: EX-1 P1 passed\n  actual:   EX-1 P1 failed: Alpha has no sponsor.");
        failure.ShouldContain("  expected: EX-1 P9 failed\n  actual:   no outcome for this rule and subject");
        failure.ShouldContain("input (as of 2026-09-30):");
        failure.ShouldContain("name: Alpha");
    }

    [Fact]
    public void Load_UnknownStatus_IsAProblemWithItsPlace() =>
        Should.Throw<InvalidInputException>(() => Examples("      - { rule: EX-1, subject: P1, status: broken }"))
            .Message.ShouldContain("Unknown status 'broken': expected passed, failed, not-applicable, not-assessable, error. File=ex.examples.yaml, Line=9");

    [Fact]
    public void Load_DataNotInTheCanonicalShape_SaysWhere() =>
        Should.Throw<InvalidInputException>(() => RulesetExamples.Load(_folder.Write("bad.examples.yaml", """
            examples:
              - name: Bad date
                asOf: 2026-09-30
                data:
                  projects:
                    - { id: P1, last_status_report: 30/09/2026 }
                expect: []
            """))).Message.ShouldContain("Path=$.projects[0].last_status_report");
}
