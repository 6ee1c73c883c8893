using NRules.Extensibility;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// The context one rule session's actions write to. Outcomes go to their slots (shared by the sessions of one
/// assessment) or, when they have none, to a list of this session's own; never into working memory as facts, which
/// halves fire time (DESIGN.md). Used by one session on one thread.
/// </summary>
internal sealed class OutcomeCollector : IAssessmentContext, IRecordsVerdicts, IDependencyResolver
{
    private readonly List<RuleOutcome> _outcomes = [];
    private readonly OutcomeSlots? _slots;

    public OutcomeCollector(DateOnly asOf, OutcomeSlots? slots = null)
    {
        AsOf = asOf;
        _slots = slots;
        Places = slots?.NewSession();
    }

    public DateOnly AsOf { get; }

    /// <summary>The outcomes recorded that did not go to a slot.</summary>
    public IReadOnlyList<RuleOutcome> Outcomes => _outcomes;

    /// <summary>What this session holds of the slots, for <see cref="OutcomeSlots.Gather"/>; <c>null</c> without slots.</summary>
    public SessionPlaces? Places { get; }

    public void Record(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Place(outcome, isVerdict: false);
    }

    /// <summary>
    /// Records the verdict of rule <paramref name="ruleId"/> on <paramref name="subject"/>: unlike an outcome a rule records
    /// besides, its slot may keep only its status, for the rule to decide again when it is read.
    /// </summary>
    public void RecordVerdict(Fact subject, string ruleId, Verdict verdict) => Place(RuleOutcome.Of(subject, ruleId, verdict), isVerdict: true);

    // To its slot, or to this session's own list when it has none.
    private void Place(RuleOutcome outcome, bool isVerdict)
    {
        if (_slots?.TryPlace(outcome, Places!, isVerdict) != true)
        {
            _outcomes.Add(outcome);
        }
    }

    /// <summary>
    /// Records the verdict of <paramref name="ruleId"/> on <paramref name="subject"/>, a plain pass, a failure or not
    /// assessable, as a mark of its <paramref name="status"/> in its slot, for a rule that can decide again when the
    /// outcome is read; <c>false</c> when it has no slot, and the caller records it whole.
    /// </summary>
    internal bool TryRecordMark(string ruleId, Fact subject, OutcomeStatus status) => _slots?.TryPlaceMark(ruleId, subject, status, Places!) == true;

    /// <summary>
    /// Whether a failed or not-assessable verdict on <paramref name="subject"/> may go in as a mark
    /// (<see cref="TryRecordMark"/>); when not, a rule makes it whole at once rather than judging the subject twice.
    /// </summary>
    internal bool MayRecordMarkOn(Fact subject) => _slots is not null && OutcomeSlots.MarksVerdictsOn(subject.Kind);

    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(IAssessmentContext)
            ? this
            : throw new InvalidOperationException("Rules can depend on IAssessmentContext only. Service=" + serviceType.FullName);
}
