namespace PmoAssess.Reporting.Markdown;

/// <summary>
/// One rule's part of a list the report's body summarises (findings, not-assessable outcomes): the rule, how many items
/// it has, and the first few the body shows. Only those few are kept: a large assessment has hundreds of thousands.
/// </summary>
internal sealed class RuleShown<TRule, TItem>(TRule rule)
{
    public TRule Rule => rule;

    public int Count { get; private set; }

    public List<TItem> Shown { get; } = [];

    public void Add(TItem item)
    {
        Count++;
        if (Shown.Count < MarkdownReportWriter.FindingsPerRule)
        {
            Shown.Add(item);
        }
    }
}
