using System.Globalization;
using System.Text;
using PmoAssess.Outcomes;

namespace PmoAssess.Benchmarks.HandWritten;

/// <summary>Whether two lists of outcomes are the same, value for value and in the same order, evidence included.</summary>
internal static class OutcomeComparison
{
    /// <summary>The first difference between <paramref name="expected"/> and <paramref name="actual"/>, or <c>null</c> when they agree.</summary>
    public static string? FirstDifference(IReadOnlyList<RuleOutcome> expected, IReadOnlyList<RuleOutcome> actual)
    {
        var count = Math.Min(expected.Count, actual.Count);
        for (var index = 0; index < count; index++)
        {
            var (left, right) = (Text(expected[index]), Text(actual[index]));
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return "Outcome " + index.ToString(CultureInfo.InvariantCulture) + " differs:\n  expected " + left + "\n  actual   " + right;
            }
        }

        return expected.Count == actual.Count ? null
            : string.Create(CultureInfo.InvariantCulture, $"Expected {expected.Count} outcomes, got {actual.Count}.");
    }

    /// <summary>
    /// The first difference between the statuses <see cref="HandWrittenLoop.Decide"/> kept, rule after rule, and those of
    /// <paramref name="outcomes"/>, or <c>null</c> when they agree.
    /// </summary>
    public static string? FirstDifference(OutcomeStatus[][] decided, IReadOnlyList<RuleOutcome> outcomes)
    {
        var index = 0;
        foreach (var status in decided.SelectMany(statuses => statuses))
        {
            if (index >= outcomes.Count || outcomes[index].Status != status)
            {
                return "Status " + index.ToString(CultureInfo.InvariantCulture) + " differs: decided " + status + ", outcome " +
                    (index < outcomes.Count ? Text(outcomes[index]) : "none");
            }

            index++;
        }

        return index == outcomes.Count ? null
            : string.Create(CultureInfo.InvariantCulture, $"Decided {index} statuses for {outcomes.Count} outcomes.");
    }

    /// <summary>One outcome as a line of text with every value it holds.</summary>
    public static string Text(RuleOutcome outcome)
    {
        var text = new StringBuilder()
            .Append(outcome.RuleId).Append(' ').Append(outcome.SubjectKind).Append(' ').Append(outcome.SubjectId)
            .Append(" project=").Append(outcome.ProjectId).Append(' ').Append(outcome.Status)
            .Append(" message=").Append(outcome.Message).Append(" missing=").Append(outcome.MissingField);
        foreach (var evidence in outcome.Evidence)
        {
            text.Append(" [").Append(evidence.Field).Append(' ').Append(evidence.File).Append(':')
                .Append(evidence.Row?.ToString(CultureInfo.InvariantCulture)).Append(':').Append(evidence.Column).Append('=').Append(evidence.Value).Append(']');
        }

        return text.ToString();
    }
}
