using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>How much control the PMO holds, which sets how hard its findings bite by default.</summary>
public enum PmoType
{
    /// <summary>Advice and templates: reports, fails nothing by default.</summary>
    Supportive,

    /// <summary>Compliance required: fails on high findings and above by default.</summary>
    Controlling,

    /// <summary>The PMO runs the projects: fails on medium findings and above by default.</summary>
    Directive,
}

/// <summary>The defaults each PMO type sets.</summary>
public static class PmoTypes
{
    /// <summary>The lowest severity that fails the gate when none is given, or <c>null</c> to fail nothing.</summary>
    public static Severity? DefaultGate(this PmoType type) => type switch
    {
        PmoType.Controlling => Severity.High,
        PmoType.Directive => Severity.Medium,
        _ => null,
    };

    /// <summary>
    /// The severity a rule's failures carry under this type of PMO, before any policy override. A supportive PMO
    /// advises, so nothing it reports is more than medium; a directive PMO runs the projects itself, so a
    /// governance lapse is its own and counts one step more severe; a controlling PMO keeps the rules' own.
    /// </summary>
    public static Severity ProfileSeverity(this PmoType type, RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return type switch
        {
            PmoType.Supportive => rule.Severity > Severity.Medium ? Severity.Medium : rule.Severity,
            PmoType.Directive when rule.Category == "governance" && rule.Severity < Severity.Critical => rule.Severity + 1,
            _ => rule.Severity,
        };
    }
}
