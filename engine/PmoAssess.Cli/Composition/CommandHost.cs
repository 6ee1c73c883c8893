using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoAssess.History;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// Builds the generic host a command runs in: logging to stderr, the clock, the shared services and the
/// command's own. The host is started so that options validated on start fail before any work, and every
/// validation failure is reported at once as a usage error.
/// </summary>
internal static class CommandHost
{
    public static async Task<int> RunAsync(
        CliEnvironment environment,
        bool verbose,
        Action<IServiceCollection> addCommandServices,
        Func<IServiceProvider, CancellationToken, int> run,
        CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            // The host logs option validation failures with a stack trace; the command reports them itself.
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(environment);
        builder.Services.AddSingleton(new HistoryStoreOptions { BeforeCommit = HistoryTestHook.Pause(environment.HistoryPauseFile) });
        builder.Services.AddSingleton<RuleSetLoader>();
        builder.Services.AddSingleton<AssessmentPipeline>();
        builder.Services.AddReportWriters();
        addCommandServices(builder.Services);
        environment.ConfigureServices?.Invoke(builder.Services);

        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return run(host.Services, cancellationToken);
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
}
