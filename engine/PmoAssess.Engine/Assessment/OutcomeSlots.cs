using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// Where each recorded outcome goes: one slot per rule and subject of the kind the rule applies to, subjects in id order,
/// so the outcomes come out in <see cref="OutcomeOrder"/> without sorting them. Sessions on several threads place
/// outcomes at once; an outcome that has no slot of its own (a second one for the same rule and subject, or one about a
/// subject of another kind) is refused, and the caller keeps it apart. A plain pass (no message) keeps only its
/// evidence: the rest of it follows from the rule and the subject, and passes are most of the outcomes. A plain pass of
/// a rule that can decide again (<see cref="RegisteredRule.Redecide"/>) keeps nothing but a mark: its evidence is made
/// again when the outcome is read, which most outputs of a large assessment never do. Such a rule's failed or
/// not-assessable verdict keeps only a mark of its status: its message, missing field and evidence are the rule deciding
/// again when they are read (<see cref="RuleOutcome.DecidedWhenRead"/>), except on a portfolio or the organisation
/// (<see cref="MarksVerdictsOn"/>). What a rule records besides its verdict, such verdicts on a portfolio or the
/// organisation, and the outcomes of rules that cannot decide again, are kept whole.
/// </summary>
/// <remarks>
/// A slot is four bits (nothing, a mark, or something kept), not a reference: a reference per slot was 71 MB at 100,000
/// projects (8.9 million slots), kept to the last writer and scanned by every full collection, while fewer than one
/// slot in ten keeps anything but a mark. What is kept waits in each session's list (<see cref="SlotEntry"/>) until the
/// sessions are done, and is then gathered by rule in place order (<see cref="Gather"/>).
/// </remarks>
internal sealed class OutcomeSlots
{
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly EntityKind[] _ruleKinds;
    private readonly Func<Fact, DateOnly, Verdict?>?[] _redecide;
    private readonly Func<Fact, DateOnly, string?>?[] _failureMessage;
    private readonly Func<Fact, DateOnly, bool>?[] _passesUnfired;
    private readonly DateOnly _asOf;

    private OutcomeSlots(IReadOnlyList<RegisteredRule> rules, DateOnly asOf, Fact[][] subjects)
    {
        RuleIds = [.. rules.Select(rule => rule.Descriptor.Id)];
        _ruleKinds = [.. rules.Select(rule => rule.Descriptor.AppliesTo)];
        _redecide = [.. rules.Select(rule => rule.Redecide)];
        _failureMessage = [.. rules.Select(rule => rule.FailureMessage)];
        _passesUnfired = [.. rules.Select(rule => rule.PassesUnfired)];
        _asOf = asOf;
        Subjects = subjects;
        _ruleIndex = new Dictionary<string, int>(RuleIds.Length, StringComparer.Ordinal);
        _states = new int[RuleIds.Length][];
        _keptPlaces = new int[RuleIds.Length][];
        _kept = new object[RuleIds.Length][];
        _counts = new StatusCounts?[RuleIds.Length];
        _messages = [.. RuleIds.Select(_ => new SharedMessages())];
        for (var rule = 0; rule < RuleIds.Length; rule++)
        {
            _ruleIndex[RuleIds[rule]] = rule;
            _states[rule] = new int[(subjects[rule].Length + SlotsPerWord - 1) / SlotsPerWord];
        }
    }

    public string[] RuleIds { get; }

    /// <summary>What one more session placing outcomes here holds of the slots.</summary>
    public SessionPlaces NewSession() => new(RuleIds.Length);

    public Fact[][] Subjects { get; }

    // What a slot holds: nothing (not applicable), the pass mark, something kept (a RuleOutcome or the evidence of a
    // plain pass), or the mark of a failed or not-assessable verdict made again when read; eight slots to an int so that
    // one compare-and-swap sets one. The verdicts' marks were kept apart at first, in each session's list and then the
    // slots' arrays of what they keep: 16 bytes each while the sessions ran and 12 after, 190 MB of lists left for the
    // collector and 78 MB of arrays at a million projects, and a search among them for each outcome read.
    private const int Nothing = 0;
    private const int PassMark = 1;
    private const int Kept = 2;
    private const int FailedMark = 3;
    private const int NotAssessableMark = 4;
    private const int BitsPerSlot = 4;
    private const int SlotsPerWord = 32 / BitsPerSlot;
    private const int StateMask = (1 << BitsPerSlot) - 1;

