using System.Globalization;

namespace PmoAssess.Outcomes;

/// <summary>
/// Where a value a rule looked at came from, so a consultant can show the client the cell.
/// </summary>
public sealed record Evidence
{
    /// <summary>The canonical field, e.g. <c>sponsor</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The source file relative to the assessed folder, or <c>null</c> for facts built in code.</summary>
    public string? File { get; init; }

    /// <summary>The spreadsheet-style row (the header is row 1), or <c>null</c> where rows do not apply.</summary>
    public int? Row { get; init; }

    /// <summary>The column as the client named it (CSV header or JSON path), or <c>null</c> if absent.</summary>
    public string? Column { get; init; }

    /// <summary>The raw value seen; empty when the cell was blank, <c>null</c> when there was no cell.</summary>
    public string? Value { get; init; }

    /// <summary>Formats a value the way evidence shows it: invariant culture, ISO dates.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
