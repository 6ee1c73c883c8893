using System.Text.Json;

namespace PmoAssess.Tests.PluginHost.Cli;

/// <summary><c>pmoassess plugins list</c> as a process: what loads, what each contributes, and what is broken.</summary>
public sealed class PluginsListProcessTests
{
    [Fact]
    public async Task PluginsListJson_GoodAndBrokenPlugins_ListsGoodPluginWithItsRulesAndEveryBrokenOneAndExitsFour()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path,
            FixturePlugins.Good, FixturePlugins.ThrowingRule, FixturePlugins.FutureApi, FixturePlugins.ThrowingRegister, FixturePlugins.Empty);
        FixturePlugins.WriteJunkInto(plugins.Path);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--json", "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        using var listing = JsonDocument.Parse(run.Output);
        var loaded = listing.RootElement.GetProperty("plugins").EnumerateArray().ToList();
        loaded.Select(plugin => plugin.GetProperty("id").GetString()).ShouldBe(["pmoassess.delivery-health", "pmoassess.governance", "fixtures.good", "fixtures.throwing-rule"]);
        var good = loaded.Single(plugin => plugin.GetProperty("id").GetString() == "fixtures.good");
        Strings(good.GetProperty("rules")).ShouldBe(["FIX-GOOD-001"]);
        good.GetProperty("version").GetString().ShouldBe("1.0.0");
        good.GetProperty("apiVersions").GetString().ShouldBe("1-1");
        good.GetProperty("path").GetString().ShouldBe(FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Good));
        var broken = listing.RootElement.GetProperty("broken").EnumerateArray().ToList();
        broken.Select(failure => failure.GetProperty("path").GetString()).ShouldBe(
        [
            FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Empty),
            FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.FutureApi),
            FixturePlugins.AssemblyIn(plugins.Path, "Junk"),
            FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.ThrowingRegister),
        ]);
        broken.Select(failure => failure.GetProperty("reason").GetString()).ShouldAllBe(reason => reason != null && reason.Length > 0);
    }

    [Fact]
    public async Task PluginsList_PluginWhoseDependencyIsMissing_ListsItAsBrokenNamingTheDependencyAndExitsFour()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Dependent);
        File.Delete(Path.Combine(plugins.Path, FixturePlugins.Dependent, FixturePlugins.DependentHelper));
        var assembly = FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Dependent);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        run.Output.ShouldNotContain("fixtures.dependent");
        run.Output.ShouldContain("BROKEN  " + assembly + ": The plugin assembly could not be loaded: it references FixtureHelpers " + FixturePlugins.DependentHelperVersion + ", " +
            "which is neither in the plugin's folder nor part of the host. Dependency=FixtureHelpers, Path=" + assembly);
        run.Error.ShouldNotContain("Skipped broken plugin", customMessage: "the listing names it; a log line on stderr said it again");
    }

    [Fact]
    public async Task PluginsListJson_PluginShippingPrivateNRules_ListsItsRuleAndTheIgnoredCopies()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.PrivateNRules);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--json", "--plugins", plugins.Path]);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var listing = JsonDocument.Parse(run.Output);
        var plugin = listing.RootElement.GetProperty("plugins").EnumerateArray()
            .Single(plugin => plugin.GetProperty("id").GetString() == "fixtures.private-nrules");
        Strings(plugin.GetProperty("rules")).ShouldBe(["FIX-PRIVATE-001"]);
        Strings(plugin.GetProperty("ignoredPrivateAssemblies"))
            .ShouldBe(["NRules.Fluent.dll", "NRules.RuleModel.dll", "NRules.dll", "PmoAssess.Abstractions.dll"]);
        listing.RootElement.GetProperty("broken").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task PluginsListJson_ClashingPluginInALaterFolder_ListsTheClashingPluginAsBrokenNamingTheIdAndBothSources()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        FixturePlugins.CopyInto(first.Path, FixturePlugins.Good);
        FixturePlugins.CopyInto(second.Path, FixturePlugins.Clashing);
        var clashing = FixturePlugins.AssemblyIn(second.Path, FixturePlugins.Clashing);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--json", "--plugins", first.Path, "--plugins", second.Path]);

        run.ExitCode.ShouldBe(4, run.ToString());
        using var listing = JsonDocument.Parse(run.Output);
        var good = listing.RootElement.GetProperty("plugins").EnumerateArray()
            .Single(plugin => plugin.GetProperty("id").GetString() == "fixtures.good");
        Strings(good.GetProperty("rules")).ShouldBe(["FIX-GOOD-001"]);
        var failure = listing.RootElement.GetProperty("broken").EnumerateArray().ShouldHaveSingleItem();
        failure.GetProperty("path").GetString().ShouldBe(clashing);
        failure.GetProperty("reason").GetString().ShouldBe(
            "Two rules share an id; rule ids must be unique across all plugins and rulesets. " +
            "Rule=FIX-GOOD-001, Source=fixtures.clashing, OtherSource=fixtures.good, Path=" + clashing);
    }

    [Fact]
    public async Task PluginsListJson_PluginRefusedForARuleIdThenALaterPluginWithItsId_ListsTheLaterOneAsLoaded()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        FixturePlugins.CopyInto(first.Path, FixturePlugins.StaleGood);
        FixturePlugins.CopyInto(second.Path, FixturePlugins.Good);
        var stale = FixturePlugins.AssemblyIn(first.Path, FixturePlugins.StaleGood);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--json", "--plugins", first.Path, "--plugins", second.Path]);

        // The old build is refused for its rule id, so it never held fixtures.good: the good build in the later folder has it.
        run.ExitCode.ShouldBe(4, run.ToString());
        using var listing = JsonDocument.Parse(run.Output);
        var good = listing.RootElement.GetProperty("plugins").EnumerateArray()
            .Single(plugin => plugin.GetProperty("id").GetString() == "fixtures.good");
        good.GetProperty("path").GetString().ShouldBe(FixturePlugins.AssemblyIn(second.Path, FixturePlugins.Good));
        Strings(good.GetProperty("rules")).ShouldBe(["FIX-GOOD-001"]);
        var failure = listing.RootElement.GetProperty("broken").EnumerateArray().ShouldHaveSingleItem();
        failure.GetProperty("path").GetString().ShouldBe(stale);
        failure.GetProperty("reason").GetString().ShouldBe(
            "Two rules share an id; rule ids must be unique across all plugins and rulesets. " +
            "Rule=GOV-001, Source=fixtures.good, OtherSource=pmoassess.governance, Path=" + stale);
    }

    [Fact]
    public async Task PluginsListJson_ClashingPluginsInOneFolder_ListsTheOneLaterInNameOrderAsBroken()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Good, FixturePlugins.Clashing);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--json", "--plugins", plugins.Path]);

        // Whichever plugin loads first keeps the id; in one folder that is name order, so ClashingPlugin wins over GoodPlugin.
        run.ExitCode.ShouldBe(4, run.ToString());
        using var listing = JsonDocument.Parse(run.Output);
        listing.RootElement.GetProperty("plugins").EnumerateArray().Select(plugin => plugin.GetProperty("id").GetString())
            .ShouldBe(["pmoassess.delivery-health", "pmoassess.governance", "fixtures.clashing"]);
        listing.RootElement.GetProperty("broken").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("path").GetString().ShouldBe(FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Good));
    }

    [Fact]
    public async Task PluginsListJson_RelativePluginFolder_LoadsItsPlugins()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Good);

        var run = await PmoAssessProcess.RunAsync(["plugins", "list", "--json", "--plugins", FixturePlugins.Good], workingDirectory: plugins.Path);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var listing = JsonDocument.Parse(run.Output);
        listing.RootElement.GetProperty("plugins").EnumerateArray().Select(plugin => plugin.GetProperty("id").GetString())
            .ShouldBe(["pmoassess.delivery-health", "pmoassess.governance", "fixtures.good"]);
    }

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(item => item.GetString())];
}
