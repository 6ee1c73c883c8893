using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// Where each recorded outcome goes: one slot per rule and subject of the kind the rule applies to, subjects in id order,
/// so the outcomes come out in <see cref="OutcomeOrder"/> without sorting them. Sessions on several threads place
/// outcomes at once; an outcome that has no slot of its own (a second one for the same rule and subject, or one about a
/// subject of another kind) is refused, and the caller keeps it apart. A plain pass (no message) keeps only its
/// evidence: the rest of it follows from the rule and the subject, and passes are most of the outcomes.
/// </summary>
internal sealed class OutcomeSlots
{
    private readonly Dictionary<string, int> _ruleIndex;
    private readonly EntityKind[] _ruleKinds;
    private readonly Dictionary<EntityKind, Dictionary<string, int>> _places;

    private OutcomeSlots(string[] ruleIds, EntityKind[] ruleKinds, Fact[][] subjects, Dictionary<EntityKind, Dictionary<string, int>> places)
    {
        RuleIds = ruleIds;
        _ruleKinds = ruleKinds;
        Subjects = subjects;
        _places = places;
        _ruleIndex = new Dictionary<string, int>(ruleIds.Length, StringComparer.Ordinal);
        _slots = new object?[ruleIds.Length][];
        for (var rule = 0; rule < ruleIds.Length; rule++)
        {
            _ruleIndex[ruleIds[rule]] = rule;
            _slots[rule] = new object?[subjects[rule].Length];
        }
    }

    public string[] RuleIds { get; }

    public Fact[][] Subjects { get; }

    // Each slot holds a RuleOutcome, the evidence of a plain pass, or nothing (not applicable).
    private readonly object?[][] _slots;

    /// <summary>The slots for <paramref name="rules"/> over <paramref name="facts"/>, or <c>null</c> when two facts of one kind share an id.</summary>
    public static OutcomeSlots? For(IReadOnlyList<RegisteredRule> rules, IReadOnlyList<Fact> facts)
    {
        var byKind = new Dictionary<EntityKind, List<Fact>>();
        foreach (var fact in facts)
        {
            if (!byKind.TryGetValue(fact.Kind, out var ofKind))
            {
                byKind[fact.Kind] = ofKind = [];
            }

            ofKind.Add(fact);
        }

        var sorted = new Dictionary<EntityKind, Fact[]>();
        var places = new Dictionary<EntityKind, Dictionary<string, int>>();
        foreach (var (kind, ofKind) in byKind)
        {
            var subjects = ofKind.ToArray();
            if (!IsInIdOrder(subjects))
            {
                Array.Sort(subjects, (x, y) => string.CompareOrdinal(x.Id, y.Id));
            }

            var place = new Dictionary<string, int>(subjects.Length, StringComparer.Ordinal);
            for (var index = 0; index < subjects.Length; index++)
            {
                if (!place.TryAdd(subjects[index].Id, index))
                {
                    return null;
                }
            }

            sorted[kind] = subjects;
            places[kind] = place;
        }

        var kinds = rules.Select(rule => rule.Descriptor.AppliesTo).ToArray();
        return new OutcomeSlots(
            [.. rules.Select(rule => rule.Descriptor.Id)], kinds, [.. kinds.Select(kind => sorted.GetValueOrDefault(kind) ?? [])], places);
    }

    /// <summary>Puts <paramref name="outcome"/> in its slot; <c>false</c> when it has none or the slot is taken.</summary>
    public bool TryPlace(RuleOutcome outcome)
    {
        if (!_ruleIndex.TryGetValue(outcome.RuleId, out var rule) || _ruleKinds[rule] != outcome.SubjectKind
            || !_places.TryGetValue(outcome.SubjectKind, out var places) || !places.TryGetValue(outcome.SubjectId, out var place))
        {
            return false;
        }

        var subject = Subjects[rule][place];
        object kept = outcome is { Status: OutcomeStatus.Passed, Message: null, MissingField: null }
            && string.Equals(outcome.SubjectId, subject.Id, StringComparison.Ordinal)
            && string.Equals(outcome.ProjectId, ProjectOf(subject), StringComparison.Ordinal)
                ? outcome.Evidence
                : outcome;
        return Interlocked.CompareExchange(ref _slots[rule][place], kept, null) is null;
    }

    /// <summary>What rule <paramref name="rule"/> recorded for its subject at <paramref name="place"/>; <c>null</c> when nothing.</summary>
    public RuleOutcome? OutcomeAt(int rule, int place) => _slots[rule][place] switch
    {
        null => null,
        RuleOutcome outcome => outcome,
        var evidence => new RuleOutcome
        {
            RuleId = RuleIds[rule],
            SubjectKind = Subjects[rule][place].Kind,
            SubjectId = Subjects[rule][place].Id,
            ProjectId = ProjectOf(Subjects[rule][place]),
            Status = OutcomeStatus.Passed,
            Evidence = (IReadOnlyList<Evidence>)evidence,
        },
    };

    /// <summary>The status of what rule <paramref name="rule"/> recorded at <paramref name="place"/>, without making the outcome.</summary>
    public OutcomeStatus StatusAt(int rule, int place) => _slots[rule][place] switch
    {
        null => OutcomeStatus.NotApplicable,
        RuleOutcome outcome => outcome.Status,
        _ => OutcomeStatus.Passed,
    };

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

    // As RuleOutcome.About names the project.
    private static string? ProjectOf(Fact subject) => subject switch
    {
        Project project => project.Id,
        ProjectChild child => child.ProjectId,
        _ => null,
    };

    private static bool IsInIdOrder(Fact[] facts)
    {
        for (var index = 1; index < facts.Length; index++)
        {
            if (string.CompareOrdinal(facts[index - 1].Id, facts[index].Id) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