    private readonly int[][] _states;

    // Per rule, while sessions place outcomes; let go once they are gathered.
    private SharedMessages[] _messages;

    // Per rule, once gathered: the places of the slots that keep something, ascending, and what each keeps.
    private readonly int[][] _keptPlaces;
    private readonly object[][] _kept;

    /// <summary>
    /// The slots for <paramref name="rules"/> over the facts of each kind (<paramref name="factsByKind"/>, indexed by
    /// <see cref="EntityKind"/>) assessed as of <paramref name="asOf"/>, or <c>null</c> when two facts of one kind share an id.
    /// A kind given as an array is taken over, and sorted by id if it is not in that order.
    /// </summary>
    public static OutcomeSlots? For(IReadOnlyList<RegisteredRule> rules, IReadOnlyList<Fact>[] factsByKind, DateOnly asOf)
    {
        // Ids in order and each once is the usual case, told in one pass; otherwise sorted, two facts sharing an id sit
        // side by side. Kind by kind on every core.
        var byKind = new Fact[factsByKind.Length][];
        var unique = new bool[factsByKind.Length];
        Parallel.For(0, factsByKind.Length, kind =>
        {
            var subjects = byKind[kind] = factsByKind[kind] as Fact[] ?? [.. factsByKind[kind]];
            if (!Ordering.IsStrictlyAscending(subjects, ById))
            {
                Array.Sort(subjects, ById);
                if (!Ordering.IsStrictlyAscending(subjects, ById))
                {
                    return;
                }
            }

            unique[kind] = true;
        });

        return Array.IndexOf(unique, false) >= 0
            ? null
            : new OutcomeSlots(rules, asOf, [.. rules.Select(rule => (uint)rule.Descriptor.AppliesTo < byKind.Length ? byKind[(int)rule.Descriptor.AppliesTo] : [])]);
    }

    /// <summary>
    /// Marks the verdict of <paramref name="ruleId"/> on <paramref name="subject"/>: a plain pass, a failure or not
    /// assessable, by its <paramref name="status"/>; <c>false</c> when the rule cannot decide again, the subject has no
    /// slot, or the slot is taken.
    /// </summary>
    public bool TryPlaceMark(string ruleId, Fact subject, OutcomeStatus status, SessionPlaces session) =>
        (status == OutcomeStatus.Passed ? PassMark : MarkOf(status)) is var mark and not Nothing
        && TryFindSlot(ruleId, subject.Kind, subject.Id, session, out var rule, out var place) && _redecide[rule] is not null
        && (mark == PassMark || MarksVerdictsOn(_ruleKinds[rule]))
        && ReferenceEquals(Subjects[rule][place], subject)
        && TryTake(rule, place, mark);

    /// <summary>
    /// Puts <paramref name="outcome"/> in its slot; <c>false</c> when it has none or the slot is taken. What the slot keeps
    /// goes to the placing <paramref name="session"/>'s own list until <see cref="Gather"/>. An outcome that is the rule's
    /// verdict on its subject (<paramref name="isVerdict"/>), rather than one a rule recorded besides, can be made again.
    /// </summary>
    public bool TryPlace(RuleOutcome outcome, SessionPlaces session, bool isVerdict = false)
    {
        if (!TryFindSlot(outcome.RuleId, outcome.SubjectKind, outcome.SubjectId, session, out var rule, out var place))
        {
            return false;
        }

        var subject = Subjects[rule][place];
        var ownSubject = string.Equals(outcome.SubjectId, subject.Id, StringComparison.Ordinal)
            && string.Equals(outcome.ProjectId, RuleOutcome.ProjectOf(subject), StringComparison.Ordinal);
        var plainPass = ownSubject && outcome is { Status: OutcomeStatus.Passed, Message: null, MissingField: null };
        if (plainPass && _redecide[rule] is not null)
        {
            return TryTake(rule, place, PassMark);
        }

        if (isVerdict && ownSubject && _redecide[rule] is not null && MarksVerdictsOn(_ruleKinds[rule]) && MarkOf(outcome.Status) is var mark and not Nothing)
        {
            return TryTake(rule, place, mark);
        }

        if (!TryTake(rule, place, Kept))
        {
            return false;
        }

        session.Kept.Add(new SlotEntry(rule, place, plainPass ? outcome.Evidence : Smaller(rule, outcome, subject)));
        return true;
    }

