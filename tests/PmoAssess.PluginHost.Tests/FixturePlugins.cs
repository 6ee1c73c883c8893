using PmoAssess.Plugins;

namespace PmoAssess.Tests.PluginHost;

/// <summary>
/// The fixture plugin projects under tests/PmoAssess.PluginHost.Tests.Fixtures, built and copied into
/// <c>fixtures/NAME/</c> beside the tests by FixturePlugins.targets: real plugin folders, loaded by the real host.
/// </summary>
internal static class FixturePlugins
{
    public const string Good = "GoodPlugin";
    public const string PrivateNRules = "PrivateNRulesPlugin";
    public const string FutureApi = "FutureApiPlugin";
    public const string ThrowingRegister = "ThrowingRegisterPlugin";
    public const string Empty = "EmptyPlugin";
    public const string ThrowingRule = "ThrowingRulePlugin";
    public const string Clashing = "ClashingPlugin";
    public const string Methodology = "MethodologyPlugin";
    public const string ReportSection = "ReportSectionPlugin";
    public const string TableFormat = "TableFormatPlugin";
    public const string RivalTableFormat = "RivalTableFormatPlugin";
    public const string LoopingRule = "LoopingRulePlugin";
    public const string FickleRule = "FickleRulePlugin";
    public const string Dependent = "DependentPlugin";
    public const string StaleGood = "StaleGoodPlugin";

    /// <summary>The helper library <see cref="Dependent"/> calls, copied into its plugin folder by the build.</summary>
    public const string DependentHelper = "FixtureHelpers.dll";

    /// <summary>The version of <see cref="DependentHelper"/> that <see cref="Dependent"/> references, as the host names it.</summary>
    public static string DependentHelperVersion =>
        System.Reflection.AssemblyName.GetAssemblyName(Path.Combine(Folder(Dependent), DependentHelper)).Version!.ToString();

    /// <summary>The folder of all fixture plugin folders.</summary>
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures");

    /// <summary>A fixture's plugin folder as built.</summary>
    public static string Folder(string name) => Path.Combine(Root, name);

    /// <summary>The main assembly of the plugin folder <paramref name="name"/> inside <paramref name="parent"/>.</summary>
    public static string AssemblyIn(string parent, string name) => Path.Combine(parent, name, name + ".dll");

    /// <summary>Copies fixtures into <paramref name="parent"/>, making it a folder of exactly these plugin folders.</summary>
    public static void CopyInto(string parent, params string[] names)
    {
        foreach (var name in names)
        {
            CopyFolder(Folder(name), Path.Combine(parent, name));
        }
    }

    /// <summary>Writes <c>Junk/Junk.dll</c>, named like a plugin but holding text, into <paramref name="parent"/>.</summary>
    public static string WriteJunkInto(string parent)
    {
        var path = AssemblyIn(parent, "Junk");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "This is not an assembly.");
        return path;
    }

    /// <summary>Loads one fixture from its built folder and returns it, failing the test if it did not load.</summary>
    public static LoadedPlugin Load(string name)
    {
        var result = PluginCatalogLoader.Load([Folder(name)]);
        result.Failures.ShouldBeEmpty();
        return result.Loaded.ShouldHaveSingleItem();
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
