using PmoAssess.Assessment;
using PmoAssess.Policy;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Composition;

/// <summary>Everything one assessment produced, before any output is written, and the history store it is to be recorded in.</summary>
internal sealed record AssessmentRun(
    LoadedRules Rules,
    AssessmentResult Result,
    MaturityAssessment Maturity,
    EffectivePolicy Policy,
    PolicyVerdict Verdict,
    Baseline? Baseline,
    HistoryContext? History = null);
