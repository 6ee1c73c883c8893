using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// Every outcome of an assessment in <see cref="OutcomeOrder"/>, held as one slot per rule and subject: the outcome a rule
/// recorded, or nothing, which reads as <see cref="OutcomeStatus.NotApplicable"/>. Not-applicable outcomes (a third of
/// them on a typical portfolio) are made when read rather than kept, so a large assessment does not hold millions of
/// objects that say "does not apply". Rules whose outcomes were made whole elsewhere (the data-quality checks of a mapped
/// import) take their place among the others by id. Immutable once built; safe to read from several threads.
/// </summary>
internal sealed class OutcomeTable : IReadOnlyList<RuleOutcome>
{
    // Every rule in id order: one of the slots' rules (its index there) or one whose outcomes were given whole (-1).
    private readonly string[] _ruleIds;
    private readonly int[] _slotRules;
    private readonly IReadOnlyList<RuleOutcome>?[] _given;
    private readonly OutcomeSlots _slots;
    private readonly int[] _starts;

    /// <param name="slots">Each rule's subjects in id order, with what the rule recorded for each.</param>
    /// <param name="given">The outcomes of other rules, in <see cref="OutcomeOrder"/>; no rule of the slots among them.</param>
    public OutcomeTable(OutcomeSlots slots, IReadOnlyList<RuleOutcome>? given = null)
    {
        _slots = slots;
        var rules = slots.RuleIds.Select((id, index) => (Id: id, Slot: index, Given: (IReadOnlyList<RuleOutcome>?)null))
            .Concat((given ?? []).GroupBy(outcome => outcome.RuleId, StringComparer.Ordinal)
                .Select(group => (Id: group.Key, Slot: -1, Given: (IReadOnlyList<RuleOutcome>?)[.. group])))
            .OrderBy(rule => rule.Id, StringComparer.Ordinal)
            .ToArray();
        _ruleIds = [.. rules.Select(rule => rule.Id)];
        _slotRules = [.. rules.Select(rule => rule.Slot)];
        _given = [.. rules.Select(rule => rule.Given)];
        _starts = new int[_ruleIds.Length + 1];
        for (var rule = 0; rule < _ruleIds.Length; rule++)
        {
            _starts[rule + 1] = checked(_starts[rule] + CountOf(rule));
        }
    }

    public int Count => _starts[^1];

    public RuleOutcome this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var rule = RunHolding(_starts, index);
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
        var rule = Array.BinarySearch(_ruleIds, ruleId, StringComparer.Ordinal);
        if (rule >= 0 && _slotRules[rule] is var slot and >= 0 && _slots.CountsOf(slot) is { } counted)
        {
            return counted.ToDictionary();
        }

        var counts = new StatusCounts();
        var subjects = rule < 0 ? 0 : CountOf(rule);
        for (var subject = 0; subject < subjects; subject++)
        {
            counts.Add(StatusAt(rule, subject));
        }

