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

    public MarkdownDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? rightAligned = null)
    {
        var table = new StringBuilder();
        AppendRow(table, headers);
        AppendRow(table, [.. headers.Select((_, index) => rightAligned is not null && rightAligned[index] ? "---:" : "---")]);
        foreach (var row in rows)
        {
            if (row.Count != headers.Count)
            {
                throw new ArgumentException("Every table row needs one cell per header.", nameof(rows));
            }

            AppendRow(table, row);
        }

        return Block(table.ToString().TrimEnd('\n'));
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
