using System.Globalization;
using PmoAssess.Facts;

namespace PmoAssess.Import.Mapping;

/// <summary>
/// A mapping file, loaded and checked: how each of a client's files or sheets maps onto the canonical facts.
/// Documented in Import/README.md and mapping.schema.json; <c>MappingLoader</c> builds it.
/// </summary>
/// <param name="File">The mapping file as messages name it.</param>
/// <param name="Folder">The folder the mapping's <c>file</c> paths are relative to (the mapping file's own).</param>
/// <param name="Sha256">The SHA-256 of the mapping file's bytes.</param>
/// <param name="Sources">The sources, in file order.</param>
internal sealed record MappingFile(string File, string Folder, string Sha256, IReadOnlyList<SourceMapping> Sources);

/// <summary>One source file (or one worksheet of a workbook) and the entity its rows hold.</summary>
internal sealed record SourceMapping
{
    /// <summary>The data file, as written in the mapping (relative to the mapping file's folder).</summary>
    public required string File { get; init; }

    /// <summary>The worksheet of a workbook; <c>null</c> for the first, and for CSV.</summary>
    public string? Sheet { get; init; }

    /// <summary>The entity each row holds.</summary>
    public required EntityKind Entity { get; init; }

    /// <summary>The text encoding, or <c>null</c> to detect.</summary>
    public string? Encoding { get; init; }

    /// <summary>The field separator, or <c>null</c> to detect.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The 1-based row holding the headers.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>What to do when a header the mapping names appears more than once.</summary>
    public DuplicateHeaders DuplicateHeaders { get; init; } = DuplicateHeaders.Error;

    /// <summary>The culture numbers and money are written in (decimal and thousands separators).</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The date formats tried in order, for every date field that does not name its own.</summary>
    public IReadOnlyList<string> DateFormats { get; init; } = ["yyyy-MM-dd"];

    /// <summary>The column holding each row's id.</summary>
    public required ColumnRef Id { get; init; }

    /// <summary>For a project's child records: the column naming the project. <c>null</c> for other entities.</summary>
    public ProjectLink? Project { get; init; }

    /// <summary>Canonical fields, keyed by their snake_case name as in the canonical layout (e.g. <c>baseline_end</c>).</summary>
    public IReadOnlyDictionary<string, FieldMapping> Fields { get; init; } = new Dictionary<string, FieldMapping>();

    /// <summary>Columns kept as custom fields that rules read with <c>field("name")</c>, keyed by that name.</summary>
    public IReadOnlyDictionary<string, FieldMapping> Custom { get; init; } = new Dictionary<string, FieldMapping>();

    /// <summary>Whether columns the mapping does not mention are kept as custom fields under their header.</summary>
    public bool KeepOtherColumns { get; init; }

    /// <summary>Where the source is declared in the mapping file, for messages.</summary>
    public required SourceLocation Where { get; init; }
}

/// <summary>A column of the source: by header (the first of the alternatives found) or by 1-based position.</summary>
/// <param name="Names">Header names to look for, in order; matched ignoring case and surrounding whitespace. Empty when <paramref name="Position"/> is set.</param>
/// <param name="Position">The 1-based column position, or <c>null</c>.</param>
/// <param name="Where">Where the mapping names the column, for messages.</param>
internal sealed record ColumnRef(IReadOnlyList<string> Names, int? Position, SourceLocation Where)
{
    /// <summary>How messages name the column: <c>'a' or 'b'</c>, or <c>column 3</c>.</summary>
    public string Describe() => Position is { } position
        ? "column " + position.ToString(CultureInfo.InvariantCulture)
        : string.Join(" or ", Names.Select(name => "'" + name + "'"));
}

/// <summary>How child rows name their project.</summary>
internal sealed record ProjectLink(ColumnRef Column, ProjectKey By);

/// <summary>What a child row's project column holds.</summary>
internal enum ProjectKey
{
    /// <summary>The project's id.</summary>
    Id,
    /// <summary>The project's name.</summary>
    Name,
}

/// <summary>What to do when a header the mapping names appears more than once.</summary>
internal enum DuplicateHeaders
{
    /// <summary>Stop: the mapping is ambiguous (exit 3).</summary>
    Error,
    /// <summary>Read the first such column.</summary>
    First,
    /// <summary>Read the last such column.</summary>
    Last,
    /// <summary>Number the repeats: the second <c>Cost</c> becomes <c>Cost (2)</c>, and so on.</summary>
    Number,
}

/// <summary>How one field's value is read.</summary>
internal sealed record FieldMapping
{
    /// <summary>The column it comes from; <c>null</c> when <see cref="Value"/> is a constant.</summary>
    public ColumnRef? Column { get; init; }

    /// <summary>A constant, in canonical form, given to every row (e.g. a stage the export does not carry).</summary>
    public string? Value { get; init; }

    /// <summary>The value type of a custom field; canonical fields have their own.</summary>
    public ValueType Type { get; init; } = ValueType.Text;

    /// <summary>Source text to canonical text (e.g. <c>A/R</c> to <c>amber-red</c>), matched ignoring case and surrounding whitespace.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>What a value that does not read as the field's type means.</summary>
    public Unreadable Otherwise { get; init; } = Unreadable.Error;

    /// <summary>The custom field that keeps text read as <see cref="Unreadable.NotGiven"/>; <c>null</c> for <c>&lt;field&gt;_note</c>.</summary>
    public string? Note { get; init; }

    /// <summary>Date formats for this field, overriding the source's.</summary>
    public IReadOnlyList<string>? DateFormats { get; init; }

    /// <summary>For money: the unit the source writes amounts in; canonical values are in units.</summary>
    public MoneyUnit? Money { get; init; }

    /// <summary>Where the field is mapped in the mapping file, for messages.</summary>
    public required SourceLocation Where { get; init; }
}

/// <summary>The value type of a custom field.</summary>
internal enum ValueType
{
    /// <summary>Any text.</summary>
    Text,
    /// <summary>A number in the source's culture.</summary>
    Number,
    /// <summary>Money: currency symbols, thousands separators and a unit.</summary>
    Money,
    /// <summary>A date in one of the formats.</summary>
    Date,
    /// <summary>Yes or no.</summary>
    Boolean,
}

/// <summary>What a value that cannot be read means.</summary>
internal enum Unreadable
{
    /// <summary>A data-quality finding pointing at the cell; rules that need the field see not-assessable.</summary>
    Error,
    /// <summary>A deliberate non-answer (e.g. an FOI exemption): the field is empty, its text kept in the note field, no finding.</summary>
    NotGiven,
}

/// <summary>The unit a source writes money in.</summary>
internal enum MoneyUnit
{
    /// <summary>Whole currency units.</summary>
    Units,
    /// <summary>Thousands.</summary>
    Thousands,
    /// <summary>Millions (the GMPP's £m).</summary>
    Millions,
    /// <summary>Billions.</summary>
    Billions,
}
