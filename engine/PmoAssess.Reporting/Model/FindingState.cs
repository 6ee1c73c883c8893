namespace PmoAssess.Reporting.Model;

/// <summary>What the policy made of a finding when its run was recorded.</summary>
public enum FindingState
{
    /// <summary>The finding counts: it is neither waived nor baselined.</summary>
    Open,

    /// <summary>A waiver in the policy covers it.</summary>
    Waived,

    /// <summary>The baseline accepts it.</summary>
    Baselined,
}
