using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Plugins.DeliveryHealth.Tests;

/// <summary>
/// Shorthands over PmoAssess.Testing for this project's rule tests: run one rule over a project built in code,
/// as of the Contoso sample's date, and pick out its outcome.
/// </summary>
internal static class RuleHarness
{
    /// <summary>The assessment date used unless a test names another (the Contoso sample's).</summary>
    public static readonly DateOnly AsOf = new(2026, 9, 30);

    /// <summary>The outcome of <typeparamref name="TRule"/> for a project assessed on its own.</summary>
    public static RuleOutcome Assess<TRule>(Project project)
        where TRule : IDescribedRule =>
        Testing.RuleHarness.For(typeof(TRule)).AsOf(AsOf).Given(project).Run().Assessment.Outcomes
            .Single(outcome => outcome.SubjectId == project.Id);

    /// <summary>Evidence as a rule reports it for a fact built in code: no file, row or column.</summary>
    public static Evidence EvidenceOf(string field, string? value) => new() { Field = field, Value = value };
}
