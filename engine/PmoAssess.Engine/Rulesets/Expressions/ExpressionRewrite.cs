using System.Text;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// Turns the rule expression language into the text System.Linq.Dynamic.Core parses: single-quoted
/// strings become double-quoted, <c>in [...]</c> becomes <c>in (...)</c>, and calls of the documented
/// functions are qualified with <see cref="RuleFunctions"/>, and methods (<c>risks.select(...)</c>) are spelt as .NET
/// spells them (<see cref="RuleMethods"/>). Every rewritten character remembers the
/// offset it came from, so a parser error points into the author's text, not ours.
/// </summary>
internal sealed class ExpressionRewrite
{
    private static readonly HashSet<string> Operators = new(["and", "or", "not", "in"], StringComparer.OrdinalIgnoreCase);

    private readonly List<int> _originalOffsets;

    private ExpressionRewrite(string text, List<int> originalOffsets, string source)
    {
        Text = text;
        _originalOffsets = originalOffsets;
        Source = source;
    }

    /// <summary>The text as the author wrote it.</summary>
    public string Source { get; }

    /// <summary>The text handed to the parser.</summary>
    public string Text { get; }

    /// <summary>The offset in <see cref="Source"/> of the character at <paramref name="rewrittenOffset"/>.</summary>
    public int OriginalOffset(int rewrittenOffset) =>
        rewrittenOffset < 0 ? 0
        : rewrittenOffset < _originalOffsets.Count ? _originalOffsets[rewrittenOffset]
        : Source.Length;

    /// <summary>Rewrites <paramref name="source"/>.</summary>
    /// <exception cref="ExpressionException">An unknown function is called or a string is not closed.</exception>
    public static ExpressionRewrite Of(string source)
    {
        var text = new StringBuilder(source.Length + 32);
        var offsets = new List<int>(source.Length + 32);
        var closers = new Stack<char>();
        void Emit(char c, int from)
        {
            text.Append(c);
            offsets.Add(from);
        }

        void EmitInserted(string inserted, int before)
        {
            foreach (var c in inserted)
            {
                Emit(c, before);
            }
        }

        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c is '\'' or '"')
            {
                i = CopyString(source, i, Emit);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_'))
                {
                    i++;
                }

                var name = source[start..i];
                if (!Operators.Contains(name) && IsCall(source, start, i))
                {
                    if (!RuleFunctions.Names.Contains(name))
                    {
                        throw new ExpressionException(
                            "Unknown function '" + name + "'" + Suggestions.DidYouMean(name, RuleFunctions.Names) +
                            " Functions: " + string.Join(", ", RuleFunctions.Names.Order(StringComparer.Ordinal)) + ".",
                            start);
                    }

                    EmitInserted(nameof(RuleFunctions) + ".", start);
                }

                var written = IsMethodCall(source, start, i) ? MethodName(name, start) : name;
                for (var k = start; k < i; k++)
                {
                    Emit(written[k - start], k);
                }
            }
            else if (c == '[')
            {
                var afterIn = PreviousWord(source, i) is "in";
                closers.Push(afterIn ? ')' : ']');
                Emit(afterIn ? '(' : '[', i++);
            }
            else if (c == ']')
            {
                Emit(closers.Count > 0 ? closers.Pop() : ']', i++);
            }
            else
            {
                Emit(c, i++);
            }
        }

        return new ExpressionRewrite(text.ToString(), offsets, source);
    }

    /// <summary>Copies a quoted string as a double-quoted one; a single-quoted string may hold <c>''</c> for a quote.</summary>
    private static int CopyString(string source, int start, Action<char, int> emit)
    {
        var quote = source[start];
        emit('"', start);
        var i = start + 1;
        while (i < source.Length)
        {
            var c = source[i];
            if (quote == '"' && c == '\\' && i + 1 < source.Length)
            {
                emit(c, i);
                emit(source[i + 1], i + 1);
                i += 2;
            }
            else if (c == quote && quote == '\'' && i + 1 < source.Length && source[i + 1] == '\'')
            {
                emit('\'', i);
                i += 2;
            }
            else if (c == quote)
            {
                emit('"', i);
                return i + 1;
            }
            else
            {
                if (c == '"')
                {
                    emit('\\', i);
                }

                emit(c, i);
                i++;
            }
        }

        throw new ExpressionException("A string is not closed: expected " + quote + " before the end of the expression.", start);
    }

    /// <summary>The .NET name of a method called as <paramref name="name"/>, the same length (only its case differs).</summary>
    /// <exception cref="ExpressionException">No value has such a method.</exception>
    private static string MethodName(string name, int start) =>
        RuleMethods.DotNetName(name) ?? throw new ExpressionException(
            "Unknown method '" + name + "'" + Suggestions.DidYouMean(name, RuleMethods.WrittenNames) + " Methods of " + RuleMethods.Listing + ".", start);

    /// <summary>A name directly followed by '(' and not preceded by '.' is a function call; after '.', a method of a value.</summary>
    private static bool IsCall(string source, int start, int end) => FollowedByBracket(source, end) && !PrecededByDot(source, start);

    private static bool IsMethodCall(string source, int start, int end) => FollowedByBracket(source, end) && PrecededByDot(source, start);

    private static bool FollowedByBracket(string source, int end)
    {
        var next = end;
        while (next < source.Length && char.IsWhiteSpace(source[next]))
        {
            next++;
        }

        return next < source.Length && source[next] == '(';
    }

    private static bool PrecededByDot(string source, int start)
    {
        var previous = start - 1;
        while (previous >= 0 && char.IsWhiteSpace(source[previous]))
        {
            previous--;
        }

        return previous >= 0 && source[previous] == '.';
    }

    private static string? PreviousWord(string source, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(source[start - 1]))
        {
            start--;
        }

        return start < end ? source[start..end].ToLowerInvariant() : null;
    }
}
