using PmoAssess.Facts;

namespace PmoAssess.Import.Quality;

/// <summary>How completely one mapped field was filled in one source.</summary>
public sealed record FieldCompleteness
{
    /// <summary>The source file (and sheet), as evidence names it.</summary>
    public required string File { get; init; }

    /// <summary>The entity the source holds.</summary>
    public required EntityKind Entity { get; init; }

    /// <summary>The field: a canonical field (camelCase) or a custom field's name.</summary>
    public required string Field { get; init; }

    /// <summary>The source column it is read from.</summary>
    public required string Column { get; init; }

    /// <summary>The rows read.</summary>
    public required int Rows { get; init; }

    /// <summary>Rows with a value that read.</summary>
    public required int Filled { get; init; }

    /// <summary>Rows with an empty cell.</summary>
    public required int Empty { get; init; }

    /// <summary>Rows whose value did not read (each a data-quality finding).</summary>
    public required int Unreadable { get; init; }

    /// <summary>Rows with a stated non-answer (<c>otherwise: not-given</c>), such as an FOI exemption.</summary>
    public required int NotGiven { get; init; }

    /// <summary>The share of rows with a value that read, or <c>null</c> without rows.</summary>
    public decimal? Share => Rows == 0 ? null : (decimal)Filled / Rows;
}
