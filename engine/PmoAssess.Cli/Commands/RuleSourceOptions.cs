using System.CommandLine;
using PmoAssess.Cli.Composition;

namespace PmoAssess.Cli.Commands;

/// <summary>The options every command that loads rules shares: extra plugins and rulesets, and how to treat broken plugins.</summary>
internal sealed class RuleSourceOptions
{
    public Option<string[]> PluginFolders { get; } = new("--plugins")
    {
        Description = "A plugin folder, or a folder of plugin folders, to load besides the built-in plugins. Repeatable.",
    };

    public Option<string[]> Rulesets { get; } = new("--rules")
    {
        Description = "A ruleset file (*.rules.yaml), or a folder of them, to load besides the built-in rulesets. Repeatable.",
    };

    public Option<bool> SkipBroken { get; } = new("--skip-broken-plugins")
    {
        Description = "Run without plugins that fail to load, instead of stopping with exit code 4. They are listed in the report.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log progress to stderr." };

    public void AddTo(Command command)
    {
        command.Options.Add(PluginFolders);
        command.Options.Add(Rulesets);
        command.Options.Add(SkipBroken);
        command.Options.Add(Verbose);
    }

    public RuleSources Read(ParseResult parseResult) => new(
        parseResult.GetValue(PluginFolders) ?? [],
        parseResult.GetValue(Rulesets) ?? [],
        parseResult.GetValue(SkipBroken));
}
