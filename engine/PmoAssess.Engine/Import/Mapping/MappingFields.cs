using System.Text;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Import.Mapping;

/// <summary>Reads a source's <c>fields</c> and <c>custom</c>: how each value is found and read, checked against the canonical layout.</summary>
internal static class MappingFields
{
    private static readonly string[] SourceKinds = ["column", "position", "value"];
    private static readonly string[] ReadingKeys = ["values", "otherwise", "note", "dateFormats", "money"];
    private static readonly string[] Keys = [.. SourceKinds, .. ReadingKeys, "type"];

    /// <summary>The canonical fields under <c>fields</c>, keyed by snake_case name (camelCase keys normalised).</summary>
    public static Dictionary<string, FieldMapping> Canonical(YamlMapping source, EntityLayout layout, YamlFile file, YamlProblems problems)
    {
        var fields = new Dictionary<string, FieldMapping>(StringComparer.Ordinal);
        if (Entries(source, "fields", "canonical fields to columns, such as name: project_name") is not { } entries)
        {
            return fields;
        }

        var names = layout.Columns.Where(column => column is not ("id" or "project")).ToList();
        foreach (var (key, value) in entries)
        {
            var written = (key as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            var name = SnakeCase(written);
            if (name == "id" || (name == "project" && layout.IsProjectChild))
            {
                source.Problem("'" + written + "' is not mapped under 'fields': give the " + name + " column with the source's own '" + name + "' key.", key.Start);
            }
            else if (!names.Contains(name, StringComparer.Ordinal))
            {
                source.Problem("The " + layout.Name + " have no field '" + written + "'" + Suggestions.DidYouMean(name, names) +
                    " Fields: " + string.Join(", ", names) + ".", key.Start);
            }
            else if (fields.ContainsKey(name))
            {
                source.Problem("The field '" + name + "' is mapped twice (snake_case and camelCase name the same field).", key.Start);
            }
            else if (Field(key, value, layout.Field(name)!, custom: false, layout, file, problems) is { } field)
            {
                fields.Add(name, field);
            }
        }

        return fields;
    }

    /// <summary>The custom fields under <c>custom</c>, keyed by the name rules read them by.</summary>
    public static Dictionary<string, FieldMapping> Custom(YamlMapping source, EntityLayout layout, YamlFile file, YamlProblems problems)
    {
        var custom = new Dictionary<string, FieldMapping>(StringComparer.Ordinal);
        if (Entries(source, "custom", "custom field names to columns, such as department: Dept") is not { } entries)
        {
            return custom;
        }

        if (!layout.KeepsCustomFields)
        {
            source.Problem("Only projects keep custom fields: a " + layout.Name + " source cannot have 'custom'.", source.Node("custom")!.Start);
            return custom;
        }

        foreach (var (key, value) in entries)
        {
            var name = (key as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            if (name.Length == 0)
            {
                source.Problem("A custom field needs a name.", key.Start);
            }
            else if (Field(key, value, new CanonicalColumn(name, FieldKind.Text), custom: true, layout, file, problems) is { } field)
            {
                custom.Add(name, field);
            }
        }

        return custom;
    }

    /// <summary>
    /// Custom fields, including the notes that keep not-given text, need names of their own: not a canonical column's,
    /// and not another custom field's.
    /// </summary>
    public static void CheckCustomNames(YamlMapping source, EntityLayout layout, IReadOnlyDictionary<string, FieldMapping> fields, IReadOnlyDictionary<string, FieldMapping> custom)
    {
        if (!layout.KeepsCustomFields)
        {
            return;
        }

        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, field) in custom)
        {
            Claim(name, "a custom field", field.Where);
        }

        foreach (var (name, field) in fields.Concat(custom).Where(pair => pair.Value.Otherwise == Unreadable.NotGiven))
        {
            Claim(field.Note ?? name + "_note", "the note of '" + name + "'", field.Where);
        }

        void Claim(string name, string by, SourceLocation where)
        {
            var at = new Mark(0, where.Line ?? 0, where.Column ?? 0);
            if (layout.Knows(SnakeCase(name)))
            {
                source.Problem("'" + name + "' (" + by + ") is the name of a canonical field of " + layout.Name +
                    ": map the column under 'fields', or choose another name.", at);
            }
            else if (!claimed.TryAdd(name, by))
            {
                source.Problem("Two custom fields are named '" + name + "': " + claimed[name] + " and " + by + ".", at);
            }
        }
    }

    /// <summary><c>budgetAtCompletion</c> to <c>budget_at_completion</c>; snake_case stays as it is.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0 && text[^1] != '_')
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>>? Entries(YamlMapping source, string key, string example)
    {
        switch (source.Node(key))
        {
            case null or YamlScalarNode { Value: null or "" }:
                return null;
            case YamlMappingNode mapping:
                return mapping.Children;
            case var other:
                source.Problem("Expected '" + key + "' to map " + example + ".", other.Start);
                return null;
        }
    }

