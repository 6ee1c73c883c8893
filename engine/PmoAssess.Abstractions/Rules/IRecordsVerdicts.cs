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
