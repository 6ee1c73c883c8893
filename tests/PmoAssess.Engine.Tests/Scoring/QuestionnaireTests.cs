using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Engine.Scoring;

/// <summary>Questions as rules over the organisation's answers, from the blank file to the scored outcome.</summary>
public sealed class QuestionnaireTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Methodology Methodology() => MethodologyLoader.Load(_folder.Write("q.methodology.yaml", """
        methodology: q
        name: Questions
        version: 2.0.0
        levels: [{ level: 1, name: One }, { level: 2, name: Two }]
        categories: [{ id: governance, name: Governance }, { id: reuse, name: Reuse }]
        questions:
          - { id: Q-YES, category: governance, level: 1, text: Is there a PMO charter?, answer: yes-no }
          - { id: Q-NO, category: governance, level: 1, text: Is the PMO sponsored?, answer: yes-no }
          - { id: Q-BLANK, category: governance, level: 2, text: Are lessons learned reused?, answer: yes-no }
          - { id: Q-SCALE, category: reuse, level: 2, text: How widely are templates used?, answer: scale, passAt: 4 }
          - { id: Q-TEXT, category: reuse, level: 1, text: Where is the method documented?, answer: text }
          - { id: Q-TYPE, category: governance, level: 1, text: What type is the PMO?, answer: choice, options: [supportive, controlling, directive] }
        """));

    private AnswerSheet Answers(Methodology methodology, string answers) =>
        Questionnaire.Read(_folder.Write("answers.yaml", "methodology: q\nanswers:\n" + answers), methodology);

    [Fact]
    public void WriteBlank_ThenRead_GivesEveryQuestionUnanswered()
    {
        var methodology = Methodology();
        var blank = new StringWriter();
        Questionnaire.WriteBlank(methodology, blank);

        var sheet = Questionnaire.Read(_folder.Write("blank.yaml", blank.ToString()), methodology);

        sheet.Answers.Select(answer => answer.Id).ShouldBe(["Q-YES", "Q-NO", "Q-BLANK", "Q-SCALE", "Q-TEXT", "Q-TYPE"]);
        sheet.Answers.ShouldAllBe(answer => answer.Answer == null);
        blank.ToString().ShouldContain("  # Reuse, level 2. Answer 1 (not at all) to 5 (fully); 4 or more meets it.\n  # How widely are templates used?\n  - question: Q-SCALE\n");
    }

    [Fact]
    public void QuestionRules_OverAnswers_MeetUnmeetOrAreNotAskedWhenBlank()
    {
        var methodology = Methodology();
        var sheet = Answers(methodology, """
              - { question: Q-YES, answer: "Yes", note: Seen the signed charter }
              - { question: Q-NO, answer: no }
              - { question: Q-SCALE, answer: 3 }
              - { question: Q-TEXT, answer: On the intranet }
              - { question: Q-TYPE, answer: controlling }
            """);
        var catalog = new RuleCatalogBuilder().Add(QuestionRules.For(methodology)).Build();

        var result = AssessmentRunner.Run(new PortfolioDataset { Evidence = sheet.Answers }, catalog, new DateOnly(2026, 9, 30));

        // Q-BLANK was left blank: not asked, as without an answers file, so it neither meets nor blocks its level.
        result.Outcomes.Where(outcome => outcome.SubjectId == outcome.RuleId).Select(outcome => (outcome.RuleId, outcome.Status)).ShouldBe(
        [
            ("Q-BLANK", OutcomeStatus.NotApplicable),
            ("Q-NO", OutcomeStatus.Failed),
            ("Q-SCALE", OutcomeStatus.Failed),
            ("Q-YES", OutcomeStatus.Passed),
        ]);
        catalog.Rules.Select(rule => rule.Source).Distinct().ShouldBe(["methodology q 2.0.0 (questions)"]);
        sheet.AnswerTo("Q-TYPE").ShouldBe("controlling");
        var evidence = result.Outcomes.Single(outcome => outcome.RuleId == "Q-NO" && outcome.SubjectId == "Q-NO").Evidence.ShouldHaveSingleItem();
        (evidence.File, evidence.Row, evidence.Column, evidence.Value).ShouldBe(("answers.yaml", 4, "answer", "no"));
    }

    [Fact]
    public void Read_Mistakes_AreAllReportedWithTheirLines()
    {
        var message = Should.Throw<InvalidInputException>(() => Answers(Methodology(), """
              - { question: Q-YSE, answer: yes }
              - { question: Q-SCALE, answer: 7 }
              - { question: Q-TYPE, answer: anarchic }
              - { question: Q-NO, answer: no }
              - { question: Q-NO, answer: yes }
            """)).Message;

        message.ShouldStartWith("Found 4 problems in the answers:");
        message.ShouldContain("Unknown question 'Q-YSE'; did you mean 'Q-YES'? File=answers.yaml, Line=3");
        message.ShouldContain("The answer '7' does not fit the question: Answer 1 (not at all) to 5 (fully); 4 or more meets it. File=answers.yaml, Line=4");
        message.ShouldContain("Answer one of: supportive, controlling, directive. File=answers.yaml, Line=5");
        message.ShouldContain("The question 'Q-NO' is answered twice. File=answers.yaml, Line=7");
    }

    [Fact]
    public void Read_AnswersForAnotherMethodology_AreRefused() =>
        Should.Throw<InvalidInputException>(() => Questionnaire.Read(_folder.Write("other.yaml", "methodology: p3m3\nanswers: []\n"), Methodology()))
            .Message.ShouldContain("These answers are for the methodology 'p3m3', not 'q'.");
}
