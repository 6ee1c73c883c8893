using System.Globalization;
using System.Text;

namespace PmoAssess.Import.Inspection;

/// <summary>
/// Proposes a mapping file for an inspected table: its headers matched to the entity's canonical fields
/// (<see cref="HeaderMatcher"/>), every other column kept as a custom field with its guessed type, and a comment on
/// each line saying what the data showed. A starting point for a person to check, never applied unseen.
/// The same inspection always gives the same text.
/// </summary>
internal static class MappingProposer
{
    /// <summary>The entities a mapping source can hold, by the names the mapping file uses.</summary>
    public static IReadOnlyList<EntityLayout> Entities { get; } =
    [
        CanonicalLayout.Portfolios, CanonicalLayout.Projects, CanonicalLayout.Risks, CanonicalLayout.Issues, CanonicalLayout.Changes,
        CanonicalLayout.Milestones, CanonicalLayout.Gates, CanonicalLayout.Benefits, CanonicalLayout.Allocations, CanonicalLayout.Evidence,
    ];

    private static readonly string[] MoneyFields = ["budget_at_completion", "actual_cost", "earned_value", "planned_value", "estimate_at_completion", "cost_impact"];

    /// <summary>The YAML text of a mapping with one source: the inspected table.</summary>
    /// <param name="inspection">What the table holds.</param>
    /// <param name="layout">The entity its rows hold.</param>
    /// <param name="file">The table as the mapping names it: relative to where the mapping file will be.</param>
    /// <param name="headerRow">The header row the table was read with.</param>
    public static string Propose(TableInspection inspection, EntityLayout layout, string file, int headerRow = 1)
    {
        var columns = inspection.Columns.ToDictionary(column => column.Column);
        var ambiguous = inspection.Headers.Where(header => header.DuplicateOf is not null).Select(header => header.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string Ref(HeaderCell header) => header.Blank || ambiguous.Contains(header.Name)
            ? "{ position: " + header.Column.ToString(CultureInfo.InvariantCulture) + " }"
            : YamlText.Scalar(header.Name);

        var matches = HeaderMatcher.Match(inspection.Headers, layout);
        var source = new List<(string Line, string? Comment)>
        {
            ("file: " + YamlText.Scalar(file), null),
            ("entity: " + layout.Name, null),
        };
        if (inspection.Format.Kind == "xlsx")
        {
            source.Add(("sheet: " + YamlText.Scalar(inspection.Format.Sheet ?? ""), inspection.Format.Sheets.Count > 1 ? "of " + string.Join(", ", inspection.Format.Sheets.Select(YamlText.Sample)) : null));
        }
        else
        {
            source.Add(("encoding: " + inspection.Format.Encoding, "detected or given; auto also works"));
            source.Add(("delimiter: " + Delimiter(inspection.Format.Delimiter), null));
        }

        if (headerRow != 1)
        {
            source.Add(("headerRow: " + headerRow.ToString(CultureInfo.InvariantCulture), null));
        }

        var dateFormats = inspection.Columns.Where(column => column.DateFormat is not null)
            .GroupBy(column => column.DateFormat!)
            .OrderByDescending(group => group.Sum(column => column.Fitting))
            .ThenBy(group => CellPatterns.DateFormats.ToList().IndexOf(group.Key))
            .Select(group => group.Key)
            .ToList();
        if (dateFormats.Count > 0)
        {
            source.Add(("dateFormats: [" + string.Join(", ", dateFormats.Select(YamlText.Scalar)) + "]", "the formats the date columns are in"));
        }

        var id = matches.FirstOrDefault(match => match.Field == "id")?.Header ?? IdFallback(inspection, matches);
        source.Add(id is null
            ? ("id: { position: 1 }", "no column looks like an id (unique, filled in every row): choose one")
            : ("id: " + Ref(id), columns[id.Column].Unique ? "unique and filled in every row" : "NOT unique in every row: check"));
        if (matches.FirstOrDefault(match => match.Field == "project") is { } project)
        {
            source.Add(project.Synonym == "projectname"
                ? ("project: { column: " + Ref(project.Header) + ", by: name }", "the project each row belongs to, by its name")
                : ("project: " + Ref(project.Header), "the project each row belongs to, by its id"));
        }

        var fields = matches.Where(match => match.Field is not ("id" or "project")).Select(match => Field(match, columns[match.Header.Column], Ref)).ToList();
        var matched = matches.Select(match => match.Header.Column).Append(id?.Column ?? 0).ToHashSet();
        var customNames = new HashSet<string>(layout.Columns, StringComparer.Ordinal);
        var custom = inspection.Headers.Where(header => !matched.Contains(header.Column))
            .Select(header => Custom(header, columns[header.Column], Ref, customNames))
            .ToList();

        var text = new StringBuilder()
            .Append("# A mapping proposed by 'pmoassess inspect' from ").Append(inspection.File).Append(": ")
            .Append(inspection.RowCount.ToString(CultureInfo.InvariantCulture)).Append(" rows, ")
            .Append(inspection.Headers.Count.ToString(CultureInfo.InvariantCulture)).Append(" columns.\n")
            .Append("# The matches and types are guesses from the data: check every line before you use it.\n")
            .Append("sources:\n");
        WriteBlock(text, "  - ", "    ", source);
        if (fields.Count > 0)
        {
            text.Append("    fields:\n");
            WriteBlock(text, "      ", "      ", fields);
        }

        if (custom.Count > 0)
        {
            text.Append("    custom:\n");
            WriteBlock(text, "      ", "      ", custom);
        }

        return text.ToString();
    }

    /// <summary>The entity a mapping names, e.g. <c>projects</c>; <c>null</c> when there is none by that name.</summary>
    public static EntityLayout? Entity(string name) => Entities.FirstOrDefault(layout => layout.Name == name);

    private static (string Line, string? Comment) Field(FieldMatch match, ColumnProfile profile, Func<HeaderCell, string> reference)
    {
        var column = reference(match.Header);
        var how = match.Synonym is null ? "" : " (matched as '" + match.Synonym + "')";
        if (CanonicalValues.Of(match.Field) is { } allowed && profile.Values.Count > 0)
        {
            var fits = profile.Values.Where(value => allowed.Contains(CanonicalValues.Normalise(value.Value))).Sum(value => value.Count);
            var misfits = profile.Values.Where(value => !allowed.Contains(CanonicalValues.Normalise(value.Value))).ToList();
            if (misfits.Count == 0)
            {
                return (match.Field + ": " + column, "every filled cell is a " + match.Field + " value" + how);
            }

            // Text where a rating belongs is usually a deliberate non-answer (GMPP: an FOI exemption); kept as a note.
            return (match.Field + ": { column: " + column + ", otherwise: not-given }",
                Count(fits) + " of " + Count(profile.Filled) + " cells are " + match.Field + " values; " + Count(profile.Filled - fits) +
                " are not (e.g. " + string.Join(", ", misfits.Take(2).Select(value => YamlText.Sample(value.Value))) + ")" + how);
        }

        if (MoneyFields.Contains(match.Field))
        {
            return (match.Field + ": { column: " + column + ", money: units }", Describe(profile) + "; say thousands or millions if the amounts are" + how);
        }

        return (match.Field + ": " + column, Describe(profile) + how);
    }

    private static (string Line, string? Comment) Custom(HeaderCell header, ColumnProfile profile, Func<HeaderCell, string> reference, HashSet<string> taken)
    {
        var name = SnakeCase(header.Name, header.Column);
        for (var suffix = 2; !taken.Add(name); suffix++)
        {
            name = SnakeCase(header.Name, header.Column) + "_" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        var type = profile.Kind switch
        {
            ValueKind.Money => "money",
            ValueKind.Integer or ValueKind.Number => "number",
            ValueKind.Date => "date",
            ValueKind.Boolean => "boolean",
            _ => null,
        };
        var column = reference(header);
        return (name + ": " + (type is null ? column : "{ column: " + column + ", type: " + type + " }"), Describe(profile));
    }

    /// <summary>What a column's cells showed, for a comment: the type and how many cells fit, with a sample of those that do not.</summary>
    private static string Describe(ColumnProfile profile)
    {
        var misfits = profile.Misfits.Count == 0 ? "" : "; " + Count(profile.Filled - profile.Fitting) + " do not (e.g. " + string.Join(", ", profile.Misfits.Take(2).Select(value => YamlText.Sample(value))) + ")";
        var empty = profile.Empty == 0 ? "" : "; " + Count(profile.Empty) + " empty";
        return profile.Kind switch
        {
            ValueKind.Empty => "empty in every row",
            ValueKind.Text => "text" + (profile.Unique ? ", unique" : "") + empty,
            ValueKind.Enumeration => Count(profile.Values.Count(value => value.Count >= 2)) + " values: " +
                string.Join(", ", profile.Values.Where(value => value.Count >= 2).Take(6).Select(value => YamlText.Sample(value.Value, 20) + " " + Count(value.Count))) +
                (profile.Values.Count(value => value.Count >= 2) > 6 ? ", ..." : "") +
                (profile.Filled > profile.Fitting ? "; " + Count(profile.Filled - profile.Fitting) + " cells hold other text (e.g. " + string.Join(", ", profile.Misfits.Take(2).Select(value => YamlText.Sample(value))) + ")" : "") + empty,
            ValueKind.Date => Count(profile.Fitting) + " of " + Count(profile.Filled) + " cells read as dates " + profile.DateFormat + misfits + empty,
            var kind => Count(profile.Fitting) + " of " + Count(profile.Filled) + " cells read as " + KindName(kind) + misfits + empty,
        };
    }

    private static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Integer => "whole numbers",
        ValueKind.Number => "numbers",
        ValueKind.Boolean => "yes/no",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>With no id column, the name (or the first column) whose values are all different and filled.</summary>
    private static HeaderCell? IdFallback(TableInspection inspection, IReadOnlyList<FieldMatch> matches)
    {
        var name = matches.FirstOrDefault(match => match.Field is "name" or "title")?.Header;
        if (name is not null && inspection.Columns[name.Column - 1].Unique)
        {
            return name;
        }

        return inspection.Headers.FirstOrDefault(header => !header.Blank && inspection.Columns[header.Column - 1].Unique);
    }

    /// <summary>A custom field name: snake_case letters and digits (<c>WLC Baseline (£m)</c> becomes <c>wlc_baseline_m</c>).</summary>
    private static string SnakeCase(string header, int column)
    {
        var name = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else if (name.Length > 0 && name[^1] != '_')
            {
                name.Append('_');
            }
        }

        var text = name.ToString().TrimEnd('_');
        return text.Length == 0 ? "column_" + column.ToString(CultureInfo.InvariantCulture) : char.IsAsciiDigit(text[0]) ? "c_" + text : text;
    }

    private static string Delimiter(char? delimiter) => delimiter switch
    {
        '\t' => "tab",
        null => "auto",
        { } other => YamlText.Quoted(other.ToString()),
    };

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes mapping lines with their comments lined up, the first line after <paramref name="first"/>.</summary>
    private static void WriteBlock(StringBuilder text, string first, string indent, List<(string Line, string? Comment)> lines)
    {
        var width = lines.Max(line => line.Line.Length);
        for (var index = 0; index < lines.Count; index++)
        {
            var (line, comment) = lines[index];
            text.Append(index == 0 ? first : indent).Append(comment is null ? line : line.PadRight(width) + "  # " + comment).Append('\n');
        }
    }
}
