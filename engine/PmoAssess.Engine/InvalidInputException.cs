namespace PmoAssess;

/// <summary>
/// Input data or configuration is unusable: detected before any rule runs, exit code 3.
/// The message ends in Key=Value context naming the file and, where known, line and column.
/// </summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException()
    {
    }

    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Builds the exception for a problem at a place in a file.</summary>
    /// <param name="problem">What is wrong and what was expected, as a sentence.</param>
    /// <param name="location">The place: file, line, column and anything else that helps.</param>
    /// <param name="innerException">The underlying parser error, if any.</param>
    public static InvalidInputException At(string problem, SourceLocation location, Exception? innerException = null) =>
        new(problem + " " + location, innerException!) { Location = location };

    /// <summary>Where the problem is, when it is in a file.</summary>
    public SourceLocation? Location { get; private init; }
}
