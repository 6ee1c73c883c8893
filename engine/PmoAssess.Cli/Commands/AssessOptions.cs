using PmoAssess.Cli.Composition;
using PmoAssess.Outcomes;
using PmoAssess.Policy;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Commands;

/// <summary>What <c>pmoassess assess</c> was asked to do, validated when the host starts.</summary>
internal sealed class AssessOptions
{
    public string Input { get; set; } = string.Empty;

    public string OutputDirectory { get; set; } = "out";

    public IReadOnlyList<string> Formats { get; set; } = ["md"];

    public DateOnly? AsOf { get; set; }

    public RuleSources Sources { get; set; } = new([], [], SkipBrokenPlugins: false);

    public Severity? FailOn { get; set; }

    public string Methodology { get; set; } = MethodologyLoader.DefaultId;

    public string? Answers { get; set; }

    public int? TargetLevel { get; set; }

    public PmoType? PmoType { get; set; }
}
