namespace PmoAssess.Facts;

/// <summary>A file an assessment read, identified by its content hash so a report can prove what it assessed.</summary>
public sealed record DataSource
{
    /// <summary>The path relative to the assessed folder, with forward slashes.</summary>
    public required string File { get; init; }

    /// <summary>The SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The number of data records read from it.</summary>
    public required int Records { get; init; }
}
