using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Rules;

/// <summary>
/// A rule the engine can ask again about one subject, outside a session, once the assessment is over: it keeps a plain
/// pass as a mark and makes its evidence again only if an output reads it. <see cref="SubjectRule{TSubject}"/> is one.
/// </summary>
internal interface IDecidesAgain
{
    /// <summary>The verdict on <paramref name="subject"/> as of <paramref name="asOf"/>; <c>null</c> when the rule does not apply to it.</summary>
    Verdict? DecideAgain(Fact subject, DateOnly asOf);
}
