using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Reports;

/// <summary>
/// The Markdown a report is written in passes markdownlint under the repository's .markdownlint-cli2.jsonc,
/// so it renders the same in every viewer. markdownlint-cli2 is installed by .ci/run (npm ci --prefix .ci).
/// </summary>
public sealed class ReportMarkdownLintTests
{
    private const string InstallHint = "Install it from the repository root with: npm ci --prefix .ci (.ci/run does this).";

    [Theory]
    [InlineData("")]
    [InlineData("--target-level 3")]
    [InlineData("--methodology p3m3 --target-level 4")]
    public async Task Report_Contoso_PassesMarkdownlint(string options)
    {
        var markdownlint = ExternalTool.At(RepositoryRoot.Combine(".ci", "node_modules", ".bin", "markdownlint-cli2"), InstallHint);
        using var output = new TempFolder();
        var run = await CliRun.InvokeAsync(
            ["assess", RepositoryRoot.Combine("samples", "contoso"), "--format", "md", "--as-of", "2026-09-30", "--out", output.Path, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);
        run.ExitCode.ShouldBe(0, run.ToString());

        var lint = await markdownlint.RunAsync(["--config", RepositoryRoot.Combine(".markdownlint-cli2.jsonc"), "report.md"], output.Path);

        lint.ExitCode.ShouldBe(0, lint.ToString());
        // A path that matches nothing also exits 0: make sure the report was read.
        lint.Output.ShouldContain("Linting: 1 file", Case.Sensitive, lint.ToString());
    }
}
