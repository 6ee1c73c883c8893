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
/// again when the outcome is read, which most outputs of a large assessment never do.
/// </summary>
internal sealed class OutcomeSlots
{
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly EntityKind[] _ruleKinds;
    private readonly Func<Fact, DateOnly, Verdict?>?[] _redecide;
    private readonly Func<Fact, DateOnly, bool>?[] _passesUnfired;
    private readonly DateOnly _asOf;

    private OutcomeSlots(IReadOnlyList<RegisteredRule> rules, DateOnly asOf, Fact[][] subjects)
    {
        RuleIds = [.. rules.Select(rule => rule.Descriptor.Id)];
        _ruleKinds = [.. rules.Select(rule => rule.Descriptor.AppliesTo)];
        _redecide = [.. rules.Select(rule => rule.Redecide)];
        _passesUnfired = [.. rules.Select(rule => rule.PassesUnfired)];
        _asOf = asOf;
        Subjects = subjects;
        _ruleIndex = new Dictionary<string, int>(RuleIds.Length, StringComparer.Ordinal);
        _slots = new object?[RuleIds.Length][];
        _completed = new (StatusCounts, int[])[RuleIds.Length];
        for (var rule = 0; rule < RuleIds.Length; rule++)
        {
            _ruleIndex[RuleIds[rule]] = rule;
            _slots[rule] = new object?[subjects[rule].Length];
        }
    }

    public string[] RuleIds { get; }

    public Fact[][] Subjects { get; }

    // Each slot holds a RuleOutcome, the evidence of a plain pass, the pass mark, or nothing (not applicable).
    private readonly object?[][] _slots;

    private static readonly object PassMark = new();

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
    /// Marks a plain pass of <paramref name="ruleId"/> on <paramref name="subject"/>; <c>false</c> when the rule cannot
    /// decide again, the subject has no slot, or the slot is taken.
    /// </summary>
    public bool TryPlacePass(string ruleId, Fact subject) =>
        TryFindSlot(ruleId, subject.Kind, subject.Id, out var rule, out var place) && _redecide[rule] is not null
        && ReferenceEquals(Subjects[rule][place], subject)
        && Interlocked.CompareExchange(ref _slots[rule][place], PassMark, null) is null;

    /// <summary>
    /// Completes the slots once their sessions are done, rule by rule on every core. Of the subjects left without an outcome
    /// by a rule that fires only on the subjects needing attention (<see cref="RegisteredRule.PassesUnfired"/>), those that
    /// pass get the pass mark and the rest are not applicable. Each rule's statuses are counted and the places of its
    /// recorded outcomes noted on the way, so that neither counting nor listing what needs attention reads millions of
    /// slots again. Not for the general path, which asks each subject itself.
    /// </summary>
    public void Complete(CancellationToken cancellationToken)
    {
        // Rules differ a hundredfold in subjects: taken one at a time, most subjects first, so that no core is left with a
        // long rule while the other stands idle (Parallel.For's ranges did that for a second at a million projects).
        SideBySide.LargestFirst([.. Subjects.Select(subjects => (long)subjects.Length)], rule =>
        {
            var passes = _passesUnfired[rule];
            var slots = _slots[rule];
            var subjects = Subjects[rule];
            var counts = new StatusCounts();
            // One list per thread, copied out at its length: a list per rule grown by doubling was 6 to 8 MB of garbage.
            var recorded = _recordedPlaces ??= [];
            recorded.Clear();
            for (var place = 0; place < slots.Length; place++)
            {
                if (slots[place] is null && passes is not null && passes(subjects[place], _asOf))
                {
                    slots[place] = PassMark;
                }
                else if (slots[place] is RuleOutcome)
                {
                    recorded.Add(place);
                }

                counts.Add(StatusAt(rule, place));
            }

            _completed[rule] = (counts, [.. recorded]);
        }, cancellationToken: cancellationToken);
    }

    [ThreadStatic]
    private static List<int>? _recordedPlaces;

    // Per rule, once Complete has run: its statuses counted and the places of the outcomes it recorded, in order.
    private readonly (StatusCounts Counts, int[] Recorded)[] _completed;

    /// <summary>How many outcomes of each status rule <paramref name="rule"/> has; <c>null</c> before <see cref="Complete"/>.</summary>
    public StatusCounts? CountsOf(int rule) => _completed[rule].Counts;

