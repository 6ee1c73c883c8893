using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.Scoring;

/// <summary>Builds an assessment result from outcome counts per rule, to score by hand-worked expectations.</summary>
internal sealed class ScoredOutcomes
{
    private readonly List<RegisteredRule> _rules = [];
    private readonly List<RuleOutcome> _outcomes = [];

    public ScoredOutcomes Rule(string id, string category, int? level, int passed = 0, int failed = 0, int notAssessable = 0, int notApplicable = 0,
        Severity severity = Severity.Medium, int errors = 0)
    {
        _rules.Add(new RegisteredRule
        {
            Descriptor = new RuleDescriptor
            {
                Id = id,
                Title = "Rule " + id,
                Remediation = "Fix " + id,
                Severity = severity,
                Category = category,
                MaturityLevel = level,
                AppliesTo = EntityKind.Project,
            },
            Source = "test",
        });
        var statuses = Enumerable.Repeat(OutcomeStatus.Passed, passed)
            .Concat(Enumerable.Repeat(OutcomeStatus.Failed, failed))
            .Concat(Enumerable.Repeat(OutcomeStatus.NotAssessable, notAssessable))
            .Concat(Enumerable.Repeat(OutcomeStatus.NotApplicable, notApplicable))
            .Concat(Enumerable.Repeat(OutcomeStatus.Error, errors));
        _outcomes.AddRange(statuses.Select((status, index) => new RuleOutcome
        {
            RuleId = id,
            SubjectKind = EntityKind.Project,
            SubjectId = "P-" + index,
            Status = status,
        }));
        return this;
    }

    public AssessmentResult Result() => new()
    {
        AsOf = new DateOnly(2026, 9, 30),
        Dataset = new PortfolioDataset(),
        Rules = _rules,
        Outcomes = _outcomes,
    };
}
