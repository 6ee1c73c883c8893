using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Tests.Engine.TestRules;

/// <summary>ASK-001: passes every project with its sponsor as evidence, counting how often it is asked (one test uses it).</summary>
public sealed class CountsItsVerdicts : SubjectRule<Project>
{
    private static int _verdicts;

    public static int Verdicts => Volatile.Read(ref _verdicts);

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ASK-001", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        Interlocked.Increment(ref _verdicts);
        return Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor));
    }
}

/// <summary>ASK-002: passes every project the first four times it is asked, then fails them (one test uses it).</summary>
public sealed class DecidesDifferentlyWhenAskedAgain : SubjectRule<Project>
{
    private static int _verdicts;

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ASK-002", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        Interlocked.Increment(ref _verdicts) <= 4 ? Verdict.Pass() : Verdict.Fail("Changed its mind.");
}

/// <summary>ASK-003: passes every project the first four times it is asked, then throws (one test uses it).</summary>
public sealed class ThrowsWhenAskedAgain : SubjectRule<Project>
{
    private static int _verdicts;

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ASK-003", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        Interlocked.Increment(ref _verdicts) <= 4 ? Verdict.Pass() : throw new InvalidOperationException("Asked twice.");
}

/// <summary>ASK-004: fails every project the first four times it is asked, then passes them (one test uses it).</summary>
public sealed class FailsThenPassesWhenAskedAgain : SubjectRule<Project>
{
    private static int _verdicts;

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ASK-004", Severity.Low, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context) =>
        Interlocked.Increment(ref _verdicts) <= 4 ? Verdict.Fail("Failed first.") : Verdict.Pass();
}

/// <summary>
/// ASK-005: fails P-10 naming its sponsor, finds every other project not assessable for want of a sponsor, and counts
/// how often it is asked (one test uses it).
/// </summary>
public sealed class CountsItsFailures : SubjectRule<Project>
{
    private static int _verdicts;

    public static int Verdicts => Volatile.Read(ref _verdicts);

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ASK-005", Severity.High, EntityKind.Project);

    protected override Verdict Assess(Project project, IAssessmentContext context)
    {
        Interlocked.Increment(ref _verdicts);
        var sponsor = project.EvidenceOf("sponsor", project.Sponsor);
        return project.Id == "P-10" ? Verdict.Fail("Sponsored by " + project.Sponsor + ".", sponsor) : Verdict.NotAssessable(sponsor);
    }
}

/// <summary>ASK-006: fails every portfolio, counting how often it is asked (one test uses it).</summary>
public sealed class CountsItsPortfolioFailures : SubjectRule<Portfolio>
{
    private static int _verdicts;

    public static int Verdicts => Volatile.Read(ref _verdicts);

    public override RuleDescriptor Descriptor { get; } = TestDescriptor.For("ASK-006", Severity.High, EntityKind.Portfolio);

    protected override Verdict Assess(Portfolio portfolio, IAssessmentContext context)
    {
        Interlocked.Increment(ref _verdicts);
        return Verdict.Fail(portfolio.Projects.Count + " project(s) looked at.", portfolio.EvidenceOf("name", portfolio.Name));
    }
}
