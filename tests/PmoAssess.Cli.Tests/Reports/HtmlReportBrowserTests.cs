using System.Net;
using System.Text.RegularExpressions;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Reports;

/// <summary>
/// The Contoso report.html as a browser sees it: headless Chromium (Debian's <c>chromium</c>, installed by
/// .ci/run) loads the file, the test reads the DOM it built, and a screenshot is kept as an artifact.
/// </summary>
public sealed class HtmlReportBrowserTests(HtmlReportBrowserTests.ContosoReport report) : IClassFixture<HtmlReportBrowserTests.ContosoReport>
{
    private const string InstallHint = "Install Debian's Chromium: apt-get update && apt-get install -y chromium (.ci/run does this).";

    // No sandbox: tests run as root in a container, and the page is our own file whose policy forbids scripts.
    // The network is closed here, so Chromium is told not to reach for it (updates, sync, QUIC probes).
    private static readonly string[] Headless =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
    ];

    /// <summary>Where the screenshot is kept: a TestResults folder beside the test assembly (ignored by git).</summary>
    public static string ScreenshotPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "contoso.report.png");

    [Fact]
    public async Task Report_RenderedByChromium_HasEverySectionTheChartAndNoScript()
    {
        var dom = (await ChromiumAsync("--dump-dom", report.Url)).Output;

        dom.ShouldContain("<main>");
        var sections = report.Markdown.Split('\n').Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Select(line => line[3..]).ToList();
        sections.ShouldContain("Maturity");
        foreach (var section in sections)
        {
            dom.ShouldContain(">" + section + "</h2>", Case.Sensitive, "section '" + section + "' of report.md");
        }

        var categories = MaturityCategories(report.Markdown);
        categories.Count.ShouldBeGreaterThan(1);
        var svg = Regex.Matches(dom, "<svg[ >].*?</svg>", RegexOptions.Singleline).ShouldHaveSingleItem().Value;
        Regex.Count(svg, "<rect class=\"bar\"").ShouldBe(categories.Count, "one bar per category");
        Regex.Matches(svg, "data-category=\"([^\"]*)\"").Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ShouldBe(categories);
        dom.IndexOf("<svg", StringComparison.Ordinal).ShouldBeGreaterThan(dom.IndexOf("id=\"maturity\"", StringComparison.Ordinal));

        dom.ShouldNotContain("<script", Case.Insensitive);
    }

    [Fact]
    public async Task Report_ScreenshotByChromium_IsKeptAsATestArtifact()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        File.Delete(ScreenshotPath);

        await ChromiumAsync("--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + ScreenshotPath, report.Url);

        File.Exists(ScreenshotPath).ShouldBeTrue(ScreenshotPath);
        var png = await File.ReadAllBytesAsync(ScreenshotPath);
        png[..8].ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, "a PNG file");
        // A blank 1280x2400 page compresses to a few kilobytes; a rendered report with tables and a chart does not.
        png.Length.ShouldBeGreaterThan(50_000, "screenshot at " + ScreenshotPath);
    }

    /// <summary>The category names in the first table of the Markdown's maturity section, unescaped.</summary>
    private static List<string> MaturityCategories(string markdown)
    {
        var lines = markdown.Split('\n');
        var section = Array.IndexOf(lines, "## Maturity");
        return [.. lines.Skip(section + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => Regex.Replace(line.Split(" | ")[0].TrimStart('|', ' '), @"\\(.)", "$1"))];
    }

    private async Task<ToolRun> ChromiumAsync(params string[] arguments)
    {
        var chromium = ExternalTool.OnPath(InstallHint, "chromium", "chromium-browser");
        using var profile = new TempFolder();
        var run = await chromium.RunAsync([.. Headless, "--user-data-dir=" + profile.Path, .. arguments], report.Folder);
        run.ExitCode.ShouldBe(0, run.ToString());
        return run;
    }

    /// <summary>The Contoso sample assessed once, as md and html, for every test in the class.</summary>
    public sealed class ContosoReport : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder _folder = new();

        public string Folder => _folder.Path;

        public string Markdown { get; private set; } = string.Empty;

        public string Url => new Uri(_folder.Combine("report.html")).AbsoluteUri;

        public async Task InitializeAsync()
        {
            var run = await CliRun.InvokeAsync(
                ["assess", RepositoryRoot.Combine("samples", "contoso"), "--format", "md,html", "--as-of", "2026-09-30", "--out", Folder]);
            run.ExitCode.ShouldBe(0, run.ToString());
            Markdown = await File.ReadAllTextAsync(_folder.Combine("report.md"));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
