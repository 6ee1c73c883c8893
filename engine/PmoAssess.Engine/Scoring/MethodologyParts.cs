namespace PmoAssess.Scoring;

/// <summary>A maturity level of a methodology, e.g. 2 "Managed".</summary>
public sealed record MaturityLevel(int Level, string Name, string? Description);

/// <summary>A category a methodology grades, e.g. governance or risk management.</summary>
public sealed record MethodologyCategory(string Id, string Name, string? Description, decimal Weight);

/// <summary>A question whose answer shows what project data cannot: a charter, training, routines.</summary>
public sealed record MethodologyQuestion
{
    /// <summary>Its id, also the id of the rule that scores it, e.g. <c>PMO-Q01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The category it is scored under.</summary>
    public required string Category { get; init; }

    /// <summary>The level it is scored at.</summary>
    public required int Level { get; init; }

    /// <summary>The question as asked.</summary>
    public required string Text { get; init; }

    /// <summary>The practice it asks about, as a statement, e.g. "The PMO has an approved charter"; reports use it as the rule's title.</summary>
    public string? Title { get; init; }

    /// <summary>What to do when the answer does not meet it.</summary>
    public string? Remediation { get; init; }

    /// <summary>Whether its answer is scored (yes-no and scale) rather than information for the report (text and choice).</summary>
    public bool IsScored => Answer is AnswerType.YesNo or AnswerType.Scale;

    /// <summary>How it is answered.</summary>
    public required AnswerType Answer { get; init; }

    /// <summary>For a scale: the lowest answer that meets it.</summary>
    public int PassAt { get; init; } = 3;

    /// <summary>For a choice: the options.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>
    /// The step of setting up a PMO that this question, met, shows taken (<c>objectives</c>, <c>tools</c>,
    /// <c>organisation</c>, <c>engagement</c>, <c>routines</c> or <c>charter</c>); the roadmap then leaves it out.
    /// </summary>
    public string? SetUpStep { get; init; }
}
