using System.Text.RegularExpressions;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary>Methodologies, the questionnaire, targets and PMO types through the command line.</summary>
public sealed class MaturityCommandTests : IDisposable
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<CliRun> Assess(params string[] options) =>
        CliRun.InvokeAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", _folder.Combine("out"), .. options]);

    private string Report() => File.ReadAllText(_folder.Combine("out/report.md"));

    [Theory]
    [InlineData("pmo-functions", "PMO functions")]
    [InlineData("p3m3", "P3M3")]
    [InlineData("kerzner", "Kerzner")]
    public async Task Assess_WithBuiltInMethodology_ReportsItsMaturity(string methodology, string name)
    {
        var run = await Assess("--methodology", methodology);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Maturity (" + name);
        Report().ShouldContain("## Maturity");
    }

    [Fact]
    public async Task Assess_Contoso_SummarisesTheLevelsTheReportShows()
    {
        var run = await Assess();

        // The report's maturity table, read apart from the summary line: "| Governance | 1 Initial | ..." or "not assessed".
        var report = Report();
        var overall = Regex.Match(report, @"Overall: \*\*(\d+) ").Groups[1].Value;
        var table = report[report.IndexOf("| Category | Level |", StringComparison.Ordinal)..].Split('\n').Skip(2).TakeWhile(line => line.StartsWith('|'));
        var levels = table.Select(line => line.Split('|', StringSplitOptions.TrimEntries)).Select(cells => cells[1] + " " + (cells[2] == "not assessed" ? cells[2] : cells[2].Split(' ')[0]));
        run.Output.ShouldContain("Maturity (PMO functions): overall " + overall + "; " + string.Join(", ", levels) + "." + Environment.NewLine);
        run.Output.ShouldContain("Reusability not assessed", customMessage: "Contoso has no reusability evidence");
    }

    [Fact]
    public async Task Assess_UnknownMethodology_SuggestsAndExitsThree()
    {
        var run = await Assess("--methodology", "p3m4");

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Unknown methodology 'p3m4'; did you mean 'p3m3'? Built in: kerzner, p3m3, pmo-functions");
    }

    [Fact]
    public async Task Questionnaire_FilledIn_ScoresEachAnswer()
    {
        var answers = _folder.Combine("answers.yaml");
        (await CliRun.InvokeAsync(["questionnaire", "pmo-functions", "--out", answers])).ExitCode.ShouldBe(0);
        var blank = File.ReadAllText(answers);
        var questions = blank.Split('\n').Where(line => line.StartsWith("  - question: ", StringComparison.Ordinal)).Select(line => line[14..]).ToList();
        questions.Count.ShouldBeGreaterThan(5);

        // Answer the first question yes, the second no, and leave the rest blank.
        File.WriteAllText(answers, Answer(Answer(blank, questions[0], "yes"), questions[1], "no"));
        var run = await Assess("--answers", answers);

        run.ExitCode.ShouldBe(0, run.ToString());
        var report = Report();
        report.ShouldContain("| " + questions[0] + " |");
        report.ShouldContain("| answers.yaml |");
        var failed = report.Split('\n').Where(line => line.StartsWith("| " + questions[1] + " |", StringComparison.Ordinal)).ToList();
        failed.ShouldContain(line => line.Contains("The answer was 'no'.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Questionnaire_OverAnAnswersFileThatExists_RefusesUnlessForced()
    {
        var answers = _folder.Write("answers.yaml", "methodology: pmo-functions\nanswers:\n  - { question: PMO-Q01, answer: yes }\n");

        var refused = await CliRun.InvokeAsync(["questionnaire", "--out", answers]);

        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Error.ShouldContain("error: Will not overwrite a file that exists; give --force to replace it. File=" + answers);
        File.ReadAllText(answers).ShouldContain("answer: yes");

        var forced = await CliRun.InvokeAsync(["questionnaire", "--out", answers, "--force"]);
        forced.ExitCode.ShouldBe(0, forced.ToString());
        File.ReadAllText(answers).ShouldContain("  - question: PMO-Q15\n");
    }

    [Fact]
    public async Task Assess_BlankQuestionnaire_ScoresAsNoAnswersFile()
    {
        var answers = _folder.Combine("answers.yaml");
        (await CliRun.InvokeAsync(["questionnaire", "pmo-functions", "--out", answers])).ExitCode.ShouldBe(0);

        var without = await Assess();
        var blank = await Assess("--answers", answers);

        static string Maturity(CliRun run) => run.Output.Split(Environment.NewLine).Single(line => line.StartsWith("Maturity (", StringComparison.Ordinal));
        Maturity(blank).ShouldBe(Maturity(without), "a question left blank is not asked: it neither meets nor blocks a level");
        Report().ShouldNotContain("not assessable on any of its 1 subjects");
    }

    [Fact]
    public async Task Assess_AnswerThatDoesNotFitItsQuestion_ExitsThreeWithTheLine()
    {
        var answers = _folder.Combine("answers.yaml");
        await CliRun.InvokeAsync(["questionnaire", "pmo-functions", "--out", answers]);
        var blank = File.ReadAllText(answers);
        var first = blank.Split('\n').First(line => line.StartsWith("  - question: ", StringComparison.Ordinal))[14..];
        File.WriteAllText(answers, Answer(blank, first, "perhaps"));

        var run = await Assess("--answers", answers);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("The answer 'perhaps' does not fit the question: Answer yes or no. File=answers.yaml, Line=");
    }

    [Fact]
    public async Task Assess_WithTargetLevel_ReportsTheGapAndARoadmap()
    {
        var run = await Assess("--target-level", "3");

        run.ExitCode.ShouldBe(0, run.ToString());
        var report = Report();
        report.ShouldContain("| Category | Level | Chart | Target | Gap | Rules met | Not assessable |");
        report.ShouldContain("### Roadmap");
    }

    [Theory]
    [InlineData("supportive", 0)]
    [InlineData("controlling", 1)]
    [InlineData("directive", 1)]
    public async Task Assess_PmoType_SetsTheDefaultGate(string type, int exitCode) =>
        (await Assess("--pmo-type", type)).ExitCode.ShouldBe(exitCode);

    [Fact]
    public async Task Assess_SupportivePmo_ReportsThatFindingsAreAdvice()
    {
        (await Assess("--pmo-type", "supportive")).ExitCode.ShouldBe(0);

        Report().ShouldContain("| Gate | a supportive PMO gives advice: no finding fails the gate |");
    }

    [Fact]
    public async Task Assess_FailOn_OverridesThePmoType() =>
        (await Assess("--pmo-type", "controlling", "--fail-on", "critical")).ExitCode.ShouldBe(0);

    [Fact]
    public async Task Validate_MethodologyWithAnUnknownCategory_ExitsThreeWithItsPlace()
    {
        var file = _folder.Write("bad.methodology.yaml", """
            methodology: bad
            name: Bad
            levels: [{ level: 1, name: One }]
            categories: [{ id: governance, name: Governance }]
            mapping:
              - { ruleCategory: risk, category: governence }
            """);

        var run = await CliRun.InvokeAsync(["validate", file]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Unknown category 'governence'; did you mean 'governance'? Categories: governance. File=bad.methodology.yaml, Line=6");
    }

    /// <summary>Fills the blank answer under a question of a questionnaire the command wrote.</summary>
    private static string Answer(string questionnaire, string question, string answer) =>
        questionnaire.Replace("  - question: " + question + "\n    answer:\n", "  - question: " + question + "\n    answer: " + answer + "\n", StringComparison.Ordinal);
}
