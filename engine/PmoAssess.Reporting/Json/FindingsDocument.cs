using PmoAssess.Import;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// What a <c>findings.json</c> file says, read back: the assessment it records, its rules, every
/// outcome with its evidence, and the maturity level of each category. Immutable. Holds only what
/// later runs (baselines, history) need; the file itself has more (see <c>findings.schema.json</c>).
/// </summary>
public sealed record FindingsDocument
{
    /// <summary>The version of the file's shape, <see cref="FindingsJsonWriter.SchemaVersion"/> for every file this PmoAssess reads.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>The version of PmoAssess that wrote the file, e.g. <c>0.1.0</c>.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>The engagement assessed.</summary>
    public required string Engagement { get; init; }

    /// <summary>The date the assessment was made as of.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>What failed the run's gate, in words, if the run had one.</summary>
    public string? Gate { get; init; }

    /// <summary>The rules run, ordered by id.</summary>
    public required IReadOnlyList<FindingsRule> Rules { get; init; }

    /// <summary>Every outcome of every rule on every subject, ordered by rule id, subject kind and subject id.</summary>
    public required IReadOnlyList<FindingsOutcome> Outcomes { get; init; }

    /// <summary>The maturity picture, when the assessment was scored under a methodology.</summary>
    public FindingsMaturity? Maturity { get; init; }

    /// <summary>Reads a <c>findings.json</c> file written by <see cref="FindingsJsonWriter"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How deep the document may nest; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">
    /// The file cannot be read, is not JSON, nests deeper than the limit, has a schema version this PmoAssess does not
    /// know, or lacks a property or value it needs; the message names the file, line, column and JSON path.
    /// </exception>
    public static FindingsDocument Read(string path, InputLimits? limits = null) => FindingsJsonReader.Read(path, limits ?? InputLimits.Default);
}
