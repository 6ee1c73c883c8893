using System.Text;
using PmoAssess.Reports;

namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// Writes Markdown blocks with one blank line between them and <c>\n</c> line endings on every platform.
/// Callers pass text that is already Markdown; escape user text with <see cref="MarkdownText.Escape"/>.
/// </summary>
internal sealed class MarkdownDocument
{
    private readonly StringBuilder _text = new();

    public MarkdownDocument Heading(int level, string markdown) => Block(new string('#', level) + " " + markdown);

    public MarkdownDocument Paragraph(string markdown) => Block(markdown);

    /// <summary>A fenced code block, e.g. a Mermaid chart; <paramref name="lines"/> must not contain a fence.</summary>
    public MarkdownDocument Fenced(string info, IEnumerable<string> lines) => Block("```" + info + "\n" + string.Join('\n', lines) + "\n```");

    public MarkdownDocument Bullets(IEnumerable<string> items) => Block(string.Join('\n', items.Select(item => "- " + item)));

    public MarkdownDocument NumberedList(IEnumerable<string> items) =>
        Block(string.Join('\n', items.Select((item, index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + item)));

    /// <remarks>Rows go straight into the document, not through a string of the whole table: an appendix table has thousands.</remarks>
    public MarkdownDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        // As a block: a blank line before it, and every row, the last included, ending in a line break.
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        AppendRow(_text, headers);
        AppendRow(_text, [.. headers.Select((_, index) => rightAligned is not null && rightAligned[index] ? "---:" : "---")]);
        foreach (var row in rows)
        {
            if (row.Count != headers.Count)
            {
                throw new ArgumentException("Every table row needs one cell per header.", nameof(rows));
            }

            AppendRow(_text, row);
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    private MarkdownDocument Block(string markdown)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(markdown).Append('\n');
        return this;
    }

    private static void AppendRow(StringBuilder table, IReadOnlyList<string> cells) =>
        table.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
}
