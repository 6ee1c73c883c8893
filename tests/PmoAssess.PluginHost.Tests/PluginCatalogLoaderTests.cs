using System.Runtime.Loader;
using NRules.Fluent.Dsl;
using PmoAssess.Facts;
using PmoAssess.Plugins;
using PmoAssess.Rules;

namespace PmoAssess.Tests.PluginHost;

/// <summary>The plugin host against real plugin projects: what loads, what fails, and why.</summary>
public sealed class PluginCatalogLoaderTests
{
    [Fact]
    public void Load_GoodPluginFolder_LoadsItsManifestAndRule()
    {
        var result = PluginCatalogLoader.Load([FixturePlugins.Folder(FixturePlugins.Good)]);

        result.Failures.ShouldBeEmpty();
        var plugin = result.Loaded.ShouldHaveSingleItem();
        plugin.Manifest.Id.ShouldBe("fixtures.good");
        plugin.Manifest.Version.ShouldBe("1.0.0");
        plugin.AssemblyPath.ShouldBe(FixturePlugins.AssemblyIn(FixturePlugins.Root, FixturePlugins.Good));
        plugin.RuleTypes.Select(type => type.FullName).ShouldBe(["PmoAssess.Fixtures.Good.ProjectHasManager"]);
        plugin.IgnoredPrivateAssemblies.ShouldBeEmpty();
    }

    [Fact]
    public void Load_PluginWithItsDependencyInItsFolder_LoadsIt()
    {
        File.Exists(Path.Combine(FixturePlugins.Folder(FixturePlugins.Dependent), FixturePlugins.DependentHelper))
            .ShouldBeTrue("the fixture must really ship its helper library");

        var plugin = FixturePlugins.Load(FixturePlugins.Dependent);

        plugin.Manifest.Id.ShouldBe("fixtures.dependent");
        plugin.RuleTypes.Select(type => type.FullName).ShouldBe(["PmoAssess.Fixtures.Dependent.ProjectHasSponsorName"]);
    }

