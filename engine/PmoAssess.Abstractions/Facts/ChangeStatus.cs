namespace PmoAssess.Facts;

/// <summary>Where a change request stands.</summary>
public enum ChangeStatus
{
    /// <summary>Raised, not yet decided.</summary>
    Proposed,
    /// <summary>Approved by the change authority.</summary>
    Approved,
    /// <summary>Rejected by the change authority.</summary>
    Rejected,
}
