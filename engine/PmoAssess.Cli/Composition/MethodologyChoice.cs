namespace PmoAssess.Cli.Composition;

/// <summary>
/// The methodology a run scores under (a built-in or plugin id, or a file) and the organisation's answers to its
/// questionnaire. Its questions become rules when there are answers to score, or when asked to check them.
/// </summary>
internal sealed record MethodologyChoice(string Methodology, string? Answers = null, bool AskQuestions = false);
