using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Tests;

/// <summary>
/// Shorthands over PmoAssess.Testing for this project's tests: run one rule over facts built in code,
/// as of the Contoso sample's date, and pick out the outcome of one subject.
/// </summary>
internal static class RuleHarness
{
    /// <summary>The assessment date used unless a test names another (the Contoso sample's).</summary>
    public static readonly DateOnly AsOf = new(2026, 9, 30);

    public static AssessmentResult Run<TRule>(PortfolioDataset dataset, DateOnly? asOf = null)
        where TRule : IDescribedRule =>
        Testing.RuleHarness.For(typeof(TRule)).AsOf(asOf ?? AsOf).Given(dataset).Run().Assessment;

    /// <summary>The outcome of <typeparamref name="TRule"/> for a project assessed on its own.</summary>
    public static RuleOutcome Assess<TRule>(Project project, DateOnly? asOf = null)
        where TRule : IDescribedRule =>
        OutcomeOf(Run<TRule>(new PortfolioDataset { Projects = [project] }, asOf), project.Id);

    /// <summary>The outcome of <typeparamref name="TRule"/> for a risk, on a live project that holds only it.</summary>
    public static RuleOutcome Assess<TRule>(Risk risk)
        where TRule : IDescribedRule
    {
        var project = new Project { Id = risk.ProjectId, Stage = LifecycleStage.Execution, Risks = [risk] };
        return OutcomeOf(Run<TRule>(new PortfolioDataset { Projects = [project] }), risk.Id);
    }

    /// <summary>The single outcome recorded for a subject.</summary>
    public static RuleOutcome OutcomeOf(AssessmentResult result, string subjectId) =>
        result.Outcomes.Single(outcome => outcome.SubjectId == subjectId);

    /// <summary>Evidence as a rule reports it for a fact built in code: no file, row or column.</summary>
    public static Evidence EvidenceOf(string field, string? value) => new() { Field = field, Value = value };
}
