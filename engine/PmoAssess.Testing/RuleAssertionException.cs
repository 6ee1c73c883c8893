using PmoAssess.Outcomes;

namespace PmoAssess.Testing;

/// <summary>
/// A rule did not do what a test expected, or the host would refuse the plugin under test. The message
/// explains itself: the rule, the subject, the expected outcome and the actual one (status, message,
/// missing field and evidence). Any test framework reports it as a failed test.
/// </summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public RuleAssertionException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public RuleAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal RuleAssertionException(string message, string ruleId, string subjectId, RuleOutcome? actual)
        : base(message)
    {
        RuleId = ruleId;
        SubjectId = subjectId;
        Actual = actual;
    }

    /// <summary>The rule the failed expectation was about, if it was about one.</summary>
    public string? RuleId { get; }

    /// <summary>The subject the failed expectation was about, if it was about one.</summary>
    public string? SubjectId { get; }

    /// <summary>The outcome the rule actually gave the subject, or <c>null</c> if it gave none.</summary>
    public RuleOutcome? Actual { get; }
}
