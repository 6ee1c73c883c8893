using PmoAssess.Facts;
using PmoAssess.Reporting.Model;

namespace PmoAssess.History;

/// <summary>
/// Everything the history store keeps of one assessment: when and as of when it ran, what it read (each input with
/// its SHA-256), under which methodology, policy, tool and rule sources, the level of each category, each rule's
/// outcome counts, and every finding. Enough to compare two runs; not every outcome (a pass leaves only a count).
/// Immutable.
/// </summary>
public sealed record RunRecord
{
    /// <summary>The run's id in its store; <c>null</c> until it is recorded.</summary>
    public long? Id { get; init; }

    /// <summary>When the run was recorded, by the injected clock.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The date the assessment was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The engagement assessed: runs are compared within one engagement.</summary>
    public required string Engagement { get; init; }

    /// <summary>The version of PmoAssess that made the run.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The methodology's id, when the run was scored under one.</summary>
    public string? MethodologyId { get; init; }

    /// <summary>The methodology's version, if its authors gave one.</summary>
    public string? MethodologyVersion { get; init; }

    /// <summary>The overall maturity level, or <c>null</c> when none was assessed.</summary>
    public decimal? Overall { get; init; }

    /// <summary>The SHA-256 of the policy file in force (lower-case hex), or <c>null</c> when there was none.</summary>
    public string? PolicySha256 { get; init; }

    /// <summary>Whether the gate passed; <c>null</c> when unknown (runs recorded before schema version 2).</summary>
    public bool? GatePassed { get; init; }

    /// <summary>How many projects were assessed.</summary>
    public required int ProjectCount { get; init; }

    /// <summary>The files assessed, with their hashes, in the order they were read.</summary>
    public IReadOnlyList<DataSource> Sources { get; init; } = [];

    /// <summary>Where the rules came from: plugins with their versions, rulesets with theirs.</summary>
    public IReadOnlyList<string> RuleSources { get; init; } = [];

    /// <summary>The maturity categories, in the methodology's order.</summary>
    public IReadOnlyList<RecordedCategory> Categories { get; init; } = [];

    /// <summary>The rules that ran, ordered by id.</summary>
    public IReadOnlyList<RecordedRule> Rules { get; init; } = [];

    /// <summary>Every finding: those that count, then waived, then baselined ones, each in report order.</summary>
    public IReadOnlyList<RecordedFinding> Findings { get; init; } = [];

    /// <summary>
    /// <see cref="FindingKeys"/> of <see cref="Findings"/>: as recorded for a stored run (<c>null</c> for one recorded
    /// before the store kept it); for a run about to be recorded, set it when it is already known, or it is worked out.
    /// </summary>
    public string? FindingKeysSha256 { get; init; }

    /// <summary>The run in brief.</summary>
    public HistoryRun Summary() => new()
    {
        Id = Id,
        RecordedAt = RecordedAt,
        AsOf = AsOf,
        Engagement = Engagement,
        ToolVersion = ToolVersion,
        MethodologyId = MethodologyId,
        MethodologyVersion = MethodologyVersion,
        Overall = Overall,
        Findings = Findings.Count,
        GatePassed = GatePassed,
    };

    /// <summary>The record of the assessment <paramref name="report"/> describes.</summary>
    /// <param name="report">The assessment's report, before its history is added.</param>
    /// <param name="recordedAt">Now, by the injected clock.</param>
    /// <param name="policySha256">The SHA-256 of the policy file in force, if any.</param>
    public static RunRecord From(AssessmentReport report, DateTimeOffset recordedAt, string? policySha256 = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var maturity = report.Maturity;
        var policy = report.Policy;
        return new RunRecord
        {
            RecordedAt = recordedAt.ToUniversalTime(),
            AsOf = report.AsOf,
            Engagement = report.Engagement,
            ToolVersion = report.ToolVersion,
            MethodologyId = maturity?.Methodology.Id,
            MethodologyVersion = maturity?.Methodology.Version,
            Overall = maturity?.Overall,
            PolicySha256 = policySha256,
            GatePassed = policy?.GatePassed,
            ProjectCount = report.ProjectCount,
            Sources = report.Sources,
            RuleSources = report.RuleSources,
            Categories = [.. maturity?.Categories.Select(category => new RecordedCategory
            {
                Id = category.Category.Id,
                Name = category.Category.Name,
                Level = category.Level,
                Target = category.Target,
            }) ?? []],
            Rules = [.. report.Rules.Select(rule => new RecordedRule
            {
                Id = rule.Rule.Id,
                Title = rule.Rule.Title,
                Category = rule.Rule.Category,
                Severity = rule.Rule.Severity,
                Passed = rule.Passed,
                Failed = rule.Failed,
                NotApplicable = rule.NotApplicable,
                NotAssessable = rule.NotAssessable,
                Errors = rule.Errors,
            })],
            Findings = new ReportedFindings(report.Findings, policy),
        };
    }
}
