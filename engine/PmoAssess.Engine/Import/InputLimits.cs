using System.Globalization;

namespace PmoAssess.Import;

/// <summary>
/// How much an assessment reads before it refuses: the size of a data file, the rows of a table and the characters of a
/// cell; the size of a YAML document (rulesets, policies, mappings, methodologies, answers) and how deep YAML and JSON
/// may nest. The defaults are far above any real portfolio or configuration; they exist so that a hostile or broken
/// file (a multi-gigabyte export, a quote that never closes, a document nested thousands deep) stops the run with a
/// clear error instead of exhausting memory or the stack. Immutable; <see cref="Default"/> is what the command line
/// uses unless told otherwise.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The default largest data file: 2 GB.</summary>
    public const long DefaultMaxFileBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The default most data rows in one table: 10 million.</summary>
    public const long DefaultMaxRows = 10_000_000;

    /// <summary>The default most characters in one cell: 32 M (a 10 MB comments cell reads).</summary>
    public const int DefaultMaxCellChars = 32 * 1024 * 1024;

    /// <summary>The default largest YAML document: 8 MB (no real ruleset or mapping comes near it).</summary>
    public const long DefaultMaxDocumentBytes = 8L * 1024 * 1024;

    /// <summary>The default deepest nesting of a YAML or JSON document: 64 (the deepest real file nests about eight).</summary>
    public const int DefaultMaxNesting = 64;

    /// <summary>
    /// The deepest nesting that can be allowed at all: YamlDotNet builds its tree, and the YAML-to-JSON conversion walks it,
    /// by recursion, and a stack overflow ends the process with no message; 256 levels load on a half-megabyte stack, well
    /// under what .NET gives a thread by default (a test holds them to that).
    /// </summary>
    public const int MaxNestingCeiling = 256;

    /// <summary>
    /// How many times its file size an .xlsx workbook may unpack to. Even very repetitive sheet XML packs only about 5 to 20
    /// times (each row and cell carries its own reference), and embedded pictures do not shrink at all, so a workbook the file
    /// size limit lets in reads, and one that unpacks to more is refused before any of it is decompressed.
    /// </summary>
    public const int WorkbookUnpackFactor = 20;

    private readonly int _maxNesting = DefaultMaxNesting;

    /// <summary>The defaults.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>The largest data file read (CSV, workbook, JSON), in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The most data rows read from one table or file (JSON: items of one list).</summary>
    public long MaxRows { get; init; } = DefaultMaxRows;

    /// <summary>The most characters in one cell (JSON: one value).</summary>
    public int MaxCellChars { get; init; } = DefaultMaxCellChars;

    /// <summary>The largest YAML document read (rulesets, policies, mappings, methodologies, answers, YAML data), in bytes.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>How many levels deep mappings and lists (YAML) or objects and arrays (JSON) may nest: 1 to <see cref="MaxNestingCeiling"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above <see cref="MaxNestingCeiling"/>.</exception>
    public int MaxNesting
    {
        get => _maxNesting;
        // Checked here, not only on the command line: past the ceiling a document could overflow the stack, which no caller can catch.
        init => _maxNesting = value is >= 1 and <= MaxNestingCeiling
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxNesting), value, "The nesting limit must be 1 to " + MaxNestingCeiling.ToString(CultureInfo.InvariantCulture) + ".");
    }

    /// <summary>
    /// The most bytes an .xlsx workbook may unpack to, all its parts together: <see cref="WorkbookUnpackFactor"/> times
    /// <see cref="MaxFileBytes"/>, so that raising the file size limit raises this with it.
    /// </summary>
    public long MaxWorkbookUnpackedBytes => MaxFileBytes > long.MaxValue / WorkbookUnpackFactor ? long.MaxValue : MaxFileBytes * WorkbookUnpackFactor;

    /// <summary>Refuses a file larger than <see cref="MaxFileBytes"/>, before reading any of it. A missing file is left to the reader.</summary>
    /// <exception cref="InvalidInputException">The file is too large.</exception>
    public void CheckFileSize(string path, string displayName)
    {
        if (LengthOver(path, MaxFileBytes) is { } length)
        {
            throw InvalidInputException.At(TooLarge(length, MaxFileBytes, "--max-file-size"), new SourceLocation(displayName));
        }
    }

    /// <summary>
    /// The problem with a YAML document larger than <see cref="MaxDocumentBytes"/>, before reading any of it; <c>null</c> when
    /// it is not (or is missing, which is left to the reader). A problem rather than an exception: YAML loaders list every
    /// problem in every file together.
    /// </summary>
    public string? DocumentSizeProblem(string path) =>
        LengthOver(path, MaxDocumentBytes) is { } length ? TooLarge(length, MaxDocumentBytes, "--max-document-size") : null;

    /// <summary>The problem with a YAML or JSON document nested deeper than <see cref="MaxNesting"/>.</summary>
    public string NestingProblem() =>
        "The document is nested more than " + MaxNesting.ToString(CultureInfo.InvariantCulture) + " levels deep, the limit: raise it with --max-nesting.";

    /// <summary>Refuses a row past <see cref="MaxRows"/>.</summary>
    /// <param name="rows">How many rows have been read, this one included.</param>
    /// <param name="at">Where the row is.</param>
    /// <exception cref="InvalidInputException">There are too many rows.</exception>
    public void CheckRows(long rows, SourceLocation at)
    {
        if (rows > MaxRows)
        {
            throw InvalidInputException.At(
                "The file has more than " + MaxRows.ToString("N0", CultureInfo.InvariantCulture) + " rows, the limit: raise it with --max-rows.", at);
        }
    }

    /// <summary>Refuses a cell longer than <see cref="MaxCellChars"/>.</summary>
    /// <exception cref="InvalidInputException">The cell is too long.</exception>
    public void CheckCell(int length, SourceLocation at)
    {
        if (length > MaxCellChars)
        {
            throw InvalidInputException.At(
                "A cell holds " + length.ToString("N0", CultureInfo.InvariantCulture) + " characters, more than the limit of " +
                MaxCellChars.ToString("N0", CultureInfo.InvariantCulture) + ": raise it with --max-cell-size.", at);
        }
    }

    private static long? LengthOver(string path, long limit)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length > limit ? file.Length : null;
    }

    private static string TooLarge(long length, long limit, string option) =>
        "The file is " + Size(length) + ", more than the limit of " + Size(limit) + ": raise it with " + option + ".";

    /// <summary>A size as people read it: <c>2 GB</c>, <c>1.5 MB</c>, <c>300 bytes</c>.</summary>
    public static string Size(long bytes)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        var (value, unit) = ((double)bytes, 0);
        while (value >= 1024 && unit < units.Length - 1)
        {
            (value, unit) = (value / 1024, unit + 1);
        }

        return value.ToString(unit == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + units[unit];
    }

    /// <summary>
    /// Reads a size as the command line takes it: a whole number, optionally followed by <c>K</c>, <c>M</c>, <c>G</c> or
    /// <c>T</c> (powers of 1024; <c>KB</c>, <c>MB</c>, ... also read). <c>null</c> when it does not read or is not positive.
    /// </summary>
    public static long? ParseSize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().ToUpperInvariant();
        trimmed = trimmed.EndsWith('B') && trimmed.Length > 1 && !char.IsAsciiDigit(trimmed[^2]) ? trimmed[..^1] : trimmed;
        var multiplier = trimmed.Length == 0 ? 1L : trimmed[^1] switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 1L,
        };
        var digits = multiplier == 1 ? trimmed : trimmed[..^1].TrimEnd();
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 && number <= long.MaxValue / multiplier
            ? number * multiplier
            : null;
    }
}
