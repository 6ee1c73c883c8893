using System.Linq.Expressions;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>Puts expressions in place of parameters in a tree.</summary>
internal sealed class ParameterSubstitution(IEnumerable<(ParameterExpression Parameter, Expression Value)> values) : ExpressionVisitor
{
    private readonly Dictionary<ParameterExpression, Expression> _values = values.ToDictionary(pair => pair.Parameter, pair => pair.Value);

    protected override Expression VisitParameter(ParameterExpression node) => _values.GetValueOrDefault(node, node);
}
