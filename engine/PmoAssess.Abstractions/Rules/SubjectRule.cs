using NRules.Fluent.Dsl;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Rules;

/// <summary>
/// Base for a rule that assesses every fact of one kind, one at a time: the applicability test runs
/// inside NRules' network, the requirement runs when the rule fires, and every subject it applies to
/// gets an outcome (passed, failed or not assessable). Subjects it does not apply to are recorded
/// as not applicable by the engine. A plain pass is kept without its evidence: when an output reads it,
/// the engine asks the rule again, so both methods must decide from the subject and the date alone.
/// </summary>
/// <typeparam name="TSubject">The fact type assessed, e.g. <see cref="Project"/> or <see cref="Risk"/>.</typeparam>
/// <example>
/// <code>
/// public sealed class ActiveProjectHasSponsor : SubjectRule&lt;Project&gt;
/// {
///     public override RuleDescriptor Descriptor { get; } = new() { Id = "GOV-001", ... };
///     protected override bool AppliesTo(Project project) =&gt; project.IsActive;
///     protected override Verdict Assess(Project project, IAssessmentContext context) =&gt; ...;
/// }
/// </code>
/// </example>
public abstract class SubjectRule<TSubject> : Rule, IDescribedRule, IDecidesAgain
    where TSubject : Fact
{
    /// <summary>What this rule is. Its <see cref="RuleDescriptor.Id"/> becomes the NRules rule name.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Defines the NRules rule; sealed so that every subject rule records outcomes the same way.</summary>
    public sealed override void Define()
    {
        TSubject subject = null!;
        IAssessmentContext context = null!;

        Name(Descriptor.Id);
        Dependency().Resolve(() => context);
        When().Match(() => subject, s => AppliesTo(s));
        Then().Do(_ => context.RecordVerdict(subject, Descriptor.Id, Assess(subject, context)));
    }

    /// <summary>Whether the rule applies to a subject. Keep it cheap and free of side effects.</summary>
    protected virtual bool AppliesTo(TSubject subject) => true;

    /// <summary>Decides whether a subject the rule applies to meets the requirement.</summary>
    protected abstract Verdict Assess(TSubject subject, IAssessmentContext context);

    Verdict? IDecidesAgain.DecideAgain(Fact subject, DateOnly asOf) =>
        subject is TSubject typed && AppliesTo(typed) ? Assess(typed, new AskedAgain(asOf)) : null;

    // What the rule recorded the first time is in place already: asked again, it records nothing.
    private sealed class AskedAgain(DateOnly asOf) : IAssessmentContext
    {
        public DateOnly AsOf { get; } = asOf;

        public void Record(RuleOutcome outcome)
        {
        }
    }
}
