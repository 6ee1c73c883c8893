using System.Globalization;
using System.Security.Cryptography;
using PmoAssess.Facts;
using PmoAssess.Import.Mapping;
using ValueType = PmoAssess.Import.Mapping.ValueType;

namespace PmoAssess.Tests.Engine.Import.Mapping;

/// <summary>Mapping files read key by key, and every mistake reported with its place (Import/README.md, "Mapping a client's layout").</summary>
public sealed class MappingLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public MappingLoaderTests()
    {
        _folder.Write("projects.csv", "id,name\n");
        _folder.Write("risks.csv", "id,project\n");
    }

    public void Dispose() => _folder.Dispose();

    private MappingFile Load(string yaml) => MappingLoader.Load(_folder.Write("client.mapping.yaml", yaml));

    private string Problems(string yaml) =>
        Should.Throw<InvalidInputException>(() => MappingLoader.Load(_folder.Write("client.mapping.yaml", yaml))).Message;

    /// <summary>A projects source with <paramref name="extra"/> lines (indented by four spaces) added.</summary>
    private static string Projects(string extra) => "sources:\n  - file: projects.csv\n    entity: projects\n    id: id\n" + extra;

    [Fact]
    public void Load_CompleteMapping_ReadsEveryKeyIntoTheModel()
    {
        _folder.Write("data/uk_2021.csv", "x\n");
        _folder.Write("risks.xlsx", "not read here");
        _folder.Write("issues.txt", "x\n");
        var path = _folder.Write("client.mapping.yaml", """
            # How the client's files map onto the canonical facts.
            sources:
              - file: data/uk_2021.csv
                entity: projects
                encoding: Windows-1252
                delimiter: ";"
                headerRow: 2
                duplicateHeaders: number
                culture: en-GB
                dateFormats: [dd/MM/yyyy, yyyy-MM-dd]
                id: project_number
                fields:
                  name: project_name
                  sponsor: [SRO, Senior Responsible Owner]
                  manager: { position: 7 }
                  forecastEnd: { column: end_date, dateFormats: [dd.MM.yy], otherwise: not-given }
                  budget_at_completion: { column: wlc_baseline_incl_NCG, money: millions }
                  delivery_confidence:
                    column: colour_rating
                    values: { "A/R": Amber/Red, " a/g ": AMBER GREEN, Exempt: "" }
                    otherwise: Not Given
                    note: dca_exemption
                  stage: { value: Execution }
                  charter_approved: { value: "yes" }
                custom:
                  department: department
                  yearly_budget: { column: total_baseline, money: millions }
                  opened: { column: Opened, type: date, dateFormats: MM/yyyy }
                keepOtherColumns: true
              - file: risks.xlsx
                entity: risks
                sheet: Risk Register
                id: { position: 1 }
                project: { column: [Project Name, Project], by: name }
                fields:
                  severity: { column: RAG, values: { R: high, A: medium, G: low } }
              - file: issues.txt
                entity: issues
                delimiter: tab
                id: { column: Ref }
                project: Project Ref
            """);

        var mapping = MappingLoader.Load(path);

        mapping.File.ShouldBe("client.mapping.yaml");
        mapping.Folder.ShouldBe(Path.GetFullPath(_folder.Path));
        mapping.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        mapping.Sources.Select(source => source.Entity).ShouldBe([EntityKind.Project, EntityKind.Risk, EntityKind.Issue]);

        var projects = mapping.Sources[0];
        projects.File.ShouldBe("data/uk_2021.csv");
        (projects.Sheet, projects.Encoding, projects.Delimiter, projects.HeaderRow).ShouldBe((null, "windows-1252", ';', 2));
        projects.DuplicateHeaders.ShouldBe(DuplicateHeaders.Number);
        projects.Culture.ShouldBe(CultureInfo.GetCultureInfo("en-GB"));
        projects.DateFormats.ShouldBe(["dd/MM/yyyy", "yyyy-MM-dd"]);
        projects.Id.Names.ShouldBe(["project_number"]);
        projects.Project.ShouldBeNull();
        projects.Where.ShouldBe(new SourceLocation("client.mapping.yaml", 3, 5));
        projects.Fields.Keys.ShouldBe(
            ["name", "sponsor", "manager", "forecast_end", "budget_at_completion", "delivery_confidence", "stage", "charter_approved"], ignoreOrder: true);
        projects.Fields["name"].Column!.Names.ShouldBe(["project_name"]);
        projects.Fields["sponsor"].Column!.Names.ShouldBe(["SRO", "Senior Responsible Owner"]);
        projects.Fields["sponsor"].Column!.Describe().ShouldBe("'SRO' or 'Senior Responsible Owner'");
        projects.Fields["manager"].Column!.Position.ShouldBe(7);
        projects.Fields["manager"].Column!.Names.ShouldBeEmpty();

        var forecastEnd = projects.Fields["forecast_end"];
        (forecastEnd.Otherwise, forecastEnd.Note).ShouldBe((Unreadable.NotGiven, null));
        forecastEnd.DateFormats.ShouldBe(["dd.MM.yy"]);
        forecastEnd.Where.ShouldBe(new SourceLocation("client.mapping.yaml", 16, 7));

        projects.Fields["budget_at_completion"].Money.ShouldBe(MoneyUnit.Millions);
        projects.Fields["budget_at_completion"].Otherwise.ShouldBe(Unreadable.Error);

        var confidence = projects.Fields["delivery_confidence"];
        confidence.Values.ShouldBe(new Dictionary<string, string> { ["A/R"] = "amber-red", ["a/g"] = "amber-green", ["Exempt"] = string.Empty }, ignoreOrder: true);
        confidence.Values["a/r"].ShouldBe("amber-red");
        (confidence.Otherwise, confidence.Note).ShouldBe((Unreadable.NotGiven, "dca_exemption"));

        (projects.Fields["stage"].Column, projects.Fields["stage"].Value).ShouldBe((null, "execution"));
        projects.Fields["charter_approved"].Value.ShouldBe("true");

        projects.Custom.Keys.ShouldBe(["department", "yearly_budget", "opened"], ignoreOrder: true);
        projects.Custom["department"].Type.ShouldBe(ValueType.Text);
        (projects.Custom["yearly_budget"].Type, projects.Custom["yearly_budget"].Money).ShouldBe((ValueType.Money, MoneyUnit.Millions));
        projects.Custom["opened"].Type.ShouldBe(ValueType.Date);
        projects.Custom["opened"].DateFormats.ShouldBe(["MM/yyyy"]);
        projects.KeepOtherColumns.ShouldBeTrue();

        var risks = mapping.Sources[1];
        risks.Sheet.ShouldBe("Risk Register");
        (risks.Encoding, risks.Delimiter, risks.HeaderRow, risks.DuplicateHeaders).ShouldBe((null, null, 1, DuplicateHeaders.Error));
        risks.Culture.ShouldBe(CultureInfo.InvariantCulture);
        risks.DateFormats.ShouldBe(["yyyy-MM-dd"]);
        (risks.Id.Position, risks.Id.Describe()).ShouldBe((1, "column 1"));
        risks.Project!.By.ShouldBe(ProjectKey.Name);
        risks.Project.Column.Names.ShouldBe(["Project Name", "Project"]);
        risks.Fields["severity"].Values.ShouldBe(new Dictionary<string, string> { ["R"] = "high", ["A"] = "medium", ["G"] = "low" }, ignoreOrder: true);
        risks.Custom.ShouldBeEmpty();
        risks.KeepOtherColumns.ShouldBeFalse();

        var issues = mapping.Sources[2];
        issues.Delimiter.ShouldBe('\t');
        issues.Id.Names.ShouldBe(["Ref"]);
        (issues.Project!.Column.Names.Single(), issues.Project.By).ShouldBe(("Project Ref", ProjectKey.Id));
    }

    [Fact]
    public void Load_WithDisplayName_NamesTheFileSoInMessages()
    {
        var path = _folder.Write("client.mapping.yaml", "sources: []\n");

        var message = Should.Throw<InvalidInputException>(() => MappingLoader.Load(path, "mappings/client.mapping.yaml")).Message;

        message.ShouldContain("File=mappings/client.mapping.yaml, Line=1");
    }

    [Theory]
    [InlineData("\"\\t\"")]
    [InlineData("Tab")]
    [InlineData("\"|\"")]
    public void Load_TabOrPipeDelimiter_ReadsAsThatCharacter(string written)
    {
        Load(Projects("    delimiter: " + written + "\n")).Sources[0].Delimiter.ShouldBe(written.Contains('|') ? '|' : '\t');
    }

    [Fact]
    public void Load_AutoAndInvariant_MeanTheDefaults()
    {
        var source = Load(Projects("    encoding: auto\n    delimiter: auto\n    culture: invariant\n")).Sources[0];

        (source.Encoding, source.Delimiter, source.Culture).ShouldBe((null, null, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Load_MissingMappingFile_ThrowsNamingIt()
    {
        Should.Throw<InvalidInputException>(() => MappingLoader.Load(_folder.Combine("absent.mapping.yaml")))
            .Message.ShouldBe("The mapping file does not exist. File=absent.mapping.yaml");
    }

    [Fact]
    public void Load_NotAMapping_SaysWhatAMappingFileIs()
    {
        Problems("- projects.csv\n- risks.csv\n").ShouldContain("Expected a mapping file: 'sources:' and a list of the client's files");
    }

    [Theory]
    [InlineData("sources: []\n", 10)]
    [InlineData("sources:\n", 9)]
    public void Load_NoSources_IsAProblem(string yaml, int column)
    {
        Problems(yaml).ShouldContain("Expected 'sources' to be a list with at least one item. File=client.mapping.yaml, Line=1, Column=" + column);
    }

    [Fact]
    public void Load_UnknownKeys_SuggestTheClosest()
    {
        var message = Problems("""
            source:
              - file: projects.csv
            """);

        message.ShouldContain("Unknown key 'source' in a mapping file; did you mean 'sources'? Keys: sources. File=client.mapping.yaml, Line=1, Column=1");
        message.ShouldContain("Expected 'sources' to be a list with at least one item.");

        Problems(Projects("    headerrow: 2\n    fields: { name: { colum: Name } }\n"))
            .ShouldSatisfyAllConditions(
                text => text.ShouldContain("Unknown key 'headerrow' in a source; did you mean 'headerRow'?"),
                text => text.ShouldContain("Line=5, Column=5"),
                text => text.ShouldContain("Unknown key 'colum' in the field 'name'; did you mean 'column'? Keys: column, position, value, values, otherwise, note, dateFormats, money, type. File=client.mapping.yaml, Line=6, Column=23"));
    }

    [Fact]
    public void Load_MissingRequiredKeys_NamesEach()
    {
        var message = Problems("sources:\n  - sheet: Projects\n");

        message.ShouldContain("Missing key 'file': it needs a value. File=client.mapping.yaml, Line=2, Column=5");
        message.ShouldContain("Missing key 'entity': it needs a value. File=client.mapping.yaml, Line=2, Column=5");
        message.ShouldContain("Missing key 'id': the column holding each row's id");
    }

    [Fact]
    public void Load_UnknownEntity_ListsTheEntities()
    {
        Problems("sources:\n  - { file: projects.csv, entity: projetcs, id: id }\n").ShouldContain(
            "Unknown entity 'projetcs'; did you mean 'projects'? Entities: portfolios, projects, risks, issues, changes, milestones, gates, benefits, allocations, evidence. " +
            "File=client.mapping.yaml, Line=2, Column=35");
    }

    [Fact]
    public void Load_FieldTheEntityDoesNotHave_ListsItsFields()
    {
        Problems(Projects("    fields:\n      sponser: SRO\n")).ShouldContain(
            "The projects have no field 'sponser'; did you mean 'sponsor'? Fields: name, portfolio, programme, stage, sponsor, manager, baseline_start, " +
            "baseline_end, forecast_end, budget_at_completion, actual_cost, earned_value, planned_value, estimate_at_completion, delivery_confidence, " +
            "last_status_report, charter_approved, business_case_approved. File=client.mapping.yaml, Line=6, Column=7");
    }

    [Fact]
    public void Load_IdOrProjectUnderFields_PointsAtTheTopLevelKeys()
    {
        var message = Problems("""
            sources:
              - file: risks.csv
                entity: risks
                id: Ref
                project: Project
                fields:
                  id: Ref
                  project: Project
            """);

        message.ShouldContain("'id' is not mapped under 'fields': give the id column with the source's own 'id' key. File=client.mapping.yaml, Line=7, Column=7");
        message.ShouldContain("'project' is not mapped under 'fields': give the project column with the source's own 'project' key. File=client.mapping.yaml, Line=8, Column=7");
    }

    [Fact]
    public void Load_ProjectOnAProjectsSource_IsRefused()
    {
        Problems(Projects("    project: Parent\n")).ShouldContain("'project' links a project's registers (risks, issues, changes, milestones, gates, benefits, allocations) " +
            "to their project; a projects source has none. File=client.mapping.yaml, Line=5, Column=14");
    }

    [Fact]
    public void Load_ChildWithoutProject_IsAProblem()
    {
        Problems("sources:\n  - { file: risks.csv, entity: risks, id: Ref }\n")
            .ShouldContain("Missing key 'project': risks belong to a project; give the column naming it (by id, or { column: X, by: name }). File=client.mapping.yaml, Line=2, Column=5");
    }

    [Fact]
    public void Load_ValueMapTargetNotInTheEnum_ListsTheAllowedValues()
    {
        Problems(Projects("    fields:\n      delivery_confidence: { column: DCA, values: { \"A/R\": purple } }\n")).ShouldContain(
            "'A/R' maps to 'purple', which is not one of green, amber-green, amber, amber-red, red (the field 'delivery_confidence'). File=client.mapping.yaml, Line=6, Column=60");
    }

    [Theory]
    [InlineData("stage: { value: doing }", "The value 'doing' for the field 'stage' is not one of initiation, planning, execution, closing, closed.")]
    [InlineData("baseline_start: { value: 01/02/2026 }", "The value '01/02/2026' for the field 'baseline_start' is not a date as yyyy-MM-dd.")]
    [InlineData("charter_approved: { value: perhaps }", "The value 'perhaps' for the field 'charter_approved' is not true or false.")]
    [InlineData("actual_cost: { column: Cost, values: { nil: none } }", "'nil' maps to 'none', which is not a number such as 1250000.50")]
    public void Load_ConstantOrTargetOfTheWrongKind_IsAProblem(string field, string expected)
    {
        var message = Problems(Projects("    fields:\n      " + field + "\n"));

        message.ShouldContain(expected);
        message.ShouldContain("File=client.mapping.yaml, Line=6, Column=");
    }

    [Fact]
    public void Load_ChangeScheduleImpact_MustBeAWholeNumber()
    {
        _folder.Write("changes.csv", "id\n");

        Problems("sources:\n  - { file: changes.csv, entity: changes, id: Ref, project: P, fields: { schedule_impact_days: { value: 2.5 } } }\n")
            .ShouldContain("The value '2.5' for the field 'schedule_impact_days' is not a whole number.");
    }

    [Fact]
    public void Load_MoneyOnANonNumberField_IsAProblem()
    {
        Problems(Projects("    fields:\n      sponsor: { column: SRO, money: millions }\n"))
            .ShouldContain("'money' applies to number fields: 'sponsor' holds text. File=client.mapping.yaml, Line=6, Column=38");
    }

    [Fact]
    public void Load_NoteWithoutNotGiven_IsAProblem()
    {
        Problems(Projects("    fields:\n      stage: { column: Stage, note: why }\n"))
            .ShouldContain("'note' names the custom field that keeps a not-given value's text: it needs 'otherwise: not-given'. File=client.mapping.yaml, Line=6, Column=37");
    }

    [Fact]
    public void Load_TypeOnACanonicalField_IsAProblem()
    {
        Problems(Projects("    fields:\n      actual_cost: { column: Cost, type: money }\n"))
            .ShouldContain("'type' is for custom fields: the canonical field 'actual_cost' holds a number. File=client.mapping.yaml, Line=6, Column=42");
    }

    [Fact]
    public void Load_CustomNamesThatClash_AreProblems()
    {
        var message = Problems(Projects("""
                fields:
                  delivery_confidence: { column: DCA, otherwise: not-given, note: notes }
                custom:
                  sponsor: SRO
                  notes: Notes
                  forecastEnd: End
                  cost: { column: Cost, otherwise: not-given }
                  cost_note: Cost note
            """));

        message.ShouldStartWith("Found 4 problems");
        message.ShouldContain("'sponsor' (a custom field) is the name of a canonical field of projects: map the column under 'fields', or choose another name. File=client.mapping.yaml, Line=8, Column=7");
        message.ShouldContain("'forecastEnd' (a custom field) is the name of a canonical field of projects");
        message.ShouldContain("Two custom fields are named 'notes': a custom field and the note of 'delivery_confidence'. File=client.mapping.yaml, Line=6, Column=7");
        message.ShouldContain("Two custom fields are named 'cost_note': a custom field and the note of 'cost'. File=client.mapping.yaml, Line=11, Column=7");
    }

    [Fact]
    public void Load_CustomOnAChild_IsRefused()
    {
        Problems("sources:\n  - { file: risks.csv, entity: risks, id: Ref, project: P, custom: { area: Area }, keepOtherColumns: true }\n")
            .ShouldSatisfyAllConditions(
                text => text.ShouldContain("Only projects keep custom fields: a risks source cannot have 'custom'. File=client.mapping.yaml, Line=2, Column=68"),
                text => text.ShouldContain("Only projects keep custom fields: a risks source cannot keep its other columns. File=client.mapping.yaml, Line=2, Column=102"));
    }

    [Theory]
    [InlineData("    encoding: latin1\n", "Unknown encoding 'latin1': expected auto, utf-8, utf-16, utf-16le, utf-16be, windows-1252. File=client.mapping.yaml, Line=5, Column=15")]
    [InlineData("    delimiter: \":\"\n", "Unknown delimiter ':': expected auto, \",\", \";\", tab or \"|\" (quote the punctuation). File=client.mapping.yaml, Line=5, Column=16")]
    [InlineData("    delimiter: |\n    headerRow: 1\n", "Write the pipe delimiter in quotes, \"|\": a bare | starts a block of text in YAML. File=client.mapping.yaml, Line=5, Column=16")]
    [InlineData("    culture: xx-NOWHERE\n", "Unknown culture 'xx-NOWHERE': expected a culture name such as en-GB, fr-FR or de-DE, or invariant. File=client.mapping.yaml, Line=5, Column=14")]
    [InlineData("    duplicateHeaders: merge\n", "Unknown duplicateHeaders 'merge': expected error, first, last or number. File=client.mapping.yaml, Line=5, Column=23")]
    [InlineData("    keepOtherColumns: sometimes\n", "Expected 'keepOtherColumns' to be true or false, not 'sometimes'. File=client.mapping.yaml, Line=5, Column=23")]
    [InlineData("    fields: { stage: { column: S, otherwise: skip } }\n", "Unknown otherwise 'skip': expected error or not-given. File=client.mapping.yaml, Line=5, Column=46")]
    [InlineData("    custom: { area: { column: A, type: colour } }\n", "Unknown type 'colour': expected text, number, money, date or boolean. File=client.mapping.yaml, Line=5, Column=40")]
    [InlineData("    fields: { actual_cost: { column: C, money: pounds } }\n", "Unknown money unit 'pounds': expected units, thousands, millions or billions. File=client.mapping.yaml, Line=5, Column=48")]
    [InlineData("    headerRow: 0\n", "Expected 'headerRow' to be a row number (the first row is 1) from 1 to 1000000, not '0'. File=client.mapping.yaml, Line=5, Column=16")]
    [InlineData("    fields: { manager: { position: 0 } }\n", "Expected 'position' to be a column position (the first column is 1) from 1 to 100000, not '0'.")]
    [InlineData("    dateFormats: []\n", "'dateFormats' is empty: give at least one .NET date format, such as [dd/MM/yyyy, yyyy-MM-dd]. File=client.mapping.yaml, Line=5, Column=18")]
    [InlineData("    fields: { baseline_end: { column: E, dateFormats: [] } }\n", "'dateFormats' is empty")]
    [InlineData("    dateFormats: [dd/mm/yyyy]\n", "'dd/mm/yyyy' has 'm' (minutes) but no hours: months are 'MM'. File=client.mapping.yaml, Line=5, Column=19")]
    [InlineData("    fields: { stage: { column: S, dateFormats: [dd/MM/yyyy] } }\n", "'dateFormats' applies to dates: the field 'stage' holds one of initiation")]
    [InlineData("    sheet: Projects\n", "'sheet' chooses a worksheet of a workbook (.xlsx); 'projects.csv' is a text file.")]
    [InlineData("    fields: { name: { column: N, position: 2 } }\n", "Expected the field 'name' to take exactly one of 'column', 'position' or 'value', not 'column' and 'position'.")]
    [InlineData("    fields: { name: { values: { a: b } } }\n", "Expected the field 'name' to take exactly one of 'column', 'position' or 'value'.")]
    [InlineData("    fields: { stage: { value: closed, values: { a: closed } } }\n", "A constant ('value') is the same on every row: 'values' does not apply to it.")]
    [InlineData("    fields: { name: [] }\n", "Expected the field 'name' to be a header, a list of alternative headers, or { position: N }. File=client.mapping.yaml, Line=5, Column=21")]
    [InlineData("    fields: { name: N, Name: M }\n", "The field 'name' is mapped twice (snake_case and camelCase name the same field).")]
    [InlineData("    fields: { stage: { column: S, values: { a: closed, \" A \": closed } } }\n", "'A' is in the value map of the field 'stage' twice (case and surrounding spaces are ignored).")]
    [InlineData("    custom: { opened: { column: O, type: number, money: millions } }\n", "'money' reads amounts of money: write 'type: money' or leave 'type' out, not 'type: number'.")]
    public void Load_BadSetting_IsAProblemAtItsPlace(string extra, string expected)
    {
        Problems(Projects(extra)).ShouldContain(expected);
    }

    [Fact]
    public void Load_UnknownProjectKey_IsAProblem()
    {
        Problems("sources:\n  - { file: risks.csv, entity: risks, id: Ref, project: { column: P, by: code } }\n")
            .ShouldContain("Unknown project key 'code': expected id or name. File=client.mapping.yaml, Line=2, Column=74");
    }

    [Fact]
    public void Load_MissingDataFile_NamesThePathAsWritten()
    {
        Problems("sources:\n  - { file: exports/uk 2021.csv, entity: projects, id: id }\n")
            .ShouldContain("The data file 'exports/uk 2021.csv' does not exist (paths are relative to the mapping file's folder). File=client.mapping.yaml, Line=2, Column=13");
    }

    [Fact]
    public void Load_DataFilePath_IsRelativeToTheMappingFile()
    {
        _folder.Write("client/exports/projects.csv", "id\n");

        var mapping = MappingLoader.Load(_folder.Write("client/client.mapping.yaml", "sources:\n  - { file: exports/projects.csv, entity: projects, id: id }\n"));

        mapping.Sources[0].File.ShouldBe("exports/projects.csv");
        mapping.Folder.ShouldBe(Path.GetFullPath(_folder.Combine("client")));
    }

    [Fact]
    public void Load_Alias_IsRefused()
    {
        Problems("sources:\n  - &p { file: projects.csv, entity: projects, id: id }\n  - *p\n")
            .ShouldContain("Anchors and aliases (&name, *name) are not supported: write the value out.");
    }

    [Fact]
    public void Load_SeveralProblems_AreReportedTogether()
    {
        var message = Problems("""
            sources:
              - file: projects.csv
                entity: projects
                id: id
                headerRow: 0
                fields:
                  stage: { value: doing }
              - file: missing.csv
                entity: risks
                id: Ref
            """);

        message.ShouldStartWith("Found 4 problems in the mapping file:\n");
        message.ShouldContain("Expected 'headerRow' to be a row number (the first row is 1) from 1 to 1000000, not '0'. File=client.mapping.yaml, Line=5, Column=16");
        message.ShouldContain("The value 'doing' for the field 'stage' is not one of initiation, planning, execution, closing, closed. File=client.mapping.yaml, Line=7, Column=23");
        message.ShouldContain("The data file 'missing.csv' does not exist (paths are relative to the mapping file's folder). File=client.mapping.yaml, Line=8, Column=11");
        message.ShouldContain("Missing key 'project': risks belong to a project");
    }
}
