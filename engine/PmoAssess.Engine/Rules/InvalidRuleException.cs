namespace PmoAssess.Rules;

/// <summary>
/// A rule cannot be compiled or registered: it is not a described rule, its id clashes with another's,
/// or NRules rejected it. Whoever supplied the rule (a plugin, a ruleset) is named in the message.
/// </summary>
public sealed class InvalidRuleException : Exception
{
    public InvalidRuleException()
    {
    }

    public InvalidRuleException(string message)
        : base(message)
    {
    }

    public InvalidRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
