using PmoAssess.Facts;

namespace PmoAssess.History;

/// <summary>
/// A recorded run's findings, read from the store the first time anything but their number is asked for: a comparison
/// with a run whose finding keys are the same needs none of them (<see cref="FindingKeys"/>).
/// </summary>
internal sealed class FindingsReadLater(int count, Func<int, KeyedFindings> read) : KeyedFindings
{
    private readonly Lazy<KeyedFindings> _findings = new(() => read(count));

    /// <summary>How many the run's row says it has.</summary>
    public override int Count => count;

    public override RecordedFinding this[int index] => _findings.Value[index];

    public override (string Rule, EntityKind Kind, string Subject) KeyAt(int index) => _findings.Value.KeyAt(index);

    public override IReadOnlyList<RecordedFinding> Whole(IReadOnlyList<int> indices) => _findings.Value.Whole(indices);
}
