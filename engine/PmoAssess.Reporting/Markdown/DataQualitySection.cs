using PmoAssess.Import.Quality;
using PmoAssess.Reports;
using static PmoAssess.Reporting.Markdown.ReportText;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// The "Data quality" section of a report on data read through a mapping: how many problems of each kind were found
/// (each is a finding above, pointing at its cell) and how completely each mapped field was filled.
/// </summary>
internal static class DataQualitySection
{
    public static void Write(MarkdownDocument document, DataQualityReport quality)
    {
        var problems = quality.Problems.ToList();
        document.Heading(2, "Data quality");
        document.Paragraph("The data was read through the mapping " + Code(quality.Mapping) + " (SHA-256 " + Code(quality.MappingSha256) + "). " +
            (problems.Count == 0
                ? "Every mapped value read, and every record had an id and, where it needs one, its project."
                : Counted.Of(problems.Count, "problem was", "problems were") + " found while reading it. Each is a finding under " +
                  Code(DataQualityRules.Category) + " above, with the file, row, column and raw value; rules that needed an unreadable value were not assessable on that record."));
        var counts = problems.CountBy(outcome => outcome.RuleId).ToDictionary(StringComparer.Ordinal);
        document.Table(["Check", "Rule", "Problems"], quality.Rules.Select(rule => (IReadOnlyList<string>)
            [MarkdownText.Escape(rule.Title), MarkdownText.Escape(rule.Id), Number(counts.GetValueOrDefault(rule.Id))]),
            [false, false, true]);

        document.Heading(3, "Completeness");
        document.Paragraph("Per mapped field: rows with a value that read, empty cells, stated non-answers (such as an FOI exemption, " +
            Code("otherwise: not-given") + ") and values that could not be read.");
        document.Table(
            ["File", "Field", "Column", "Rows", "Filled", "Empty", "Not given", "Unreadable", "Complete"],
            quality.Completeness.Select(field => (IReadOnlyList<string>)
            [
                MarkdownText.Escape(field.File),
                MarkdownText.Escape(field.Field),
                MarkdownText.Escape(field.Column),
                Number(field.Rows),
                Number(field.Filled),
                Number(field.Empty),
                Number(field.NotGiven),
                Number(field.Unreadable),
                field.Share is { } share ? Shares.Column(share) : "n/a",
            ]),
            [false, false, false, true, true, true, true, true, true]);
    }

    private static string Code(string text) => "`" + text.Replace("`", "'", StringComparison.Ordinal) + "`";
}
