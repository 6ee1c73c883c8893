using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Import.Quality;

/// <summary>Collects the data-quality findings of one import, in the order they were found.</summary>
internal sealed class DataQualityLog
{
    private readonly List<RuleOutcome> _outcomes = [];

    public IReadOnlyList<RuleOutcome> Outcomes => _outcomes;

    /// <summary>Records that <paramref name="rule"/> failed on the record <paramref name="subjectId"/>, pointing at the cell.</summary>
    public void Fail(RuleDescriptor rule, EntityKind kind, string subjectId, string? projectId, string message, Evidence evidence) =>
        _outcomes.Add(new RuleOutcome
        {
            RuleId = rule.Id,
            SubjectKind = kind,
            SubjectId = subjectId,
            ProjectId = projectId,
            Status = OutcomeStatus.Failed,
            Message = message,
            Evidence = [evidence],
        });
}