    [Fact]
    public void Load_PluginWhoseDependencyIsMissingFromItsFolder_FailsNamingTheDependencyAndItsPath()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Dependent, FixturePlugins.Good);
        File.Delete(Path.Combine(plugins.Path, FixturePlugins.Dependent, FixturePlugins.DependentHelper));
        var assembly = FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Dependent);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        // Its rule would throw FileNotFoundException on every subject; the loader refuses it before any rule runs.
        result.Loaded.ShouldHaveSingleItem().Manifest.Id.ShouldBe("fixtures.good");
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(assembly);
        failure.Reason.ShouldBe(
            "The plugin assembly could not be loaded: it references FixtureHelpers " + FixturePlugins.DependentHelperVersion + ", which is neither in the plugin's folder nor part of the host. " +
            "Dependency=FixtureHelpers, Path=" + assembly);
    }

    [Fact]
    public void Load_FolderOfTwoPluginFolders_LoadsBothInNameOrder()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.ThrowingRule, FixturePlugins.Good);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Failures.ShouldBeEmpty();
        result.Loaded.Select(plugin => plugin.AssemblyPath).ShouldBe(
        [
            FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Good),
            FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.ThrowingRule),
        ]);
        result.Loaded.Select(plugin => plugin.Manifest.Id).ShouldBe(["fixtures.good", "fixtures.throwing-rule"]);
    }

    [Fact]
    public void Load_FutureApiPlugin_FailsNamingTheVersionsItSupportsTheVersionOfferedAndItsPath()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.FutureApi);
        var assembly = FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.FutureApi);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Loaded.ShouldBeEmpty();
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(assembly);
        failure.Reason.ShouldBe(
            "The plugin supports plugin API versions 2 to 3; this host offers version 1. Plugin=fixtures.future-api, Path=" + assembly);
    }

    [Fact]
    public void Load_PluginWhoseRegisterThrows_FailsSayingItThrewWhileRegisteringWithItsPath()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.ThrowingRegister);
        var assembly = FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.ThrowingRegister);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Loaded.ShouldBeEmpty();
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(assembly);
        failure.Reason.ShouldBe(
            "The plugin threw while registering: The fixture refuses to register. Plugin=fixtures.throwing-register, Path=" + assembly);
    }

    [Fact]
    public void Load_PluginThatRegistersNothing_FailsSayingItContributesNothing()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Empty);
        var assembly = FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.Empty);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Loaded.ShouldBeEmpty();
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(assembly);
        failure.Reason.ShouldBe("The plugin contributes nothing: it registered no rules, methodologies, report sections or table formats. Plugin=fixtures.empty, Path=" + assembly);
    }

    [Fact]
    public void Load_TextFileNamedLikeAPluginBesideGoodPlugins_FailsItAndStillLoadsTheGoodOnes()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.Good, FixturePlugins.ThrowingRule);
        var junk = FixturePlugins.WriteJunkInto(plugins.Path);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Loaded.Select(plugin => plugin.Manifest.Id).ShouldBe(["fixtures.good", "fixtures.throwing-rule"]);
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(junk);
        failure.Reason.ShouldStartWith("The plugin assembly could not be loaded: ");
        failure.Reason.ShouldEndWith(" Path=" + junk);
    }

    [Fact]
    public void Load_PluginFolderNamedUnlikeItsAssembly_FailsNamingTheExpectedAssemblyAndStillLoadsTheOthers()
    {
        using var parent = new TempFolder();
        FixturePlugins.CopyInto(parent.Path, FixturePlugins.Good);
        Directory.Move(Path.Combine(parent.Path, FixturePlugins.Good), Path.Combine(parent.Path, "ContosoRules"));
        FixturePlugins.CopyInto(parent.Path, FixturePlugins.ThrowingRule);

        var result = PluginCatalogLoader.Load([parent.Path]);

        result.Loaded.ShouldHaveSingleItem().Manifest.Id.ShouldBe("fixtures.throwing-rule");
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(Path.Combine(parent.Path, "ContosoRules", "ContosoRules.dll"));
        failure.Reason.ShouldStartWith("The plugin folder has no ContosoRules.dll: a plugin folder must hold an assembly named like the folder. Found=");
        failure.Reason.ShouldContain("GoodPlugin.dll");
    }

    [Fact]
    public void Load_AllFixtures_FailsEachBrokenPluginAndLoadsEveryOther()
    {
        var result = PluginCatalogLoader.Load([FixturePlugins.Root]);

        // Clashing rule ids are not the loader's business: the rule catalog refuses them (see PluginRuleAssessmentTests).
        result.Loaded.Select(plugin => Path.GetFileName(plugin.AssemblyPath)).ShouldBe(
            ["ClashingPlugin.dll", "DependentPlugin.dll", "FickleRulePlugin.dll", "GoodPlugin.dll", "LoopingRulePlugin.dll", "MethodologyPlugin.dll", "PrivateNRulesPlugin.dll", "ReportSectionPlugin.dll", "RivalTableFormatPlugin.dll", "ThrowingRulePlugin.dll"]);
        result.Failures.Select(failure => Path.GetFileName(failure.Path)).ShouldBe(
            ["EmptyPlugin.dll", "FutureApiPlugin.dll", "StaleGoodPlugin.dll", "TableFormatPlugin.dll", "ThrowingRegisterPlugin.dll"]);
        result.Failures.ShouldAllBe(failure => failure.Reason.Contains("Path=" + failure.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_SamePluginInTwoFolders_LoadsTheFirstAndFailsTheSecondNamingBothPaths()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        FixturePlugins.CopyInto(first.Path, FixturePlugins.Good);
        FixturePlugins.CopyInto(second.Path, FixturePlugins.Good);

        var result = PluginCatalogLoader.Load([first.Path, second.Path]);

        result.Loaded.ShouldHaveSingleItem().AssemblyPath.ShouldBe(FixturePlugins.AssemblyIn(first.Path, FixturePlugins.Good));
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(FixturePlugins.AssemblyIn(second.Path, FixturePlugins.Good));
        failure.Reason.ShouldBe(
            "Another plugin already has this id. Plugin=fixtures.good, Path=" + FixturePlugins.AssemblyIn(second.Path, FixturePlugins.Good) +
            ", OtherPath=" + FixturePlugins.AssemblyIn(first.Path, FixturePlugins.Good));
    }

    [Fact]
    public void Load_PluginTheCallerRefuses_ClaimsNotItsIdSoTheSamePluginInALaterFolderLoads()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        FixturePlugins.CopyInto(first.Path, FixturePlugins.Good);
        FixturePlugins.CopyInto(second.Path, FixturePlugins.Good);
        var refused = FixturePlugins.AssemblyIn(first.Path, FixturePlugins.Good);

        var result = PluginCatalogLoader.Load([first.Path, second.Path], RefuseThePluginAt(refused));

        result.Loaded.ShouldHaveSingleItem().AssemblyPath.ShouldBe(FixturePlugins.AssemblyIn(second.Path, FixturePlugins.Good));
        var failure = result.Failures.ShouldHaveSingleItem();
        failure.Path.ShouldBe(refused);
        failure.Reason.ShouldBe("Refused by the test. Path=" + refused);
    }

    [Fact]
    public void Load_TableFormatPluginTheCallerRefuses_ClaimsNotItsExtensionsSoARivalForThemLoads()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.RivalTableFormat, FixturePlugins.TableFormat);
        var rival = FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.RivalTableFormat);

        // In name order the rival comes first, and would keep .jsonl from TableFormatPlugin had it been accepted.
        var result = PluginCatalogLoader.Load([plugins.Path], RefuseThePluginAt(rival));

        result.Loaded.ShouldHaveSingleItem().Manifest.Id.ShouldBe("fixtures.table-format");
        result.Failures.ShouldHaveSingleItem().Path.ShouldBe(rival);
    }

    [Fact]
    public void Load_PluginShippingPrivateNRulesAndContract_LoadsItsRulesAgainstTheHostsCopiesAndListsThePrivateOnes()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.PrivateNRules);
        var folder = Path.Combine(plugins.Path, FixturePlugins.PrivateNRules);
        File.Exists(Path.Combine(folder, "NRules.dll")).ShouldBeTrue("the fixture must really ship a private NRules");

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Failures.ShouldBeEmpty();
        var plugin = result.Loaded.ShouldHaveSingleItem();
        plugin.IgnoredPrivateAssemblies.ShouldBe(["NRules.Fluent.dll", "NRules.RuleModel.dll", "NRules.dll", "PmoAssess.Abstractions.dll"]);
        var ruleType = plugin.RuleTypes.ShouldHaveSingleItem();
        ruleType.FullName.ShouldBe("PmoAssess.Fixtures.PrivateNRules.ProjectHasSponsor");
        // Its rule derives from the host's SubjectRule and NRules Rule, not from the copies beside it...
        typeof(SubjectRule<Project>).IsAssignableFrom(ruleType).ShouldBeTrue();
        typeof(Rule).IsAssignableFrom(ruleType).ShouldBeTrue();
        // ...and of everything in the plugin's folder, only the plugin itself was ever loaded.
        AssemblyLoadContext.All
            .SelectMany(context => context.Assemblies)
            .Where(assembly => !assembly.IsDynamic && assembly.Location.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(assembly => Path.GetFileName(assembly.Location))
            .ShouldBe(["PrivateNRulesPlugin.dll"]);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsNamingIt()
    {
        using var scratch = new TempFolder();
        var missing = scratch.Combine("nowhere");

        var exception = Should.Throw<PluginLoadException>(() => PluginCatalogLoader.Load([missing]));

        exception.Message.ShouldBe("The plugin folder does not exist. Path=" + missing);
    }

    [Fact]
    public void Load_RelativeFolder_LoadsTheSamePluginsAsTheAbsoluteFolder()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), FixturePlugins.Folder(FixturePlugins.Good));

        var result = PluginCatalogLoader.Load([relative]);

        result.Failures.ShouldBeEmpty();
        result.Loaded.ShouldHaveSingleItem().Manifest.Id.ShouldBe("fixtures.good");
    }

    private static Action<LoadedPlugin> RefuseThePluginAt(string assemblyPath) => plugin =>
    {
        if (plugin.AssemblyPath == assemblyPath)
        {
            throw new PluginLoadException("Refused by the test. Path=" + assemblyPath);
        }
    };
}
