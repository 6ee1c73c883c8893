using PmoAssess.Assessment;
using PmoAssess.Policy;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// Everything one assessment produced, before any output is written, the history store it is to be recorded in, and the
/// run's deadline, which the plugins' report sections still run under. The engagement's name is the policy's, else the
/// assessed folder's (or document's).
/// </summary>
internal sealed record AssessmentRun(
    string Engagement,
    LoadedRules Rules,
    AssessmentResult Result,
    MaturityAssessment Maturity,
    EffectivePolicy Policy,
    PolicyVerdict Verdict,
    Baseline? Baseline,
    RunDeadline Deadline,
    HistoryContext? History = null);
