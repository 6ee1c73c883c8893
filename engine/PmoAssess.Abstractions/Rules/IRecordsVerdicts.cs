using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Rules;

/// <summary>
/// The engine's context for a rule's verdict on its subject, told apart from outcomes the rule records besides
/// (<see cref="IAssessmentContext.Record"/>): a rule that can decide again is asked again for a verdict's message and
/// evidence when they are read, instead of having them kept.
/// </summary>
internal interface IRecordsVerdicts
{
    /// <summary>Records <paramref name="verdict"/>, the verdict of rule <paramref name="ruleId"/> on <paramref name="subject"/>.</summary>
    void RecordVerdict(Fact subject, string ruleId, Verdict verdict);
}

/// <summary>How a rule hands its verdict to whichever context it runs in.</summary>
internal static class VerdictRecording
{
    /// <summary>
    /// Records <paramref name="verdict"/>, the verdict of rule <paramref name="ruleId"/> on <paramref name="subject"/>: as a
    /// verdict to the engine's own context, or as an outcome to any other.
    /// </summary>
    public static void RecordVerdict(this IAssessmentContext context, Fact subject, string ruleId, Verdict verdict)
    {
        if (context is IRecordsVerdicts verdicts)
        {
            verdicts.RecordVerdict(subject, ruleId, verdict);
        }
        else
        {
            context.Record(RuleOutcome.Of(subject, ruleId, verdict));
        }
    }
}