    /// <summary>
    /// Whether a failed or not-assessable verdict on a subject of <paramref name="kind"/> may keep only a mark: not on a
    /// portfolio or the organisation, whose rules read every project under them. Such a verdict made again is the rule run
    /// again over those projects, for each output that reads it (at 100,000 projects, one portfolio rule's message, which
    /// counted over the allocations of each portfolio's projects, took 0.28 s of processor time so); it is kept whole
    /// instead, one per portfolio, a few thousand at most.
    /// </summary>
    public static bool MarksVerdictsOn(EntityKind kind) => kind is not (EntityKind.Portfolio or EntityKind.Organisation);

    // A failed or not-assessable verdict keeps only its status: its message, missing field and evidence are the rule's
    // verdict made again when read (RuleOutcome.DecidedWhenRead). Kept whole, such outcomes were 1.6 GB of a million
    // projects' 6 GB heap as the outputs were written: the outcomes, their messages and evidence, and the findings and
    // lists that held them.
    private static int MarkOf(OutcomeStatus status) => status switch
    {
        OutcomeStatus.Failed => FailedMark,
        OutcomeStatus.NotAssessable => NotAssessableMark,
        _ => Nothing,
    };

    // The status a slot's state tells, or null when it keeps something (which tells its own).
    private static OutcomeStatus? StatusOfState(int state) => state switch
    {
        Nothing => OutcomeStatus.NotApplicable,
        PassMark => OutcomeStatus.Passed,
        FailedMark => OutcomeStatus.Failed,
        NotAssessableMark => OutcomeStatus.NotAssessable,
        _ => null,
    };

    /// <summary>The verdict of a marked slot, made again: the rule must decide as it did the first time.</summary>
    private sealed class SlotVerdict(OutcomeSlots slots, int rule, int place, OutcomeStatus status) : VerdictWhenRead
    {
        protected override Verdict Decide()
        {
            var verdict = slots._redecide[rule]!(slots.Subjects[rule][place], slots._asOf);
            return verdict?.Status == status ? verdict : throw slots.DecidedDifferently(rule, place, status);
        }

        // A failure's message alone, where the rule can make it so: a ruleset rule renders its message template.
        protected override string? DecideMessage() => status == OutcomeStatus.Failed && slots._failureMessage[rule] is { } message
            ? message(slots.Subjects[rule][place], slots._asOf)
            : base.DecideMessage();

        private (OutcomeSlots Slots, int Rule, int Place) Slot => (slots, rule, place);

        // One slot's outcome read twice is the same outcome.
        public override bool Equals(object? obj) => obj is SlotVerdict other && Slot == other.Slot;

        public override int GetHashCode() => HashCode.Combine(rule, place);
    }

    // An outcome kept to the end of the run, made smaller where reading it costs next to nothing more: its evidence as a
    // view of the subject's cells, its message shared with the rule's other outcomes that give it.
    private RuleOutcome Smaller(int rule, RuleOutcome outcome, Fact subject)
    {
        var evidence = CellEvidence.Of(outcome.Evidence, subject);
        var message = outcome.Message is { } text ? _messages[rule].Of(text) : null;
        return evidence is null && ReferenceEquals(message, outcome.Message)
            ? outcome
            : outcome with { Evidence = evidence ?? outcome.Evidence, Message = message };
    }

    /// <summary>
    /// Takes in what the sessions' slots keep, once every session is done: before it, nothing kept can be read.
    /// </summary>
    public void Gather(IReadOnlyList<SessionPlaces> sessions)
    {
        var lists = sessions.Select(session => session.Kept).ToList();
        var counts = new int[RuleIds.Length];
        foreach (var entry in lists.SelectMany(list => list))
        {
            counts[entry.Rule]++;
        }

        var filled = new int[RuleIds.Length];
        for (var rule = 0; rule < RuleIds.Length; rule++)
        {
            (_keptPlaces[rule], _kept[rule]) = (new int[counts[rule]], new object[counts[rule]]);
        }

        foreach (var entry in lists.SelectMany(list => list))
        {
            var at = filled[entry.Rule]++;
            (_keptPlaces[entry.Rule][at], _kept[entry.Rule][at]) = (entry.Place, entry.Kept);
        }

        SideBySide.LargestFirst([.. counts.Select(count => (long)count)], rule => Array.Sort(_keptPlaces[rule], _kept[rule]));
        _messages = [];
    }

