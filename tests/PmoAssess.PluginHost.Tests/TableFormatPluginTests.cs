using PmoAssess.Import;
using PmoAssess.Plugins;

namespace PmoAssess.Tests.PluginHost;

/// <summary>Table formats from plugins: loaded with their extensions, and refused when they would take over one already read.</summary>
public sealed class TableFormatPluginTests
{
    [Fact]
    public void Load_TableFormatFixture_LoadsItsFormatAndExtension()
    {
        var plugin = FixturePlugins.Load(FixturePlugins.TableFormat);

        var format = plugin.TableFormats.ShouldHaveSingleItem();
        format.Name.ShouldBe("JSON Lines");
        format.Extensions.ShouldBe([".jsonl"]);
        plugin.RuleTypes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(".csv", "The table format 'Claims CSV' claims .csv, which PmoAssess reads itself.")]
    [InlineData(".XLSX", "The table format 'Claims CSV' claims .XLSX, which PmoAssess reads itself.")]
    [InlineData("jsonl", "The table format 'Claims CSV' names an extension that is not like '.jsonl': 'jsonl'.")]
    public void Register_FormatClaimingABuiltInOrMalformedExtension_IsRefused(string extension, string reason)
    {
        var error = Should.Throw<PluginLoadException>(() => PluginRegistration.Register(new FormatPlugin(extension), "claims/claims.dll"));

        error.Message.ShouldBe(reason + " Plugin=tests.claims, Path=claims/claims.dll");
    }

    [Fact]
    public void Load_TwoPluginsClaimingOneExtension_LoadsTheFirstAndFailsTheSecondNamingTheExtension()
    {
        using var plugins = new TempFolder();
        FixturePlugins.CopyInto(plugins.Path, FixturePlugins.RivalTableFormat, FixturePlugins.TableFormat);

        var result = PluginCatalogLoader.Load([plugins.Path]);

        result.Loaded.ShouldHaveSingleItem().Manifest.Id.ShouldBe("fixtures.rival-table-format");
        result.Failures.ShouldHaveSingleItem().Reason.ShouldBe("Another plugin (fixtures.rival-table-format) already reads .jsonl files. Plugin=fixtures.table-format, Path=" +
            FixturePlugins.AssemblyIn(plugins.Path, FixturePlugins.TableFormat));
    }

    private sealed class FormatPlugin(string extension) : IPmoPlugin
    {
        public PluginManifest Manifest { get; } = new()
        {
            Id = "tests.claims",
            Name = "Claims",
            Version = "1.0.0",
            MinimumApiVersion = 1,
            MaximumApiVersion = PluginApi.Version,
        };

        public void Register(IPluginRegistrar registrar) => registrar.AddTableFormat(new Format(extension));

        private sealed class Format(string extension) : ITableFormat
        {
            public string Name => "Claims CSV";

            public IReadOnlyList<string> Extensions => [extension];

            public IReadOnlyList<string> Tables(string path) => ["only"];

            public IEnumerable<IReadOnlyList<string>> Read(string path, string table) => [];
        }
    }
}
