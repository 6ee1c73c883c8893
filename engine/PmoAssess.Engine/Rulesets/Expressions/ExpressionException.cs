namespace PmoAssess.Rulesets.Expressions;

/// <summary>An expression cannot be used: it does not parse, has a type error, or leaves the sandbox.</summary>
internal sealed class ExpressionException(string message, int offset) : Exception(message)
{
    /// <summary>Where in the author's expression text the problem is (0-based).</summary>
    public int Offset { get; } = offset;
}
