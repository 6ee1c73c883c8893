using PmoAssess.Cli.Composition;
using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Cli.Commands;

/// <summary>What <c>pmoassess assess</c> was asked to do, validated when the host starts.</summary>
internal sealed class AssessOptions
{
    public string Input { get; set; } = string.Empty;

    /// <summary>The folder given with --out, or <c>null</c> to take the policy file's (else <c>out</c>).</summary>
    public string? OutputDirectory { get; set; }

    /// <summary>The formats given with --format, or <c>null</c> to take the policy file's (else md and html).</summary>
    public IReadOnlyList<string>? Formats { get; set; }

    public DateOnly? AsOf { get; set; }

    public RuleSources Sources { get; set; } = new([], [], SkipBrokenPlugins: false);

    public Severity? FailOn { get; set; }

    public string? Methodology { get; set; }

    public string? Answers { get; set; }

    public int? TargetLevel { get; set; }

    public PmoType? PmoType { get; set; }

    public string? Policy { get; set; }

    public string? Baseline { get; set; }

    public string? Mapping { get; set; }

    /// <summary>The history store given with --history, or <c>null</c> for the default one.</summary>
    public string? History { get; set; }

    /// <summary>Whether --no-history was given.</summary>
    public bool NoHistory { get; set; }

    public InputLimits Limits { get; set; } = InputLimits.Default;

    public TimeSpan Timeout { get; set; } = LimitOptions.DefaultTimeout;

    /// <summary>What the command line asked of the assessment itself.</summary>
    /// <param name="recordHistoryByDefault">Whether the run is recorded in the default store when neither --history nor --no-history is given.</param>
    public RunRequest ToRequest(bool recordHistoryByDefault) => new()
    {
        History = NoHistory ? null : History ?? (recordHistoryByDefault ? HistoryLocation.ForInput(Input) : null),
        Input = Input,
        AsOf = AsOf,
        Sources = Sources,
        Methodology = Methodology,
        Answers = Answers,
        TargetLevel = TargetLevel,
        PmoType = PmoType,
        FailOn = FailOn,
        Policy = Policy,
        Baseline = Baseline,
        Mapping = Mapping,
        Limits = Limits,
        Timeout = Timeout,
    };
}
