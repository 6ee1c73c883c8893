using System.CommandLine;

namespace PmoAssess.Cli.Commands;

/// <summary>The options every command that loads rules shares.</summary>
internal sealed class PluginOptions
{
    public Option<string[]> Folders { get; } = new("--plugins")
    {
        Description = "A plugin folder, or a folder of plugin folders, to load besides the built-in plugins. Repeatable.",
    };

    public Option<bool> SkipBroken { get; } = new("--skip-broken-plugins")
    {
        Description = "Run without plugins that fail to load, instead of stopping with exit code 4. They are listed in the report.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log progress to stderr." };

    public void AddTo(Command command)
    {
        command.Options.Add(Folders);
        command.Options.Add(SkipBroken);
        command.Options.Add(Verbose);
    }
}
