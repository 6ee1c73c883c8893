using System.Text;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Engine.Policy;

public sealed class BaselineTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Finding Finding(string rule, EntityKind kind, string subject, Severity severity = Severity.High, string? message = null) => new()
    {
        Rule = AssessedRules.Descriptor(rule, severity),
        Outcome = new RuleOutcome { RuleId = rule, SubjectKind = kind, SubjectId = subject, Status = OutcomeStatus.Failed, Message = message },
        Severity = severity,
    };

    private string Written(Baseline baseline)
    {
        var path = _folder.Combine("baseline.json");
        using (var stream = File.Create(path))
        {
            baseline.Write(stream);
        }

        return path;
    }

    private InvalidInputException ReadError(string json) =>
        Should.Throw<InvalidInputException>(() => Baseline.Read(_folder.Write("baseline.json", json)));

    [Fact]
    public void Write_Baseline_IsSortedIndentedJson()
    {
        var baseline = Baseline.Of(AsOf,
        [
            Finding("GOV-101", EntityKind.Project, "P-1", Severity.High, "No sponsor."),
            Finding("DQ-001", EntityKind.ChangeRequest, "CR-7", Severity.Low),
        ]);

        File.ReadAllText(Written(baseline)).ShouldBe("""
            {
              "schemaVersion": 1,
              "asOf": "2026-06-30",
              "findings": [
                {
                  "rule": "DQ-001",
                  "subjectKind": "change-request",
                  "subject": "CR-7",
                  "severity": "low"
                },
                {
                  "rule": "GOV-101",
                  "subjectKind": "project",
                  "subject": "P-1",
                  "severity": "high",
                  "message": "No sponsor."
                }
              ]
            }
            """);
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var baseline = Baseline.Of(AsOf,
        [
            Finding("GOV-101", EntityKind.Project, "P-2", Severity.Critical, "No sponsor; \"TBD\" is not a name."),
            Finding("GOV-101", EntityKind.Project, "P-1"),
            Finding("RSK-004", EntityKind.Risk, "R-17", Severity.Medium, "Risk ohne Eigentümer."),
            Finding("DQ-001", EntityKind.ChangeRequest, "CR-7", Severity.Info),
        ]);

        var read = Baseline.Read(Written(baseline));

        read.AsOf.ShouldBe(AsOf);
        read.Entries.ShouldBe(baseline.Entries);
        read.Entries.Select(entry => entry.Rule + "/" + entry.Subject).ShouldBe(["DQ-001/CR-7", "GOV-101/P-1", "GOV-101/P-2", "RSK-004/R-17"]);
    }

    [Fact]
    public void Contains_KeyedByRuleSubjectKindAndSubject_NotByMessageOrSeverity()
    {
        var baseline = new Baseline(AsOf, [new BaselineEntry("GOV-101", EntityKind.Project, "P-1", Severity.High, "Old message.")]);

        baseline.Contains(Finding("GOV-101", EntityKind.Project, "P-1", Severity.Critical, "New message.")).ShouldBeTrue();
        baseline.Contains(Finding("GOV-101", EntityKind.Project, "P-2")).ShouldBeFalse();
        baseline.Contains(Finding("GOV-101", EntityKind.Risk, "P-1")).ShouldBeFalse();
        baseline.Contains(Finding("GOV-102", EntityKind.Project, "P-1")).ShouldBeFalse();
    }

    [Fact]
    public void Pruned_DropsTheEntriesFixedSince()
    {
        var stillFailing = new BaselineEntry("GOV-101", EntityKind.Project, "P-1", Severity.High, null);
        var fixedSince = new BaselineEntry("GOV-101", EntityKind.Project, "P-2", Severity.High, null);
        var alsoStillFailing = new BaselineEntry("RSK-004", EntityKind.Risk, "R-17", Severity.Medium, null);
        var baseline = new Baseline(AsOf, [fixedSince, alsoStillFailing, stillFailing]);
        Finding[] current = [Finding("GOV-101", EntityKind.Project, "P-1"), Finding("RSK-004", EntityKind.Risk, "R-17"), Finding("GOV-101", EntityKind.Project, "P-3")];

        var pruned = baseline.Pruned(current);

        baseline.FixedIn(current).ShouldBe([fixedSince]);
        pruned.Entries.ShouldBe([stillFailing, alsoStillFailing]);
        pruned.AsOf.ShouldBe(AsOf);
    }

    [Fact]
    public void Read_MalformedJson_SaysWhereWithLineAndColumn()
    {
        var error = ReadError("{\n  \"schemaVersion\": 1,\n  \"asOf\": \"2026-06-30\"\n  \"findings\": []\n}\n");

        error.Message.ShouldStartWith("Malformed JSON: ");
        error.Location.ShouldBe(new SourceLocation("baseline.json", 4, 3));
    }

    [Fact]
    public void Read_FileWithAByteOrderMark_Reads()
    {
        var path = _folder.Combine("baseline.json");
        File.WriteAllText(path, "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": []}", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Baseline.Read(path).Entries.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 2, \"asOf\": \"2026-06-30\", \"findings\": []}")]
    [InlineData("{\"schemaVersion\": 1.5, \"asOf\": \"2026-06-30\", \"findings\": []}")]
    [InlineData("{\"schemaVersion\": 99999999999, \"asOf\": \"2026-06-30\", \"findings\": []}")]
    [InlineData("{\"schemaVersion\": \"1\", \"asOf\": \"2026-06-30\", \"findings\": []}")]
    [InlineData("{\"asOf\": \"2026-06-30\", \"findings\": []}")]
    [InlineData("[]")]
    public void Read_NotSchemaVersionOne_IsRefused(string json) =>
        ReadError(json).Message.ShouldBe("Not a baseline this PmoAssess understands: expected \"schemaVersion\": 1. File=baseline.json, Path=$.schemaVersion");

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"findings\": []}", "Missing property 'asOf'. File=baseline.json, Path=$.asOf")]
    [InlineData("{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\"}", "Missing property 'findings'. File=baseline.json, Path=$.findings")]
    [InlineData("{\"schemaVersion\": 1, \"asOf\": \"30/06/2026\", \"findings\": []}", "Expected a date written yyyy-MM-dd. File=baseline.json, Path=$.asOf")]
    [InlineData("{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": {}}", "Expected 'findings' to be a list. File=baseline.json, Path=$.findings")]
    [InlineData(
        "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": [{\"rule\": \"GOV-101\", \"subjectKind\": \"project\", \"subject\": \"P-1\", \"severity\": \"high\"}, {\"rule\": \"GOV-101\", \"subjectKind\": \"project\", \"severity\": \"high\"}]}",
        "Missing property 'subject'. File=baseline.json, Path=$.findings[1].subject")]
    [InlineData(
        "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": [{\"rule\": \"\", \"subjectKind\": \"project\", \"subject\": \"P-1\", \"severity\": \"high\"}]}",
        "Expected 'rule' to be text. File=baseline.json, Path=$.findings[0].rule")]
    [InlineData(
        "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": [{\"rule\": \"GOV-101\", \"subjectKind\": \"programme\", \"subject\": \"P-1\", \"severity\": \"high\"}]}",
        "Unknown subject kind. File=baseline.json, Path=$.findings[0].subjectKind")]
    [InlineData(
        "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": [{\"rule\": \"GOV-101\", \"subjectKind\": \"project\", \"subject\": \"P-1\", \"severity\": \"severe\"}]}",
        "Unknown severity. File=baseline.json, Path=$.findings[0].severity")]
    [InlineData(
        "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": [{\"rule\": \"GOV-101\", \"subjectKind\": \"project\", \"subject\": \"P-1\", \"severity\": \"high\", \"message\": 42}]}",
        "Expected 'message' to be text. File=baseline.json, Path=$.findings[0].message")]
    public void Read_MissingOrWrongProperty_NamesItsJsonPath(string json, string message) =>
        ReadError(json).Message.ShouldBe(message);

    [Fact]
    public void Read_NullMessage_IsNoMessage() =>
        Baseline.Read(_folder.Write("baseline.json",
                "{\"schemaVersion\": 1, \"asOf\": \"2026-06-30\", \"findings\": [{\"rule\": \"GOV-101\", \"subjectKind\": \"project\", \"subject\": \"P-1\", \"severity\": \"high\", \"message\": null}]}"))
            .Entries.ShouldBe([new BaselineEntry("GOV-101", EntityKind.Project, "P-1", Severity.High, null)]);

    [Fact]
    public void Read_FileThatDoesNotExist_Throws() =>
        Should.Throw<InvalidInputException>(() => Baseline.Read(_folder.Combine("missing.json")))
            .Message.ShouldBe("The baseline file does not exist. File=" + _folder.Combine("missing.json"));
}
