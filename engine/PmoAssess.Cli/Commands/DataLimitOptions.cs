using System.CommandLine;
using System.Globalization;
using PmoAssess.Import;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// The limits on the data a command reads: the largest data file, the most rows of one file and the longest cell. Every
/// command that reads client data takes them; those that also read documents and run rules take them through
/// <see cref="LimitOptions"/>.
/// </summary>
internal sealed class DataLimitOptions
{
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

    public void AddTo(Command command)
    {
        command.Options.Add(MaxFileSize);
        command.Options.Add(MaxRows);
        command.Options.Add(MaxCellSize);
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
        });
    }

    /// <summary><paramref name="limits"/> with the data limits the command line asked for; the defaults where it said nothing.</summary>
    public InputLimits Apply(InputLimits limits, ParseResult parseResult) => limits with
    {
        MaxFileBytes = parseResult.GetValue(MaxFileSize) is { } size ? InputLimits.ParseSize(size)!.Value : InputLimits.DefaultMaxFileBytes,
        MaxRows = parseResult.GetValue(MaxRows) ?? InputLimits.DefaultMaxRows,
        MaxCellChars = parseResult.GetValue(MaxCellSize) is { } cell ? (int)InputLimits.ParseSize(cell)!.Value : InputLimits.DefaultMaxCellChars,
    };
}