    /// <summary>
    /// Completes the slots once their sessions are done and gathered, rule by rule on every core. Of the subjects left
    /// without an outcome by a rule that fires only on the subjects needing attention
    /// (<see cref="RegisteredRule.PassesUnfired"/>), those that pass get the pass mark and the rest are not applicable.
    /// Each rule's statuses are counted on the way, so that counting does not read millions of slots again. Not for the
    /// general path, which asks each subject itself.
    /// </summary>
    public void Complete(CancellationToken cancellationToken)
    {
        // Rules differ a hundredfold in subjects: taken one at a time, most subjects first, so that no core is left with a
        // long rule while the other stands idle (Parallel.For's ranges did that for a second at a million projects).
        SideBySide.LargestFirst([.. Subjects.Select(subjects => (long)subjects.Length)], rule =>
        {
            var passes = _passesUnfired[rule];
            var (states, subjects, kept) = (_states[rule], Subjects[rule], _kept[rule]);
            var (counts, next) = (new StatusCounts(), 0);
            for (var place = 0; place < subjects.Length; place++)
            {
                var state = StateOf(states, place);
                if (state == Nothing && passes is not null && passes(subjects[place], _asOf))
                {
                    // One thread per rule now: no compare-and-swap needed.
                    states[place / SlotsPerWord] |= PassMark << Shift(place);
                    state = PassMark;
                }

                // The kept things are in place order: the next one is this slot's.
                counts.Add(StatusOfState(state) ?? StatusOf(kept[next++]));
            }

            _counts[rule] = counts;
        }, cancellationToken: cancellationToken);
    }

    // Per rule, once Complete has run: its statuses counted.
    private readonly StatusCounts?[] _counts;

    /// <summary>How many outcomes of each status rule <paramref name="rule"/> has; <c>null</c> before <see cref="Complete"/>.</summary>
    public StatusCounts? CountsOf(int rule) => _counts[rule];

    /// <summary>What rule <paramref name="rule"/> recorded for its subject at <paramref name="place"/>; <c>null</c> when nothing.</summary>
    public RuleOutcome? OutcomeAt(int rule, int place) => StateOf(_states[rule], place) switch
    {
        Nothing => null,
        PassMark => PassOf(rule, place, EvidenceDecidedAgain(rule, place)),
        Kept => KeptAt(rule, place) switch
        {
            RuleOutcome outcome => outcome,
            var evidence => PassOf(rule, place, (IReadOnlyList<Evidence>)evidence),
        },
        var mark => StatusOfState(mark) is { } status
            ? RuleOutcome.DecidedWhenRead(Subjects[rule][place], RuleIds[rule], status, new SlotVerdict(this, rule, place, status))
            : throw new InvalidOperationException("A slot holds an unknown state. State=" + mark),
    };

    private RuleOutcome PassOf(int rule, int place, IReadOnlyList<Evidence> evidence) => new()
    {
        RuleId = RuleIds[rule],
        SubjectKind = Subjects[rule][place].Kind,
        SubjectId = Subjects[rule][place].Id,
        ProjectId = RuleOutcome.ProjectOf(Subjects[rule][place]),
        Status = OutcomeStatus.Passed,
        Evidence = evidence,
    };

    private IReadOnlyList<Evidence> EvidenceDecidedAgain(int rule, int place)
    {
        var verdict = _redecide[rule]!(Subjects[rule][place], _asOf);
        return verdict is { Status: OutcomeStatus.Passed, Message: null } ? verdict.Evidence : throw DecidedDifferently(rule, place, OutcomeStatus.Passed);
    }

    // A rule that changes its mind is at fault, as one that throws is (RuleCatalogBuilder): the run stops with exit code 4
    // before any output is replaced.
    private PluginFaultException DecidedDifferently(int rule, int place, OutcomeStatus status) => new(
        "The rule decided differently when asked again about a subject it had " + (status switch
        {
            OutcomeStatus.Passed => "passed",
            OutcomeStatus.Failed => "failed",
            _ => "found not assessable",
        }) + ": a rule must decide from the subject and the assessment date alone. Rule=" + RuleIds[rule] + ", Subject=" + Subjects[rule][place].Id);

