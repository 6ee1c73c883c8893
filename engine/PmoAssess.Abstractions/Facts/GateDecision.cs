namespace PmoAssess.Facts;

/// <summary>The decision taken at a stage gate.</summary>
public enum GateDecision
{
    /// <summary>Proceed to the next stage.</summary>
    Go,
    /// <summary>Pause until conditions are met.</summary>
    Hold,
    /// <summary>Repeat the stage's work and come back.</summary>
    Recycle,
    /// <summary>Stop the project.</summary>
    Kill,
}
