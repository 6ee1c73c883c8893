using System.Linq.Expressions;
using System.Reflection;
using PmoAssess.Facts;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// The sandbox and the binding of a parsed expression, in one pass over its tree. Only what the ruleset
/// format documents survives: reading fact members, comparing, arithmetic, the collection and text methods
/// listed in rulesets/README.md (<see cref="RuleMethods"/>) and <see cref="RuleFunctions"/>. Anything else (static members such as
/// <c>DateTime.Now</c>, reflection, object creation, other methods) is refused, whatever the parser let
/// through. Placeholder functions are bound to the assessment date and the subject on the way.
/// </summary>
internal sealed class ExpressionBinder : ExpressionVisitor
{
    // What the parser calls for text operators: '+' joins text, '<' and its kin compare it.
    private static readonly HashSet<string> TextOperatorMethods = new(["Concat", "Compare"], StringComparer.Ordinal);

    private static readonly HashSet<Type> OperatorTypes = [typeof(decimal), typeof(DateOnly), typeof(string)];

    private readonly ParameterExpression _subject;
    private readonly ParameterExpression _asOf;

    private ExpressionBinder(ParameterExpression subject, ParameterExpression asOf)
    {
        _subject = subject;
        _asOf = asOf;
    }

    /// <summary>Whether the bound expression reads the assessment date.</summary>
    public bool UsesAsOf { get; private set; }

    /// <summary>Checks and binds <paramref name="body"/>; <paramref name="asOf"/> stands for the assessment date.</summary>
    /// <exception cref="SandboxViolationException">The expression leaves the sandbox.</exception>
    public static (Expression Body, bool UsesAsOf) Bind(Expression body, ParameterExpression subject, ParameterExpression asOf)
    {
        var binder = new ExpressionBinder(subject, asOf);
        var bound = binder.Visit(body);
        return (bound!, binder.UsesAsOf);
    }

    public override Expression? Visit(Expression? node) => node?.NodeType switch
    {
        null => null,
        ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.Not or ExpressionType.Equal or ExpressionType.NotEqual
            or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
            or ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply or ExpressionType.Divide or ExpressionType.Modulo
            or ExpressionType.Negate or ExpressionType.Convert or ExpressionType.Coalesce or ExpressionType.Conditional
            or ExpressionType.Constant or ExpressionType.Parameter or ExpressionType.Lambda or ExpressionType.Quote
            or ExpressionType.MemberAccess or ExpressionType.Call or ExpressionType.NewArrayInit => base.Visit(node),
        ExpressionType.New or ExpressionType.MemberInit or ExpressionType.ListInit or ExpressionType.NewArrayBounds =>
            throw new SandboxViolationException("Creating objects is not allowed in a rule expression.", "new"),
        _ => throw new SandboxViolationException("'" + node.NodeType + "' is not allowed in a rule expression.", node.NodeType.ToString()),
    };

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is null)
        {
            if (node.Member is FieldInfo { IsLiteral: true } field && field.DeclaringType!.IsEnum)
            {
                return node;
            }

            throw Refused(node.Member.DeclaringType, node.Member.Name, "Reading static members");
        }

        var owner = node.Member.DeclaringType!;
        var allowed = owner switch
        {
            _ when IsFactType(owner) => node.Member.Name != nameof(Fact.Source),
            _ when owner.IsGenericType && owner.GetGenericTypeDefinition() == typeof(Nullable<>) => node.Member.Name is "Value" or "HasValue",
            _ when owner == typeof(string) => node.Member.Name == nameof(string.Length),
            _ => node.Member.Name == "Count" && IsCollection(owner),
        };
        return allowed ? base.VisitMember(node) : throw Refused(owner, node.Member.Name, "Reading this member");
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        if (method.DeclaringType == typeof(RuleFunctions))
        {
            return BindFunction(node);
        }

        var allowed = (method.DeclaringType == typeof(Enumerable) && RuleMethods.Collection.Contains(method.Name))
            || (method.DeclaringType == typeof(string) && (RuleMethods.Text.Contains(method.Name) || TextOperatorMethods.Contains(method.Name)));
        return allowed ? base.VisitMethodCall(node) : throw Refused(method.DeclaringType, method.Name, "Calling this method");
    }

    protected override Expression VisitBinary(BinaryExpression node) =>
        node.Method is null || OperatorTypes.Contains(node.Method.DeclaringType!)
            ? base.VisitBinary(node)
            : throw Refused(node.Method.DeclaringType, node.Method.Name, "This operator");

    protected override Expression VisitUnary(UnaryExpression node) =>
        node.Method is null || OperatorTypes.Contains(node.Method.DeclaringType!)
            ? base.VisitUnary(node)
            : throw Refused(node.Method.DeclaringType, node.Method.Name, "This conversion");

    protected override Expression VisitConstant(ConstantExpression node)
    {
        var type = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        var allowed = node.Value is null || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
            || (type.IsArray && (type.GetElementType()!.IsEnum || type.GetElementType() == typeof(string) || type.GetElementType()!.IsPrimitive));
        return allowed ? node : throw new SandboxViolationException("A value of type " + type.Name + " is not allowed in a rule expression.", type.Name);
    }

    private Expression BindFunction(MethodCallExpression node)
    {
        var arguments = node.Arguments.Select(argument => Visit(argument)!).ToArray();
        switch (node.Method.Name, arguments.Length)
        {
            case (nameof(RuleFunctions.AsOf), 0):
                UsesAsOf = true;
                return _asOf;
            case (nameof(RuleFunctions.DaysSince) or nameof(RuleFunctions.DaysUntil), 1):
                UsesAsOf = true;
                return Expression.Call(typeof(RuleFunctions), node.Method.Name, null, arguments[0], _asOf);
            case (nameof(RuleFunctions.Field), 1):
                return Expression.Call(typeof(RuleFunctions), node.Method.Name, null, Expression.Convert(_subject, typeof(Fact)), arguments[0]);
            case (nameof(RuleFunctions.Date), 1):
                return Expression.Constant(DateLiteral(arguments[0]));
            default:
                return node.Update(node.Object, arguments);
        }
    }

    private static DateOnly DateLiteral(Expression argument)
    {
        if (argument is ConstantExpression { Value: string text }
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new SandboxViolationException("date(...) takes a literal date written as 'yyyy-MM-dd', such as date('2026-03-31').", "date");
    }

    internal static bool IsFactType(Type type) => typeof(Fact).IsAssignableFrom(type);

    private static bool IsCollection(Type type) =>
        type.IsGenericType && type.GetInterfaces().Append(type).Any(candidate =>
            candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IReadOnlyCollection<>));

    private static SandboxViolationException Refused(Type? owner, string member, string what) =>
        new(what + " ('" + (owner?.Name ?? "?") + "." + member + "') is not allowed: a rule expression may only read the subject's fields and call the documented functions.", member);
}
