using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>The one order outcomes are reported in: by rule id, subject kind, then subject id (ordinal, culture-free).</summary>
public sealed class OutcomeOrder : IComparer<RuleOutcome>
{
    /// <summary>The comparer.</summary>
    public static readonly OutcomeOrder Instance = new();

    private OutcomeOrder()
    {
    }

    /// <inheritdoc />
    public int Compare(RuleOutcome? x, RuleOutcome? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byRule = string.CompareOrdinal(x.RuleId, y.RuleId);
        if (byRule != 0)
        {
            return byRule;
        }

        // As numbers: an enum's own CompareTo boxes both, and this runs for every pair of outcomes compared.
        var byKind = ((int)x.SubjectKind).CompareTo((int)y.SubjectKind);
        return byKind != 0 ? byKind : string.CompareOrdinal(x.SubjectId, y.SubjectId);
    }
}
