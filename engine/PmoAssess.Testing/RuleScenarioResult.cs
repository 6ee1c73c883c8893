using System.Globalization;
using PmoAssess.Assessment;
using PmoAssess.Outcomes;

namespace PmoAssess.Testing;

/// <summary>
/// What a <see cref="RuleScenario"/> produced: every outcome of every rule on every subject, and
/// assertions that throw <see cref="RuleAssertionException"/> with the rule, the subject, the expected
/// and the actual outcome when they do not hold. Each assertion returns the outcome it checked, so a
/// test can go on to check its evidence.
/// </summary>
public sealed class RuleScenarioResult
{
    // Enough subjects to spot a typo in an id without burying the message.
    private const int ListedSubjects = 20;

    internal RuleScenarioResult(AssessmentResult assessment) => Assessment = assessment;

    /// <summary>The engine's own result: rules, outcomes and findings, exactly as a report would get them.</summary>
    public AssessmentResult Assessment { get; }

    /// <summary>The assessment date the rules saw.</summary>
    public DateOnly AsOf => Assessment.AsOf;

    /// <summary>Every outcome, ordered by rule id, subject kind and subject id.</summary>
    public IReadOnlyList<RuleOutcome> Outcomes => Assessment.Outcomes;

    /// <summary>The failed outcomes with their rules, most severe first.</summary>
    public IReadOnlyList<Finding> Findings => Assessment.Findings;

    /// <summary>Every outcome of one rule, in subject order.</summary>
    /// <exception cref="RuleAssertionException">No rule with that id ran in this scenario.</exception>
    public IReadOnlyList<RuleOutcome> OutcomesOf(string ruleId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ruleId);
        if (!Assessment.Rules.Any(rule => string.Equals(rule.Descriptor.Id, ruleId, StringComparison.Ordinal)))
        {
            throw new RuleAssertionException(
                "No rule " + ruleId + " ran in this scenario. Rules run: " + string.Join(", ", Assessment.Rules.Select(rule => rule.Descriptor.Id)) + ".",
                ruleId, string.Empty, actual: null);
        }

        return [.. Outcomes.Where(outcome => string.Equals(outcome.RuleId, ruleId, StringComparison.Ordinal))];
    }

    /// <summary>The one outcome a rule gave a subject (passed, failed, not applicable, not assessable or error).</summary>
    /// <param name="ruleId">The rule's id, e.g. <c>GOV-001</c>.</param>
    /// <param name="subjectId">The subject's id: a project id for a project rule, a risk id for a risk rule, and so on.</param>
    /// <exception cref="RuleAssertionException">The rule did not run, or gave the subject no outcome (it is not of the kind the rule assesses).</exception>
    public RuleOutcome OutcomeFor(string ruleId, string subjectId)
    {
        ArgumentException.ThrowIfNullOrEmpty(subjectId);
        var outcomes = OutcomesOf(ruleId);
        var matches = outcomes.Where(outcome => string.Equals(outcome.SubjectId, subjectId, StringComparison.Ordinal)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new RuleAssertionException(NoOutcome(ruleId, subjectId, outcomes), ruleId, subjectId, actual: null),
            _ => throw new RuleAssertionException(
                ruleId + " gave " + matches.Count.ToString(CultureInfo.InvariantCulture) + " outcomes for subject " + subjectId + " (" +
                string.Join(", ", matches.Select(match => match.SubjectKind)) + "); use OutcomesOf and pick by SubjectKind.",
                ruleId, subjectId, actual: null),
        };
    }

    /// <summary>Asserts that the rule applied to the subject and its requirement held.</summary>
    /// <returns>The outcome, e.g. to check its evidence.</returns>
    /// <exception cref="RuleAssertionException">The outcome is anything but passed.</exception>
    public RuleOutcome ShouldPass(string ruleId, string subjectId) =>
        Expect(ruleId, subjectId, "Passed", outcome => outcome.Status == OutcomeStatus.Passed);

    /// <summary>Asserts that the rule applied to the subject and its requirement did not hold.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="messageContains">Text the failure message must contain (ordinal, case-sensitive), or <c>null</c> for any message.</param>
    /// <returns>The outcome, e.g. to check its evidence.</returns>
    /// <exception cref="RuleAssertionException">The outcome is not failed, or its message lacks <paramref name="messageContains"/>.</exception>
    public RuleOutcome ShouldFail(string ruleId, string subjectId, string? messageContains = null) =>
        Expect(ruleId, subjectId,
            messageContains is null ? "Failed" : "Failed, with a message containing " + OutcomeText.Quoted(messageContains),
            outcome => outcome.Status == OutcomeStatus.Failed &&
                (messageContains is null || (outcome.Message?.Contains(messageContains, StringComparison.Ordinal) ?? false)));

    /// <summary>Asserts that the rule applies to the subject but could not decide because a field had no value.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="subjectId">The subject's id.</param>
    /// <param name="field">The canonical field the rule must name as missing, e.g. <c>budgetAtCompletion</c>.</param>
    /// <returns>The outcome, e.g. to check its evidence.</returns>
    /// <exception cref="RuleAssertionException">The outcome is not "not assessable", or names another field.</exception>
    public RuleOutcome ShouldBeNotAssessable(string ruleId, string subjectId, string field)
    {
        ArgumentException.ThrowIfNullOrEmpty(field);
        return Expect(ruleId, subjectId, "NotAssessable, missing field " + OutcomeText.Quoted(field),
            outcome => outcome.Status == OutcomeStatus.NotAssessable && string.Equals(outcome.MissingField, field, StringComparison.Ordinal));
    }

    /// <summary>Asserts that the rule does not apply to the subject (its applicability test said no).</summary>
    /// <returns>The outcome.</returns>
    /// <exception cref="RuleAssertionException">The rule applied to the subject.</exception>
    public RuleOutcome ShouldBeNotApplicable(string ruleId, string subjectId) =>
        Expect(ruleId, subjectId, "NotApplicable", outcome => outcome.Status == OutcomeStatus.NotApplicable);

    private RuleOutcome Expect(string ruleId, string subjectId, string expected, Func<RuleOutcome, bool> holds)
    {
        var outcome = OutcomeFor(ruleId, subjectId);
        if (holds(outcome))
        {
            return outcome;
        }

        var rule = Assessment.Rules.FirstOrDefault(candidate => string.Equals(candidate.Descriptor.Id, ruleId, StringComparison.Ordinal))?.Descriptor;
        throw new RuleAssertionException(OutcomeText.Mismatch(rule, outcome, expected, AsOf), ruleId, subjectId, outcome);
    }

    private static string NoOutcome(string ruleId, string subjectId, IReadOnlyList<RuleOutcome> outcomes)
    {
        if (outcomes.Count == 0)
        {
            return ruleId + " has no outcome for subject " + subjectId + ": it assessed nothing, because the scenario has no fact of the kind it assesses.";
        }

        var listed = outcomes.Take(ListedSubjects).Select(outcome => outcome.SubjectId + " (" + outcome.Status + ")");
        var more = outcomes.Count > ListedSubjects
            ? ", and " + (outcomes.Count - ListedSubjects).ToString(CultureInfo.InvariantCulture) + " more"
            : string.Empty;
        return ruleId + " has no outcome for subject " + subjectId + ": the scenario has no " + outcomes[0].SubjectKind +
            " with that id. Subjects it assessed: " + string.Join(", ", listed) + more + ".";
    }
}
