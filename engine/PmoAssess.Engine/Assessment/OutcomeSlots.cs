using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rules;

namespace PmoAssess.Assessment;

/// <summary>
/// Where each recorded outcome goes: one slot per rule and subject of the kind the rule applies to, subjects in id order,
/// so the outcomes come out in <see cref="OutcomeOrder"/> without sorting them. Sessions on several threads place
/// outcomes at once; an outcome that has no slot of its own (a second one for the same rule and subject, or one about a
/// subject of another kind) is refused, and the caller keeps it apart.
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
        Slots = new RuleOutcome?[ruleIds.Length][];
        for (var rule = 0; rule < ruleIds.Length; rule++)
        {
            _ruleIndex[ruleIds[rule]] = rule;
            Slots[rule] = new RuleOutcome?[subjects[rule].Length];
        }
    }

    public string[] RuleIds { get; }

    public Fact[][] Subjects { get; }

    public RuleOutcome?[][] Slots { get; }

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

        return Interlocked.CompareExchange(ref Slots[rule][place], outcome, null) is null;
    }

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
