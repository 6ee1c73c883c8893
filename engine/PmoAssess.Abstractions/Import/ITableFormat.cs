namespace PmoAssess.Import;

/// <summary>
/// A file format a plugin teaches PmoAssess to read. It presents a file as one or more named tables of text cells (the
/// record types of a scheduling tool's export, the sheets of a spreadsheet format); mapping files then map a table's
/// columns onto projects, risks and the rest exactly as they map a CSV file or an Excel worksheet, with the same
/// data-quality findings for values that do not read.
/// </summary>
public interface ITableFormat
{
    /// <summary>What the format is called in messages and <c>plugins list</c>, e.g. <c>JSON Lines</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The file extensions it reads, with the dot, e.g. <c>.jsonl</c>. The built-in ones (<c>.csv</c>, <c>.tsv</c>,
    /// <c>.txt</c>, <c>.xlsx</c>) cannot be taken over, and two plugins cannot claim the same one.
    /// </summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>The names of the tables in the file at <paramref name="path"/>, the default first (a mapping's <c>sheet</c> chooses one).</summary>
    /// <exception cref="FormatException">The file is not in the format; the message says where.</exception>
    IReadOnlyList<string> Tables(string path);

    /// <summary>
    /// The rows of the table <paramref name="table"/>, streamed, the header row first; every row's cells as text
    /// (numbers and dates as the file writes them: the mapping reads them). Throw <see cref="FormatException"/> for content
    /// that is not in the format, saying where (line, record); the host reports it with the file, exit code 3.
    /// </summary>
    IEnumerable<IReadOnlyList<string>> Read(string path, string table);
}
