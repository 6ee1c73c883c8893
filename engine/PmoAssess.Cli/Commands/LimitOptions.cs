using System.CommandLine;
using System.Globalization;
using PmoAssess.Import;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// The limits of one run: the largest data file, the most rows and the longest cell read (<see cref="DataLimitOptions"/>),
/// the largest YAML document and the deepest nesting (<see cref="DocumentLimitOptions"/>), and how long the run may take.
/// The defaults are far above any real portfolio (README, "Hardening and limits").
/// </summary>
internal sealed class LimitOptions
{
    /// <summary>How long a run may take by default: ten minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    public DataLimitOptions Data { get; } = new();

    public Option<int?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop the run after this many seconds (default 600): reading the data, running the rules, the plugins' report sections; exit 4.",
    };

    public DocumentLimitOptions Documents { get; } = new();

    public void AddTo(Command command)
    {
        Data.AddTo(command);
        Documents.AddTo(command);
        command.Options.Add(Timeout);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Timeout) is <= 0)
            {
                result.AddError("--timeout must be a number of seconds, 1 or more.");
            }
        });
    }

    /// <summary>The limits the command line asked for; the defaults where it said nothing.</summary>
    public InputLimits Limits(ParseResult parseResult) => Data.Apply(Documents.Apply(InputLimits.Default, parseResult), parseResult);

    /// <summary>The run's timeout.</summary>
    public TimeSpan RunTimeout(ParseResult parseResult) =>
        parseResult.GetValue(Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;

    /// <summary>Seconds as messages write them.</summary>
    public static string Seconds(TimeSpan time) => ((long)time.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
}
