using System.CommandLine;
using System.Globalization;
using PmoAssess.Import;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// The limits of one run: the largest data file, the most rows and the longest cell read, the largest YAML document and
/// the deepest nesting (<see cref="DocumentLimitOptions"/>), and how long the run may take. The defaults are far above any
/// real portfolio (README, "Hardening and limits").
/// </summary>
internal sealed class LimitOptions
{
    /// <summary>How long a run may take by default: ten minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    public Option<string?> MaxFileSize { get; } = new("--max-file-size")
    {
        Description = "The largest data file read (CSV, workbook, JSON, baseline), as bytes or with K, M, G (default 2G); " +
            "a workbook may unpack to " + InputLimits.WorkbookUnpackFactor.ToString(CultureInfo.InvariantCulture) + " times it.",
    };

    public Option<long?> MaxRows { get; } = new("--max-rows") { Description = "The most data rows read from one file (default 10000000)." };

    public Option<string?> MaxCellSize { get; } = new("--max-cell-size")
    {
        Description = "The most characters in one cell, as a number or with K, M (default 32M).",
    };

    public Option<int?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop the run after this many seconds (default 600): reading the data, running the rules, the plugins' report sections; exit 4.",
    };

    public DocumentLimitOptions Documents { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(MaxFileSize);
        command.Options.Add(MaxRows);
        command.Options.Add(MaxCellSize);
        Documents.AddTo(command);
        command.Options.Add(Timeout);
        command.Validators.Add(result =>
        {
            if (result.GetValue(MaxFileSize) is { } size && InputLimits.ParseSize(size) is null)
            {
                result.AddError("--max-file-size must be a size such as 4G, 500M or 1000000; got '" + size + "'.");
            }

            if (result.GetValue(MaxCellSize) is { } cell && InputLimits.ParseSize(cell) is not (> 0 and <= int.MaxValue))
            {
                result.AddError("--max-cell-size must be a number of characters such as 64M or 100000, at most 2G; got '" + cell + "'.");
            }

            if (result.GetValue(MaxRows) is <= 0)
            {
                result.AddError("--max-rows must be 1 or more.");
            }

            if (result.GetValue(Timeout) is <= 0)
            {
                result.AddError("--timeout must be a number of seconds, 1 or more.");
            }
        });
    }

    /// <summary>The limits the command line asked for; the defaults where it said nothing.</summary>
    public InputLimits Limits(ParseResult parseResult) => Documents.Apply(InputLimits.Default, parseResult) with
    {
        MaxFileBytes = parseResult.GetValue(MaxFileSize) is { } size ? InputLimits.ParseSize(size)!.Value : InputLimits.DefaultMaxFileBytes,
        MaxRows = parseResult.GetValue(MaxRows) ?? InputLimits.DefaultMaxRows,
        MaxCellChars = parseResult.GetValue(MaxCellSize) is { } cell ? (int)InputLimits.ParseSize(cell)!.Value : InputLimits.DefaultMaxCellChars,
    };

    /// <summary>The run's timeout.</summary>
    public TimeSpan RunTimeout(ParseResult parseResult) =>
        parseResult.GetValue(Timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;

    /// <summary>Seconds as messages write them.</summary>
    public static string Seconds(TimeSpan time) => ((long)time.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s";
}
