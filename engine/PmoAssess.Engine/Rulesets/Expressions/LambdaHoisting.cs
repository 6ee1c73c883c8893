using System.Linq.Expressions;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// Compiles once each lambda inside an expression that reads nothing from outside itself, such as the
/// <c>r => r.status == 'open'</c> of <c>risks.any(r => r.status == 'open')</c>, and puts the delegate in its place.
/// Left in the tree, a nested lambda becomes a new delegate every time the expression runs, through
/// <c>DynamicMethod.CreateDelegate</c>: that was a quarter of the evaluation time of the built-in rules, which run
/// once for every subject. A lambda that reads an outer parameter (the assessment date, an enclosing lambda's
/// item) stays: it needs those values each time.
/// </summary>
internal static class LambdaHoisting
{
    public static Expression Hoist(Expression body) => new Hoister().Visit(body)!;

    private sealed class Hoister : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var lambda = (LambdaExpression)base.VisitLambda(node);
            return FreeParameters.Any(lambda) ? lambda : Expression.Constant(lambda.Compile(), lambda.Type);
        }

        // A quoted lambda is data for whoever receives it, not code to run: it keeps its shape.
        protected override Expression VisitUnary(UnaryExpression node) => node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);
    }

    /// <summary>Whether a lambda reads a parameter it does not declare itself.</summary>
    private sealed class FreeParameters : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private bool _found;

        public static bool Any(LambdaExpression lambda)
        {
            var search = new FreeParameters();
            search.Visit(lambda);
            return search._found;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= !_declared.Contains(node);
            return node;
        }
    }
}
