using System.CommandLine;
using System.Globalization;
using PmoAssess.Cli.Composition;
using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Cli.Commands;

/// <summary>The options that shape an assessment, shared by the commands that run one without writing a report.</summary>
internal sealed class RunOptions
{
    public RuleSourceOptions Sources { get; } = new();

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Assess as of this date (yyyy-MM-dd, UTC). Default: today." };

    public Option<string?> Policy { get; } = new("--policy") { Description = "The governance policy file. Default: pmoassess.yaml in the assessed folder." };

    public Option<string?> Mapping { get; } = new("--mapping") { Description = "A mapping file that reads the client's own layout." };

    public Option<string?> Methodology { get; } = new("--methodology", "-m") { Description = "The maturity methodology id or file." };

    public Option<PmoType?> PmoType { get; } = NamedValueOption.Create<PmoType>("--pmo-type", "a PMO type", "supportive, controlling or directive.");

    public Option<Severity?> FailOn { get; } = NamedValueOption.Create<Severity>("--fail-on", "a severity", "The gate's severity threshold.");

    public LimitOptions Limits { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(AsOf);
        command.Options.Add(Policy);
        command.Options.Add(Mapping);
        command.Options.Add(Methodology);
        command.Options.Add(PmoType);
        command.Options.Add(FailOn);
        Sources.AddTo(command);
        Limits.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(AsOf) is { } text && ParseDate(text) is null)
            {
                result.AddError("--as-of must be a date as yyyy-MM-dd; got '" + text + "'.");
            }
        });
    }

    public RunRequest Request(ParseResult parseResult, string input) => new()
    {
        Input = input,
        AsOf = parseResult.GetValue(AsOf) is { } text ? ParseDate(text) : null,
        Sources = Sources.Read(parseResult),
        Methodology = parseResult.GetValue(Methodology),
        PmoType = parseResult.GetValue(PmoType),
        FailOn = parseResult.GetValue(FailOn),
        Policy = parseResult.GetValue(Policy),
        Mapping = parseResult.GetValue(Mapping),
        Limits = Limits.Limits(parseResult),
        Timeout = Limits.RunTimeout(parseResult),
    };

    /// <summary>A date as the command line takes it, yyyy-MM-dd, or <c>null</c>.</summary>
    internal static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
