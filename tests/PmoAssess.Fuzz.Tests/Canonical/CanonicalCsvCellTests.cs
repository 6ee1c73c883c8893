using System.Globalization;
using System.Text;
using CsvHelper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Import;

namespace PmoAssess.Tests.Fuzz.Canonical;

/// <summary>
/// The canonical reader pools repeated cell text itself (CsvCellStrings): on any text, repeated or not, quoted or not, every
/// fact and every piece of evidence holds what CsvHelper reads for that cell on its own.
/// </summary>
public sealed class CanonicalCsvCellTests : IDisposable
{
    // Few enough words that cells repeat; quotes, separators, line breaks, spaces and text that is not ASCII among them.
    private static readonly string[] Words = ["a", "Zoë", "Zoe", "García", "\"", ",", "\n", "\r\n", " ", "x y", "2026-01-01", "1.50", "日本"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 60)]
    public Property Read_AnyNames_EveryFactAndEvidenceHoldsWhatCsvHelperReads() =>
        Prop.ForAll(Gen.Elements(Words).ArrayOf().Select(string.Concat).ArrayOf().ToArbitrary(), Gen.Choose(1, 6000).ToArbitrary(), (names, rows) =>
        {
            var folder = _folder.Combine(Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var csv = new StringBuilder("id,name,manager\n");
            for (var row = 0; row < rows; row++)
            {
                var name = names.Length == 0 ? "" : names[row % names.Length];
                csv.Append("P-").Append(row.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Quoted(name)).Append(',').Append(Quoted(name + "!")).Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, "projects.csv"), csv.ToString(), new UTF8Encoding(false));
            var projects = PortfolioReader.Read(folder).Projects;
            var expected = ReadWithCsvHelper(Path.Combine(folder, "projects.csv"));
            return projects.Count == expected.Count && projects.Select((project, index) =>
                project.Id == expected[index][0]
                && project.Name == NullIfBlank(expected[index][1]) && project.EvidenceOf("name").Value == expected[index][1]
                && project.Manager == NullIfBlank(expected[index][2]) && project.EvidenceOf("manager").Value == expected[index][2]).All(same => same);
        });

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string? NullIfBlank(string text) => string.IsNullOrEmpty(text.Trim()) ? null : text.Trim();

    private static List<string[]> ReadWithCsvHelper(string path)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',', HasHeader = true }, leaveOpen: false);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([reader.GetString(0), reader.GetString(1), reader.GetString(2)]);
        }

        return records;
    }
}
