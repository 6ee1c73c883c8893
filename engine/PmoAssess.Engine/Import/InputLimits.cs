using System.Globalization;

namespace PmoAssess.Import;

/// <summary>
/// How much data an assessment reads before it refuses: the size of a data file, the rows of a table and the
/// characters of a cell. The defaults are far above any real portfolio; they exist so that a hostile or broken file
/// (a multi-gigabyte export, a quote that never closes) stops the run with a clear error instead of exhausting memory.
/// Immutable; <see cref="Default"/> is what the command line uses unless told otherwise.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The default largest data file: 2 GB.</summary>
    public const long DefaultMaxFileBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The default most data rows in one table: 10 million.</summary>
    public const long DefaultMaxRows = 10_000_000;

    /// <summary>The default most characters in one cell: 32 M (a 10 MB comments cell reads).</summary>
    public const int DefaultMaxCellChars = 32 * 1024 * 1024;

    /// <summary>The defaults.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>The largest data file read (CSV, workbook, JSON), in bytes.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The most data rows read from one table or file (JSON: items of one list).</summary>
    public long MaxRows { get; init; } = DefaultMaxRows;

    /// <summary>The most characters in one cell (JSON: one value).</summary>
    public int MaxCellChars { get; init; } = DefaultMaxCellChars;

    /// <summary>Refuses a file larger than <see cref="MaxFileBytes"/>, before reading any of it. A missing file is left to the reader.</summary>
    /// <exception cref="InvalidInputException">The file is too large.</exception>
    public void CheckFileSize(string path, string displayName)
    {
        var file = new FileInfo(path);
        if (file.Exists && file.Length > MaxFileBytes)
        {
            throw InvalidInputException.At(
                "The file is " + Size(file.Length) + ", more than the limit of " + Size(MaxFileBytes) + ": raise it with --max-file-size.",
                new SourceLocation(displayName));
        }
    }

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
