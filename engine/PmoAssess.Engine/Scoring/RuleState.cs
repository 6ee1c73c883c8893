namespace PmoAssess.Scoring;

/// <summary>What a rule's outcomes show about a level, under a methodology's coverage threshold.</summary>
public enum RuleState
{
    /// <summary>Enough of the subjects it applies to pass.</summary>
    Met,

    /// <summary>Too few pass.</summary>
    Unmet,

    /// <summary>It applies to subjects, but none could be assessed: the capability is not shown.</summary>
    Unknown,

    /// <summary>It applies to nothing in the data; it neither helps nor blocks.</summary>
    NotEvidenced,
}
