using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.Policy;

/// <summary>
/// Builds an assessment result rule by rule and subject by subject, with a finding for every failed outcome, so
/// that a policy can be applied to it by hand-worked expectations.
/// </summary>
internal sealed class AssessedRules
{
    /// <summary>The date every result is assessed as of.</summary>
    public static readonly DateOnly AsOf = new(2026, 9, 30);

    private readonly List<RegisteredRule> _rules = [];
    private readonly List<RuleOutcome> _outcomes = [];

    public AssessedRules Rule(string id, Severity severity = Severity.High, string category = "governance")
    {
        _rules.Add(new RegisteredRule { Descriptor = Descriptor(id, severity, category), Source = "test" });
        return this;
    }

    public AssessedRules Passed(params string[] subjects) => Add(OutcomeStatus.Passed, subjects);

    public AssessedRules Failed(params string[] subjects) => Add(OutcomeStatus.Failed, subjects);

    public AssessedRules NotAssessable(params string[] subjects) => Add(OutcomeStatus.NotAssessable, subjects);

    public AssessedRules NotApplicable(params string[] subjects) => Add(OutcomeStatus.NotApplicable, subjects);

    public static RuleDescriptor Descriptor(string id, Severity severity = Severity.High, string category = "governance", params string[] tags) => new()
    {
        Id = id,
        Title = "Rule " + id,
        Severity = severity,
        Category = category,
        Tags = tags,
        AppliesTo = EntityKind.Project,
    };

    public AssessmentResult Result()
    {
        var outcomes = _outcomes.Order(OutcomeOrder.Instance).ToList();
        var rules = _rules.ToDictionary(rule => rule.Descriptor.Id, rule => rule.Descriptor, StringComparer.Ordinal);
        return new AssessmentResult
        {
            AsOf = AsOf,
            Dataset = new PortfolioDataset(),
            Rules = [.. _rules.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)],
            Outcomes = outcomes,
            Findings = [.. outcomes.Where(outcome => outcome.Status is OutcomeStatus.Failed)
                .Select(outcome => new Finding { Rule = rules[outcome.RuleId], Outcome = outcome, Severity = rules[outcome.RuleId].Severity })
                .OrderByDescending(finding => finding.Severity)],
        };
    }

    private AssessedRules Add(OutcomeStatus status, string[] subjects)
    {
        var rule = _rules[^1].Descriptor.Id;
        _outcomes.AddRange(subjects.Select(subject => new RuleOutcome
        {
            RuleId = rule,
            SubjectKind = EntityKind.Project,
            SubjectId = subject,
            ProjectId = subject,
            Status = status,
            Message = status is OutcomeStatus.Failed ? rule + " failed on " + subject + "." : null,
        }));
        return this;
    }
}
