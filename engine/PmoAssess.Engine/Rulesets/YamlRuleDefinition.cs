using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using PmoAssess.Assessment;
using PmoAssess.Facts;
using PmoAssess.Rules;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Rulesets;

/// <summary>
/// Builds the NRules rule definition of a ruleset rule with the rule model's builders, the same model that C# fluent
/// rules become: one pattern over the subject, and an action that records the outcome.
/// <para>
/// A rule over projects and their records fires only on the subjects that need attention: those that fail, miss a field
/// it reads or have a cell that could not be read. Its condition is the rule's own expressions, inlined. The subjects it
/// lets by either pass or are not applicable, and the assessment tells them apart after the session
/// (<see cref="YamlRule.PassesUnfired"/>) without an activation each: passes are most of a large assessment's outcomes,
/// and an activation costs NRules about 600 bytes. A rule over portfolios or the organisation fires on every subject it
/// applies to (<see cref="YamlRule.FiresOnEverySubject"/>).
/// </para>
/// </summary>
internal static class YamlRuleDefinition
{
    private const string ContextName = "context";

    public static IRuleDefinition Build(YamlRule rule)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Descriptor.Id);
        builder.Description(rule.Descriptor.Title);
        builder.Tags(rule.Descriptor.Tags);
        builder.Dependencies().Dependency(typeof(IAssessmentContext), ContextName);

        var pattern = builder.LeftHandSide().Pattern(rule.SubjectType, RuleExpressionParser.SubjectName);
        if (Condition(rule, pattern.Declaration.ToParameterExpression()) is { } condition)
        {
            pattern.Condition(condition);
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var matched = Expression.Parameter(rule.SubjectType, RuleExpressionParser.SubjectName);
        var assessment = Expression.Parameter(typeof(IAssessmentContext), ContextName);
        var record = Expression.Call(
            Expression.Constant(rule),
            typeof(YamlRule).GetMethod(nameof(YamlRule.Record))!,
            Expression.Convert(matched, typeof(Fact)),
            assessment);
        builder.RightHandSide().Action(Expression.Lambda(record, context, matched, assessment));
        return builder.Build();
    }

    /// <summary>The subjects the rule's action must see, or <c>null</c> for all of its kind.</summary>
    private static LambdaExpression? Condition(YamlRule rule, ParameterExpression subject)
    {
        // A subject with a cell that could not be read, or missing a field the rule reads, is not assessable: the action decides.
        if (rule.FiresOnEverySubject)
        {
            return rule.When is { } applies
                ? Expression.Lambda(Expression.OrElse(Expression.OrElse(HasProblems(subject), Missing(applies, subject)), Inline(applies, subject)), subject)
                : null;
        }

        var require = rule.Require!;
        var needsAttention = Expression.OrElse(Missing(require, subject), Expression.Not(Inline(require, subject)));
        if (rule.When is { } when)
        {
            needsAttention = Expression.OrElse(Missing(when, subject), Expression.AndAlso(Inline(when, subject), needsAttention));
        }

        return Expression.Lambda(Expression.OrElse(HasProblems(subject), needsAttention), subject);
    }

    private static Expression Missing(RuleExpression expression, ParameterExpression subject) =>
        expression.Reads.Select(field => field.MissingTest(subject)).Aggregate((Expression)Expression.Constant(false), Expression.OrElse);

    /// <summary>The expression's tree over <paramref name="subject"/>, reading the date of the session evaluating it.</summary>
    private static Expression Inline(RuleExpression expression, ParameterExpression subject) =>
        new ParameterSubstitution([(expression.Subject, subject), (expression.AsOf, Expression.Property(null, typeof(SessionDate), nameof(SessionDate.Current)))])
            .Visit(expression.Body)!;

    private static MemberExpression HasProblems(ParameterExpression subject) => Expression.Property(subject, nameof(Fact.SourceHasProblems));
}
