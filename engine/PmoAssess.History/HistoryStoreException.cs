namespace PmoAssess.History;

/// <summary>
/// Reading or writing a history store that opened failed: the lock could not be had in time, the disk is full, or a
/// page turned out damaged. The message ends in <c>File=...</c>. (A store that cannot be opened at all is an
/// <see cref="InvalidInputException"/>: a problem with the user's file, found before any rule runs.)
/// </summary>
public sealed class HistoryStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public HistoryStoreException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public HistoryStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public HistoryStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
