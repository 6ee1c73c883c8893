namespace PmoAssess.Outcomes;

/// <summary>How much a finding matters, from advice to a blocker. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    /// <summary>Advice; never fails a gate by default.</summary>
    Info,
    /// <summary>Minor.</summary>
    Low,
    /// <summary>Should be fixed in the normal course of work.</summary>
    Medium,
    /// <summary>Should be fixed before the next gate.</summary>
    High,
    /// <summary>Stop and fix.</summary>
    Critical,
}
