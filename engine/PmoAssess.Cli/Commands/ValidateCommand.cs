using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;
using PmoAssess.Import;
using PmoAssess.Policy;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess validate &lt;path&gt;...</c>: checks rulesets, methodologies, mappings and policies without assessing any
/// data, as <c>assess</c> would load them (beside the built-in rulesets and plugins and those a policy names, so a clashing
/// rule or question id is caught too; a mapping against the headers of the files it names), and runs the examples beside
/// each ruleset. Exit 0 when valid, 3 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A ruleset (*.rules.yaml, with its *.examples.yaml), methodology (*.methodology.yaml), mapping (*.mapping.yaml) or policy (pmoassess.yaml) file, or a folder of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var sources = new RuleSourceOptions();
        var documentLimits = new DocumentLimitOptions();
        var command = new Command("validate", "Check rulesets, methodologies, mappings and policies without assessing any data: syntax, keys, expressions, sandbox, ids and columns; run the rulesets' examples.") { paths };
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
                var policyFiles = given.SelectMany(PolicyFiles).ToList();
                var rulesetPaths = given.Where(path => !path.EndsWith(MethodologyLoader.FileSuffix, StringComparison.OrdinalIgnoreCase)
                    && !path.EndsWith(PortfolioSource.MappingSuffix, StringComparison.OrdinalIgnoreCase) && !IsPolicy(path)).ToList();
                var mappings = mappingFiles.Select(mapping => PortfolioSource.Mapped(Path.GetDirectoryName(Path.GetFullPath(mapping))!, mapping, limits)).ToList();

                var policies = policyFiles.Select(file => PolicyLoader.Load(file, limits)).ToList();
                var methodologies = methodologyFiles.Select(file => MethodologyLoader.Load(file, limits)).ToList();
                var rulesets = RulesetLoader.Load(rulesetPaths, limits);
                // Then as assess would load them, with the rulesets and plugins the policies name, so that an id clashing
                // with a built-in or plugin rule is caught too.
                var requested = policies.Aggregate(sources.Read(parseResult), (read, policy) => read.With(policy));
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

                var examples = ExamplesCheck.Run(rulesetPaths.SelectMany(path => Files(path, RulesetLoader.FileSuffix)), limits);
                var counts = string.Create(CultureInfo.InvariantCulture,
                    $"{Counted.Of(rulesets.Count, "ruleset", "rulesets")}, {Counted.Of(rulesets.Sum(ruleset => ruleset.Rules.Count), "rule", "rules")}, {Counted.Of(methodologies.Count, "methodology", "methodologies")}, {Counted.Of(mappingFiles.Count, "mapping", "mappings")}")
                    + (policies.Count > 0 ? ", " + Counted.Of(policies.Count, "policy", "policies") : string.Empty)
                    + (examples > 0 ? ", " + Counted.Of(examples, "example", "examples") : string.Empty);
                environment.Output.WriteLine(counts + ": valid.");
                return ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }

    // A policy is known by its documented name; assess finds it by that name beside the data.
    private static bool IsPolicy(string path) => Path.GetFileName(path).Equals(PolicyFile.FileName, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> PolicyFiles(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, PolicyFile.FileName, SearchOption.AllDirectories).Where(IsPolicy).Order(StringComparer.Ordinal)
            : IsPolicy(path) ? [path] : [];

    private static IEnumerable<string> Files(string path, string suffix) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*" + suffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? [path] : [];
}
