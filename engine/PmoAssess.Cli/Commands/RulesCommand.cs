using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;

namespace PmoAssess.Cli.Commands;

/// <summary><c>pmoassess rules list</c>: every rule that would run, with its metadata and where it came from.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var sources = new RuleSourceOptions();
        var limits = new DocumentLimitOptions();
        var list = new Command("list", "List every rule: id, title, severity, category, maturity level and source.") { json };
        sources.AddTo(list);
        limits.AddTo(list);
        list.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(
            environment,
            parseResult.GetValue(sources.Verbose),
            _ => { },
            (provider, _) =>
            {
                var rules = provider.GetRequiredService<RuleSetLoader>()
                    .Load(sources.Read(parseResult), limits: limits.Limits(parseResult));
                Write(environment.Output, rules, parseResult.GetValue(json));
                return ExitCodes.Success;
            },
            cancellationToken));

        return new Command("rules", "Inspect rules.") { list };
    }

    private static void Write(TextWriter output, LoadedRules rules, bool json)
    {
        if (json)
        {
            ListingOutput.WriteJson(output, rules.Catalog.Rules.Select(rule => new
            {
                rule.Descriptor.Id,
                rule.Descriptor.Title,
                rule.Descriptor.Severity,
                rule.Descriptor.Category,
                rule.Descriptor.MaturityLevel,
                rule.Descriptor.AppliesTo,
                rule.Descriptor.Tags,
                rule.Source,
            }));
            return;
        }

        ListingOutput.WriteTable(output, ["ID", "SEVERITY", "CATEGORY", "LEVEL", "APPLIES TO", "SOURCE", "TITLE"], rules.Catalog.Rules.Select(rule => (IReadOnlyList<string>)
        [
            rule.Descriptor.Id,
            rule.Descriptor.Severity.ToString().ToLowerInvariant(),
            rule.Descriptor.Category,
            rule.Descriptor.MaturityLevel?.ToString(CultureInfo.InvariantCulture) ?? "-",
            rule.Descriptor.AppliesTo.ToString().ToLowerInvariant(),
            rule.Source,
            rule.Descriptor.Title,
        ]));
    }
}
