using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;
using PmoAssess.Rulesets;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess validate &lt;path&gt;...</c>: checks rulesets without any data, as <c>assess</c> would load them
/// (beside the built-in rulesets and plugins, so a clashing rule id is caught too). Exit 0 when valid, 3 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A ruleset file (*.rules.yaml) or a folder of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var sources = new RuleSourceOptions();
        var command = new Command("validate", "Check rulesets without assessing any data: syntax, keys, expressions, sandbox and rule ids.") { paths };
        sources.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(
            environment,
            parseResult.GetValue(sources.Verbose),
            _ => { },
            (provider, _) =>
            {
                var given = parseResult.GetValue(paths)!;
                var rulesets = RulesetLoader.Load(given);
                // Then as assess would load them, so that an id clashing with a built-in or plugin rule is caught too.
                var requested = sources.Read(parseResult);
                provider.GetRequiredService<RuleSetLoader>().Load(requested with { RulesetPaths = [.. requested.RulesetPaths, .. given] });
                environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rulesets.Count} rulesets, {rulesets.Sum(ruleset => ruleset.Rules.Count)} rules: valid."));
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
