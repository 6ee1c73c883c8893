using NRules.Fluent.Dsl;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>A plain NRules rule without a descriptor: the engine cannot report on it.</summary>
public sealed class UndescribedRule : Rule
{
    public override void Define()
    {
        Project project = null!;
        When().Match(() => project);
        Then().Do(_ => project.ToString());
    }
}

/// <summary>An abstract subject rule: nothing to instantiate.</summary>
public abstract class AbstractRule : SubjectRule<Project>
{
}

/// <summary>CTOR-001: its constructor throws.</summary>
public sealed class ConstructorThrowsRule : SubjectRule<Project>
{
    public ConstructorThrowsRule() => throw new InvalidOperationException("Constructor exploded.");

    public override RuleDescriptor Descriptor => TestDescriptor.For("CTOR-001", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project subject, IAssessmentContext context) => Verdict.Pass();
}

/// <summary>DEF-001: a described NRules rule whose definition throws, so NRules cannot load it.</summary>
public sealed class DefineThrowsRule : Rule, IDescribedRule
{
    public RuleDescriptor Descriptor { get; } = TestDescriptor.For("DEF-001", Severity.Low, EntityKind.Project);

    public override void Define() => throw new InvalidOperationException("Define exploded.");
}

/// <summary>MIS-001: assesses projects but its descriptor claims it assesses risks.</summary>
public sealed class MislabelledRule : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("MIS-001", Severity.Low, EntityKind.Risk);

    protected override Verdict Assess(Project subject, IAssessmentContext context) => Verdict.Pass();
}

/// <summary>Holds a nested rule class: public, concrete and described, but nested.</summary>
public static class RuleContainer
{
    /// <summary>NST-001: passes every project.</summary>
    public sealed class NestedRule : SubjectRule<Project>
    {
        public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("NST-001", Severity.Low, EntityKind.Project);

        protected override Verdict Assess(Project subject, IAssessmentContext context) => Verdict.Pass();
    }
}

/// <summary>INT-001: a top-level rule class that is not public.</summary>
internal sealed class InternalRule : SubjectRule<Project>
{
    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("INT-001", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project subject, IAssessmentContext context) => Verdict.Pass();
}
