using System.Text.Json;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary><c>pmoassess inspect</c> on the real GMPP export: what it detects, and the mapping it proposes.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Inspect_Gmpp2021_PrintsWhatWasDetectedAndProposesAMapping()
    {
        var run = await CliRun.InvokeAsync(["inspect", RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv")]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("Kind: csv\n");
        run.Output.ShouldContain("Encoding: windows-1252 (detected)\n");
        run.Output.ShouldContain("Delimiter: ; (detected)\n");
        run.Output.ShouldContain("Rows: 184\n");
        run.Output.ShouldMatch(@"\n9 +start_date +date yyyy-MM-dd ");
        run.Output.ShouldMatch(@"\n7 +colour_rating +enumeration ");
        run.Output.ShouldContain("    id: project_number ");
        run.Output.ShouldContain("      name: project_name ");
        run.Output.ShouldContain("      delivery_confidence: { column: colour_rating, otherwise: not-given }");
    }

    [Fact]
    public async Task Inspect_Out_WritesTheProposalAndNeverOverwritesWithoutForce()
    {
        var mapping = _folder.Combine("mapping.yaml");

        var first = await CliRun.InvokeAsync(["inspect", RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv"), "--out", mapping]);
        var again = await CliRun.InvokeAsync(["inspect", RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv"), "--out", mapping]);
        var forced = await CliRun.InvokeAsync(["inspect", RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv"), "--out", mapping, "--force"]);

        first.ExitCode.ShouldBe(0, first.ToString());
        var written = File.ReadAllText(mapping);
        written.ShouldContain("    id: project_number ");
        written.ShouldContain("uk_2021.csv");
        written.ShouldNotContain("Proposed mapping");
        first.Output.ShouldNotContain("sources:");
        again.ExitCode.ShouldBe(2, again.ToString());
        again.Error.ShouldContain("Will not overwrite a file that exists");
        forced.ExitCode.ShouldBe(0, forced.ToString());
        File.ReadAllText(mapping).ShouldBe(written);
    }

    [Fact]
    public async Task Inspect_ProposalForGmpp2021_AssessesAsWritten()
    {
        using var folder = new TempFolder();
        File.Copy(RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv"), folder.Combine("uk_2021.csv"));
        var mapping = folder.Combine("mappings/proposed.mapping.yaml");
        (await CliRun.InvokeAsync(["inspect", folder.Combine("uk_2021.csv"), "--out", mapping])).ExitCode.ShouldBe(0);

        var run = await CliRun.InvokeAsync(["assess", folder.Path, "--mapping", mapping, "--as-of", "2021-12-31", "--format", "json", "--out", folder.Combine("out")]);

        run.ExitCode.ShouldBeOneOf([0, 1], run.ToString());
        run.Output.ShouldContain("184 projects");
        File.ReadAllText(mapping).ShouldContain("file: \"../uk_2021.csv\"");
    }

    [Fact]
    public async Task Inspect_Json_IsOneDocumentWithTheColumnsAndTheMapping()
    {
        var run = await CliRun.InvokeAsync(["inspect", RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2019.csv"), "--json"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("encoding").GetString().ShouldBe("windows-1252");
        json.RootElement.GetProperty("delimiter").GetString().ShouldBe(",");
        json.RootElement.GetProperty("rows").GetInt32().ShouldBe(133);
        var start = json.RootElement.GetProperty("columns")[5];
        start.GetProperty("header").GetString().ShouldBe("start_date");
        start.GetProperty("type").GetString().ShouldBe("date");
        start.GetProperty("dateFormat").GetString().ShouldBe("dd.MM.yy");
        json.RootElement.GetProperty("mapping").GetString()!.ShouldContain("entity: projects");
    }

    [Fact]
    public async Task Inspect_Entity_ProposesForThatEntity()
    {
        var risks = _folder.Write("risks.csv", "Risk ID,Project Number,Title,Severity,Owner\nR1,P1,Vendor late,High,Ann\nR2,P1,Scope creep,Low,Bob\n");

        var run = await CliRun.InvokeAsync(["inspect", risks, "--entity", "risks"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("    entity: risks");
        run.Output.ShouldContain("    id: Risk ID ");
        run.Output.ShouldContain("    project: Project Number ");
        run.Output.ShouldContain("      severity: Severity ");
    }

    [Theory]
    [InlineData("--encoding", "ebcdic", "Unknown encoding 'ebcdic'")]
    [InlineData("--delimiter", "x", "Unknown delimiter 'x'")]
    [InlineData("--entity", "widgets", "widgets")]
    public async Task Inspect_BadOption_IsAUsageError(string option, string value, string message)
    {
        var run = await CliRun.InvokeAsync(["inspect", RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2019.csv"), option, value]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain(message);
    }

    [Fact]
    public async Task Inspect_UnreadableFile_IsInvalidInput()
    {
        var path = _folder.Write("notes.json", "{}");

        var run = await CliRun.InvokeAsync(["inspect", path]);

        run.ExitCode.ShouldBe(3, run.ToString());
        run.Error.ShouldContain("expected one of .csv, .tsv, .txt, .xlsx");
    }
}
