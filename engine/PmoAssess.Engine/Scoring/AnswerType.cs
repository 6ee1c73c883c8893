namespace PmoAssess.Scoring;

/// <summary>How a questionnaire question is answered, and when its answer meets it.</summary>
public enum AnswerType
{
    /// <summary>Yes or no; met by yes.</summary>
    YesNo,

    /// <summary>1 to 5; met from the question's pass mark up.</summary>
    Scale,

    /// <summary>Free text; information, never scored (a text answer cannot tell "yes" from "none").</summary>
    Text,

    /// <summary>One of a list of options; information, never scored.</summary>
    Choice,
}
