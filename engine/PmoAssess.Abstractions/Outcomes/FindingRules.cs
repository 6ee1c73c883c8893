namespace PmoAssess.Outcomes;

/// <summary>Reads of a list of findings that need only each finding's rule and severity.</summary>
/// <remarks>
/// Most passes over an assessment's findings count them by rule or severity: made for each pass, with their outcomes'
/// placeholders, the 362,000 findings of 100,000 projects were 3.4 million objects, most of them read for nothing more.
/// </remarks>
internal static class FindingRules
{
    /// <summary>Each finding's rule and severity in force, in order; the findings are made only when the list cannot tell.</summary>
    public static IEnumerable<(RuleDescriptor Rule, Severity Severity)> RulesAndSeverities(this IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings is not IFindingList told)
        {
            return findings.Select(finding => (finding.Rule, finding.Severity));
        }

        return Enumerable.Range(0, told.Count).Select(told.RuleAndSeverityAt);
    }
}
