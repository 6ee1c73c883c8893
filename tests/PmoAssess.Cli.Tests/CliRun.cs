using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PmoAssess.Cli.Tests;

/// <summary>Runs the command line in-process, as the executable would, capturing stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The clock tests run at, unless a command gives --as-of.</summary>
    public static readonly DateTimeOffset Now = new(2026, 10, 15, 9, 30, 0, TimeSpan.Zero);

    public static async Task<CliRun> InvokeAsync(string[] args, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var environment = new CliEnvironment(output, error)
        {
            ConfigureServices = services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)),
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
