using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Rulesets;

/// <summary>
/// A ruleset rule, compiled: its descriptor, its checked expressions and what it decides about a subject.
/// <see cref="YamlRuleDefinition"/> turns it into an NRules rule whose action calls <see cref="Record"/>.
/// Immutable and safe to share across sessions and threads.
/// </summary>
internal sealed class YamlRule
{
    public required RuleDescriptor Descriptor { get; init; }

    public required Type SubjectType { get; init; }

    /// <summary>Which subjects the rule applies to; <c>null</c> for all of its kind.</summary>
    public RuleExpression? When { get; init; }

    /// <summary>The requirement; <c>null</c> for a population rule.</summary>
    public RuleExpression? Require { get; init; }

    public PopulationRequirement? Population { get; init; }

    public required MessageTemplate Message { get; init; }

    /// <summary>
    /// Whether its NRules rule fires on every subject it applies to, not only on those that need attention. A rule over
    /// the organisation or portfolios (population rules among them) has few subjects, each costly to judge because it
    /// aggregates over projects: each is judged once, in the action, rather than in the condition and again after.
    /// </summary>
    public bool FiresOnEverySubject => Population is not null || SubjectType == typeof(Portfolio) || SubjectType == typeof(OrganisationEvidence);

    /// <summary>
    /// Called by the rule's action for each subject NRules matched; records its outcome, if it applies. The engine's
    /// own collector takes a plain pass, a failure or a subject that cannot be assessed as a mark of its status: the
    /// message and evidence are made again if the outcome is read, so they are not made here. A verdict on a portfolio or
    /// the organisation it keeps whole (<see cref="OutcomeCollector.MayRecordMarkOn"/>): that is made at once.
    /// </summary>
    public void Record(Fact subject, IAssessmentContext context)
    {
        var collector = context as OutcomeCollector;
        var verdict = Assess(subject, context.AsOf, detailsLater: collector?.MayRecordMarkOn(subject) == true);
        if (StatusWithDetailsLater(verdict) is { } status)
        {
            if (collector!.TryRecordMark(Descriptor.Id, subject, status))
            {
                return;
            }

            verdict = Assess(subject, context.AsOf);
        }

        if (verdict is not null)
        {
            context.RecordVerdict(subject, Descriptor.Id, verdict);
        }
    }

    /// <summary>
    /// The message of the rule's failure on <paramref name="subject"/>, which it failed: its template rendered, with no
    /// evidence gathered. The history records a failure by its message alone.
    /// </summary>
    public string FailureMessage(Fact subject, DateOnly asOf) => Message.Render(subject, asOf);

    /// <summary>The verdict on <paramref name="subject"/>, or <c>null</c> when the rule does not apply to it.</summary>
    public Verdict? Assess(Fact subject, DateOnly asOf) => Assess(subject, asOf, detailsLater: false);

    /// <summary>
    /// Whether the rule passes on a <paramref name="subject"/> it did not fire on. Its NRules condition
    /// (<see cref="YamlRuleDefinition"/>) lets by only the subjects that pass and those it does not apply to, so of
    /// those it passes the ones it applies to: the requirement is not judged again. Only for a rule that does not fire
    /// on every subject.
    /// </summary>
    public bool PassesUnfired(Fact subject, DateOnly asOf) => When is null || When.IsTrue(subject, asOf);

    // What Assess gives for a plain pass, a failure and a subject it cannot assess when their details are not wanted yet.
    // Rendering each failure's message and gathering its evidence only for the collector to keep its status cost, at
    // 100,000 projects without history, 0.4 s of processor time on average (seven runs in turn: 6.12 s against 6.35 s).
    private static readonly Verdict PassWithDetailsLater = Verdict.Pass();
    private static readonly Verdict FailWithDetailsLater = Verdict.Fail("Made again when read.");
    private static readonly Verdict NotAssessableWithDetailsLater = Verdict.NotAssessable(new Evidence { Field = "made again when read" });

    private static OutcomeStatus? StatusWithDetailsLater(Verdict? verdict) =>
        ReferenceEquals(verdict, PassWithDetailsLater) || ReferenceEquals(verdict, FailWithDetailsLater) || ReferenceEquals(verdict, NotAssessableWithDetailsLater)
            ? verdict.Status
            : null;

    private Verdict? Assess(Fact subject, DateOnly asOf, bool detailsLater)
    {
        // A field empty because its cell could not be read is unknown, whatever the expressions would make of null.
        if (subject.SourceHasProblems && (When?.UnreadableOn(subject) ?? Require?.UnreadableOn(subject)) is { } unreadable)
        {
            return Verdict.NotAssessable(subject.EvidenceOf(unreadable), "The value of '" + unreadable + "' could not be read: " + subject.Source!.CellOf(unreadable)!.Problem);
        }

        if (When is not null)
        {
            if (When.MissingOn(subject) is { } whenField)
            {
                return detailsLater ? NotAssessableWithDetailsLater : NotAssessable(subject, whenField);
            }

            if (!When.IsTrue(subject, asOf))
            {
                return null;
            }
        }

        if (Population is not null)
        {
            return Population.Assess((Portfolio)subject, asOf);
        }

        if (Require!.MissingOn(subject) is { } field)
        {
            return detailsLater ? NotAssessableWithDetailsLater : NotAssessable(subject, field);
        }

        var passes = Require.IsTrue(subject, asOf);

        // Looked for only on a failure: a passing subject does not rest on the column, and most subjects pass.
        if (!passes && Require.AbsentColumnOn(subject) is { } absent)
        {
            return detailsLater ? NotAssessableWithDetailsLater : Verdict.NotAssessable(subject.EvidenceOf(absent), NoColumn(absent));
        }

        // A failure whose message might throw makes it now, where throwing makes an error outcome, not while it is read.
        if (detailsLater && (passes || Message.CannotThrow))
        {
            return passes ? PassWithDetailsLater : FailWithDetailsLater;
        }

        // Gathered in this thread's list and kept as an array: a list per verdict was 45 MB at 100,000 projects.
        var evidence = _evidence ??= [];
        evidence.Clear();
        for (var index = 0; index < Require.Referenced.Count; index++)
        {
            Require.Referenced[index].AddEvidenceOn(subject, evidence);
        }

        // A client's own column read with field('name') is evidence as much as a canonical field is.
        for (var index = 0; index < Require.CustomFields.Count; index++)
        {
            var name = Require.CustomFields[index];
            evidence.Add(subject.EvidenceOf(name, RuleFunctions.Field(subject, name)));
        }

        Evidence[] gathered = [.. evidence];
        evidence.Clear();
        return passes ? Verdict.Pass(gathered) : Verdict.Fail(Message.Render(subject, asOf), gathered);
    }

    [ThreadStatic]
    private static List<Evidence>? _evidence;

    private static Verdict NotAssessable(Fact subject, SubjectField field) => Verdict.NotAssessable(subject.EvidenceOf(field.Name));

    // One sentence per field, as Verdict's "No value for": the outcomes are kept to the end of the run, and an export
    // without a column makes one for every subject. The evidence names the file. Fields are the rules' own, so few.
    private static string NoColumn(string field) => NoColumnSentences.GetOrAdd(field, static name => "The source has no column for '" + name + "'.");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NoColumnSentences = new(StringComparer.Ordinal);
}
