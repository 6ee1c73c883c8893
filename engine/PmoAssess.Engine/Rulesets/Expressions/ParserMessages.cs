using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// Rewords System.Linq.Dynamic.Core's messages in the words of the ruleset format: fields, stages and severities, text,
/// numbers and dates, never .NET type names. Where the parser gives no position (a type error found when it builds the
/// tree), the value or operator the message is about is found in the author's text when it can be told apart.
/// </summary>
internal static partial class ParserMessages
{
    private const string EnumerationAdvice = "an enumeration is compared with ==, != or in, as in severity in ['high', 'critical']";

    /// <summary>The message for the author and where it points in <paramref name="source"/>, the author's text.</summary>
    /// <param name="message">The parser's message.</param>
    /// <param name="offset">Where the parser says the problem is, in <paramref name="source"/>.</param>
    /// <param name="subjectType">The fact type the rule assesses.</param>
    /// <param name="source">The expression as the author wrote it.</param>
    public static (string Message, int Offset) Explain(string message, int offset, Type subjectType, string source)
    {
        if (UnknownMember().Match(message) is { Success: true } unknownMember)
        {
            return (UnknownField(unknownMember.Groups["name"].Value, unknownMember.Groups["type"].Value, subjectType), offset);
        }

        if (message.StartsWith("Expression of type 'Boolean' expected", StringComparison.Ordinal))
        {
            return ("The expression must be true or false (a condition), such as 'sponsor != null'.", offset);
        }

        if (ExpectedType().Match(message) is { Success: true } expected
            && TypeNames.Enumeration(expected.Groups["type"].Value) is { } enumeration
            && Literals(source).FirstOrDefault(literal => !IsValue(enumeration, literal.Text)) is { Text: not null } wrong)
        {
            return (NotAValue(enumeration, wrong.Text), wrong.Offset);
        }

        if (BinaryOperator().Match(message) is { Success: true } binary && Enum.TryParse<ExpressionType>(binary.Groups["operator"].Value, out var type))
        {
            var symbol = Symbol(type);
            return (Mismatch(symbol, binary.Groups["left"].Value, binary.Groups["right"].Value), OnlyOperator(source, symbol)?.Offset ?? offset);
        }

        if (IncompatibleOperands().Match(message) is { Success: true } operands)
        {
            return (Mismatch(operands.Groups["operator"].Value, operands.Groups["left"].Value, operands.Groups["right"].Value), offset);
        }

        if (TextComparison().Match(message) is { Success: true } comparison)
        {
            // The parser compares text with string.Compare and does not say with which operator.
            var found = OnlyOperator(source, "<", "<=", ">", ">=");
            return (Mismatch(found?.Symbol ?? "<", comparison.Groups["left"].Value, comparison.Groups["right"].Value), found?.Offset ?? offset);
        }

        if (NoMatchingMethod().Match(message) is { Success: true } method)
        {
            var name = RuleMethods.Written(method.Groups["name"].Value);
            var at = Regex.Match(source, "\\.\\s*" + Regex.Escape(name) + "\\s*\\(", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            return (MethodMisuse(name), at.Success ? at.Index + 1 : offset);
        }

        if (NotAValidValue().Match(message) is { Success: true } value)
        {
            var text = value.Groups["value"].Value;
            var literal = Literals(source).FirstOrDefault(candidate => candidate.Text == text);
            var advice = TypeNames.Of(value.Groups["type"].Value) == "a date" ? ": write a date as date('2026-03-31')." : ".";
            return ("'" + text + "' is not " + TypeNames.Of(value.Groups["type"].Value) + advice, literal.Text is null ? offset : literal.Offset);
        }

        return (TypeName().Replace(message, match => KnownTypeName(match.Groups["type"].Value) is { } name ? "'" + name + "'" : match.Value), offset);
    }

    private static string UnknownField(string name, string owner, Type subjectType)
    {
        var candidates = FieldNames.Of(owner == subjectType.Name ? subjectType : FieldNames.FactType(owner));
        var insideLambda = owner != subjectType.Name && FieldNames.Of(subjectType).Contains(name, StringComparer.OrdinalIgnoreCase)
            ? " Inside a lambda, the subject's own fields cannot be read."
            : string.Empty;
        return candidates.Count > 0
            ? "Unknown field '" + name + "' on " + TypeNames.Entity(owner) + Suggestions.DidYouMean(name, candidates) + insideLambda
            : "Unknown member '" + name + "'" + ".";
    }

    // A full .NET name the authors would not know is left as it is: it names no type of theirs.
    private static string? KnownTypeName(string clrName) =>
        TypeNames.Of(clrName) is var name && (!clrName.Contains('.', StringComparison.Ordinal) || name != clrName[(clrName.LastIndexOf('.') + 1)..].TrimEnd('?')) ? name : null;

    private static bool IsValue(Type enumeration, string text) =>
        TypeNames.ValuesOf(enumeration).Contains(text, StringComparer.OrdinalIgnoreCase);

    private static string NotAValue(Type enumeration, string text)
    {
        var values = TypeNames.ValuesOf(enumeration);
        var noun = TypeNames.Of(enumeration);
        return "'" + text + "' is not " + noun + Suggestions.DidYouMean(text, values) + " " + char.ToUpperInvariant(noun[0]) + noun[1..] + " is "
            + string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1] + ".";
    }

