using System.Globalization;
using PmoAssess.Import.Tables;

namespace PmoAssess.Import.Mapping;

/// <summary>
/// A source mapping bound to the header of the table it reads: each field resolved to a column index. Every column
/// the mapping names and the table lacks is reported at once, with the headers the table does have (exit 3).
/// </summary>
internal sealed class BoundSource
{
    private BoundSource(SourceMapping mapping, string file, IReadOnlyList<string> headers)
    {
        Mapping = mapping;
        File = file;
        Headers = headers;
    }

    public SourceMapping Mapping { get; }

    /// <summary>The table as evidence names it.</summary>
    public string File { get; }

    /// <summary>The headers, repeats numbered when the mapping asks for it.</summary>
    public IReadOnlyList<string> Headers { get; }

    public int IdColumn { get; private init; }

    public int? ProjectColumn { get; private init; }

    /// <summary>Canonical fields by snake_case column name.</summary>
    public IReadOnlyDictionary<string, BoundField> Fields { get; private init; } = new Dictionary<string, BoundField>();

    /// <summary>Custom fields, the mapped ones first, then (with keepOtherColumns) every column not mentioned.</summary>
    public IReadOnlyList<BoundField> Custom { get; private init; } = [];

    public static BoundSource Bind(SourceMapping mapping, ITable table, string mappingFile)
    {
        var headers = Numbered(table.Headers, mapping.DuplicateHeaders);
        var problems = new List<(string Problem, SourceLocation Where)>();
        int? Find(ColumnRef column, string role)
        {
            var (index, problem) = Locate(column, headers, mapping.DuplicateHeaders);
            if (problem is not null)
            {
                problems.Add((problem + " (" + role + ")", column.Where));
            }

            return index;
        }

        var id = Find(mapping.Id, "id");
        var project = mapping.Project is { } link ? Find(link.Column, "project") : null;
        var fields = mapping.Fields.ToDictionary(
            pair => pair.Key,
            pair => Bound(pair.Key, CanonicalLayout.FieldName(pair.Key), pair.Value, headers, Find),
            StringComparer.Ordinal);
        var custom = mapping.Custom.Select(pair => Bound(pair.Key, pair.Key, pair.Value, headers, Find)).ToList();
        if (problems.Count > 0)
        {
            throw NotFitting(problems, table, headers, mappingFile);
        }

        if (mapping.KeepOtherColumns)
        {
            var used = fields.Values.Concat(custom).Select(field => field.Index).Append(id).Append(project).ToHashSet();
            custom.AddRange(headers.Select((header, index) => (header, index))
                .Where(column => column.header.Length > 0 && !used.Contains(column.index))
                .Select(column => new BoundField(column.header, column.header,
                    new FieldMapping { Column = new ColumnRef([column.header], null, mapping.Where), Where = mapping.Where },
                    column.index, column.header)));
        }

        return new BoundSource(mapping, table.DisplayName, headers)
        {
            IdColumn = id!.Value,
            ProjectColumn = project,
            Fields = fields,
            Custom = custom,
        };
    }

    private static BoundField Bound(string name, string evidenceName, FieldMapping field, List<string> headers, Func<ColumnRef, string, int?> find)
    {
        if (field.Column is null)
        {
            return new BoundField(name, evidenceName, field, null, "(constant)");
        }

        var index = find(field.Column, name);
        return new BoundField(name, evidenceName, field, index, index is { } column ? headers[column] : field.Column.Describe());
    }

    private static (int? Index, string? Problem) Locate(ColumnRef column, List<string> headers, DuplicateHeaders duplicates)
    {
        if (column.Position is { } position)
        {
            return position <= headers.Count
                ? (position - 1, null)
                : (null, "There is no " + column.Describe() + ": the header has " + headers.Count.ToString(CultureInfo.InvariantCulture) + " columns");
        }

        foreach (var name in column.Names)
        {
            var matches = headers.Select((header, index) => (header, index))
                .Where(candidate => string.Equals(candidate.header, name.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(candidate => candidate.index)
                .ToList();
            switch (matches.Count, duplicates)
            {
                case (0, _):
                    continue;
                case (1, _) or (_, DuplicateHeaders.First):
                    return (matches[0], null);
                case (_, DuplicateHeaders.Last):
                    return (matches[^1], null);
                default:
                    return (null, "The column '" + name + "' appears " + matches.Count.ToString(CultureInfo.InvariantCulture) + " times in the header (columns " +
                        string.Join(", ", matches.Select(index => (index + 1).ToString(CultureInfo.InvariantCulture))) +
                        "): set duplicateHeaders to first, last or number");
            }
        }

        return (null, "No column " + column.Describe());
    }

    private static List<string> Numbered(IReadOnlyList<string> headers, DuplicateHeaders duplicates)
    {
        if (duplicates != DuplicateHeaders.Number)
        {
            return [.. headers];
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return [.. headers.Select(header =>
        {
            var count = seen[header] = seen.GetValueOrDefault(header) + 1;
            return count == 1 || header.Length == 0 ? header : header + " (" + count.ToString(CultureInfo.InvariantCulture) + ")";
        })];
    }

    private static InvalidInputException NotFitting(List<(string Problem, SourceLocation Where)> problems, ITable table, List<string> headers, string mappingFile)
    {
        var found = "The header of " + table.DisplayName + " has: " + string.Join(", ", headers.Select(header => "'" + header + "'")) + ".";
        return problems.Count == 1
            ? InvalidInputException.At(problems[0].Problem + ". " + found, problems[0].Where)
            : new InvalidInputException("The mapping " + mappingFile + " does not fit " + table.DisplayName + ":" + Environment.NewLine +
                string.Join(Environment.NewLine, problems.Select(problem => "  " + problem.Problem + ". " + problem.Where)) + Environment.NewLine + found);
    }
}

/// <summary>A field bound to its column, with a tally of what its cells held, for completeness.</summary>
/// <param name="Name">The mapping's name: a canonical snake_case column or a custom field's name.</param>
/// <param name="EvidenceName">The name evidence and rules use: camelCase for canonical fields.</param>
/// <param name="Mapping">How its value is read.</param>
/// <param name="Index">The 0-based column, or <c>null</c> for a constant.</param>
/// <param name="Column">The header it is read from, as evidence names it.</param>
internal sealed class BoundField(string Name, string EvidenceName, FieldMapping Mapping, int? Index, string Column)
{
    public string Name { get; } = Name;

    public string EvidenceName { get; } = EvidenceName;

    public FieldMapping Mapping { get; } = Mapping;

    public int? Index { get; } = Index;

    public string Column { get; } = Column;

    public int Filled { get; set; }

    public int Empty { get; set; }

    public int Unreadable { get; set; }

    public int NotGiven { get; set; }
}