    /// <summary>The status of what rule <paramref name="rule"/> recorded at <paramref name="place"/>, without making the outcome.</summary>
    public OutcomeStatus StatusAt(int rule, int place) => StatusOfState(StateOf(_states[rule], place)) ?? StatusOf(KeptAt(rule, place));

    /// <summary>
    /// The places of rule <paramref name="rule"/>'s subjects whose status <paramref name="keep"/> chooses, in order. A slot's
    /// state tells most statuses, so <paramref name="keep"/> is asked once for each of those and once for each thing
    /// kept: the lists of what needs attention scan millions of slots.
    /// </summary>
    public IEnumerable<int> PlacesWhere(int rule, Func<OutcomeStatus, bool> keep)
    {
        var chosen = new bool[NotAssessableMark + 1];
        for (var state = 0; state < chosen.Length; state++)
        {
            chosen[state] = state != Kept && keep(StatusOfState(state)!.Value);
        }

        var (states, kept, next) = (_states[rule], _kept[rule], 0);
        for (var place = 0; place < Subjects[rule].Length; place++)
        {
            var state = StateOf(states, place);
            if (state == Kept ? keep(StatusOf(kept[next++])) : chosen[state])
            {
                yield return place;
            }
        }
    }

    /// <summary>Every outcome recorded in a slot, rule by rule.</summary>
    public IEnumerable<RuleOutcome> Recorded()
    {
        for (var rule = 0; rule < RuleIds.Length; rule++)
        {
            for (var place = 0; place < Subjects[rule].Length; place++)
            {
                if (OutcomeAt(rule, place) is { } outcome)
                {
                    yield return outcome;
                }
            }
        }
    }

    private static OutcomeStatus StatusOf(object kept) => kept is RuleOutcome outcome ? outcome.Status : OutcomeStatus.Passed;

    private object KeptAt(int rule, int place) => _kept[rule][Array.BinarySearch(_keptPlaces[rule], place)];

    private static int Shift(int place) => place % SlotsPerWord * BitsPerSlot;

    private static int StateOf(int[] states, int place) => (states[place / SlotsPerWord] >> Shift(place)) & StateMask;

    // Sessions on other threads may set the other slots of the same int.
    private bool TryTake(int rule, int place, int state)
    {
        ref var word = ref _states[rule][place / SlotsPerWord];
        var shift = Shift(place);
        while (true)
        {
            var seen = Volatile.Read(ref word);
            if (((seen >> shift) & StateMask) != Nothing)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref word, seen | (state << shift), seen) == seen)
            {
                return true;
            }
        }
    }

    private bool TryFindSlot(string ruleId, EntityKind kind, string subjectId, SessionPlaces session, out int rule, out int place)
    {
        place = -1;
        if (!_ruleIndex.TryGetValue(ruleId, out rule) || _ruleKinds[rule] != kind)
        {
            return false;
        }

        place = PlaceOf(Subjects[rule], subjectId, session.Last[rule]);
        if (place >= 0)
        {
            session.Last[rule] = place;
        }

        return place >= 0;
    }

    /// <summary>
    /// Where the subject with <paramref name="id"/> is among <paramref name="subjects"/> (in id order, each id once), or
    /// -1; searched forward from just after <paramref name="last"/>, the place found before, first. Looked up rather than
    /// kept in a table of every fact's id: that table was 40 MB at 100,000 projects, kept until the last writer.
    /// </summary>
    internal static int PlaceOf(Fact[] subjects, string id, int last)
    {
        // A session meets a rule's subjects in id order, a few places apart (those the rule applies to): galloping
        // forward from the last place bounds the search to the gap. Anything else is searched among them all.
        var (low, high, step) = (last + 1, last + 1, 1);
        if (low >= subjects.Length || string.CompareOrdinal(subjects[low].Id, id) > 0)
        {
            return PlaceOf(subjects, id, 0, subjects.Length - 1);
        }

        while (high < subjects.Length && string.CompareOrdinal(subjects[high].Id, id) < 0)
        {
            (low, high, step) = (high + 1, high + step, step * 2);
        }

        return PlaceOf(subjects, id, low, Math.Min(high, subjects.Length - 1));
    }

    private static int PlaceOf(Fact[] subjects, string id, int low, int high)
    {
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(subjects[middle].Id, id);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private static readonly Comparison<Fact> ById = (x, y) => string.CompareOrdinal(x.Id, y.Id);
}
