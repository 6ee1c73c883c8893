using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Engine.Rulesets;

/// <summary>Every problem in a ruleset is reported before anything runs, with its file, line and column.</summary>
public sealed class RulesetValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Problems(string yaml, string file = "bad.rules.yaml") =>
        Should.Throw<InvalidInputException>(() => RulesetLoader.Load([_folder.Write(file, yaml)])).Message;

    private static string Rule(string body) => "ruleset: bad\nrules:\n  - id: B-1\n    title: T\n    severity: high\n    category: governance\n    appliesTo: project\n" + body;

    [Fact]
    public void Load_YamlSyntaxError_NamesLineAndColumn() =>
        Problems("ruleset: bad\nrules:\n  - id: A\n   title: T\n").ShouldContain(
            "Not valid YAML: While parsing a block collection, did not find expected '-' indicator. File=bad.rules.yaml, Line=4, Column=4");

    [Fact]
    public void Load_UnclosedBracket_SaysWhatToLookForInsteadOfTheParsersInternalState() =>
        Problems("ruleset: bad\nrules:\n  - id: [unclosed\n    title: T\n").ShouldContain(
            "Not valid YAML: it stops making sense here: is a bracket, brace or quote left open? File=bad.rules.yaml, Line=3, Column=9");

    [Fact]
    public void Load_TabInTheIndentation_NamesTheLineWithTheTab() =>
        Problems("ruleset: bad\nrules:\n\t- id: A\n").ShouldContain(
            "Not valid YAML: While scanning a mapping, found invalid tab as indentation. File=bad.rules.yaml, Line=3, Column=1");

    [Fact]
    public void Load_UnknownKey_SuggestsTheKnownOne() =>
        Problems(Rule("    requires: sponsor != null\n")).ShouldContain(
            "Unknown key 'requires' in a rule; did you mean 'require'? Keys: id, title,");

    [Fact]
    public void Load_UnknownKey_PointsAtIt() =>
        Problems(Rule("    require: sponsor != null\n    severty: low\n")).ShouldContain("File=bad.rules.yaml, Line=9, Column=5, Rule=B-1");

    [Fact]
    public void Load_UnknownField_PointsAtTheCharacterInsideTheExpression() =>
        Problems(Rule("    require: stage == 'execution' and sponsr != null\n")).ShouldContain(
            "Unknown field 'sponsr' on project; did you mean 'sponsor'? File=bad.rules.yaml, Line=8, Column=39, Rule=B-1");

    [Fact]
    public void Load_UnknownFieldInABlockScalar_PointsAtItsLine() =>
        Problems(Rule("    require: >-\n      stage == 'execution'\n      and sponsr != null\n")).ShouldContain("Line=10, Column=11, Rule=B-1");

    [Fact]
    public void Load_UnknownFieldInADoubleQuotedScalar_CountsTheQuote() =>
        Problems(Rule("    require: \"sponsr != null\"\n")).ShouldContain("Line=8, Column=15");

    [Fact]
    public void Load_DateComparedWithNumber_IsATypeError() =>
        Problems(Rule("    require: lastStatusReport < 30\n")).ShouldContain("A date cannot be compared with a number ('<').");

    [Fact]
    public void Load_UnknownStage_ListsTheStagesWhereItIs() =>
        Problems(Rule("    require: stage == 'executing'\n")).ShouldContain(
            "'executing' is not a stage; did you mean 'execution'? A stage is initiation, planning, execution, closing or closed. File=bad.rules.yaml, Line=8, Column=23, Rule=B-1");

    [Fact]
    public void Load_SeverityOrdered_SaysHowToCompareIt() =>
        Problems(Rule("    appliesTo: risk\n    require: severity > 'medium'\n").Replace("    appliesTo: project\n", string.Empty)).ShouldContain(
            "A severity cannot be used with '>': an enumeration is compared with ==, != or in, as in severity in ['high', 'critical']. File=bad.rules.yaml, Line=8, Column=23, Rule=B-1");

    [Fact]
    public void Load_TextComparedWithNumber_IsATypeErrorWhereItIs() =>
        Problems(Rule("    require: name > 5\n")).ShouldContain("Text cannot be compared with a number ('>'). File=bad.rules.yaml, Line=8, Column=19, Rule=B-1");

    [Fact]
    public void Load_UnknownFunction_SuggestsTheKnownOne() =>
        Problems(Rule("    require: daySince(lastStatusReport) < 30\n")).ShouldContain(
            "Unknown function 'daySince'; did you mean 'daysSince'?");

    [Fact]
    public void Load_BadMessageHole_PointsIntoTheMessage() =>
        Problems(Rule("    require: sponsor != null\n    message: \"{nme} has no sponsor\"\n")).ShouldContain(
            "Unknown field 'nme' on project; did you mean 'name'? File=bad.rules.yaml, Line=9, Column=16");

    [Fact]
    public void Load_SandboxEscape_IsRefused() =>
        Problems(Rule("    require: System.IO.File.Exists('/etc/passwd')\n")).ShouldContain("Line=8");

    [Fact]
    public void Load_BadEnumerations_AreNamedWithWhatWasExpected()
    {
        var problems = Problems("ruleset: bad\nrules:\n  - id: B-1\n    title: T\n    severity: urgent\n    category: c\n    appliesTo: projects\n    require: true\n    level: 7\n");

        problems.ShouldContain("Unknown severity 'urgent': expected info, low, medium, high or critical. File=bad.rules.yaml, Line=5, Column=15");
        problems.ShouldContain("Unknown appliesTo 'projects'");
        problems.ShouldContain("Expected 'level' to be a maturity level from 1 to 5, not '7'.");
    }

    [Fact]
    public void Load_SeveralProblems_ReportsThemAll()
    {
        var problems = Problems(Rule("    require: sponsr != null\n  - id: B-2\n    title: T\n    severity: high\n    category: c\n    appliesTo: risk\n    require: ownr != null\n"));

        problems.ShouldStartWith("Found 2 problems in the rulesets:");
        problems.ShouldContain("Rule=B-1");
        problems.ShouldContain("Rule=B-2");
    }

    [Fact]
    public void Load_DuplicateRuleIdAcrossFiles_IsReported()
    {
        _folder.Write("packs/a.rules.yaml", Rule("    require: sponsor != null\n"));
        _folder.Write("packs/b.rules.yaml", Rule("    require: sponsor != null\n").Replace("ruleset: bad", "ruleset: other", StringComparison.Ordinal));

        Should.Throw<InvalidInputException>(() => RulesetLoader.Load([_folder.Combine("packs")])).Message.ShouldContain(
            "The rule id is also used in packs/a.rules.yaml: rule ids must be unique across rulesets. File=packs/b.rules.yaml, Rule=B-1");
    }

    [Fact]
    public void Load_DuplicateRuleIdInOneFile_IsReported() =>
        Problems(Rule("    require: sponsor != null\n  - id: B-1\n    title: T\n    severity: high\n    category: c\n    appliesTo: risk\n    require: owner != null\n"))
            .ShouldContain("The rule id is used twice in this file");

    [Fact]
    public void Load_PopulationOnAProject_IsRefused() =>
        Problems(Rule("    population:\n      of: projects\n      require: sponsor != null\n      atLeast: 90%\n"))
            .ShouldContain("A population rule judges a portfolio: it needs 'appliesTo: portfolio'.");

    [Fact]
    public void Load_AliasBomb_IsRefusedWithoutExpanding()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";

        Problems(bomb).ShouldContain("Anchors and aliases (&name, *name) are not supported");
    }

    [Fact]
    public void Load_ProblemsInSeveralFilesAndPaths_AreReportedInTheOrderGiven_AFileReachedTwiceOnce()
    {
        // Files are read and compiled on every core; what is reported must not depend on which finished first.
        var syntax = _folder.Write("1/syntax.rules.yaml", "ruleset: bad\nrules:\n  - id: [unclosed\n");
        var unknownKey = _folder.Write("2/key.rules.yaml", Rule("    requires: sponsor != null\n"));
        var unknownField = _folder.Write("3/field.rules.yaml", Rule("    require: sponsr != null\n").Replace("B-1", "C-1", StringComparison.Ordinal));

        var problems = Should.Throw<InvalidInputException>(() => RulesetLoader.Load(
            [_folder.Combine("3"), _folder.Combine("nowhere"), syntax, unknownKey, unknownField])).Message;

        problems.ShouldStartWith("Found 5 problems in the rulesets:");
        var lines = problems.Split('\n').Skip(1).Select(line => line.Trim()).ToList();
        lines.Count.ShouldBe(5);
        lines[0].ShouldContain("Unknown field 'sponsr'");
        lines[0].ShouldContain("File=3/field.rules.yaml");
        lines[1].ShouldStartWith("The ruleset path does not exist");
        lines[2].ShouldContain("Not valid YAML");
        lines[2].ShouldContain("File=syntax.rules.yaml");
        lines[3].ShouldContain("Unknown key 'requires'");
        lines[3].ShouldContain("File=key.rules.yaml");
        lines[4].ShouldStartWith("Missing key 'require'");
        lines[4].ShouldContain("File=key.rules.yaml");
    }

    [Fact]
    public void Load_MissingPath_IsReported() =>
        Should.Throw<InvalidInputException>(() => RulesetLoader.Load([_folder.Combine("nowhere")])).Message.ShouldContain("The ruleset path does not exist");
}
