using System.Linq.Expressions;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// Compiles each lambda inside an expression once, such as the <c>r => r.status == 'open'</c> of
/// <c>risks.any(r => r.status == 'open')</c>. Left in the tree, a nested lambda is compiled into a new delegate through
/// <c>DynamicMethod.CreateDelegate</c> every time the expression runs, and the expressions run for every subject:
/// that was a quarter of the built-in rules' evaluation time. A lambda that reads nothing from outside itself becomes a
/// constant delegate. One that reads outer values (the assessment date, an enclosing lambda's item) is compiled once
/// with those values as a parameter, and each run hands them over in a small <see cref="Closure{TCaptured, T, TResult}"/>.
/// A list of constants, such as the <c>['planning', 'execution']</c> of <c>stage in ['planning', 'execution']</c>, is
/// likewise made once: left in the tree, it was a new array on every run (nothing in the sandbox can change one).
/// </summary>
internal static class LambdaHoisting
{
    public static Expression Hoist(Expression body) => new Hoister().Visit(body)!;

    private sealed class Hoister : ExpressionVisitor
    {
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var lambda = (LambdaExpression)base.VisitLambda(node);
            var free = FreeParameters.Of(lambda);
            if (free.Count == 0)
            {
                return Expression.Constant(lambda.Compile(), lambda.Type);
            }

            return lambda.Parameters is [var item] && free.Count <= 7 && lambda.Type == typeof(Func<,>).MakeGenericType(item.Type, lambda.ReturnType)
                ? Closed(lambda, item, free)
                : lambda;
        }

        protected override Expression VisitNewArray(NewArrayExpression node)
        {
            var array = (NewArrayExpression)base.VisitNewArray(node);
            if (array.NodeType != ExpressionType.NewArrayInit || !array.Expressions.All(item => item is ConstantExpression))
            {
                return array;
            }

            var values = Array.CreateInstance(array.Type.GetElementType()!, array.Expressions.Count);
            for (var index = 0; index < values.Length; index++)
            {
                values.SetValue(((ConstantExpression)array.Expressions[index]).Value, index);
            }

            return Expression.Constant(values, array.Type);
        }

        // A quoted lambda is data for whoever receives it, not code to run: it keeps its shape.
        protected override Expression VisitUnary(UnaryExpression node) => node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

        /// <summary><c>x => body</c> reading <c>a, b</c> becomes <c>new Closure((c, x) => body[c.Item1, c.Item2], (a, b)).Invoke</c>.</summary>
        private static MemberExpression Closed(LambdaExpression lambda, ParameterExpression item, List<ParameterExpression> free)
        {
            var capturedType = Type.GetType("System.ValueTuple`" + free.Count)!.MakeGenericType([.. free.Select(parameter => parameter.Type)]);
            var captured = Expression.Parameter(capturedType, "captured");
            var body = new ParameterSubstitution(free.Select((parameter, index) => (parameter, (Expression)Expression.Field(captured, "Item" + (index + 1)))))
                .Visit(lambda.Body);
            var compiled = Expression.Lambda(typeof(Func<,,>).MakeGenericType(capturedType, item.Type, lambda.ReturnType), body, captured, item).Compile();
            var closureType = typeof(Closure<,,>).MakeGenericType(capturedType, item.Type, lambda.ReturnType);
            var values = Expression.New(capturedType.GetConstructor([.. free.Select(parameter => parameter.Type)])!, free);
            return Expression.Property(Expression.New(closureType.GetConstructors()[0], Expression.Constant(compiled), values), nameof(Closure<int, int, int>.Invoke));
        }
    }

    /// <summary>The parameters a lambda reads but does not declare, in the order it first reads them.</summary>
    private sealed class FreeParameters : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private readonly List<ParameterExpression> _free = [];

        public static List<ParameterExpression> Of(LambdaExpression lambda)
        {
            var search = new FreeParameters();
            search.Visit(lambda);
            return search._free;
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
            if (!_declared.Contains(node) && !_free.Contains(node))
            {
                _free.Add(node);
            }

            return node;
        }
    }

}

/// <summary>A lambda compiled once, with the outer values it reads for one run (see <see cref="LambdaHoisting"/>).</summary>
internal sealed class Closure<TCaptured, T, TResult>
{
    private readonly Func<TCaptured, T, TResult> _body;
    private readonly TCaptured _captured;

    public Closure(Func<TCaptured, T, TResult> body, TCaptured captured)
    {
        _body = body;
        _captured = captured;
        Invoke = Call;
    }

    /// <summary>The lambda, as the delegate its caller expects.</summary>
    public Func<T, TResult> Invoke { get; }

    private TResult Call(T item) => _body(_captured, item);
}
