using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Facts;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Tests.Fuzz.Expressions;

/// <summary>
/// The rule expression parser on arbitrary strings and on soups of its own tokens: every input gives an expression, or an
/// <see cref="ExpressionException"/> whose offset lies within the text (the loader turns it into a line and column), and
/// every expression given compiles.
/// </summary>
public sealed class RuleExpressionParserFuzzTests
{
    private static readonly string[] Tokens =
    [
        "sponsor", "stage", "name", "risks", "costPerformanceIndex", "lastStatusReport", "customFields", " ", "(", ")", "[", "]", ".", ",", "'", "\"",
        " and ", " or ", "not ", " == ", " != ", " < ", " >= ", " + ", " - ", " * ", " / ", " % ", "!", "&&", "||", " in ", "['execution', 'closing']",
        "null", "true", "1", "0.9", "-", "r => ", "r.owner", ".count(", ".any(", ".all(", ".where(", "daysSince(", "daysUntil(", "date('2026-01-01')",
        "field('x')", "number(", "ratio(", "asOf()", "it", "new ", "typeof(", "System.IO.File", ".GetType()", "np(", "iif(", "@0", "$", "=", "=>",
        "1e308", "99999999999999999999999", "'it''s'", "\\", "\u202E", "\0",
    ];

    [Property(MaxTest = 400)]
    public Property Parse_TokenSoup_GivesExpressionOrLocatedError() =>
        Prop.ForAll(Mutations.Soup(Tokens).ToArbitrary(), Gen.Elements(typeof(Project), typeof(Risk), typeof(Portfolio)).ToArbitrary(), Parses);

    [Property(MaxTest = 200)]
    public Property Parse_ArbitraryString_GivesExpressionOrLocatedError() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Parses(text ?? "", typeof(Project)));

    private static bool Parses(string text, Type subject)
    {
        foreach (var resultType in new[] { typeof(bool), null })
        {
            try
            {
                // Its delegates compile when first called, so the bound tree is compiled here, as a run would.
                var expression = RuleExpressionParser.Parse(text, subject, resultType);
                System.Linq.Expressions.Expression.Lambda(expression.Body, expression.Subject, expression.AsOf).Compile();
            }
            catch (ExpressionException exception) when (exception.Offset >= 0 && exception.Offset <= text.Length)
            {
            }
            catch (Exception exception)
            {
                throw new ShouldAssertException("Crasher: " + exception.GetType().FullName + ": " + exception.Message +
                    "\nInput (C# escaped): \"" + HostileInput.Escape(text) + "\" on " + subject.Name, exception);
            }
        }

        return true;
    }
}
