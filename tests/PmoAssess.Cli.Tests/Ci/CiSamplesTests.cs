using PmoAssess.Tests;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>The pipeline samples in samples/ci parse, and run the gate that gate.sh runs (GateScriptTests runs that one).</summary>
public sealed class CiSamplesTests
{
    [Theory]
    [InlineData("github-actions.yml", "github/codeql-action/upload-sarif@")]
    [InlineData("azure-pipelines.yml", "PublishTestResults@2")]
    public void Pipeline_InstallsTheToolAndGatesWithThePolicyInEveryFormat(string file, string publisher)
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("samples", "ci", file));

        new YamlStream().Load(new StringReader(text));
        text.ShouldContain("dotnet tool install --global PmoAssess");
        text.ShouldContain("pmoassess assess ");
        text.ShouldContain("--policy ");
        text.ShouldContain("--format md,html,sarif,junit");
        text.ShouldContain("samples/ci/pmoassess.yaml");
        text.ShouldContain(publisher);
        text.ShouldContain("findings.sarif");
        text.ShouldContain("junit.xml");
    }

    [Fact]
    public void GateScript_RunsTheSameAssessment()
    {
        var script = File.ReadAllText(RepositoryRoot.Combine("samples", "ci", "gate.sh"));

        script.ShouldContain("dotnet tool install ");
        script.ShouldContain("assess \"$data\"");
        script.ShouldContain("--policy \"$PMOASSESS_POLICY\"");
        script.ShouldContain("md,html,sarif,junit");
    }
}
