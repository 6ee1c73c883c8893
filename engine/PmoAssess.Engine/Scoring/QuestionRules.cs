using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Scoring;

/// <summary>
/// A methodology's questions as rules over the organisation's answers, compiled like any ruleset rule, so
/// an answer is scored exactly as a project is: met or unmet. A question left blank is not asked, as it is without an
/// answers file: its rule applies to nothing, so the blank file <c>pmoassess questionnaire</c> writes scores as no file
/// (as not assessable it made each of its questions unknown, which blocked their levels).
/// Text and choice questions inform the report and are not scored.
/// </summary>
public static class QuestionRules
{
    /// <summary>The rules that score <paramref name="methodology"/>'s questions, as one ruleset.</summary>
    public static Ruleset For(Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        var rules = methodology.Questions
            .Where(question => question.IsScored)
            .Select(question => new YamlRule
            {
                Descriptor = new RuleDescriptor
                {
                    Id = question.Id,
                    Title = question.Title ?? question.Text,
                    Description = question.Text + " (the " + methodology.Name + " questionnaire)",
                    Remediation = question.Remediation ?? "Put in place what the question asks about, and answer it again at the next assessment.",
                    Severity = Severity.Medium,
                    Category = question.Category,
                    MaturityLevel = question.Level,
                    Tags = ["questionnaire"],
                    AppliesTo = EntityKind.Organisation,
                },
                SubjectType = typeof(OrganisationEvidence),
                When = Parse("question == '" + question.Id + "' and answer != null and answer != ''"),
                Require = Parse(Requirement(question)),
                Message = MessageTemplate.Parse("The answer was '{answer}'.", typeof(OrganisationEvidence)),
            })
            .ToList();
        return new Ruleset(methodology.Id + "-questions", methodology.Version, "The questions of " + methodology.Name + ".", methodology.File, rules,
            source: "methodology " + methodology.Id + (methodology.Version is null ? string.Empty : " " + methodology.Version) + " (questions)");
    }

    private static string Requirement(MethodologyQuestion question) => question.Answer == AnswerType.YesNo
        ? "answer.toLower() in ['yes', 'y', 'true']"
        : "answer in [" + string.Join(", ", Enumerable.Range(question.PassAt, 6 - question.PassAt)
            .Select(point => "'" + point.ToString(CultureInfo.InvariantCulture) + "'")) + "]";

    private static RuleExpression Parse(string text) => RuleExpressionParser.Parse(text, typeof(OrganisationEvidence), typeof(bool));
}
