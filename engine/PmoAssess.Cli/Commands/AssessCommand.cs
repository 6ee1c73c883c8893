using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmoAssess.Cli.Composition;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Cli.Commands;

/// <summary><c>pmoassess assess &lt;input&gt;</c>: assess a portfolio and write the report.</summary>
internal static class AssessCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var input = new Argument<string>("input")
        {
            Description = "A folder of canonical CSV files, a canonical .json or .yaml document, or (with --mapping) the engagement folder.",
        };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write outputs to.", DefaultValueFactory = _ => "out" };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Output formats, comma-separated or repeated: " + string.Join(", ", ReportWriters.Formats) + ".",
            DefaultValueFactory = _ => ["md,html"],
        };
        var asOf = new Option<string?>("--as-of") { Description = "Assess as of this date (yyyy-MM-dd, UTC). Default: today." };
        var failOn = NamedValueOption.Create<Severity>("--fail-on", "a severity", "Fail the gate (exit 1) when a finding has this severity or higher: info, low, medium, high, critical.");
        var sources = new RuleSourceOptions();
        var limits = new LimitOptions();
        var methodology = new Option<string?>("--methodology", "-m")
        {
            Description = "The maturity methodology: pmo-functions (default), p3m3, kerzner, a plugin's, or a .methodology.yaml file.",
        };
        var policy = new Option<string?>("--policy") { Description = "The governance policy file. Default: pmoassess.yaml in the assessed folder, if there is one." };
        var baseline = new Option<string?>("--baseline") { Description = "A baseline file (pmoassess baseline create): only findings not in it fail the gate." };
        var mapping = new Option<string?>("--mapping") { Description = "A mapping file that reads the client's own CSV or Excel layout (see 'pmoassess inspect')." };
        var answers = new Option<string?>("--answers") { Description = "The organisation's answers to the methodology's questionnaire (see 'pmoassess questionnaire')." };
        var targetLevel = new Option<int?>("--target-level") { Description = "The maturity level to aim for in every category (1 to 5): adds the gap and a roadmap to it." };
        var pmoType = NamedValueOption.Create<PmoType>(
            "--pmo-type", "a PMO type", "supportive, controlling or directive: sets the default gate when --fail-on is not given (none, high, medium).");

        var history = new Option<string?>("--history")
        {
            Description = "The history store to record the run in and compare it with. Default: .pmoassess/history.db in the assessed folder.",
        };
        var noHistory = new Option<bool>("--no-history") { Description = "Do not record the run, nor compare it with earlier ones." };

        var command = new Command("assess", "Assess a project portfolio and write the findings.")
        {
            input, output, formats, asOf, failOn, mapping, methodology, answers, targetLevel, pmoType, policy, baseline, history, noHistory,
        };
        sources.AddTo(command);
        limits.AddTo(command);

        command.Validators.Add(result =>
        {
            if (result.GetValue(asOf) is { } text && RunOptions.ParseDate(text) is null)
            {
                result.AddError("--as-of must be a date as yyyy-MM-dd; got '" + text + "'.");
            }

            if (result.GetValue(noHistory) && result.GetValue(history) is not null)
            {
                result.AddError("--history and --no-history cannot be given together.");
            }

            foreach (var format in SplitFormats(result.GetValue(formats) ?? []).Where(format => !ReportWriters.IsKnown(format)))
            {
                result.AddError("Unknown format '" + format + "'. Known formats: " + string.Join(", ", ReportWriters.Formats) + ".");
            }
        });

        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(
            environment,
            parseResult.GetValue(sources.Verbose),
            services =>
            {
                services.AddSingleton<AssessHandler>();
                services.AddSingleton<IValidateOptions<AssessOptions>, AssessOptionsValidator>();
                services.AddOptions<AssessOptions>().Configure(options =>
                {
                    options.Input = parseResult.GetValue(input)!;
                    // Defaults that were not typed give way to the policy file's outputs.
                    options.OutputDirectory = parseResult.GetResult(output) is { Implicit: false } ? parseResult.GetValue(output) : null;
                    options.Formats = parseResult.GetResult(formats) is { Implicit: false } ? SplitFormats(parseResult.GetValue(formats) ?? []) : null;
                    options.AsOf = parseResult.GetValue(asOf) is { } text ? RunOptions.ParseDate(text) : null;
                    options.Sources = sources.Read(parseResult);
                    options.FailOn = parseResult.GetValue(failOn);
                    options.Methodology = parseResult.GetValue(methodology);
                    options.Policy = parseResult.GetValue(policy);
                    options.Baseline = parseResult.GetValue(baseline);
                    options.Mapping = parseResult.GetValue(mapping);
                    options.Answers = parseResult.GetValue(answers);
                    options.TargetLevel = parseResult.GetValue(targetLevel);
                    options.PmoType = parseResult.GetValue(pmoType);
                    options.History = parseResult.GetValue(history);
                    options.NoHistory = parseResult.GetValue(noHistory);
                    options.Limits = limits.Limits(parseResult);
                    options.Timeout = limits.RunTimeout(parseResult);
                }).ValidateOnStart();
            },
            (provider, token) => provider.GetRequiredService<AssessHandler>().Run(token),
            cancellationToken));
        return command;
    }

    private static string[] SplitFormats(IEnumerable<string> values) =>
        [.. values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(value => value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
}
