using System.Text.Json;

namespace PmoAssess.Import;

/// <summary>
/// JSON documents parsed under <see cref="InputLimits.MaxNesting"/>. System.Text.Json refuses a document nested too deep
/// with the same exception as a malformed one, and its message cannot say which option raises the limit; so when a parse
/// fails, the document is scanned again to tell the two apart (error path only: a document that parses costs nothing more).
/// </summary>
public static class JsonNesting
{
    /// <summary>The parser options that hold a document to <paramref name="limits"/>' nesting.</summary>
    public static JsonDocumentOptions Options(InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new JsonDocumentOptions { MaxDepth = limits.MaxNesting };
    }

    /// <summary>
    /// The problem to report for a document that failed to parse: <see cref="InputLimits.NestingProblem"/> when the first thing
    /// wrong with it is that it nests deeper than the limit; otherwise <c>null</c>, and the parser's own message stands.
    /// </summary>
    public static string? Problem(ReadOnlySpan<byte> json, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return NestsDeeperThan(json, limits.MaxNesting) ? limits.NestingProblem() : null;
    }

    private static bool NestsDeeperThan(ReadOnlySpan<byte> json, int maxNesting)
    {
        // One level of headroom, so that this reader reaches the level too deep instead of failing on it itself.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxNesting + 1 });
        try
        {
            while (reader.Read())
            {
                // The outermost object or array is at depth 0 and is the first level.
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxNesting)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before it was too deep.
        }

        return false;
    }
}
