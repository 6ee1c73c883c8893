using System.Buffers;
using System.Text;
using PmoAssess.Facts;
using PmoAssess.Rulesets.Expressions;

namespace PmoAssess.Rulesets;

/// <summary>
/// A failure message with <c>{expression}</c> holes filled from the subject, e.g.
/// <c>"{name} has no sponsor."</c>; <c>{{</c> and <c>}}</c> stand for braces. Immutable once parsed.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly object[] _parts;

    private MessageTemplate(object[] parts)
    {
        _parts = parts;
        CannotThrow = parts.OfType<RuleExpression>().All(hole => hole.CannotThrow);
    }

    /// <summary>
    /// Whether rendering is sure not to throw on any subject: each hole is throw-free (<see cref="ThrowFree"/>), a hole
    /// that reads through a missing record showing as a missing value.
    /// </summary>
    public bool CannotThrow { get; }

    public static MessageTemplate Fixed(string text) => new([text]);

    /// <summary>Parses a template whose holes are expressions over <paramref name="subjectType"/>.</summary>
    /// <exception cref="ExpressionException">A hole is not closed or its expression is invalid; the offset is into the template.</exception>
    public static MessageTemplate Parse(string template, Type subjectType)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new ExpressionException("A '{' in the message is not closed: write '{{' for a brace.", i);
                }

                parts.Add(literal.ToString());
                literal.Clear();
                try
                {
                    parts.Add(RuleExpressionParser.Parse(template[(i + 1)..end], subjectType, resultType: null));
                }
                catch (ExpressionException exception)
                {
                    throw new ExpressionException(exception.Message, i + 1 + exception.Offset);
                }

                i = end;
            }
            else
            {
                literal.Append(c);
            }
        }

        parts.Add(literal.ToString());
        return new MessageTemplate([.. parts]);
    }

    public string Render(Fact subject, DateOnly asOf)
    {
        if (_parts is [string text])
        {
            return text;
        }

        // Joined once, at the message's length: a StringBuilder growing block by block was 150 MB of garbage for the
        // 650,000 messages of 100,000 projects.
        var pieces = ArrayPool<string?>.Shared.Rent(_parts.Length);
        try
        {
            for (var index = 0; index < _parts.Length; index++)
            {
                pieces[index] = _parts[index] is RuleExpression hole ? ValueText.Format(Fill(hole, subject, asOf)) : (string)_parts[index];
            }

            return string.Concat(pieces.AsSpan(0, _parts.Length));
        }
        finally
        {
            Array.Clear(pieces, 0, _parts.Length);
            ArrayPool<string?>.Shared.Return(pieces);
        }
    }

    // A hole such as {name.toUpper()} on a subject without a name shows as missing rather than failing the rule.
    private static object? Fill(RuleExpression hole, Fact subject, DateOnly asOf)
    {
        try
        {
            return hole.Evaluate(subject, asOf);
        }
        catch (NullReferenceException)
        {
            return null;
        }
    }
}
