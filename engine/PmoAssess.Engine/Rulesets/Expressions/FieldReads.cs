using System.Linq.Expressions;
using System.Reflection;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// The subject's fields an expression refers to, in the order it reads them, and of those the ones it needs
/// a value of. A field the expression compares with <c>null</c> is not needed: the author has said what a
/// missing value means.
/// </summary>
internal sealed class FieldReads : ExpressionVisitor
{
    private readonly ParameterExpression _subject;
    private readonly List<PropertyInfo> _read = [];
    private readonly HashSet<PropertyInfo> _nullChecked = [];

    private FieldReads(ParameterExpression subject) => _subject = subject;

    public static (IReadOnlyList<SubjectField> Referenced, IReadOnlyList<SubjectField> Needed) Of(Expression body, ParameterExpression subject)
    {
        var reads = new FieldReads(subject);
        reads.Visit(body);
        var referenced = reads._read.Distinct().Select(property => (Property: property, Field: SubjectField.Of(property))).ToList();
        return (
            [.. referenced.Select(pair => pair.Field)],
            [.. referenced.Where(pair => !reads._nullChecked.Contains(pair.Property)).Select(pair => pair.Field)]);
    }

    /// <summary>The names of the custom fields the bound expression reads with <c>field('name')</c> (a constant name).</summary>
    public static IReadOnlyList<string> CustomOf(Expression body)
    {
        var reads = new CustomFieldReads();
        reads.Visit(body);
        return [.. reads.Names.Distinct(StringComparer.Ordinal)];
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
        {
            foreach (var (side, other) in new[] { (node.Left, node.Right), (node.Right, node.Left) })
            {
                if (IsNull(other) && SubjectMember(side) is { } property)
                {
                    _nullChecked.Add(property);
                }
            }
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (SubjectMember(node) is { } property)
        {
            _read.Add(property);
        }

        return base.VisitMember(node);
    }

    private PropertyInfo? SubjectMember(Expression expression) =>
        Unwrap(expression) is MemberExpression { Member: PropertyInfo property, Expression: { } owner } && Unwrap(owner) == _subject ? property : null;

    private static bool IsNull(Expression expression) => Unwrap(expression) is ConstantExpression { Value: null };

    private static Expression Unwrap(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert } convert ? Unwrap(convert.Operand) : expression;

    private sealed class CustomFieldReads : ExpressionVisitor
    {
        public List<string> Names { get; } = [];

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(RuleFunctions) && node.Method.Name == nameof(RuleFunctions.Field)
                && node.Arguments is [_, ConstantExpression { Value: string name }])
            {
                Names.Add(name);
            }

            return base.VisitMethodCall(node);
        }
    }
}
