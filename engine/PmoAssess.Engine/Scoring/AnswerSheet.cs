using PmoAssess.Facts;

namespace PmoAssess.Scoring;

/// <summary>The organisation's answers to a methodology's questionnaire, as evidence facts.</summary>
public sealed record AnswerSheet
{
    /// <summary>One fact per question, answered or not: a blank answer is a fact with no answer, to which its rule does not apply.</summary>
    public required IReadOnlyList<OrganisationEvidence> Answers { get; init; }

    /// <summary>The answers file, with its hash, to list among the assessment's sources.</summary>
    public required DataSource Source { get; init; }

    /// <summary>The answer to a question, if it was answered.</summary>
    public string? AnswerTo(string questionId) => Answers.FirstOrDefault(answer => answer.Id == questionId)?.Answer;
}
