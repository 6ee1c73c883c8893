using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// Parses the rule expression language (rulesets/README.md) with System.Linq.Dynamic.Core, then checks and
/// binds the tree with <see cref="ExpressionBinder"/>. Errors come back as <see cref="ExpressionException"/>
/// with an offset into the author's text and, where it helps, a did-you-mean (<see cref="ParserMessages"/>).
/// </summary>
internal static class RuleExpressionParser
{
    /// <summary>
    /// The name of the subject parameter in every parsed expression: NRules binds a condition's parameters
    /// to the rule's patterns by name, so the rule's subject pattern carries the same one.
    /// </summary>
    public const string SubjectName = "subject";

    /// <summary>The longest expression read: real conditions are a line or two; a megabyte of one is an attack on the parser.</summary>
    public const int MaximumLength = 2000;

    /// <summary>How deep brackets may nest: the parser and the compiler recurse once per level, so depth must be bounded.</summary>
    public const int MaximumNesting = 32;

    private static readonly ParsingConfig Config = CreateConfig();

    /// <summary>Parses an expression over a subject.</summary>
    /// <param name="text">The expression as the author wrote it.</param>
    /// <param name="subjectType">The fact type the rule assesses.</param>
    /// <param name="resultType"><c>typeof(bool)</c> for conditions; <c>null</c> for message holes, which may be anything.</param>
    /// <exception cref="ExpressionException">The text cannot be used.</exception>
    public static RuleExpression Parse(string text, Type subjectType, Type? resultType)
    {
        const string NullPropagation = "?.";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExpressionException("The expression is empty.", 0);
        }

        CheckSize(text);
        var rewrite = ExpressionRewrite.Of(text);
        // An unnamed parameter is the implicit subject, so authors write 'sponsor', not 'project.sponsor'.
        var it = Expression.Parameter(subjectType, string.Empty);
        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(Config, [it], resultType, rewrite.Text);
        }
        catch (ParseException exception)
        {
            throw Explained(exception.Message, rewrite.OriginalOffset(exception.Position), subjectType, text);
        }
        catch (NotSupportedException) when (text.Contains(NullPropagation, StringComparison.Ordinal))
        {
            // Dynamic LINQ refuses '?.' with advice about its own np() function, which rule expressions do not offer
            // (found by fuzzing).
            throw new ExpressionException("'?.' is not supported: test for null first, as in 'sponsor != null and sponsor.Length > 3'.",
                text.IndexOf(NullPropagation, StringComparison.Ordinal));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // Type errors found as the tree is built come without a position; a literal that is not a date or number, as a
            // FormatException (found when 'lastStatusReport == 'x'' stopped validate with a stack trace).
            throw Explained(exception.Message, 0, subjectType, text);
        }

        if (resultType == typeof(bool) && lambda.Body.Type != typeof(bool))
        {
            throw new ExpressionException("The expression must be true or false, but it gives " + TypeNames.Of(lambda.Body.Type) + ".", 0);
        }

        var subject = Expression.Parameter(subjectType, SubjectName);
        var asOf = Expression.Parameter(typeof(DateOnly), "asOf");
        try
        {
            var body = new ParameterReplacer(it, subject).Visit(lambda.Body)!;
            var (bound, usesAsOf) = ExpressionBinder.Bind(body, subject, asOf);
            return new RuleExpression(text, subject, asOf, bound, usesAsOf);
        }
        catch (SandboxViolationException violation)
        {
            var at = text.IndexOf(violation.Token, StringComparison.OrdinalIgnoreCase);
            throw new ExpressionException(violation.Message, Math.Max(at, 0));
        }
    }

    private static ExpressionException Explained(string message, int offset, Type subjectType, string text)
    {
        var (explained, at) = ParserMessages.Explain(message, offset, subjectType, text);
        return new ExpressionException(explained, at);
    }

    /// <summary>Refuses expressions long or nested enough to take the recursive parser past the end of the stack (found by fuzzing).</summary>
    private static void CheckSize(string text)
    {
        if (text.Length > MaximumLength)
        {
            throw new ExpressionException(
                "The expression is longer than " + MaximumLength.ToString(CultureInfo.InvariantCulture) + " characters: split the rule, or name the value in the data.",
                MaximumLength);
        }

        var (depth, quote) = (0, '\0');
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c is '(' or '[' or '{' && ++depth > MaximumNesting)
            {
                throw new ExpressionException("Brackets nest more than " + MaximumNesting.ToString(CultureInfo.InvariantCulture) + " deep.", at);
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
        }
    }

    private static ParsingConfig CreateConfig()
    {
        var config = new ParsingConfig
        {
            IsCaseSensitive = false,
            AllowNewToEvaluateAnyType = false,
            DisallowNewKeyword = true,
            AreContextKeywordsEnabled = false,
            SupportEnumerationsFromSystemNamespace = false,
            ResolveTypesBySimpleName = true,
            CustomTypeProvider = new RuleTypeProvider(),
        };
        return config;
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
