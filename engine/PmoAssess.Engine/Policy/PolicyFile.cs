using PmoAssess.Outcomes;
using PmoAssess.Scoring;

namespace PmoAssess.Policy;

/// <summary>
/// A governance policy (<c>pmoassess.yaml</c>): what to load, which rules apply and how hard they bite, the gate,
/// the waivers granted, the baseline and the outputs. Paths in it are resolved against its folder. Immutable;
/// read with <see cref="PolicyLoader"/>.
/// </summary>
public sealed record PolicyFile
{
    /// <summary>The policy file's conventional name, looked for in the assessed folder.</summary>
    public const string FileName = "pmoassess.yaml";

    /// <summary>The file as messages name it.</summary>
    public required string File { get; init; }

    /// <summary>
    /// The engagement's name: the report's title, and the runs its history compares. <c>null</c> for the assessed folder's
    /// name, which an engagement laid out by <c>pmoassess init</c> (its data in <c>data/</c>) would call "data".
    /// </summary>
    public string? Engagement { get; init; }

    /// <summary>The methodology id or file.</summary>
    public string? Methodology { get; init; }

    /// <summary>The PMO's type.</summary>
    public PmoType? PmoType { get; init; }

    /// <summary>Extra ruleset files or folders, as full paths.</summary>
    public IReadOnlyList<string> Rulesets { get; init; } = [];

    /// <summary>Extra plugin folders, as full paths.</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>When not empty, only the rules these choose run.</summary>
    public IReadOnlyList<RulePattern> Enable { get; init; } = [];

    /// <summary>Rules that do not run.</summary>
    public IReadOnlyList<RulePattern> Disable { get; init; } = [];

    /// <summary>Severity overrides; the first pattern that matches a rule wins.</summary>
    public IReadOnlyList<(RulePattern Rules, Severity Severity)> Severities { get; init; } = [];

    /// <summary>The gate.</summary>
    public GateSettings Gate { get; init; } = new();

    /// <summary>Maturity targets.</summary>
    public MaturityTargets Targets { get; init; } = MaturityTargets.None;

    /// <summary>The waivers granted.</summary>
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>The mapping file that reads the client's data, as a full path.</summary>
    public string? Mapping { get; init; }

    /// <summary>The baseline file, as a full path.</summary>
    public string? Baseline { get; init; }

    /// <summary>The output folder, as a full path.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The output formats.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];
}
