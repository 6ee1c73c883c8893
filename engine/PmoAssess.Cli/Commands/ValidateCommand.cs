using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;
using PmoAssess.Import;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess validate &lt;path&gt;...</c>: checks rulesets, methodologies and mappings without assessing any data, as
/// <c>assess</c> would load them (beside the built-in rulesets and plugins, so a clashing rule or question id is caught
/// too; a mapping against the headers of the files it names). Exit 0 when valid, 3 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A ruleset (*.rules.yaml), methodology (*.methodology.yaml) or mapping (*.mapping.yaml) file, or a folder of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var sources = new RuleSourceOptions();
        var documentLimits = new DocumentLimitOptions();
        var command = new Command("validate", "Check rulesets, methodologies and mappings without assessing any data: syntax, keys, expressions, sandbox, ids and columns.") { paths };
        sources.AddTo(command);
        documentLimits.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(
            environment,
            parseResult.GetValue(sources.Verbose),
            _ => { },
            (provider, _) =>
            {
                var given = parseResult.GetValue(paths)!;
                var limits = documentLimits.Limits(parseResult);
                var methodologyFiles = given.SelectMany(path => Files(path, MethodologyLoader.FileSuffix)).ToList();
                var mappingFiles = given.SelectMany(path => Files(path, PortfolioSource.MappingSuffix)).ToList();
                var rulesetPaths = given.Where(path => !path.EndsWith(MethodologyLoader.FileSuffix, StringComparison.OrdinalIgnoreCase)
                    && !path.EndsWith(PortfolioSource.MappingSuffix, StringComparison.OrdinalIgnoreCase)).ToList();
                var mappings = mappingFiles.Select(mapping => PortfolioSource.Mapped(Path.GetDirectoryName(Path.GetFullPath(mapping))!, mapping, limits)).ToList();

                var methodologies = methodologyFiles.Select(file => MethodologyLoader.Load(file, limits)).ToList();
                var rulesets = RulesetLoader.Load(rulesetPaths, limits);
                // Then as assess would load them, so that an id clashing with a built-in or plugin rule is caught too.
                var requested = sources.Read(parseResult);
                var loader = provider.GetRequiredService<RuleSetLoader>();
                var loaded = loader.Load(requested with { RulesetPaths = [.. requested.RulesetPaths, .. rulesetPaths] }, limits: limits);
                foreach (var mapping in mappings)
                {
                    mapping.CheckFits(loaded.TableFormats);
                }

                foreach (var file in methodologyFiles)
                {
                    loader.Load(requested, new MethodologyChoice(file, AskQuestions: true), limits: limits);
                }

                environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Counted.Of(rulesets.Count, "ruleset", "rulesets")}, {Counted.Of(rulesets.Sum(ruleset => ruleset.Rules.Count), "rule", "rules")}, {Counted.Of(methodologies.Count, "methodology", "methodologies")}, {Counted.Of(mappingFiles.Count, "mapping", "mappings")}: valid."));
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }

    private static IEnumerable<string> Files(string path, string suffix) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*" + suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? [path] : [];
}
