namespace PmoAssess.Facts;

/// <summary>Where a project is in its life cycle; gates sit between the stages.</summary>
public enum LifecycleStage
{
    /// <summary>Mandate and outline case; the project is being set up.</summary>
    Initiation,
    /// <summary>Detailed planning and business case.</summary>
    Planning,
    /// <summary>Delivery.</summary>
    Execution,
    /// <summary>Handover, lessons and closure.</summary>
    Closing,
    /// <summary>Finished; governance rules for live projects no longer apply.</summary>
    Closed,
}
