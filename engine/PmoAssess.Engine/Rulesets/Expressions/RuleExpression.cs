using System.Linq.Expressions;
using PmoAssess.Facts;

namespace PmoAssess.Rulesets.Expressions;

/// <summary>
/// One checked and bound expression of a rule: its tree over a subject and the assessment date, the
/// fields it needs values of, and its delegates, compiled when first called. Safe to share across threads.
/// </summary>
internal sealed class RuleExpression
{
    // Each delegate is compiled when first called, not with the rule: a condition is only tested (never evaluated whole),
    // and a message's hole only evaluated when the rule fails, so a run compiles what it uses and no more. Two threads
    // calling at once may both compile; either delegate does, and the last one stays.
    private readonly Expression<Func<Fact, DateOnly, object?>> _evaluateTree;
    private Func<Fact, DateOnly, object?>? _evaluate;

    // Conditions are tested for every subject of a rule's kind, so they get a delegate of their own that does not box.
    private readonly Expression<Func<Fact, DateOnly, bool>>? _testTree;
    private Func<Fact, DateOnly, bool>? _test;

    public RuleExpression(string text, ParameterExpression subject, ParameterExpression asOf, Expression body, bool usesAsOf)
    {
        Text = text;
        Subject = subject;
        AsOf = asOf;
        UsesAsOf = usesAsOf;
        (Referenced, Reads) = FieldReads.Of(body, subject);
        CustomFields = FieldReads.CustomOf(body);
        CannotThrow = ThrowFree.Of(body);
        body = LambdaHoisting.Hoist(body);
        Body = body;
        var fact = Expression.Parameter(typeof(Fact), "fact");
        Expression Typed(Expression result) => Expression.Block([subject], Expression.Assign(subject, Expression.Convert(fact, subject.Type)), result);
        _evaluateTree = Expression.Lambda<Func<Fact, DateOnly, object?>>(Typed(Expression.Convert(body, typeof(object))), fact, asOf);
        _testTree = body.Type == typeof(bool) ? Expression.Lambda<Func<Fact, DateOnly, bool>>(Typed(body), fact, asOf) : null;
    }

    /// <summary>The expression as the author wrote it.</summary>
    public string Text { get; }

    /// <summary>The parameter standing for the subject in <see cref="Body"/>.</summary>
    public ParameterExpression Subject { get; }

    /// <summary>The parameter standing for the assessment date in <see cref="Body"/>.</summary>
    public ParameterExpression AsOf { get; }

    /// <summary>The bound tree, its self-contained lambdas compiled (<see cref="LambdaHoisting"/>).</summary>
    public Expression Body { get; }

    /// <summary>Whether it reads the assessment date (then it cannot run inside NRules' network, which knows no date).</summary>
    public bool UsesAsOf { get; }

    /// <summary>The subject's fields it refers to, for evidence.</summary>
    public IReadOnlyList<SubjectField> Referenced { get; }

    /// <summary>The subject's fields it needs a value of.</summary>
    public IReadOnlyList<SubjectField> Reads { get; }

    /// <summary>The custom fields it reads with <c>field('name')</c>, by name.</summary>
    public IReadOnlyList<string> CustomFields { get; }

    /// <summary>Whether it is sure not to throw on any subject but by reading through a missing record (<see cref="ThrowFree"/>).</summary>
    public bool CannotThrow { get; }

    /// <summary>Whether it reads any field of the subject, canonical or custom.</summary>
    public bool ReadsFields => Referenced.Count > 0 || CustomFields.Count > 0;

    /// <summary>
    /// The first field it refers to, canonical or custom, whose cell on <paramref name="subject"/> held a value that could
    /// not be read; <c>null</c> when there is none.
    /// </summary>
    public string? UnreadableOn(Fact subject) =>
        Referenced.Select(field => field.UnreadableOn(subject)?.Name)
            .Concat(CustomFields.Select(name => subject.Source?.CellOf(name)?.Problem is null ? null : name))
            .FirstOrDefault(name => name is not null);

    /// <summary>
    /// The first field it refers to, canonical or custom, for which the table <paramref name="subject"/> was read from has no
    /// column at all (the export, or its mapping, left it out); <c>null</c> when there is none, or the subject was not read
    /// from a table (a JSON record has no columns to leave out). A field compared with <c>null</c> is not needed
    /// (<see cref="MissingOn"/>), but an empty cell is the client's data and an absent column is not: a rule failed by one
    /// would state of every subject what the export never said.
    /// </summary>
    public string? AbsentColumnOn(Fact subject)
    {
        if (subject.Source is not { Row: not null } source)
        {
            return null;
        }

        // Loops by index and TryGetCell, not foreach and CellOf: a failure is decided again each time an output reads it,
        // and enumerators, closures and cell objects were 130 MB at 100,000 projects.
        for (var index = 0; index < Referenced.Count; index++)
        {
            if (AbsentColumn(Referenced[index], source) is { } absent)
            {
                return absent;
            }
        }

        for (var index = 0; index < CustomFields.Count; index++)
        {
            if (!source.TryGetCell(CustomFields[index], out _, out _))
            {
                return CustomFields[index];
            }
        }

        return null;
    }

    // The field's own column, or for a derived field the first of its sources' columns the table lacks.
    private static string? AbsentColumn(SubjectField field, SourceRow source)
    {
        if (field.IsColumn)
        {
            return source.TryGetCell(field.Name, out _, out _) ? null : field.Name;
        }

        for (var index = 0; index < field.DerivedFrom.Count; index++)
        {
            if (AbsentColumn(field.DerivedFrom[index], source) is { } absent)
            {
                return absent;
            }
        }

        return null;
    }

    /// <summary>The first field it needs that <paramref name="subject"/> has no value for.</summary>
    public SubjectField? MissingOn(Fact subject)
    {
        for (var index = 0; index < Reads.Count; index++)
        {
            if (Reads[index].MissingOn(subject) is { } missing)
            {
                return missing;
            }
        }

        return null;
    }

    public object? Evaluate(Fact subject, DateOnly asOf) => (_evaluate ??= _evaluateTree.Compile())(subject, asOf);

    public bool IsTrue(Fact subject, DateOnly asOf) =>
        _testTree is null ? Evaluate(subject, asOf) is true : (_test ??= _testTree.Compile())(subject, asOf);
}
