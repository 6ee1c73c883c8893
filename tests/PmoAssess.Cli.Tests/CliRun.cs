using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PmoAssess.Cli.Tests;

/// <summary>Runs the command line in-process, as the executable would, capturing stdout and stderr.</summary>
/// <remarks>
/// <c>assess</c> records no history here unless a test names a store with <c>--history</c>: tests assess the repository's
/// samples many times in parallel, and the default store would be <c>samples/.../.pmoassess/history.db</c>, whose earlier
/// runs would then change the reports the snapshots compare. <see cref="InvokeWithDefaultHistoryAsync"/> runs as a user
/// does, for the tests of the default store (on scratch copies of the data).
/// </remarks>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The clock tests run at, unless a command gives --as-of.</summary>
    public static readonly DateTimeOffset Now = new(2026, 10, 15, 9, 30, 0, TimeSpan.Zero);

    public static Task<CliRun> InvokeAsync(string[] args, CultureInfo? culture = null, CancellationToken cancellationToken = default) =>
        InvokeAsync(args, culture, recordHistoryByDefault: false, cancellationToken);

    /// <summary>Runs as a user does: <c>assess</c> records its run in the assessed folder's history store.</summary>
    public static Task<CliRun> InvokeWithDefaultHistoryAsync(string[] args, CancellationToken cancellationToken = default) =>
        InvokeAsync(args, culture: null, recordHistoryByDefault: true, cancellationToken);

    /// <summary>Runs with services of a test's own added last, so that they stand in for the host's (e.g. the history store's options).</summary>
    public static Task<CliRun> InvokeWithServicesAsync(string[] args, Action<IServiceCollection> configureServices) =>
        InvokeAsync(args, culture: null, recordHistoryByDefault: false, CancellationToken.None, configureServices);

    private static async Task<CliRun> InvokeAsync(
        string[] args, CultureInfo? culture, bool recordHistoryByDefault, CancellationToken cancellationToken, Action<IServiceCollection>? configureServices = null)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new CliEnvironment(output, error)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
                configureServices?.Invoke(services);
            },
            RecordHistoryByDefault = recordHistoryByDefault,
            HistoryPauseFile = null,
        };

        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture ?? previous;
        try
        {
            var exitCode = await PmoAssessCommandLine.InvokeAsync(args, environment, cancellationToken);
            return new CliRun(exitCode, output.ToString(), error.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
}
