using System.CommandLine;
using System.Globalization;
using PmoAssess.Import;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// The limits on the documents a command reads before any data: how large a YAML file (ruleset, policy, mapping,
/// methodology, answers) may be, and how deep YAML and JSON may nest. Every command that reads such a document takes
/// them; the commands that also read data take them through <see cref="LimitOptions"/>.
/// </summary>
internal sealed class DocumentLimitOptions
{
    public Option<string?> MaxDocumentSize { get; } = new("--max-document-size")
    {
        Description = "The largest YAML file read (ruleset, policy, mapping, methodology, answers, YAML data), as bytes or with K, M, G (default 8M).",
    };

    public Option<int?> MaxNesting { get; } = new("--max-nesting")
    {
        Description = "How many levels deep a YAML or JSON document may nest (default " + InputLimits.DefaultMaxNesting.ToString(CultureInfo.InvariantCulture) +
            ", at most " + InputLimits.MaxNestingCeiling.ToString(CultureInfo.InvariantCulture) + ").",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxDocumentSize);
        command.Options.Add(MaxNesting);
        command.Validators.Add(result =>
        {
            if (result.GetValue(MaxDocumentSize) is { } size && InputLimits.ParseSize(size) is null)
            {
                result.AddError("--max-document-size must be a size such as 16M, 500K or 1000000; got '" + size + "'.");
            }

            if (result.GetValue(MaxNesting) is { } nesting and (< 1 or > InputLimits.MaxNestingCeiling))
            {
                result.AddError("--max-nesting must be 1 to " + InputLimits.MaxNestingCeiling.ToString(CultureInfo.InvariantCulture) +
                    " (deeper could overflow the stack); got " + nesting.ToString(CultureInfo.InvariantCulture) + ".");
            }
        });
    }

    /// <summary><paramref name="limits"/> with the document limits the command line asked for; the defaults where it said nothing.</summary>
    public InputLimits Apply(InputLimits limits, ParseResult parseResult) => limits with
    {
        MaxDocumentBytes = parseResult.GetValue(MaxDocumentSize) is { } size ? InputLimits.ParseSize(size)!.Value : InputLimits.DefaultMaxDocumentBytes,
        MaxNesting = parseResult.GetValue(MaxNesting) ?? InputLimits.DefaultMaxNesting,
    };

    /// <summary>The limits of a command that reads documents but no data: the document limits asked for, the data defaults.</summary>
    public InputLimits Limits(ParseResult parseResult) => Apply(InputLimits.Default, parseResult);
}
