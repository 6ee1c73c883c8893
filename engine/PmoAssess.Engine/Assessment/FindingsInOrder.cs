using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// Findings laid out most severe first, then in <see cref="OutcomeOrder"/>, by the only methods that make them so: whoever
/// holds this list need not check its order again (at a million projects, checking 3.6 million findings took 1.4 s on one core).
/// </summary>
internal sealed class FindingsInOrder : IFindingList
{
    // Either the findings themselves, or the failed outcomes of a table in this order with each rule's descriptor.
    private readonly Finding[]? _laidOut;
    private readonly OutcomeTable.Selection? _failed;
    private readonly RuleDescriptor[] _rules = [];

    private FindingsInOrder(Finding[] findings) => _laidOut = findings;

    private FindingsInOrder(OutcomeTable.Selection failed, RuleDescriptor[] rules) => (_failed, _rules) = (failed, rules);

    public int Count => _laidOut?.Length ?? _failed!.Count;

    public Finding this[int index] => _laidOut is { } laidOut ? laidOut[index] : FindingAt(_failed!.PlaceOf(index));

    /// <summary>
    /// <paramref name="findings"/>, which are in <see cref="OutcomeOrder"/>, most severe first. A rule gives its findings
    /// one severity and they come side by side, so runs of one rule are moved whole: no comparisons and no grouping.
    /// </summary>
    public static FindingsInOrder MostSevereFirst(List<Finding> findings)
    {
        var runs = new List<(int Start, int Length)>();
        for (var index = 0; index < findings.Count; index++)
        {
            if (index == 0 || findings[index].Severity != findings[index - 1].Severity)
            {
                runs.Add((index, 0));
            }

            runs[^1] = runs[^1] with { Length = runs[^1].Length + 1 };
        }

        // OrderByDescending is stable: runs of one severity keep their order.
        var laidOut = new Finding[findings.Count];
        var next = 0;
        foreach (var (start, length) in runs.OrderByDescending(run => findings[run.Start].Severity))
        {
            findings.CopyTo(start, laidOut, next, length);
            next += length;
        }

        return new FindingsInOrder(laidOut);
    }

    /// <summary>
    /// The failed outcomes of <paramref name="table"/> as findings of the rules <paramref name="ruleOf"/> gives, with their
    /// severities, most severe first, each made when read: the table holds them by rule in <see cref="OutcomeOrder"/>, and
    /// a rule gives all its findings one severity, so the rules are laid out by severity (<see cref="OutcomeTable.ListWhere"/>).
    /// A finding's outcome is made only if asked for.
    /// </summary>
    public static FindingsInOrder MostSevereFirst(OutcomeTable table, Func<string, RuleDescriptor> ruleOf)
    {
        RuleDescriptor[] rules = [.. table.RuleIds.Select(ruleOf)];
        var failed = table.ListWhere(status => status == OutcomeStatus.Failed, ruleId => -(int)ruleOf(ruleId).Severity);
        return new FindingsInOrder(failed, rules);
    }

    public (RuleDescriptor Rule, Fact Subject, int Place)? SubjectAt(int index)
    {
        if (_failed is null)
        {
            return null;
        }

        var (rule, subject) = _failed.PlaceOf(index);
        return _failed.Table.SubjectOf(rule, subject) is { } fact ? (_rules[rule], fact, subject) : null;
    }

    public (RuleDescriptor Rule, Severity Severity) RuleAndSeverityAt(int index)
    {
        if (_laidOut is { } laidOut)
        {
            return (laidOut[index].Rule, laidOut[index].Severity);
        }

        var rule = _rules[_failed!.PlaceOf(index).Rule];
        return (rule, rule.Severity);
    }

    public IEnumerator<Finding> GetEnumerator() => _laidOut is { } laidOut
        ? ((IEnumerable<Finding>)laidOut).GetEnumerator()
        : _failed!.Places().Select(FindingAt).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private Finding FindingAt((int Rule, int Subject) place) => new(_rules[place.Rule], _rules[place.Rule].Severity, new TableOutcome(_failed!.Table, place.Rule, place.Subject));

    private sealed class TableOutcome(OutcomeTable table, int rule, int subject) : OutcomeWhenRead
    {
        public override RuleOutcome Make() => table.At(rule, subject);
    }
}
