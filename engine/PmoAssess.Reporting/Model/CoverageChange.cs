namespace PmoAssess.Reporting.Model;

/// <summary>A rule whose coverage (passed over applicable) changed between two runs. Immutable.</summary>
public sealed record CoverageChange
{
    /// <summary>The rule's id.</summary>
    public required string RuleId { get; init; }

    /// <summary>The rule's title in the later run.</summary>
    public required string Title { get; init; }

    /// <summary>The coverage in the earlier run, from 0 to 1.</summary>
    public required decimal Before { get; init; }

    /// <summary>The coverage in the later run, from 0 to 1.</summary>
    public required decimal After { get; init; }

    /// <summary>Whether fewer of the subjects it applies to pass than before.</summary>
    public bool IsRegression => After < Before;
}
