namespace PmoAssess.Policy;

/// <summary>
/// An accepted exception to a rule: the rule (id or glob), the subject (or every subject), who approved it,
/// why, and until when. A waived failure is reported as waived with its justification and does not fail the gate.
/// </summary>
public sealed record Waiver
{
    /// <summary>How many days before expiry a waiver is listed as expiring soon.</summary>
    public const int ExpiringWithinDays = 30;

    /// <summary>The rule id or glob.</summary>
    public required string Rule { get; init; }

    /// <summary>The subject id, or <c>*</c> for every subject of the rule.</summary>
    public required string Subject { get; init; }

    /// <summary>Why the exception was granted.</summary>
    public required string Justification { get; init; }

    /// <summary>Who approved it.</summary>
    public string? Approver { get; init; }

    /// <summary>When it was approved.</summary>
    public DateOnly? Approved { get; init; }

    /// <summary>The last day it applies, or <c>null</c> when the policy allows open-ended waivers.</summary>
    public DateOnly? Expires { get; init; }

    /// <summary>Where it is written, e.g. <c>pmoassess.yaml:42</c>.</summary>
    public required string Location { get; init; }

    /// <summary>Whether it has expired on <paramref name="asOf"/> (it applies up to and including its expiry date).</summary>
    public bool IsExpired(DateOnly asOf) => Expires is { } expires && asOf > expires;

    /// <summary>Whether it expires within <see cref="ExpiringWithinDays"/> days of <paramref name="asOf"/>.</summary>
    public bool IsExpiringSoon(DateOnly asOf) => Expires is { } expires && !IsExpired(asOf) && expires.DayNumber - asOf.DayNumber <= ExpiringWithinDays;

    /// <summary>Whether it covers a failure of <paramref name="ruleId"/> on <paramref name="subjectId"/>.</summary>
    public bool Covers(string ruleId, string subjectId) =>
        MatchesRule(ruleId) && (Subject == "*" || string.Equals(Subject, subjectId, StringComparison.Ordinal));

    /// <summary>Whether its rule id or glob matches <paramref name="ruleId"/>, whatever the subject.</summary>
    public bool MatchesRule(string ruleId) => RulePattern.Glob(Rule).IsMatch(ruleId);
}
