using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Import.Quality;

/// <summary>Collects the data-quality findings of one import, in the order they were found.</summary>
internal sealed class DataQualityLog
{
    private readonly List<RuleOutcome> _outcomes = [];

    // Where each (rule, subject) failure sits in the list: a record fails a rule once, with every cell as evidence.
    private readonly Dictionary<(string RuleId, EntityKind Kind, string SubjectId), int> _failures = [];

    public IReadOnlyList<RuleOutcome> Outcomes => _outcomes;

    /// <summary>
    /// Records a pass of every data-quality rule on every record read that it did not fail on, so that a rule's
    /// coverage (and the maturity scored from it) is the share of records that were clean, not zero.
    /// </summary>
    public void PassTheRest(IEnumerable<Fact> records)
    {
        var passes = new List<RuleOutcome>();
        foreach (var record in records)
        {
            passes.AddRange(DataQualityRules.All
                .Where(rule => !_failures.ContainsKey((rule.Id, record.Kind, record.Id)))
                .Select(rule => RuleOutcome.About(record, rule.Id, OutcomeStatus.Passed)));
        }

        _outcomes.AddRange(passes);
    }

    /// <summary>
    /// Records that <paramref name="rule"/> failed on the record <paramref name="subjectId"/>, pointing at the cell. A
    /// second problem of the same rule on the same record joins the first: one finding per rule and record (as every
    /// rule gives, and as baselines, SARIF and JUnit key them), with a sentence and a piece of evidence per cell.
    /// </summary>
    public void Fail(RuleDescriptor rule, EntityKind kind, string subjectId, string? projectId, string message, Evidence evidence)
    {
        var key = (rule.Id, kind, subjectId);
        if (_failures.TryGetValue(key, out var index))
        {
            var first = _outcomes[index];
            _outcomes[index] = first with { Message = first.Message + " " + message, Evidence = [.. first.Evidence, evidence] };
            return;
        }

        _failures[key] = _outcomes.Count;
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
}
