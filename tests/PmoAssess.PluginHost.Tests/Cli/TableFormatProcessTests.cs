using System.Text.Json;

namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary>A client's export in a format a plugin reads (JSON Lines), mapped and assessed through the real executable.</summary>
public sealed class TableFormatProcessTests : IDisposable
{
    private const string Mapping = """
        sources:
          - file: export/projects.jsonl
            entity: projects
            id: key
            fields:
              name: summary
              stage: { column: phase, values: { Build: execution } }
              forecast_end: due
        """;

    private readonly TempFolder _engagement = new();
    private readonly TempFolder _plugins = new();

    public TableFormatProcessTests() => FixturePlugins.CopyInto(_plugins.Path, FixturePlugins.TableFormat);

    public void Dispose()
    {
        _engagement.Dispose();
        _plugins.Dispose();
    }

    [Fact]
    public async Task Assess_JsonLinesThroughAMapping_ReadsTheProjectsAndPointsFindingsAtTheirRecords()
    {
        _engagement.Write("export/projects.jsonl",
            "{\"key\":\"P-1\",\"summary\":\"Portal\",\"phase\":\"Build\",\"due\":\"2026-03-31\"}\n" +
            "{\"key\":\"P-2\",\"summary\":\"Payroll\",\"phase\":\"Build\",\"due\":\"next spring\"}\n");
        var mapping = _engagement.Write("client.mapping.yaml", Mapping);

        var run = await PmoAssessProcess.RunAsync(["assess", _engagement.Path, "--mapping", mapping, "--plugins", _plugins.Path,
            "--as-of", "2026-09-30", "--format", "json", "--out", _engagement.Combine("out")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Assessed 2 projects");
        using var findings = JsonDocument.Parse(File.ReadAllBytes(_engagement.Combine("out/findings.json")));
        var unreadable = findings.RootElement.GetProperty("outcomes").EnumerateArray()
            .Single(outcome => outcome.GetProperty("ruleId").GetString() == "DQ-001" && outcome.GetProperty("status").GetString() == "failed");
        unreadable.GetProperty("subjectId").GetString().ShouldBe("P-2");
        var evidence = unreadable.GetProperty("evidence")[0];
        (evidence.GetProperty("file").GetString(), evidence.GetProperty("row").GetInt32(), evidence.GetProperty("column").GetString(), evidence.GetProperty("value").GetString())
            .ShouldBe(("export/projects.jsonl", 3, "due", "next spring"));
    }

    [Fact]
    public async Task Assess_MalformedLine_ExitsThreeNamingTheFileAndLine()
    {
        _engagement.Write("export/projects.jsonl", "{\"key\":\"P-1\",\"summary\":\"Portal\",\"phase\":\"Build\",\"due\":\"2026-03-31\"}\n[1, 2]\n");
        var mapping = _engagement.Write("client.mapping.yaml", Mapping);

        var run = await PmoAssessProcess.RunAsync(["assess", _engagement.Path, "--mapping", mapping, "--plugins", _plugins.Path, "--out", _engagement.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Not a valid JSON Lines file: line 2 is not a JSON object. File=export/projects.jsonl");
        Directory.Exists(_engagement.Combine("out")).ShouldBeFalse("nothing is written when the data cannot be read");
    }

    [Fact]
    public async Task Assess_JsonLinesWithoutThePlugin_ExitsThreeSayingAPluginCanAddTheFormat()
    {
        _engagement.Write("export/projects.jsonl", "{\"key\":\"P-1\"}\n");
        var mapping = _engagement.Write("client.mapping.yaml", Mapping);

        var run = await PmoAssessProcess.RunAsync(["assess", _engagement.Path, "--mapping", mapping, "--out", _engagement.Combine("out")]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("Files ending in '.jsonl' are not read: expected one of .csv, .tsv, .txt, .xlsx (a plugin can add a format). File=export/projects.jsonl");
    }

    [Fact]
    public async Task PluginsList_ShowsTheTableFormat()
    {
        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--plugins", _plugins.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("0 rules, table format JSON Lines (.jsonl)");
    }
}
