using PmoAssess.Import.Mapping;

namespace PmoAssess.Import;

/// <summary>
/// Where an assessment's data comes from: a portfolio in the canonical layout, or a client's own files read through
/// a mapping. Choosing one checks what can be checked before any data is read (the mapping file, exit 3).
/// </summary>
public sealed class PortfolioSource
{
    /// <summary>How a mapping file's name ends, so that folders of them can be found.</summary>
    public const string MappingSuffix = MappingLoader.FileSuffix;

    private readonly string _input;
    private readonly MappingFile? _mapping;

    private PortfolioSource(string input, MappingFile? mapping)
    {
        _input = input;
        _mapping = mapping;
    }

    /// <summary>A folder of canonical CSV files, or a canonical JSON or YAML document.</summary>
    public static PortfolioSource Canonical(string input)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        return new PortfolioSource(input, null);
    }

    /// <summary>The files a mapping names, read through it. The mapping is loaded and checked now.</summary>
    /// <param name="input">The engagement folder.</param>
    /// <param name="mappingFile">The mapping file.</param>
    /// <param name="limits">How large and how deeply nested the mapping file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The mapping is missing or invalid; the message lists every problem.</exception>
    public static PortfolioSource Mapped(string input, string mappingFile, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        ArgumentException.ThrowIfNullOrEmpty(mappingFile);
        return new PortfolioSource(input, MappingLoader.Load(mappingFile, limits));
    }

    /// <summary>Whether the data is read through a mapping, which may name files in a plugin's table format.</summary>
    public bool IsMapped => _mapping is not null;

    /// <summary>
    /// Checks, without reading any rows, that a mapping fits its files: each file opens as a table and has every column
    /// the mapping names. Nothing to check for the canonical layout, whose problems show when it is read.
    /// </summary>
    /// <param name="formats">The table formats plugins contributed, for files in other formats.</param>
    /// <exception cref="InvalidInputException">A file cannot be opened, or lacks a column; the message lists the headers found.</exception>
    public void CheckFits(IReadOnlyList<ITableFormat>? formats = null)
    {
        if (_mapping is not null)
        {
            MappedPortfolioReader.CheckFits(_mapping, formats);
        }
    }

    /// <summary>Reads the data.</summary>
    /// <param name="formats">The table formats plugins contributed, for files a mapping names in other formats.</param>
    /// <param name="limits">The largest file, most rows and longest cell read; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">
    /// The data cannot be read at all (the canonical layout's problems, a file a mapping cannot fit, a limit exceeded).
    /// </exception>
    /// <exception cref="PluginFaultException">A plugin's table format failed.</exception>
    public ImportResult Read(IReadOnlyList<ITableFormat>? formats = null, InputLimits? limits = null) =>
        _mapping is null ? new ImportResult(PortfolioReader.Read(_input, limits), null) : MappedPortfolioReader.Read(_mapping, formats, limits);
}
