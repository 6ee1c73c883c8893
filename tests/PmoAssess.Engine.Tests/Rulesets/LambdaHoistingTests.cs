using System.Linq.Expressions;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Tests.Engine.Rulesets;

/// <summary>Nested lambdas and lists of constants are made once, and the expression gives the same answers as before.</summary>
public sealed class LambdaHoistingTests
{
    private static readonly ParameterExpression Items = Expression.Parameter(typeof(int[]), "items");
    private static readonly ParameterExpression Limit = Expression.Parameter(typeof(int), "limit");

    private static MethodCallExpression Call(string method, Expression source, LambdaExpression lambda) =>
        Expression.Call(typeof(Enumerable), method, [typeof(int)], source, lambda);

    private static Expression<Func<int, bool>> Lambda(Func<ParameterExpression, Expression> body)
    {
        var item = Expression.Parameter(typeof(int), "x" + Guid.NewGuid().ToString("N")[..4]);
        return Expression.Lambda<Func<int, bool>>(body(item), item);
    }

    public static TheoryData<string> Shapes() => ["reads nothing outside", "reads an outer parameter", "reads an enclosing lambda's item"];

    private static MethodCallExpression Shape(string shape) => shape switch
    {
        // items.any(x => x > 2)
        "reads nothing outside" => Call(nameof(Enumerable.Any), Items, Lambda(x => Expression.GreaterThan(x, Expression.Constant(2)))),
        // items.any(x => x > limit)
        "reads an outer parameter" => Call(nameof(Enumerable.Any), Items, Lambda(x => Expression.GreaterThan(x, Limit))),
        // items.all(a => items.count(b => b == a) <= limit): each item occurs at most limit times
        _ => Call(nameof(Enumerable.All), Items, Lambda(a => Expression.LessThanOrEqual(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(int)], Items, Lambda(b => Expression.Equal(b, a))), Limit))),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Hoist_GivesTheSameAnswersAsTheLambdasLeftInPlace(string shape)
    {
        var body = Shape(shape);
        var original = Expression.Lambda<Func<int[], int, bool>>(body, Items, Limit).Compile();
        var hoisted = Expression.Lambda<Func<int[], int, bool>>(LambdaHoisting.Hoist(body), Items, Limit).Compile();

        int[][] inputs = [[], [1], [1, 2, 3], [3, 3, 3], [5, 1, 5, 1, 5]];
        foreach (var items in inputs)
        {
            foreach (var limit in new[] { 0, 1, 2, 4 })
            {
                hoisted(items, limit).ShouldBe(original(items, limit), "items [" + string.Join(", ", items) + "], limit " + limit);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Hoist_LeavesNoLambdaToCompileOnEachRun(string shape) =>
        Lambdas.In(LambdaHoisting.Hoist(Shape(shape))).ShouldBe(0);

    [Fact]
    public void Hoist_MakesAListOfConstantsOnce()
    {
        // limit in [1, 3]
        var body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.NewArrayInit(typeof(int), Expression.Constant(1), Expression.Constant(3)), Limit);

        var hoisted = (MethodCallExpression)LambdaHoisting.Hoist(body);

        hoisted.Arguments[0].ShouldBeOfType<ConstantExpression>().Value.ShouldBe(new[] { 1, 3 });
        var run = Expression.Lambda<Func<int[], int, bool>>(hoisted, Items, Limit).Compile();
        new[] { 0, 1, 2, 3 }.Select(limit => run([], limit)).ShouldBe([false, true, false, true]);
    }

    [Fact]
    public void Hoist_LeavesAListThatReadsAValue()
    {
        // 3 in [limit, 4]
        var body = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            Expression.NewArrayInit(typeof(int), Limit, Expression.Constant(4)), Expression.Constant(3));

        var hoisted = (MethodCallExpression)LambdaHoisting.Hoist(body);

        hoisted.Arguments[0].NodeType.ShouldBe(ExpressionType.NewArrayInit);
        var run = Expression.Lambda<Func<int[], int, bool>>(hoisted, Items, Limit).Compile();
        new[] { 2, 3 }.Select(limit => run([], limit)).ShouldBe([false, true]);
    }

    private sealed class Lambdas : ExpressionVisitor
    {
        private int _count;

        public static int In(Expression expression)
        {
            var lambdas = new Lambdas();
            lambdas.Visit(expression);
            return lambdas._count;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _count++;
            return base.VisitLambda(node);
        }
    }
}
