using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// The severity in force of every failed outcome: a finding's (a policy may change it), whether it counts or the policy
/// set it apart as waived or baselined, else the rule's own.
/// </summary>
/// <remarks>
/// When every finding has its rule's own severity, as without a policy that moves rules, the rule's severity is the
/// answer for every failed outcome, and no table of hundreds of thousands of findings is made to look it up.
/// </remarks>
internal sealed class SeveritiesInForce
{
    private readonly Dictionary<string, Severity> _rules;
    private readonly Dictionary<(string, EntityKind, string), Severity>? _findings;
    private string? _lastRuleId;
    private Severity? _lastRuleSeverity;

    private SeveritiesInForce(Dictionary<string, Severity> rules, Dictionary<(string, EntityKind, string), Severity>? findings)
    {
        _rules = rules;
        _findings = findings;
    }

    public static SeveritiesInForce Of(AssessmentReport report)
    {
        // Waived and baselined findings are few: read whole. The findings that count may be millions: by rule and severity.
        IEnumerable<Finding> setApart = [.. report.Policy?.Waived.Select(pair => pair.Finding) ?? [], .. report.Policy?.Baselined ?? []];
        var findings = report.Findings.Concat(setApart);
        var rules = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var rule in report.Rules)
        {
            rules.Add(rule.Rule.Id, rule.Rule.Severity);
        }

        var rulesAndSeverities = report.Findings.RulesAndSeverities().Concat(setApart.Select(finding => (finding.Rule, finding.Severity)));
        if (rulesAndSeverities.All(finding => rules.TryGetValue(finding.Rule.Id, out var severity) && severity == finding.Severity))
        {
            return new SeveritiesInForce(rules, null);
        }

        var severities = new Dictionary<(string, EntityKind, string), Severity>();
        foreach (var finding in findings)
        {
            severities.TryAdd((finding.Outcome.RuleId, finding.Outcome.SubjectKind, finding.Outcome.SubjectId), finding.Severity);
        }

        foreach (var outcome in report.OutcomesNeedingAttention.Where(outcome => outcome.Status == OutcomeStatus.Failed))
        {
            if (rules.TryGetValue(outcome.RuleId, out var severity))
            {
                severities.TryAdd((outcome.RuleId, outcome.SubjectKind, outcome.SubjectId), severity);
            }
        }

        return new SeveritiesInForce(rules, severities);
    }

    /// <summary>The severity in force of a failed outcome; <c>null</c> when neither a finding nor a rule gives one.</summary>
    public Severity? Of(RuleOutcome outcome)
    {
        if (_findings is not null)
        {
            return _findings.TryGetValue((outcome.RuleId, outcome.SubjectKind, outcome.SubjectId), out var severity) ? severity : null;
        }

        // Outcomes come rule by rule: look each rule up once.
        if (!ReferenceEquals(outcome.RuleId, _lastRuleId))
        {
            _lastRuleId = outcome.RuleId;
            _lastRuleSeverity = _rules.TryGetValue(outcome.RuleId, out var severity) ? severity : null;
        }

        return _lastRuleSeverity;
    }
}
