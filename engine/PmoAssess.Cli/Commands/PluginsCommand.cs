using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;

namespace PmoAssess.Cli.Commands;

/// <summary><c>pmoassess plugins list</c>: every plugin found, what it contributes, and every broken one with its reason.</summary>
internal static class PluginsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var sources = new RuleSourceOptions();
        var limits = new DocumentLimitOptions();
        var list = new Command("list", "List the plugins that load, with their version, API range and rules; broken plugins exit 4.") { json };
        sources.AddTo(list);
        limits.AddTo(list);
        list.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(
            environment,
            parseResult.GetValue(sources.Verbose),
            _ => { },
            (provider, _) =>
            {
                // Listing is a diagnosis: load everything that loads and show what broke, then exit 4 if anything did.
                var rules = provider.GetRequiredService<RuleSetLoader>().Load(sources.Read(parseResult) with { SkipBrokenPlugins = true }, limits: limits.Limits(parseResult), warnOfSkipped: false);
                Write(environment.Output, rules, parseResult.GetValue(json));
                return rules.Broken.Count == 0 || parseResult.GetValue(sources.SkipBroken) ? ExitCodes.Success : ExitCodes.PluginFailure;
            },
            cancellationToken));

        return new Command("plugins", "Inspect plugins.") { list };
    }

    private static void Write(TextWriter output, LoadedRules rules, bool json)
    {
        var loaded = rules.Plugins.Select(plugin => new
        {
            plugin.Manifest.Id,
            plugin.Manifest.Name,
            plugin.Manifest.Version,
            ApiVersions = plugin.Manifest.MinimumApiVersion.ToString(CultureInfo.InvariantCulture) + "-" + plugin.Manifest.MaximumApiVersion.ToString(CultureInfo.InvariantCulture),
            Rules = rules.Catalog.Rules.Where(rule => rule.Source == plugin.Manifest.Id).Select(rule => rule.Descriptor.Id).ToArray(),
            Methodologies = rules.MethodologiesOf(plugin).Select(methodology => methodology.Id).ToArray(),
            ReportSections = plugin.ReportSections.Select(section => section.Title).ToArray(),
            TableFormats = plugin.TableFormats.Select(format => new { format.Name, format.Extensions }).ToArray(),
            Path = plugin.AssemblyPath,
            plugin.IgnoredPrivateAssemblies,
        }).ToList();

        if (json)
        {
            ListingOutput.WriteJson(output, new { Plugins = loaded, Broken = rules.Broken });
            return;
        }

        ListingOutput.WriteTable(output, ["ID", "VERSION", "API", "CONTRIBUTES", "PATH"], loaded.Select(plugin => (IReadOnlyList<string>)
            [plugin.Id, plugin.Version, plugin.ApiVersions,
            Contributes(plugin.Rules.Length, plugin.Methodologies, plugin.ReportSections.Length, plugin.TableFormats.Select(format => format.Name + " (" + string.Join(" ", format.Extensions) + ")")),
            plugin.Path]));
        foreach (var failure in rules.Broken)
        {
            output.WriteLine("BROKEN  " + failure.Path + ": " + failure.Reason);
        }
    }

    private static string Contributes(int rules, string[] methodologies, int reportSections, IEnumerable<string> tableFormats) =>
        Count(rules, "rule", "rules") +
        (methodologies.Length == 0 ? string.Empty : ", methodology " + string.Join(", ", methodologies)) +
        (reportSections == 0 ? string.Empty : ", " + Count(reportSections, "report section", "report sections")) +
        string.Concat(tableFormats.Select(format => ", table format " + format));

    private static string Count(int count, string singular, string plural) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
