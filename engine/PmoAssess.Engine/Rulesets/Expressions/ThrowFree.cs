using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// Whether a bound expression is sure not to throw on any subject, but for reading through a missing record (a
/// <see cref="NullReferenceException"/>, which a message shows as a missing value). Only what cannot throw is let
/// through: reading a field or an auto-property, comparing (the numbers, dates, text and enumerations a rule may compare
/// cannot fail to), logic, choosing, boxing, counting, the date functions, <c>field()</c> and <c>amount()</c>. Anything
/// else may (arithmetic divides by zero or overflows, a computed property computes, a conversion unwraps a missing
/// value), and is judged unsure. Judged on the bound tree before its lambdas are compiled
/// (<see cref="LambdaHoisting"/>), which would hide their bodies.
/// </summary>
/// <remarks>
/// The engine keeps a failure's status alone and makes its message when the outcome is read, while the outputs are
/// written. A message that throws must throw while the rules run instead, where it makes an error outcome of the rule
/// on that subject: so only a message whose holes are throw-free is left for later.
/// </remarks>
internal static class ThrowFree
{
    private static readonly HashSet<string> SafeFunctions = new(
        [
            nameof(RuleFunctions.DaysSince), nameof(RuleFunctions.DaysUntil), nameof(RuleFunctions.DaysBetween), nameof(RuleFunctions.AsOf),
            nameof(RuleFunctions.Field), nameof(RuleFunctions.Amount),
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> SafeCollectionMethods = new(
        [nameof(Enumerable.Any), nameof(Enumerable.All), nameof(Enumerable.Count), nameof(Enumerable.Where)],
        StringComparer.Ordinal);

    public static bool Of(Expression body)
    {
        var check = new Check();
        check.Visit(body);
        return !check.MayThrow;
    }

    private sealed class Check : ExpressionVisitor
    {
        public bool MayThrow { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (MayThrow || node is null)
            {
                return node;
            }

            MayThrow = node.NodeType switch
            {
                ExpressionType.Parameter or ExpressionType.Constant or ExpressionType.Lambda or ExpressionType.Quote
                    or ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                    or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                    or ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.Not
                    or ExpressionType.Conditional or ExpressionType.Coalesce or ExpressionType.TypeIs or ExpressionType.TypeAs => false,
                ExpressionType.MemberAccess => !Reads(((MemberExpression)node).Member),
                ExpressionType.Convert => !Wraps((UnaryExpression)node),
                ExpressionType.Call => !Calls(((MethodCallExpression)node).Method),
                _ => true,
            };
            return MayThrow ? node : base.Visit(node);
        }

        // A field, or a property whose getter the compiler wrote (it returns the field behind it).
        private static bool Reads(MemberInfo member) =>
            member is FieldInfo || member is PropertyInfo { GetMethod: { } getter } && getter.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

        // Boxing, a value made nullable, or a reference seen as its base type: none can fail.
        private static bool Wraps(UnaryExpression convert) =>
            convert.Method is null
            && (convert.Type == typeof(object)
                || Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type
                || (!convert.Operand.Type.IsValueType && convert.Type.IsAssignableFrom(convert.Operand.Type)));

        private static bool Calls(MethodInfo method) =>
            (method.DeclaringType == typeof(RuleFunctions) && SafeFunctions.Contains(method.Name))
            || (method.DeclaringType == typeof(Enumerable) && SafeCollectionMethods.Contains(method.Name));
    }
}
