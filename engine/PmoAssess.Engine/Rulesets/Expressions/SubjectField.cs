using System.Linq.Expressions;
using System.Reflection;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// A field of a subject that an expression reads. A rule that reads a field with no value on a subject is
/// not assessable for that subject, naming the field; derived fields name what they are derived from.
/// </summary>
internal sealed class SubjectField
{
    // Derived members and the fields whose absence makes them unknown.
    private static readonly Dictionary<string, string[]> Derivations = new(StringComparer.Ordinal)
    {
        [nameof(Project.IsActive)] = [nameof(Project.Stage)],
        [nameof(Project.CostPerformanceIndex)] = [nameof(Project.EarnedValue), nameof(Project.ActualCost)],
        [nameof(Project.SchedulePerformanceIndex)] = [nameof(Project.EarnedValue), nameof(Project.PlannedValue)],
    };

    private readonly PropertyInfo _property;

    // Compiled once, when first called (as RuleExpression's delegates): a rule reads its fields on every subject, where
    // reflection would cost the most.
    private readonly Expression<Func<Fact, object?>> _readTree;
    private Func<Fact, object?>? _read;

    // Whether the field itself is empty, without boxing its value as reading it does (a date or an amount on every subject).
    private readonly Expression<Func<Fact, bool>> _isEmptyTree;
    private Func<Fact, bool>? _isEmpty;

    private SubjectField(PropertyInfo property, IReadOnlyList<SubjectField> derivedFrom)
    {
        _property = property;
        var fact = Expression.Parameter(typeof(Fact), "fact");
        _readTree = Expression.Lambda<Func<Fact, object?>>(
            Expression.Convert(Expression.Property(Expression.Convert(fact, property.DeclaringType!), property), typeof(object)), fact);
        _isEmptyTree = Expression.Lambda<Func<Fact, bool>>(EmptyTest(Expression.Convert(fact, property.DeclaringType!)), fact);
        Name = NameOf(property);
        DerivedFrom = derivedFrom;
        IsColumn = derivedFrom.Count == 0 &&
            (property.PropertyType == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType));
    }

    /// <summary>The field's name as evidence and messages give it, e.g. <c>lastStatusReport</c>.</summary>
    public string Name { get; }

    /// <summary>The fields it is computed from, for derived fields such as <c>costPerformanceIndex</c>.</summary>
    public IReadOnlyList<SubjectField> DerivedFrom { get; }

    /// <summary>Whether it is read from a column of its own: not derived, and not a register of records (risks, projects).</summary>
    public bool IsColumn { get; }

    /// <summary>The field of <paramref name="property"/>: one per property, so each is compiled once however many rules read it.</summary>
    public static SubjectField Of(PropertyInfo property) => Known.GetOrAdd(property, static property => new(
        property,
        Derivations.TryGetValue(property.Name, out var sources)
            ? [.. sources.Select(source => Of(property.DeclaringType!.GetProperty(source)!))]
            : []));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PropertyInfo, SubjectField> Known = new();

    /// <summary>The canonical name of a fact property: camelCase, with the parent links named as in the data.</summary>
    public static string NameOf(PropertyInfo property) => property.Name switch
    {
        nameof(Project.PortfolioId) => "portfolio",
        nameof(ProjectChild.ProjectId) => "project",
        var name => char.ToLowerInvariant(name[0]) + name[1..],
    };

    public object? ValueOn(Fact subject) => (_read ??= _readTree.Compile())(subject);

    /// <summary>The first field without a value on <paramref name="subject"/>: a source of a derived field, or the field itself.</summary>
    public SubjectField? MissingOn(Fact subject)
    {
        // Loops rather than LINQ: this runs for every rule on every subject.
        for (var index = 0; index < DerivedFrom.Count; index++)
        {
            if (DerivedFrom[index].MissingOn(subject) is { } missing)
            {
                return missing;
            }
        }

        return (_isEmpty ??= _isEmptyTree.Compile())(subject) ? this : null;
    }

    /// <summary>
    /// The first field whose source cell held a value that could not be read (so it is empty on the fact for that
    /// reason, not because the data left it out): a source of a derived field, or the field itself.
    /// </summary>
    public SubjectField? UnreadableOn(Fact subject) => DerivedFrom.Count > 0
        ? DerivedFrom.Select(source => source.UnreadableOn(subject)).FirstOrDefault(unreadable => unreadable is not null)
        : subject.Source?.CellOf(Name)?.Problem is not null ? this : null;

    /// <summary>An expression that is true when the field has no value on <paramref name="subject"/>, for NRules' network.</summary>
    public Expression MissingTest(Expression subject) =>
        DerivedFrom.Aggregate(EmptyTest(subject), (test, source) => Expression.OrElse(source.MissingTest(subject), test));

    // The field itself has no value: null, for a type that can be.
    private Expression EmptyTest(Expression subject) =>
        Nullable.GetUnderlyingType(_property.PropertyType) is not null || !_property.PropertyType.IsValueType
            ? Expression.Equal(Expression.Property(subject, _property), Expression.Constant(null, _property.PropertyType))
            : Expression.Constant(false);

    /// <summary>Where the value came from: for a derived field, the cells it was computed from.</summary>
    public IEnumerable<Evidence> EvidenceOn(Fact subject)
    {
        var evidence = new List<Evidence>(1);
        AddEvidenceOn(subject, evidence);
        return evidence;
    }

    /// <summary>Adds where the value came from to <paramref name="evidence"/>: for a derived field, the cells it was computed from.</summary>
    public void AddEvidenceOn(Fact subject, List<Evidence> evidence)
    {
        if (DerivedFrom.Count > 0)
        {
            for (var index = 0; index < DerivedFrom.Count; index++)
            {
                DerivedFrom[index].AddEvidenceOn(subject, evidence);
            }

            return;
        }

        evidence.Add(subject.EvidenceOf(Name, ValueOn(subject) switch
        {
            System.Collections.ICollection records => Records(records.Count),
            System.Collections.IEnumerable records and not string => Records(records.Cast<object>().Count()),
            var value => value,
        }));
    }

    // A register read by a rule (risks, projects) is shown by its size: its records carry their own evidence.
    private static string Records(int count) => Counted.Of(count, "record", "records");
}