    private static string Mismatch(string symbol, string left, string right)
    {
        var (leftName, rightName) = (TypeNames.Of(left), TypeNames.Of(right));
        var ordering = symbol is "<" or "<=" or ">" or ">=";
        if (TypeNames.Enumeration(left) is not null && (ordering || leftName == rightName))
        {
            return Capitalised(leftName) + " cannot be used with '" + symbol + "': " + EnumerationAdvice + ".";
        }

        return ordering || symbol is "==" or "!="
            ? Capitalised(leftName) + " cannot be compared with " + rightName + " ('" + symbol + "')."
            : "'" + symbol + "' cannot be used with " + leftName + " and " + rightName + ".";
    }

    private static string MethodMisuse(string name) => name switch
    {
        "sum" or "average" => name + "() works on numbers, as in risks.sum(r => r.costImpact); its values here are not numbers.",
        "min" or "max" => name + "() works on numbers, dates or text, as in milestones.max(m => m.forecastDate).",
        _ => name + "() cannot be used on these values. Methods of " + RuleMethods.Listing + ".",
    };

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static string Symbol(ExpressionType type) => type switch
    {
        ExpressionType.Equal => "==",
        ExpressionType.NotEqual => "!=",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        ExpressionType.Add => "+",
        ExpressionType.Subtract => "-",
        ExpressionType.Multiply => "*",
        ExpressionType.Divide => "/",
        _ => type.ToString(),
    };

    /// <summary>The one operator of <paramref name="symbols"/> in the author's text (outside strings and '=>'), if there is only one.</summary>
    private static (int Offset, string Symbol)? OnlyOperator(string source, params string[] symbols)
    {
        var found = new List<(int, string)>();
        var quote = '\0';
        for (var at = 0; at < source.Length; at++)
        {
            var c = source[at];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (OperatorAt(source, at) is { } symbol && symbols.Contains(symbol))
            {
                found.Add((at, symbol));
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>The comparison or arithmetic operator that starts at <paramref name="at"/>, or <c>null</c>; '=>' is none.</summary>
    private static string? OperatorAt(string source, int at)
    {
        var next = at + 1 < source.Length ? source[at + 1] : '\0';
        var previous = at > 0 ? source[at - 1] : '\0';
        return source[at] switch
        {
            '=' when next == '=' && previous != '=' => "==",
            '!' when next == '=' => "!=",
            '<' => next == '=' ? "<=" : "<",
            '>' when previous is not ('=' or '<' or '>' or '!') => next == '=' ? ">=" : ">",
            '+' or '*' or '/' => source[at].ToString(),
            '-' when next != '>' => "-",
            _ => null,
        };
    }

    /// <summary>The quoted strings of the author's text, unquoted, with the offset of their opening quote.</summary>
    private static IEnumerable<(string Text, int Offset)> Literals(string source)
    {
        for (var at = 0; at < source.Length; at++)
        {
            if (source[at] is not ('\'' or '"'))
            {
                continue;
            }

            var quote = source[at];
            var end = source.IndexOf(quote, at + 1);
            if (end < 0)
            {
                yield break;
            }

            yield return (source[(at + 1)..end], at);
            at = end;
        }
    }

    [GeneratedRegex("No property or field '(?<name>[^']+)' exists in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("^Expression of type '(?<type>[^']+)' expected")]
    private static partial Regex ExpectedType();

    [GeneratedRegex("^The binary operator (?<operator>\\w+) is not defined for the types '(?<left>[^']+)' and '(?<right>[^']+)'")]
    private static partial Regex BinaryOperator();

    [GeneratedRegex("^Operator '(?<operator>[^']+)' incompatible with operand types '(?<left>[^']+)' and '(?<right>[^']+)'")]
    private static partial Regex IncompatibleOperands();

    [GeneratedRegex("^Method 'Compare' not found on type '(?<left>[^']+)' or '(?<right>[^']+)'")]
    private static partial Regex TextComparison();

    [GeneratedRegex("^No generic method '(?<name>\\w+)' on type 'System\\.Linq\\.Enumerable'")]
    private static partial Regex NoMatchingMethod();

    [GeneratedRegex("^(?<value>.*) is not a valid value for (?<type>\\w+)")]
    private static partial Regex NotAValidValue();

    [GeneratedRegex("'(?<type>[A-Za-z0-9`.\\[\\]]+\\??)'")]
    private static partial Regex TypeName();
}
