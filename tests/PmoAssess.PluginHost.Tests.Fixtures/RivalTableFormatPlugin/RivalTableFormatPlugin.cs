using PmoAssess.Import;
using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.RivalTableFormat;

/// <summary>Test fixture: a plugin that claims <c>.jsonl</c> too, which the host refuses once TableFormatPlugin has it.</summary>
public sealed class RivalTableFormatPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.rival-table-format",
        Name = "Rival JSON Lines fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddTableFormat(new Rival());

    private sealed class Rival : ITableFormat
    {
        public string Name => "Rival JSON Lines";

        public IReadOnlyList<string> Extensions { get; } = [".log", ".jsonl"];

        public IReadOnlyList<string> Tables(string path) => ["records"];

        public IEnumerable<IReadOnlyList<string>> Read(string path, string table) => [];
    }
}
