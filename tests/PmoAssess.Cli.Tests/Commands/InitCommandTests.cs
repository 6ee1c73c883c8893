using System.Text.RegularExpressions;
using PmoAssess.Policy;
using PmoAssess.Scoring;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Commands;

/// <summary><c>pmoassess init</c>: the engagement folder it scaffolds works as written, and nothing is overwritten.</summary>
public sealed partial class InitCommandTests : IDisposable
{
    private static readonly string[] Scaffolded = ["pmoassess.yaml", "answers.yaml", "data/README.md", "client.mapping.yaml", "README.md"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Engagement => _folder.Combine("engagement");

    private Task<CliRun> Init() => CliRun.InvokeAsync(["init", Engagement]);

    [Fact]
    public async Task Init_NewFolder_WritesPolicyQuestionnaireDataReadmeAndReadme()
    {
        var run = await Init();

        run.ExitCode.ShouldBe(0, run.ToString());
        foreach (var file in Scaffolded)
        {
            var path = Path.Combine(Engagement, file);
            File.Exists(path).ShouldBeTrue(path);
            run.Output.ShouldContain("Wrote " + Path.Combine(Engagement, file.Replace('/', Path.DirectorySeparatorChar)));
            File.ReadAllText(path).ShouldNotContain("\r");
        }

        Directory.GetFiles(Engagement, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        var readme = File.ReadAllText(Path.Combine(Engagement, "README.md"));
        readme.ShouldContain("pmoassess assess data --policy pmoassess.yaml --answers answers.yaml");
        readme.ShouldContain("out/report.md");
        File.ReadAllText(Path.Combine(Engagement, "data", "README.md")).ShouldContain("engine/PmoAssess.Engine/Import/README.md");
    }

    [Fact]
    public async Task Init_Policy_LoadsAsWrittenWithTheQuestionnairesMethodology()
    {
        (await Init()).ExitCode.ShouldBe(0);

        var policy = PolicyLoader.Load(Path.Combine(Engagement, "pmoassess.yaml"));

        policy.Methodology.ShouldBe(MethodologyLoader.DefaultId);
        policy.Engagement.ShouldBe(Path.GetFileName(Engagement), "the data sits in data/: the folder's name would call it 'data'");
        File.ReadAllText(Path.Combine(Engagement, "answers.yaml")).ShouldContain("\nmethodology: " + MethodologyLoader.DefaultId + "\n");
        policy.OutputDirectory.ShouldBe(Path.Combine(Engagement, "out"));
        policy.Formats.ShouldBe(["md", "html"]);
        policy.Targets.Default.ShouldBe(3);
        policy.Gate.FailOn.ShouldBeNull("the scaffold gives advice until someone sets a gate");
        policy.Waivers.ShouldBeEmpty();
    }

    [Fact]
    public async Task Init_PolicyWithEveryCommentedSettingSwitchedOn_LoadsAndSetsEveryKey()
    {
        (await Init()).ExitCode.ShouldBe(0);
        var path = Path.Combine(Engagement, "pmoassess.yaml");
        var switchedOn = CommentedSetting().Replace(File.ReadAllText(path), "$1");
        File.WriteAllText(path, switchedOn);

        var policy = PolicyLoader.Load(path);

        foreach (var key in new[] { "methodology", "pmoType", "rulesets", "plugins", "rules", "severity", "gate", "targets", "waivers", "mapping", "baseline", "outputs" })
        {
            switchedOn.ShouldContain("\n" + key + ":", Case.Sensitive, "every top-level key of a policy appears in the scaffold");
        }

        policy.PmoType.ShouldBe(PmoType.Controlling);
        policy.Rulesets.ShouldHaveSingleItem();
        policy.Plugins.ShouldHaveSingleItem();
        policy.Enable.ShouldNotBeEmpty();
        policy.Disable.ShouldNotBeEmpty();
        policy.Severities.ShouldNotBeEmpty();
        policy.Gate.FailOn.ShouldNotBeNull();
        policy.Gate.MaxFindings.ShouldNotBeNull();
        policy.Gate.MinCoverage.ShouldNotBeNull();
        policy.Gate.MinLevel.ShouldNotBeEmpty();
        policy.Targets.ByCategory.ShouldNotBeEmpty();
        policy.Waivers.ShouldHaveSingleItem();
        policy.Baseline.ShouldBe(Path.Combine(Engagement, "baseline.json"));
        policy.Mapping.ShouldBe(Path.Combine(Engagement, "client.mapping.yaml"));
    }

    [Fact]
    public async Task Init_ThenAnExportInTheTemplatesLayout_AssessesThroughTheMapping()
    {
        (await Init()).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(Engagement, "data", "projects.csv"), """
            Project ID,Project Name,SRO,Stage,Baseline Finish,Forecast Finish,Budget,RAG,Cost Centre
            P-1,Website,Ann,Execution,31/03/2026,30/06/2026,"1,200,000",A,CC-1
            P-2,Payroll,,Planning,2026-12-31,soon,n/a,Exempt,CC-2
            """);
        var policy = Path.Combine(Engagement, "pmoassess.yaml");
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("# mapping: client.mapping.yaml", "mapping: client.mapping.yaml", StringComparison.Ordinal));

        var run = await CliRun.InvokeAsync(["assess", Engagement, "--policy", policy, "--answers", Path.Combine(Engagement, "answers.yaml"), "--as-of", "2026-09-30"]);

        run.ExitCode.ShouldBeOneOf([0, 1], run.ToString());
        var report = File.ReadAllText(Path.Combine(Engagement, "out", "report.md"));
        report.ShouldContain("## Data quality");
        report.ShouldContain("'soon' in column 'Forecast Finish' is not a date as dd/MM/yyyy or yyyy-MM-dd.");
        report.ShouldContain("'n/a' in column 'Budget' is not an amount of money");
    }

