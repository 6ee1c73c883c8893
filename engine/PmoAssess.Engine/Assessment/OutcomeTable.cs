using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// Every outcome of an assessment in <see cref="OutcomeOrder"/>, held as one slot per rule and subject: the outcome a rule
/// recorded, or nothing, which reads as <see cref="OutcomeStatus.NotApplicable"/>. Not-applicable outcomes (a third of
/// them on a typical portfolio) are made when read rather than kept, so a large assessment does not hold millions of
/// objects that say "does not apply". Immutable once built; safe to read from several threads.
/// </summary>
internal sealed class OutcomeTable : IReadOnlyList<RuleOutcome>
{
    private readonly string[] _ruleIds;
    private readonly Fact[][] _subjects;
    private readonly OutcomeSlots _slots;
    private readonly int[] _starts;

    /// <param name="slots">Each rule's subjects in id order, with what the rule recorded for each.</param>
    public OutcomeTable(OutcomeSlots slots)
    {
        var (ruleIds, subjects) = (slots.RuleIds, slots.Subjects);
        _ruleIds = ruleIds;
        _subjects = subjects;
        _slots = slots;
        _starts = new int[ruleIds.Length + 1];
        for (var rule = 0; rule < ruleIds.Length; rule++)
        {
            _starts[rule + 1] = checked(_starts[rule] + subjects[rule].Length);
        }
    }

    public int Count => _starts[^1];

    public RuleOutcome this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var rule = Array.BinarySearch(_starts, index);
            // Several rules may start at one index (those with no subjects): take the last, the one that has this index.
            rule = rule >= 0 ? LastStartingAt(rule) : ~rule - 1;
            return At(rule, index - _starts[rule]);
        }
    }

    /// <summary>The outcomes of one rule: a contiguous part of the table; empty when the table has no such rule.</summary>
    public IReadOnlyList<RuleOutcome> Of(string ruleId)
    {
        var rule = Array.BinarySearch(_ruleIds, ruleId, StringComparer.Ordinal);
        return rule < 0 ? [] : new RuleSlice(this, rule);
    }

    /// <summary>How many outcomes of each status one rule has, counted without making them.</summary>
    public Dictionary<OutcomeStatus, int> CountsOf(string ruleId)
    {
        var counts = new Dictionary<OutcomeStatus, int>();
        var rule = Array.BinarySearch(_ruleIds, ruleId, StringComparer.Ordinal);
        for (var subject = 0; rule >= 0 && subject < _subjects[rule].Length; subject++)
        {
            var status = _slots.StatusAt(rule, subject);
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }

        return counts;
    }

    /// <summary>The outcomes of one status, in order, made only for those that have it.</summary>
    public IEnumerable<RuleOutcome> With(OutcomeStatus status)
    {
        for (var rule = 0; rule < _ruleIds.Length; rule++)
        {
            for (var subject = 0; subject < _subjects[rule].Length; subject++)
            {
                if (_slots.StatusAt(rule, subject) == status)
                {
                    yield return At(rule, subject);
                }
            }
        }
    }

    public IEnumerator<RuleOutcome> GetEnumerator()
    {
        for (var rule = 0; rule < _ruleIds.Length; rule++)
        {
            for (var subject = 0; subject < _subjects[rule].Length; subject++)
            {
                yield return At(rule, subject);
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private RuleOutcome At(int rule, int subject) =>
        _slots.OutcomeAt(rule, subject) ?? RuleOutcome.About(_subjects[rule][subject], _ruleIds[rule], OutcomeStatus.NotApplicable);

    private int LastStartingAt(int rule)
    {
        while (rule + 1 < _ruleIds.Length && _starts[rule + 1] == _starts[rule])
        {
            rule++;
        }

        return rule;
    }

    private sealed class RuleSlice(OutcomeTable table, int rule) : IReadOnlyList<RuleOutcome>
    {
        public int Count => table._subjects[rule].Length;

        public RuleOutcome this[int index] => (uint)index < (uint)Count ? table.At(rule, index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<RuleOutcome> GetEnumerator()
        {
            for (var subject = 0; subject < Count; subject++)
            {
                yield return table.At(rule, subject);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
