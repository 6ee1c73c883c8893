using System.Linq.Expressions;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using PmoAssess.Facts;
using PmoAssess.Rules;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Rulesets;

/// <summary>
/// Builds the NRules rule definition of a ruleset rule with the rule model's builders, the same model that
/// C# fluent rules become: one pattern over the subject whose condition is the rule's applicability, and
/// an action that records the outcome. Applicability that reads the assessment date is decided in the
/// action instead, because NRules' network is shared by assessments of different dates.
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

        var subject = builder.LeftHandSide().Pattern(rule.SubjectType, RuleExpressionParser.SubjectName);
        if (rule.When is { UsesAsOf: false } when)
        {
            // Subjects missing a field the condition needs must reach the action, to be recorded as not assessable.
            // So must subjects with a cell that could not be read: they are not assessable, whatever the condition says.
            var missing = when.Reads.Select(field => field.MissingTest(when.Subject))
                .Aggregate(!when.ReadsFields ? Expression.Constant(false) : (Expression)HasProblems(when.Subject), Expression.OrElse);
            subject.Condition(Expression.Lambda(Expression.OrElse(missing, when.Body), when.Subject));
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

    private static BinaryExpression HasProblems(ParameterExpression subject)
    {
        var source = Expression.Property(subject, nameof(Fact.Source));
        return Expression.AndAlso(
            Expression.NotEqual(source, Expression.Constant(null, typeof(SourceRow))),
            Expression.Property(source, nameof(SourceRow.HasProblems)));
    }
}