    /// <summary>Puts <paramref name="outcome"/> in its slot; <c>false</c> when it has none or the slot is taken.</summary>
    public bool TryPlace(RuleOutcome outcome)
    {
        if (!TryFindSlot(outcome.RuleId, outcome.SubjectKind, outcome.SubjectId, out var rule, out var place))
        {
            return false;
        }

        var subject = Subjects[rule][place];
        object kept = outcome is { Status: OutcomeStatus.Passed, Message: null, MissingField: null }
            && string.Equals(outcome.SubjectId, subject.Id, StringComparison.Ordinal)
            && string.Equals(outcome.ProjectId, ProjectOf(subject), StringComparison.Ordinal)
                ? _redecide[rule] is null ? outcome.Evidence : PassMark
                : outcome;
        return Interlocked.CompareExchange(ref _slots[rule][place], kept, null) is null;
    }

    /// <summary>What rule <paramref name="rule"/> recorded for its subject at <paramref name="place"/>; <c>null</c> when nothing.</summary>
    public RuleOutcome? OutcomeAt(int rule, int place) => _slots[rule][place] switch
    {
        null => null,
        RuleOutcome outcome => outcome,
        var kept => new RuleOutcome
        {
            RuleId = RuleIds[rule],
            SubjectKind = Subjects[rule][place].Kind,
            SubjectId = Subjects[rule][place].Id,
            ProjectId = ProjectOf(Subjects[rule][place]),
            Status = OutcomeStatus.Passed,
            Evidence = ReferenceEquals(kept, PassMark) ? EvidenceDecidedAgain(rule, place) : (IReadOnlyList<Evidence>)kept,
        },
    };

    private IReadOnlyList<Evidence> EvidenceDecidedAgain(int rule, int place)
    {
        var verdict = _redecide[rule]!(Subjects[rule][place], _asOf);
        return verdict is { Status: OutcomeStatus.Passed, Message: null }
            ? verdict.Evidence
            : throw new InvalidOperationException(
                "The rule decided differently when asked again: it must depend on the subject and the date alone. Rule=" + RuleIds[rule] +
                ", Subject=" + Subjects[rule][place].Id);
    }

    /// <summary>The status of what rule <paramref name="rule"/> recorded at <paramref name="place"/>, without making the outcome.</summary>
    public OutcomeStatus StatusAt(int rule, int place) => _slots[rule][place] switch
    {
        null => OutcomeStatus.NotApplicable,
        RuleOutcome outcome => outcome.Status,
        _ => OutcomeStatus.Passed,
    };

    /// <summary>
    /// The places of rule <paramref name="rule"/>'s subjects whose status <paramref name="keep"/> chooses, in order. What a
    /// slot holds tells most statuses (nothing: not applicable; a mark or evidence: passed), so <paramref name="keep"/> is
    /// asked once for those and once for each recorded outcome: the lists of what needs attention scan millions of slots.
    /// </summary>
    public IEnumerable<int> PlacesWhere(int rule, Func<OutcomeStatus, bool> keep)
    {
        var (passes, notApplicable) = (keep(OutcomeStatus.Passed), keep(OutcomeStatus.NotApplicable));
        var slots = _slots[rule];
        if (!passes && !notApplicable && _completed[rule].Recorded is { } recorded)
        {
            // Only recorded outcomes can be chosen: their places were noted when the slots were completed.
            foreach (var place in recorded)
            {
                if (keep(((RuleOutcome)slots[place]!).Status))
                {
                    yield return place;
                }
            }

            yield break;
        }

        for (var place = 0; place < slots.Length; place++)
        {
            if (slots[place] switch { null => notApplicable, RuleOutcome outcome => keep(outcome.Status), _ => passes })
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

    private bool TryFindSlot(string ruleId, EntityKind kind, string subjectId, out int rule, out int place)
    {
        place = -1;
        return _ruleIndex.TryGetValue(ruleId, out rule) && _ruleKinds[rule] == kind && (place = PlaceOf(Subjects[rule], subjectId)) >= 0;
    }

    /// <summary>
    /// Where the subject with <paramref name="id"/> is among <paramref name="subjects"/> (in id order, each id once), or
    /// -1. Looked up rather than kept in a table of every fact's id: that table was 40 MB at 100,000 projects, kept until
    /// the last writer.
    /// </summary>
    private static int PlaceOf(Fact[] subjects, string id)
    {
        var (low, high) = (0, subjects.Length - 1);
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

    // As RuleOutcome.About names the project.
    private static string? ProjectOf(Fact subject) => subject switch
    {
        Project project => project.Id,
        ProjectChild child => child.ProjectId,
        _ => null,
    };

    private static readonly Comparison<Fact> ById = (x, y) => string.CompareOrdinal(x.Id, y.Id);
}