        return counts.ToDictionary();
    }

    /// <summary>The outcomes whose status <paramref name="keep"/> chooses, in order, made only for those.</summary>
    public IEnumerable<RuleOutcome> Where(Func<OutcomeStatus, bool> keep)
    {
        for (var rule = 0; rule < _ruleIds.Length; rule++)
        {
            foreach (var outcome in WhereIn(rule, keep))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>
    /// The outcomes whose status <paramref name="keep"/> chooses, as a list that makes each one when it is read: rule by
    /// rule, the rules in the order of their <paramref name="rank"/> (by id among equals), each rule's in order. It holds
    /// only each outcome's place among its rule's subjects: a large assessment's findings are millions, and kept whole, with
    /// their messages and evidence, they were more than a gigabyte at a million projects. Places are found rule by rule on
    /// every core, in arrays sized from the rules' counts (<see cref="CountsOf"/>, made once when the slots were completed).
    /// </summary>
    public Selection ListWhere(Func<OutcomeStatus, bool> keep, Func<string, int>? rank = null)
    {
        var places = new int[_ruleIds.Length][];
        SideBySide.For(_ruleIds.Length, rule =>
        {
            var found = places[rule] = new int[CountsOf(_ruleIds[rule]).Where(pair => keep(pair.Key)).Sum(pair => pair.Value)];
            var next = 0;
            foreach (var place in PlacesIn(rule, keep))
            {
                found[next++] = place;
            }
        });

        // OrderBy is stable: rules of one rank stay in id order.
        int[] rules = [.. Enumerable.Range(0, _ruleIds.Length).OrderBy(rule => rank?.Invoke(_ruleIds[rule]) ?? 0)];
        return new Selection(this, rules, [.. rules.Select(rule => places[rule])]);
    }

    private IEnumerable<int> PlacesIn(int rule, Func<OutcomeStatus, bool> keep) => _slotRules[rule] is var slot and >= 0
        ? _slots.PlacesWhere(slot, keep)
        : Enumerable.Range(0, _given[rule]!.Count).Where(index => keep(_given[rule]![index].Status));

    private IEnumerable<RuleOutcome> WhereIn(int rule, Func<OutcomeStatus, bool> keep) => PlacesIn(rule, keep).Select(subject => At(rule, subject));

    public IEnumerator<RuleOutcome> GetEnumerator()
    {
        for (var rule = 0; rule < _ruleIds.Length; rule++)
        {
            for (var subject = 0; subject < CountOf(rule); subject++)
            {
                yield return At(rule, subject);
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int CountOf(int rule) => _slotRules[rule] is var slot and >= 0 ? _slots.Subjects[slot].Length : _given[rule]!.Count;

    private OutcomeStatus StatusAt(int rule, int subject) =>
        _slotRules[rule] is var slot and >= 0 ? _slots.StatusAt(slot, subject) : _given[rule]![subject].Status;

    /// <summary>The rules' ids, in the order the table's rule indexes (<see cref="At"/>) count them.</summary>
    public IReadOnlyList<string> RuleIds => _ruleIds;

    /// <summary>
    /// The fact rule <paramref name="rule"/> (its index) judged at <paramref name="subject"/>, among the facts of its kind in id
    /// order; <c>null</c> for a rule whose outcomes were given whole.
    /// </summary>
    public Fact? SubjectOf(int rule, int subject) => _slotRules[rule] is var slot and >= 0 ? _slots.Subjects[slot][subject] : null;

    /// <summary>The outcome of rule <paramref name="rule"/> (its index) for its subject at <paramref name="subject"/>.</summary>
    public RuleOutcome At(int rule, int subject) => _slotRules[rule] is var slot and >= 0
        ? _slots.OutcomeAt(slot, subject) ?? RuleOutcome.About(_slots.Subjects[slot][subject], _ruleIds[rule], OutcomeStatus.NotApplicable)
        : _given[rule]![subject];

    /// <summary>
    /// Which run holds <paramref name="index"/>, given where each run starts (<paramref name="starts"/>, ascending, then
    /// the total). Several runs may start at one index (those with nothing in them): the last of them holds it.
    /// </summary>
    private static int RunHolding(int[] starts, int index)
    {
        var run = Array.BinarySearch(starts, 0, starts.Length - 1, index);
        run = run >= 0 ? run : ~run - 1;
        while (run + 2 < starts.Length && starts[run + 1] == index)
        {
            run++;
        }

        return run;
    }

    /// <summary>Chosen outcomes of the table, rule by rule in a given order: each rule's places among its subjects.</summary>
    internal sealed class Selection : IOutcomeList
    {
        private readonly OutcomeTable _table;
        private readonly int[] _rules;
        private readonly int[][] _places;
        private readonly int[] _starts;

        // While readers side by side share the outcomes (Share).
        private SharedOutcomes? _shared;

        public Selection(OutcomeTable table, int[] rules, int[][] places)
        {
            (_table, _rules, _places, _starts) = (table, rules, places, new int[rules.Length + 1]);
            for (var run = 0; run < rules.Length; run++)
            {
                _starts[run + 1] = checked(_starts[run] + places[run].Length);
            }
        }

        public int Count => _starts[^1];

        /// <summary>The table the outcomes are chosen from.</summary>
        public OutcomeTable Table => _table;

        public RuleOutcome this[int index]
        {
            get
            {
                var (run, at) = RunAt(index);
                return Made(run, at);
            }
        }

        /// <summary>The rule (its index in the table) and the subject of the outcome at <paramref name="index"/>, without making it.</summary>
        public (int Rule, int Subject) PlaceOf(int index)
        {
            var (run, at) = RunAt(index);
            return (_rules[run], _places[run][at]);
        }

        private (int Run, int At) RunAt(int index)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);

            var run = RunHolding(_starts, index);
            return (run, index - _starts[run]);
        }

        // The outcome at place `at` of run `run`: made here, or by another reader the list is shared with.
        private RuleOutcome Made(int run, int at) => _shared is { } shared
            ? shared.Read(run, at, (Table: _table, Rule: _rules[run], Subject: _places[run][at]), static place => place.Table.At(place.Rule, place.Subject))
            : _table.At(_rules[run], _places[run][at]);

        public IDisposable Share(int readers) => Share(readers, SharedOutcomes.Budget);

        /// <summary>As <see cref="Share(int)"/>, with at most <paramref name="budget"/> outcomes waiting for a reader.</summary>
        internal IDisposable Share(int readers, int budget)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(readers, 2);
            var shared = new SharedOutcomes([.. _places.Select(places => places.Length)], readers, budget);
            _shared = shared;
            return new Sharing(this, shared);
        }

        /// <summary>How many outcomes wait for a reader while the list is shared (<see cref="SharedOutcomes.Waiting"/>).</summary>
        internal int SharedWaiting => _shared?.Waiting ?? 0;

        private sealed class Sharing(Selection selection, SharedOutcomes shared) : IDisposable
        {
            public void Dispose()
            {
                Interlocked.CompareExchange(ref selection._shared, null, shared);
                shared.Dispose();
            }
        }

        public (string RuleId, OutcomeStatus Status) RuleAndStatusAt(int index)
        {
            var (rule, subject) = PlaceOf(index);
            return (_table._ruleIds[rule], _table.StatusAt(rule, subject));
        }

        /// <summary>Each outcome's rule and subject, in order, without making them.</summary>
        public IEnumerable<(int Rule, int Subject)> Places()
        {
            for (var run = 0; run < _rules.Length; run++)
            {
                foreach (var place in _places[run])
                {
                    yield return (_rules[run], place);
                }
            }
        }

        public IEnumerator<RuleOutcome> GetEnumerator()
        {
            for (var run = 0; run < _rules.Length; run++)
            {
                for (var at = 0; at < _places[run].Length; at++)
                {
                    yield return Made(run, at);
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class RuleSlice(OutcomeTable table, int rule) : IReadOnlyList<RuleOutcome>
    {
        public int Count => table.CountOf(rule);

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