    [Fact]
    public async Task Init_ThenContosoInData_AssessesWithThePolicyAndAnswers()
    {
        (await Init()).ExitCode.ShouldBe(0);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "contoso"), "*.csv"))
        {
            File.Copy(file, Path.Combine(Engagement, "data", Path.GetFileName(file)));
        }

        var run = await CliRun.InvokeAsync(["assess", Path.Combine(Engagement, "data"), "--policy", Path.Combine(Engagement, "pmoassess.yaml"),
            "--answers", Path.Combine(Engagement, "answers.yaml"), "--as-of", "2026-09-30"]);

        run.ExitCode.ShouldBeOneOf([0, 1], run.ToString());
        var report = File.ReadAllText(Path.Combine(Engagement, "out", "report.md"));
        report.ShouldContain("PMO-Q01", customMessage: "the blank questionnaire's questions are in the report");
        report.ShouldStartWith("# PMO assessment: " + Path.GetFileName(Engagement) + "\n");
        File.Exists(Path.Combine(Engagement, "out", "report.html")).ShouldBeTrue();
    }

    [Fact]
    public async Task Init_AFileExists_ExitsTwoNamingItAndWritesNothing()
    {
        var existing = _folder.Write("engagement/README.md", "Our own notes.\n");

        var run = await Init();

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("Will not overwrite a file that exists. File=" + existing);
        File.ReadAllText(existing).ShouldBe("Our own notes.\n");
        Directory.GetFileSystemEntries(Engagement).ShouldBe([existing]);
    }

    [Fact]
    public async Task Init_Twice_RefusesTheSecondTime()
    {
        (await Init()).ExitCode.ShouldBe(0);
        File.WriteAllText(Path.Combine(Engagement, "answers.yaml"), "methodology: pmo-functions\nanswers: []\n");

        var run = await Init();

        run.ExitCode.ShouldBe(2);
        foreach (var file in Scaffolded)
        {
            run.Error.ShouldContain("File=" + Path.Combine(Engagement, file.Replace('/', Path.DirectorySeparatorChar)));
        }

        File.ReadAllText(Path.Combine(Engagement, "answers.yaml")).ShouldBe("methodology: pmo-functions\nanswers: []\n");
    }

    [Fact]
    public async Task Init_DataIsAFile_ExitsTwoNamingIt()
    {
        var data = _folder.Write("engagement/data", "not a folder");

        var run = await Init();

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("File=" + data);
        File.Exists(Path.Combine(Engagement, "pmoassess.yaml")).ShouldBeFalse();
    }

    [Fact]
    public async Task Init_PathIsAFile_ExitsTwo()
    {
        var file = _folder.Write("engagement", "not a folder");

        var run = await Init();

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Folder=" + file);
    }

    /// <summary>A commented-out setting: <c># key: value</c> or <c># - item</c>, at any indentation; prose never looks like one.</summary>
    [GeneratedRegex(@"^(\s*)# (?=\s*(- |['""]?[\w*.:-]+['""]?:( |$)))", RegexOptions.Multiline)]
    private static partial Regex CommentedSetting();
}
