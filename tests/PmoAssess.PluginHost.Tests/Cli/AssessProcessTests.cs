namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary><c>pmoassess assess</c> as a process, with broken fixture plugins beside a good one.</summary>
public sealed class AssessProcessTests
{
    private static readonly string Contoso = RepositoryRoot.Combine("samples", "contoso");

    [Theory]
    [InlineData(FixturePlugins.FutureApi, "The plugin supports plugin API versions 2 to 3; this host offers version 1. Plugin=fixtures.future-api")]
    [InlineData(FixturePlugins.ThrowingRegister, "The plugin threw while registering: The fixture refuses to register. Plugin=fixtures.throwing-register")]
    [InlineData(FixturePlugins.Empty, "The plugin contributes nothing: it registered no rules, methodologies, report sections or table formats. Plugin=fixtures.empty")]
    public async Task Assess_BrokenPlugin_ExitsFourWithReasonAndPathOnStderrAndWritesNoReport(string fixture, string reason)
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Good, fixture);
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("error: A plugin is broken (use --skip-broken-plugins to run without them):");
        run.Error.ShouldContain(reason + ", Path=" + FixturePlugins.AssemblyIn(plugins.Path, fixture));
        run.Output.ShouldBeEmpty();
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_PluginWhoseDependencyIsMissing_ExitsFourNamingTheDependencyAndWritesNoReport()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Dependent);
        File.Delete(Path.Combine(plugins.Path, FixturePlugins.Dependent, FixturePlugins.DependentHelper));
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        // Not an exit 0 with a rule error on every project, and the maturity levels those errors would pull down.
        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("error: A plugin is broken (use --skip-broken-plugins to run without them):");
        run.Error.ShouldContain("Dependency=FixtureHelpers, Path=" + FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Dependent));
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_PluginWhoseDependencyIsMissingWithSkipBrokenPlugins_RunsWithoutItAndWithNoRuleErrors()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Dependent);
        File.Delete(Path.Combine(plugins.Path, FixturePlugins.Dependent, FixturePlugins.DependentHelper));
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path, "--skip-broken-plugins"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("Assessed 34 projects in 3 portfolios with " + BuiltInRuleCount.Value + " rules as of 2026-09-30.");
        run.Output.ShouldContain("rule errors: 0.");
        File.ReadAllText(output.Combine("report.md")).ShouldContain("| DependentPlugin.dll | The plugin assembly could not be loaded: it references FixtureHelpers");
    }

    [Fact]
    public async Task Assess_RuleThatChangesItsMindWhenAskedAgain_ExitsFourNamingItAndReplacesNoOutput()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.FickleRule);
        using var output = new TempFolder();
        var earlier = output.Write("findings.json", "{}");

        // findings.json lists every outcome of a small run, passes too: reading a pass asks the rule again.
        var run = await PmoAssessProcess.RunAsync(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path, "--format", "md,json"]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("error: The rule decided differently when asked again about a subject it had passed: a rule must " +
            "decide from the subject and the assessment date alone. Rule=FIX-FICKLE-001, Subject=");
        File.ReadAllText(earlier).ShouldBe("{}");
        Directory.GetFiles(output.Path).ShouldBe([earlier]);
    }

    [Fact]
    public async Task Assess_TextFileNamedLikeAPlugin_ExitsFourNamingItsPathAndWritesNoReport()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Good);
        var junk = FixturePlugins.WriteJunkInto(plugins.Path);
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Error.ShouldContain("The plugin assembly could not be loaded: ");
        run.Error.ShouldContain("Path=" + junk);
        File.Exists(output.Combine("report.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task Assess_BrokenPluginWithSkipBrokenPlugins_ExitsZeroAndReportListsItUnderPluginsNotLoaded()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Good, FixturePlugins.Empty);
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(
            ["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path, "--skip-broken-plugins"]);

        run.ExitCode.ShouldBe(0, run.ToString());
        // The built-in rules and the good fixture's.
        run.Output.ShouldStartWith("Assessed 34 projects in 3 portfolios with " + (BuiltInRuleCount.Value + 1) + " rules as of 2026-09-30.");
        run.Error.ShouldContain("Skipped broken plugin " + FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Empty));
        var report = File.ReadAllText(output.Combine("report.md"));
        var skipped = Section(report, "## Plugins not loaded");
        skipped.ShouldContain("| EmptyPlugin.dll | The plugin contributes nothing: it registered no rules, methodologies, report sections or table formats. Plugin=fixtures.empty, Path=EmptyPlugin.dll |");
        skipped.ShouldNotContain("GoodPlugin");
        report.ShouldContain("| FIX-GOOD-001 | Projects have a manager |");
        report.ShouldNotContain(plugins.Path, Case.Sensitive, "the report must not carry machine paths");
    }

    [Fact]
    public async Task Assess_PluginShippingPrivateNRules_RunsItsRuleAndWarnsThatTheCopiesAreIgnored()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.PrivateNRules);
        using var output = new TempFolder();

        var run = await PmoAssessProcess.RunAsync(["assess", Contoso, "--as-of", "2026-09-30", "--out", output.Path, "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldStartWith("Assessed 34 projects in 3 portfolios with " + (BuiltInRuleCount.Value + 1) + " rules as of 2026-09-30.");
        run.Error.ShouldContain(
            "Plugin fixtures.private-nrules ships its own copy of NRules.Fluent.dll, NRules.RuleModel.dll, NRules.dll, PmoAssess.Abstractions.dll; " +
            "the host's copies are used instead");
        File.ReadAllText(output.Combine("report.md")).ShouldContain("| FIX-PRIVATE-001 | Projects have a sponsor |");
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, "the report has no '" + heading + "' section");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
