namespace PmoAssess.Facts;

/// <summary>The kinds of entity a rule can assess.</summary>
public enum EntityKind
{
    /// <summary>The organisation itself (answers about its PMO).</summary>
    Organisation,
    /// <summary>A portfolio of projects.</summary>
    Portfolio,
    /// <summary>A project.</summary>
    Project,
    /// <summary>A risk on a project's register.</summary>
    Risk,
    /// <summary>An issue on a project's log.</summary>
    Issue,
    /// <summary>A change request against a project's baseline.</summary>
    ChangeRequest,
    /// <summary>A project milestone.</summary>
    Milestone,
    /// <summary>A stage gate decision.</summary>
    Gate,
    /// <summary>A benefit a project is expected to deliver.</summary>
    Benefit,
    /// <summary>A person's allocation to a project.</summary>
    Allocation,
}
