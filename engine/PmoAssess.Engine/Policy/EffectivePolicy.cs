using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>
/// The policy in force for a run, after precedence: the command line, then the policy file, then the PMO
/// type's profile, then each rule's default. Decides which rules run, how severe their failures are and what
/// fails the gate. Immutable.
/// </summary>
public sealed class EffectivePolicy
{
    /// <summary>A run with no policy file and nothing on the command line: every rule, its own severity, no gate.</summary>
    public static EffectivePolicy Default { get; } = new(null, null, null, null);

    private readonly PolicyFile? _file;

    /// <summary>Combines the command line's settings with a policy file (or none).</summary>
    public EffectivePolicy(PolicyFile? file, Severity? failOnFromCommandLine, PmoType? pmoTypeFromCommandLine, PmoType? pmoTypeAnswered)
    {
        _file = file;
        (PmoType, PmoTypeSource) = (pmoTypeFromCommandLine, file?.PmoType, pmoTypeAnswered) switch
        {
            ({ } type, _, _) => ((PmoType?)type, "command line"),
            (_, { } type, _) => (type, "policy file " + file!.File),
            (_, _, { } type) => (type, "questionnaire"),
            _ => (null, "not set"),
        };
        Gate = failOnFromCommandLine is not null || file?.Gate.FailOn is null
            ? Policy.Gate.For(failOnFromCommandLine, PmoType)
            : new Gate(file.Gate.FailOn, "fails on " + file.Gate.FailOn.Value.ToString().ToLowerInvariant() + " findings and above (policy file " + file.File + ")");
    }

    /// <summary>The policy file, if any.</summary>
    public PolicyFile? File => _file;

    /// <summary>The PMO type in force.</summary>
    public PmoType? PmoType { get; }

    /// <summary>Where the PMO type came from.</summary>
    public string PmoTypeSource { get; }

    /// <summary>The severity threshold of the gate, and why.</summary>
    public Gate Gate { get; }

    /// <summary>The gate's other conditions, from the policy file.</summary>
    public GateSettings GateSettings => _file?.Gate ?? new GateSettings();

    /// <summary>Decides for one rule.</summary>
    public RuleDecision Decide(RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var (enabled, enabledBecause) = Enabled(rule);
        var (severity, severityBecause) = SeverityOf(rule);
        return new RuleDecision { Rule = rule, Enabled = enabled, EnabledBecause = enabledBecause, Severity = severity, SeverityBecause = severityBecause };
    }

    private (bool, string) Enabled(RuleDescriptor rule)
    {
        if (_file is null)
        {
            return (true, "enabled: no policy file");
        }

        if (_file.Disable.FirstOrDefault(pattern => pattern.Matches(rule)) is { } disabledBy)
        {
            return (false, "disabled by '" + disabledBy + "' (policy file " + _file.File + ")");
        }

        if (_file.Enable.Count == 0)
        {
            return (true, "enabled: the policy file enables every rule it does not disable");
        }

        return _file.Enable.FirstOrDefault(pattern => pattern.Matches(rule)) is { } enabledBy
            ? (true, "enabled by '" + enabledBy + "' (policy file " + _file.File + ")")
            : (false, "not among the rules the policy file enables (" + string.Join(", ", _file.Enable) + ")");
    }

    private (Severity, string) SeverityOf(RuleDescriptor rule)
    {
        if (_file?.Severities.FirstOrDefault(pair => pair.Rules.Matches(rule)) is { Rules: not null } overridden)
        {
            return (overridden.Severity, Name(overridden.Severity) + ", set by '" + overridden.Rules + "' (policy file " + _file.File + ")");
        }

        if (PmoType is { } type && type.ProfileSeverity(rule) is var profiled && profiled != rule.Severity)
        {
            return (profiled, Name(profiled) + ", the " + Name(type) + " PMO profile's (the rule's own is " + Name(rule.Severity) + ")");
        }

        return (rule.Severity, Name(rule.Severity) + ", the rule's own");
    }

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}
