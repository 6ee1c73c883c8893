namespace PmoAssess.Facts;

/// <summary>A stage gate review and its decision.</summary>
public sealed class StageGate : ProjectChild
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Gate;

    /// <summary>Which gate, e.g. "G3 Investment decision".</summary>
    public string? Gate { get; init; }

    /// <summary>Go, hold, recycle or kill.</summary>
    public GateDecision? Decision { get; init; }

    /// <summary>When the decision was taken.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Who took it.</summary>
    public string? Approver { get; init; }
}
