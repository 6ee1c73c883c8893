using System.Globalization;
using PmoAssess.Import.Inspection;
using PmoAssess.Import.Tables;

namespace PmoAssess.Cli.Commands;

/// <summary>Prints a table inspection for people (aligned text) or for scripts (JSON).</summary>
internal static class InspectOutput
{
    public static void WriteText(TextWriter output, TableInspection inspection, TableOptions options)
    {
        var format = inspection.Format;
        output.WriteLine("File: " + inspection.File);
        output.WriteLine("Kind: " + format.Kind);
        if (format.Kind == "xlsx")
        {
            output.WriteLine("Sheet: " + format.Sheet + (options.Sheet is null ? " (the first)" : ""));
            output.WriteLine("Sheets: " + string.Join(", ", format.Sheets));
        }
        else
        {
            output.WriteLine("Encoding: " + format.Encoding + (options.Encoding is null or "auto" ? " (detected)" : " (given)"));
            output.WriteLine("Delimiter: " + DelimiterName(format.Delimiter) + (options.Delimiter is null ? " (detected)" : " (given)"));
        }

        foreach (var note in format.Notes)
        {
            output.WriteLine("Note: " + note);
        }

        output.WriteLine("Header row: " + options.HeaderRow.ToString(CultureInfo.InvariantCulture));
        output.WriteLine("Rows: " + Count(inspection.RowCount) +
                         (inspection.RaggedRows > 0 ? " (" + Count(inspection.RaggedRows) + " with more or fewer cells than the header)" : ""));
        output.WriteLine("SHA-256: " + inspection.Sha256);
        output.WriteLine();
        ListingOutput.WriteTable(output, ["COL", "HEADER", "TYPE", "FIT", "EMPTY", "NOTES"], inspection.Columns.Select(column => (IReadOnlyList<string>)
        [
            Count(column.Column),
            inspection.Headers[column.Column - 1].Blank ? "(blank)" : column.Header.ReplaceLineEndings(" "),
            TypeName(column),
            column.Kind is ValueKind.Empty or ValueKind.Text ? "-" : Count(column.Fitting) + "/" + Count(column.Filled) + " (" + Percent(column.Share) + ")",
            Count(column.Empty),
            Notes(inspection.Headers[column.Column - 1], column),
        ]));
    }

    public static void WriteJson(TextWriter output, TableInspection inspection, TableOptions options, string? proposal) =>
        ListingOutput.WriteJson(output, new
        {
            inspection.File,
            inspection.Format.Kind,
            inspection.Format.Encoding,
            Delimiter = inspection.Format.Delimiter is { } delimiter ? DelimiterName(delimiter) : null,
            inspection.Format.Sheet,
            inspection.Format.Sheets,
            inspection.Format.Notes,
            options.HeaderRow,
            Rows = inspection.RowCount,
            inspection.RaggedRows,
            inspection.Sha256,
            Columns = inspection.Columns.Select(column => new
            {
                column.Column,
                column.Header,
                Blank = inspection.Headers[column.Column - 1].Blank,
                inspection.Headers[column.Column - 1].DuplicateOf,
                Type = column.Kind,
                column.Filled,
                column.Empty,
                column.Fitting,
                Share = Math.Round(column.Share, 4),
                column.DateFormat,
                column.OtherDateFormats,
                Values = column.Kind == ValueKind.Enumeration ? column.Values.Where(value => value.Count >= 2).ToList() : [],
                column.Misfits,
                column.Unique,
            }),
            Mapping = proposal,
        });

    private static string TypeName(ColumnProfile column) => column.Kind switch
    {
        ValueKind.Date => "date " + column.DateFormat,
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string Notes(HeaderCell header, ColumnProfile column)
    {
        var notes = new List<string>();
        if (header.Blank)
        {
            notes.Add("BLANK HEADER");
        }

        if (header.DuplicateOf is { } first)
        {
            notes.Add("DUPLICATE of column " + Count(first));
        }

        if (column.Kind == ValueKind.Enumeration)
        {
            notes.Add(string.Join(", ", column.Values.Where(value => value.Count >= 2).Select(value => YamlText.Sample(value.Value, 24) + " " + Count(value.Count))));
        }

        if (column.OtherDateFormats.Count > 0)
        {
            notes.Add("also reads as " + string.Join(", ", column.OtherDateFormats));
        }

        if (column.Misfits.Count > 0)
        {
            notes.Add("not fitting: " + string.Join(", ", column.Misfits.Take(2).Select(value => YamlText.Sample(value, 32))));
        }

        if (column.Unique && column.Kind != ValueKind.Empty)
        {
            notes.Add("unique");
        }

        return string.Join("; ", notes);
    }

    private static string DelimiterName(char? delimiter) => delimiter switch
    {
        '\t' => "tab",
        { } other => other.ToString(),
        null => "-",
    };

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
