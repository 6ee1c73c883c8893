using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// Reads a <c>findings.json</c> file into a <see cref="FindingsDocument"/>. Checks the schema version
/// before anything else, then walks the document keeping the JSON path, so every problem is reported
/// with the file, line, column and path. Properties it does not need are ignored; a property it needs
/// that is absent, or a value of the wrong kind, is an <see cref="InvalidInputException"/>.
/// </summary>
internal sealed class FindingsJsonReader
{
    private readonly string _path;
    private readonly string _name;
    private readonly ReadOnlyMemory<byte> _json;
    private readonly InputLimits _limits;

    private FindingsJsonReader(string path, ReadOnlyMemory<byte> json, InputLimits limits)
    {
        _path = path;
        _name = Path.GetFileName(path);
        _json = json;
        _limits = limits;
    }

    public static FindingsDocument Read(string path, InputLimits limits)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw InvalidInputException.At("The findings file could not be read: " + exception.Message, new SourceLocation(path), exception);
        }

        // Editors on Windows may add a byte order mark; the JSON reader does not accept one.
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0);
        return new FindingsJsonReader(path, json, limits).Read();
    }

    private FindingsDocument Read()
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(_json, JsonNesting.Options(_limits));
        }
        catch (JsonException exception)
        {
            throw InvalidInputException.At(
                JsonNesting.Problem(_json.Span, _limits) ?? _name + " is not valid JSON: " + WithoutPosition(exception.Message),
                new SourceLocation(_path, OneBased(exception.LineNumber), OneBased(exception.BytePositionInLine)),
                exception);
        }

        using (document)
        {
            var root = new Node(document.RootElement, JsonPath.Root);
            if (root.Element.ValueKind != JsonValueKind.Object)
            {
                throw Problem(_name + " is not a PmoAssess findings file: it holds " + KindOf(root.Element) + ", not an object.", root.Path);
            }

            var version = CheckVersion(root);
            var tool = AsObject(Get(root, "tool"));
            var assessment = AsObject(Get(root, "assessment"));
            return new FindingsDocument
            {
                SchemaVersion = version,
                ToolVersion = Text(tool, "version"),
                Engagement = Text(assessment, "engagement"),
                AsOf = Date(Get(assessment, "asOf")),
                Gate = OptionalText(assessment, "gate"),
                Rules = List(root, "rules", ReadRule),
                Outcomes = List(root, "outcomes", ReadOutcome),
                Maturity = Find(root, "maturity") is { } maturity ? ReadMaturity(AsObject(maturity)) : null,
            };
        }
    }

    private int CheckVersion(Node root)
    {
        var at = root.Path.Property("schemaVersion");
        if (!root.Element.TryGetProperty("schemaVersion", out var element))
        {
            throw Problem(_name + " has no schemaVersion: it is not a PmoAssess findings file, or it is damaged.", at);
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var version) || version < 1)
        {
            throw Problem(_name + " has schemaVersion " + element.GetRawText() + ", which is not a version PmoAssess has written (this PmoAssess reads version "
                + FindingsJsonWriter.SchemaVersion.ToString(CultureInfo.InvariantCulture) + ").", at);
        }

        if (version > FindingsJsonWriter.SchemaVersion)
        {
            throw Problem(_name + " version " + version.ToString(CultureInfo.InvariantCulture) + " is newer than this PmoAssess understands (it reads version "
                + FindingsJsonWriter.SchemaVersion.ToString(CultureInfo.InvariantCulture) + "); read it with the PmoAssess that wrote it, or a later one.", at);
        }

        return version;
    }

    private FindingsRule ReadRule(Node rule) => new()
    {
        Id = Text(rule, "id"),
        Title = Text(rule, "title"),
        Severity = EnumValue<Severity>(rule, "severity"),
        Category = Text(rule, "category"),
        Source = Text(rule, "source"),
    };

    private FindingsOutcome ReadOutcome(Node outcome)
    {
        var status = EnumValue<OutcomeStatus>(outcome, "status");
        return new FindingsOutcome
        {
            RuleId = Text(outcome, "ruleId"),
            SubjectKind = EnumValue<EntityKind>(outcome, "subjectKind"),
            SubjectId = Text(outcome, "subjectId"),
            ProjectId = OptionalText(outcome, "projectId"),
            Status = status,
            // A finding's severity is what baselines and gates compare, so a failed outcome must carry one.
            Severity = status == OutcomeStatus.Failed ? EnumValue<Severity>(outcome, "severity") : OptionalEnumValue<Severity>(outcome, "severity"),
            Message = OptionalText(outcome, "message"),
            MissingField = OptionalText(outcome, "missingField"),
            Evidence = Find(outcome, "evidence") is { } evidence ? Items(evidence, ReadEvidence) : [],
        };
    }

    private Evidence ReadEvidence(Node evidence) => new()
    {
        Field = Text(evidence, "field"),
        File = OptionalText(evidence, "file"),
        Row = OptionalInt(evidence, "row"),
        Column = OptionalText(evidence, "column"),
        Value = OptionalText(evidence, "value"),
    };

    private FindingsMaturity ReadMaturity(Node maturity)
    {
        var methodology = AsObject(Get(maturity, "methodology"));
        return new FindingsMaturity
        {
            MethodologyId = Text(methodology, "id"),
            MethodologyVersion = OptionalText(methodology, "version"),
            Overall = Find(maturity, "overall") is { } overall ? Number(overall) : null,
            Categories = List(maturity, "categories", category => new FindingsCategory
            {
                Id = Text(category, "id"),
                Name = Text(category, "name"),
                Level = OptionalInt(category, "level"),
                Target = OptionalInt(category, "target"),
            }),
        };
    }

    /// <summary>A property that must be present (it may be <c>null</c>; the caller decides).</summary>
    private Node Get(Node parent, string name)
    {
        var at = parent.Path.Property(name);
        return parent.Element.TryGetProperty(name, out var element)
            ? new Node(element, at)
            : throw Problem(_name + " has no '" + name + "' at " + parent.Path + ", where one is required.", at);
    }

    /// <summary>A property that may be absent or <c>null</c>.</summary>
    private static Node? Find(Node parent, string name) =>
        parent.Element.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null
            ? new Node(element, parent.Path.Property(name))
            : null;

    private Node AsObject(Node node) => node.Element.ValueKind == JsonValueKind.Object ? node : throw Unexpected(node, "an object");

    private string Text(Node parent, string name)
    {
        var node = Get(parent, name);
        return node.Element.ValueKind == JsonValueKind.String ? node.Element.GetString()! : throw Unexpected(node, "a string");
    }

    private string? OptionalText(Node parent, string name) =>
        Find(parent, name) is { } node
            ? node.Element.ValueKind == JsonValueKind.String ? node.Element.GetString() : throw Unexpected(node, "a string or null")
            : null;

    private int? OptionalInt(Node parent, string name) =>
        Find(parent, name) is { } node
            ? node.Element.ValueKind == JsonValueKind.Number && node.Element.TryGetInt32(out var value) ? value : throw Unexpected(node, "a whole number or null")
            : null;

    private decimal Number(Node node) =>
        node.Element.ValueKind == JsonValueKind.Number && node.Element.TryGetDecimal(out var value) ? value : throw Unexpected(node, "a number");

    private DateOnly Date(Node node) =>
        node.Element.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(node.Element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Unexpected(node, "a date (yyyy-MM-dd)");

    private TEnum EnumValue<TEnum>(Node parent, string name)
        where TEnum : struct, Enum
    {
        var node = Get(parent, name);
        return OptionalEnumValue<TEnum>(node) ?? throw Unexpected(node, EnumExpected<TEnum>());
    }

    private TEnum? OptionalEnumValue<TEnum>(Node parent, string name)
        where TEnum : struct, Enum => Find(parent, name) is { } node ? OptionalEnumValue<TEnum>(node) : null;

    private TEnum? OptionalEnumValue<TEnum>(Node node)
        where TEnum : struct, Enum
    {
        if (node.Element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return node.Element.ValueKind == JsonValueKind.String && JsonEnumText<TEnum>.TryParse(node.Element.GetString()!, out var value)
            ? value
            : throw Unexpected(node, EnumExpected<TEnum>());
    }

    private ReadOnlyCollection<T> List<T>(Node parent, string name, Func<Node, T> read) => Items(Get(parent, name), read);

    private ReadOnlyCollection<T> Items<T>(Node array, Func<Node, T> read)
    {
        if (array.Element.ValueKind != JsonValueKind.Array)
        {
            throw Unexpected(array, "an array");
        }

        var items = new List<T>(array.Element.GetArrayLength());
        var index = 0;
        foreach (var element in array.Element.EnumerateArray())
        {
            items.Add(read(AsObject(new Node(element, array.Path.Item(index++)))));
        }

        return items.AsReadOnly();
    }

    private static string EnumExpected<TEnum>()
        where TEnum : struct, Enum => "one of " + string.Join(", ", JsonEnumText<TEnum>.All.Select(name => '"' + name + '"'));

    private InvalidInputException Unexpected(Node node, string expected) =>
        Problem(_name + " has " + KindOf(node.Element) + " at " + node.Path + " where " + expected + " is required.", node.Path);

    private InvalidInputException Problem(string problem, JsonPath at)
    {
        var (line, column) = at.Locate(_json.Span);
        return InvalidInputException.At(problem, new SourceLocation(_path, line, column, Path: at.ToString()));
    }

    private static string KindOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "\"" + (element.GetString() is { Length: > 40 } text ? text[..40] + "…" : element.GetString()) + "\"",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static int? OneBased(long? position) => position is { } value ? (int)value + 1 : null;

    /// <summary>System.Text.Json ends its messages with 0-based " LineNumber: n | BytePositionInLine: n."; the location says it 1-based.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private readonly record struct Node(JsonElement Element, JsonPath Path);
}
