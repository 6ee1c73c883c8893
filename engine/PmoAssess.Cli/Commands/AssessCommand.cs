using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Cli.Commands;

/// <summary><c>pmoassess assess &lt;input&gt;</c>: assess a portfolio and write the report.</summary>
internal static class AssessCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "A folder of canonical CSV files, or a canonical .json document." };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write outputs to.", DefaultValueFactory = _ => "out" };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Output formats, comma-separated or repeated: md.",
            DefaultValueFactory = _ => ["md"],
            AllowMultipleArgumentsPerToken = false,
        };
        var asOf = new Option<string?>("--as-of") { Description = "Assess as of this date (yyyy-MM-dd, UTC). Default: today." };
        var plugins = new Option<string[]>("--plugins") { Description = "A plugin folder, or a folder of plugin folders, to load besides the built-in plugins. Repeatable." };
        var failOn = new Option<Severity?>("--fail-on") { Description = "Fail the gate (exit 1) when a finding has this severity or higher: info, low, medium, high, critical." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Log progress to stderr." };

        var command = new Command("assess", "Assess a project portfolio and write the findings.")
        {
            input, output, formats, asOf, plugins, failOn, verbose,
        };

        command.Validators.Add(result =>
        {
            if (result.GetValue(asOf) is { } text && !TryParseDate(text, out _))
            {
                result.AddError("--as-of must be a date as yyyy-MM-dd; got '" + text + "'.");
            }

            foreach (var format in SplitFormats(result.GetValue(formats) ?? []).Where(format => !ReportWriters.IsKnown(format)))
            {
                result.AddError("Unknown format '" + format + "'. Known formats: " + string.Join(", ", ReportWriters.Formats) + ".");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new AssessOptions
            {
                Input = parseResult.GetValue(input)!,
                OutputDirectory = parseResult.GetValue(output)!,
                Formats = SplitFormats(parseResult.GetValue(formats) ?? []),
                AsOf = parseResult.GetValue(asOf) is { } text && TryParseDate(text, out var date) ? date : null,
                PluginFolders = parseResult.GetValue(plugins) ?? [],
                FailOn = parseResult.GetValue(failOn),
            };
            return RunAsync(environment, options, parseResult.GetValue(verbose), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, AssessOptions options, bool verbose, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddReportWriters();
        builder.Services.AddSingleton(environment);
        builder.Services.AddSingleton<AssessHandler>();
        builder.Services.AddOptions<AssessOptions>()
            .Configure(configured => Copy(options, configured))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AssessOptions>, AssessOptionsValidator>();
        environment.ConfigureServices?.Invoke(builder.Services);

        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return host.Services.GetRequiredService<AssessHandler>().Run(cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            foreach (var failure in exception.Failures)
            {
                await environment.Error.WriteLineAsync(failure);
            }

            return ExitCodes.UsageError;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static void Copy(AssessOptions from, AssessOptions to)
    {
        to.Input = from.Input;
        to.OutputDirectory = from.OutputDirectory;
        to.Formats = from.Formats;
        to.AsOf = from.AsOf;
        to.PluginFolders = from.PluginFolders;
        to.FailOn = from.FailOn;
    }

    private static string[] SplitFormats(IEnumerable<string> values) =>
        [.. values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(value => value.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
