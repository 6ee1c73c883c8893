using System.Text;
using PmoAssess.Import;
using PmoAssess.Import.Inspection;
using PmoAssess.Import.Tables;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Tests.Engine.Import.Inspection;

/// <summary>Column type guesses and the mapping proposed from them.</summary>
public sealed class TableInspectorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Inspect_Columns_GuessesEachType()
    {
        const string Csv =
            "Ref,Title,Start,Budget,Active,RAG,Count,Rate,Notes,Blank\n" +
            "P1,Alpha,31/03/2021,\"£1,200.50\",yes,Green,3,0.5,first,\n" +
            "P2,Beta,01/04/2021,£300,no,Amber,4,1.25,second,\n" +
            "P3,Gamma,15/04/2021,Exempt,yes,Green,5,2,third,\n" +
            "P4,Delta,not yet,£7,no,Amber,6,3.5,fourth,\n";
        var inspection = Inspect("projects.csv", Csv);

        inspection.Columns.Select(column => column.Kind).ShouldBe(
        [
            ValueKind.Text, ValueKind.Text, ValueKind.Date, ValueKind.Money, ValueKind.Boolean, ValueKind.Enumeration,
            ValueKind.Integer, ValueKind.Number, ValueKind.Text, ValueKind.Empty,
        ]);
        var start = inspection.Columns[2];
        (start.DateFormat, start.Fitting, start.Filled).ShouldBe(("dd/MM/yyyy", 3, 4));
        start.Misfits.ShouldBe(["not yet"]);
        inspection.Columns[3].Misfits.ShouldBe(["Exempt"]);
        inspection.Columns[5].Values.ShouldBe([new ValueCount("Amber", 2), new ValueCount("Green", 2)]);
        inspection.Columns[0].Unique.ShouldBeTrue();
        inspection.RowCount.ShouldBe(4);
    }

    [Fact]
    public void Inspect_DuplicateAndBlankHeaders_AreFlagged()
    {
        var inspection = Inspect("dup.csv", "id,Cost,,cost\n1,2,3,4\n");

        inspection.Headers.ShouldBe(
        [
            new HeaderCell(1, "id", false, null), new HeaderCell(2, "Cost", false, null),
            new HeaderCell(3, "", true, null), new HeaderCell(4, "cost", false, 2),
        ]);
    }

    [Fact]
    public void Inspect_AmbiguousDayAndMonth_ReadsDayFirstAndSaysSo()
    {
        var inspection = Inspect("dates.csv", "id,when\n1,01/02/2021\n2,03/04/2021\n");

        inspection.Columns[1].DateFormat.ShouldBe("dd/MM/yyyy");
        inspection.Columns[1].OtherDateFormats.ShouldContain("MM/dd/yyyy");
    }

    [Fact]
    public void Propose_Gmpp2021_MapsIdNameAndDeliveryConfidence()
    {
        var path = RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv");
        var inspection = TableInspector.Inspect(path, "uk_2021.csv", new TableOptions());

        var yaml = MappingProposer.Propose(inspection, CanonicalLayout.Projects, "uk_2021.csv");

        var source = Source(yaml);
        Text(source, "file").ShouldBe("uk_2021.csv");
        Text(source, "entity").ShouldBe("projects");
        Text(source, "encoding").ShouldBe("windows-1252");
        Text(source, "delimiter").ShouldBe(";");
        Text(source, "id").ShouldBe("project_number");
        var fields = (YamlMappingNode)source.Children[new YamlScalarNode("fields")];
        Text(fields, "name").ShouldBe("project_name");
        Text(fields, "baseline_start").ShouldBe("start_date");
        Text((YamlMappingNode)fields.Children[new YamlScalarNode("delivery_confidence")], "column").ShouldBe("colour_rating");
        Text((YamlMappingNode)fields.Children[new YamlScalarNode("budget_at_completion")], "column").ShouldBe("wlc_baseline_incl_NCG");
        var custom = (YamlMappingNode)source.Children[new YamlScalarNode("custom")];
        Text(custom, "department").ShouldBe("department");
        Text((YamlMappingNode)custom.Children[new YamlScalarNode("yearly_forecast")], "type").ShouldBe("money");
        // Counted with Python: 11 of the 184 yearly_forecast cells are prose ("Exempt under ...", "The project is still ...").
        yaml.ShouldContain("# 173 of 184 cells read as money; 11 do not (e.g. ");
    }

    [Fact]
    public void Propose_SameFile_GivesTheSameBytes()
    {
        var path = RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2019.csv");

        var first = MappingProposer.Propose(TableInspector.Inspect(path, "uk_2019.csv", new TableOptions()), CanonicalLayout.Projects, "uk_2019.csv");
        var second = MappingProposer.Propose(TableInspector.Inspect(path, "uk_2019.csv", new TableOptions()), CanonicalLayout.Projects, "uk_2019.csv");

        second.ShouldBe(first);
        first.ShouldContain("dateFormats: [dd.MM.yy]");
    }

    [Fact]
    public void Propose_AwkwardHeaders_QuotesThemAndRefersToDuplicatesByPosition()
    {
        var inspection = Inspect("odd.csv", "Project ID,\"Cost: total, £\",Cost,cost,#,true\nP1,1,2,3,4,5\nP2,1,2,3,4,5\n");

        var yaml = MappingProposer.Propose(inspection, CanonicalLayout.Projects, "odd.csv");

        var source = Source(yaml);
        Text(source, "id").ShouldBe("Project ID");
        var custom = (YamlMappingNode)source.Children[new YamlScalarNode("custom")];
        Text((YamlMappingNode)custom.Children[new YamlScalarNode("cost_total")], "column").ShouldBe("Cost: total, £");
        var duplicate = (YamlMappingNode)((YamlMappingNode)custom.Children[new YamlScalarNode("cost")]).Children[new YamlScalarNode("column")];
        Text(duplicate, "position").ShouldBe("3");
        Text((YamlMappingNode)custom.Children[new YamlScalarNode("column_5")], "column").ShouldBe("#");
        Text((YamlMappingNode)custom.Children[new YamlScalarNode("true")], "column").ShouldBe("true");
    }

    private TableInspection Inspect(string name, string csv)
    {
        var path = _folder.Combine(name);
        File.WriteAllText(path, csv, new UTF8Encoding(false));
        return TableInspector.Inspect(path, name, new TableOptions());
    }

    private static YamlMappingNode Source(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return (YamlMappingNode)((YamlSequenceNode)root.Children[new YamlScalarNode("sources")]).Children[0];
    }

    private static string? Text(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