    private static FieldMapping? Field(YamlNode key, YamlNode node, CanonicalColumn column, bool custom, EntityLayout layout, YamlFile file, YamlProblems problems)
    {
        var what = (custom ? "the custom field '" : "the field '") + column.Name + "'";
        var where = MappingColumns.Where(file, key);
        if (node is not YamlMappingNode)
        {
            return MappingColumns.Column(node, what, file, problems) is { } headers ? new FieldMapping { Column = headers, Where = where } : null;
        }

        var spec = YamlMapping.Open(node, what, Keys, file, problems)!;
        var money = spec.Enumeration<MoneyUnit>("money", "units, thousands, millions or billions", what: "money unit");
        var type = ValueType.Text;
        if (custom)
        {
            type = Type(spec, money is not null);
            column = new CanonicalColumn(column.Name, type switch
            {
                ValueType.Number or ValueType.Money => FieldKind.Number,
                ValueType.Date => FieldKind.Date,
                ValueType.Boolean => FieldKind.Boolean,
                _ => FieldKind.Text,
            });
        }
        else
        {
            if (spec.Node("type") is { } typeNode)
            {
                spec.Problem("'type' is for custom fields: the canonical field '" + column.Name + "' holds " + Holds(column) + ".", typeNode.Start);
            }

            if (money is not null && column.Kind != FieldKind.Number)
            {
                spec.Problem("'money' applies to number fields: '" + column.Name + "' holds " + Holds(column) + ".", spec.Node("money")!.Start);
            }
        }

        var given = SourceKinds.Where(kind => spec.Node(kind) is not null).ToList();
        if (given.Count != 1)
        {
            spec.Problem("Expected " + what + " to take exactly one of 'column', 'position' or 'value'" +
                (given.Count > 1 ? ", not " + string.Join(" and ", given.Select(kind => "'" + kind + "'")) : string.Empty) + ".", spec.Start);
        }

        var constant = given is ["value"] ? Constant(spec, column, what) : null;
        var source = given is ["column"] or ["position"] ? MappingColumns.Either(spec, node, what, file, problems) : null;
        var dateFormats = MappingColumns.DateFormats(spec, "dateFormats");
        if (dateFormats is not null && column.Kind != FieldKind.Date)
        {
            spec.Problem("'dateFormats' applies to dates: " + what + " holds " + Holds(column) + ".", spec.Node("dateFormats")!.Start);
        }

        var otherwise = spec.Enumeration<Unreadable>("otherwise", "error or not-given");
        var note = spec.Text("note");
        if (note is not null && otherwise != Unreadable.NotGiven)
        {
            spec.Problem("'note' names the custom field that keeps a not-given value's text: it needs 'otherwise: not-given'.", spec.Scalar("note")!.Start);
        }
        else if (note is not null && !layout.KeepsCustomFields)
        {
            spec.Problem("Only projects keep custom fields: " + layout.Name + " cannot keep a note; leave 'note' out.", spec.Scalar("note")!.Start);
        }

        if (spec.Node("value") is not null)
        {
            foreach (var reading in ReadingKeys.Where(reading => spec.Node(reading) is not null))
            {
                spec.Problem("A constant ('value') is the same on every row: '" + reading + "' does not apply to it.", spec.Node(reading)!.Start);
            }
        }

        return new FieldMapping
        {
            Column = source,
            Value = constant,
            Type = type,
            Values = Values(spec, column, what, file, problems),
            Otherwise = otherwise ?? Unreadable.Error,
            Note = note,
            DateFormats = dateFormats,
            Money = money,
            Where = where,
        };
    }

    private static ValueType Type(YamlMapping spec, bool money)
    {
        if (spec.Node("type") is null)
        {
            return money ? ValueType.Money : ValueType.Text;
        }

        var type = spec.Enumeration<ValueType>("type", "text, number, money, date or boolean", what: "type");
        if (money && type is { } declared && declared != ValueType.Money)
        {
            spec.Problem("'money' reads amounts of money: write 'type: money' or leave 'type' out, not 'type: " +
                EnumText.ToCanonical(declared.ToString()) + "'.", spec.Node("money")!.Start);
        }

        return money ? ValueType.Money : type ?? ValueType.Text;
    }

    private static string? Constant(YamlMapping spec, CanonicalColumn column, string what)
    {
        if (spec.Scalar("value", required: true) is not { } scalar)
        {
            return null;
        }

        var canonical = column.Canonical(scalar.Value!.Trim());
        if (canonical is null)
        {
            spec.Problem("The value '" + scalar.Value + "' for " + what + " is not " + column.Expected + ".", scalar.Start);
        }

        return canonical;
    }

    private static Dictionary<string, string> Values(YamlMapping spec, CanonicalColumn column, string what, YamlFile file, YamlProblems problems)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        switch (spec.Node("values"))
        {
            case null:
                return values;
            case YamlMappingNode mapping:
                foreach (var (key, target) in mapping.Children)
                {
                    var text = (key as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
                    if (target is not YamlScalarNode { Value: var written })
                    {
                        problems.Add("Expected the value '" + text + "' maps to, not a list or mapping.", file.DisplayName, target.Start);
                        continue;
                    }

                    // An empty target reads as an empty cell: the value is not known.
                    var canonical = string.IsNullOrWhiteSpace(written) ? string.Empty : column.Canonical(written.Trim());
                    if (canonical is null)
                    {
                        problems.Add("'" + text + "' maps to '" + written + "', which is not " + column.Expected + " (" + what + ").", file.DisplayName, target.Start);
                    }
                    else if (!values.TryAdd(text, canonical))
                    {
                        problems.Add("'" + text + "' is in the value map of " + what + " twice (case and surrounding spaces are ignored).", file.DisplayName, key.Start);
                    }
                }

                return values;
            case var other:
                spec.Problem("Expected 'values' to map source text to canonical values, such as { \"A/R\": amber-red }.", other.Start);
                return values;
        }
    }

    private static string Holds(CanonicalColumn column) => column.Kind switch
    {
        FieldKind.Date => "a date",
        FieldKind.Number => "a number",
        FieldKind.Integer => "a whole number",
        FieldKind.Boolean => "true or false",
        FieldKind.Enumeration => column.Expected,
        _ => "text",
    };
}
