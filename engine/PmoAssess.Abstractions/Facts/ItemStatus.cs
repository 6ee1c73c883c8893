namespace PmoAssess.Facts;

/// <summary>Whether a register item (risk, issue) still needs attention.</summary>
public enum ItemStatus
{
    /// <summary>Still live.</summary>
    Open,
    /// <summary>Closed or resolved.</summary>
    Closed,
}
