namespace PmoAssess.Rulesets.Expressions;

/// <summary>A parsed expression reaches outside what rules may do; <see cref="Token"/> locates it in the text.</summary>
internal sealed class SandboxViolationException(string message, string token) : Exception(message)
{
    /// <summary>The name that gives the violation away (a member or method), to find it in the author's text.</summary>
    public string Token { get; } = token;
}
