using System.Security.Cryptography;
using System.Globalization;
using System.Text.Json;

namespace PmoAssess.Import;

/// <summary>
/// One JSON document in the canonical shape: <c>{"portfolios": [...], "projects": [{..., "risks": [...]}], "evidence": [...]}</c>,
/// with the same snake_case names as the CSV headers. A project's registers nest inside it.
/// </summary>
internal sealed class JsonDocumentSource : ICanonicalSource, IDisposable
{
    private readonly JsonDocument _document;
    private readonly InputLimits _limits;

    public JsonDocumentSource(string path, string displayName, InputLimits limits)
        : this(ReadAllBytes(path, displayName, limits), displayName, limits)
    {
    }

    /// <summary>A document already in memory, e.g. converted from a ruleset example.</summary>
    public JsonDocumentSource(byte[] bytes, string displayName, InputLimits? limits = null)
    {
        DisplayName = displayName;
        _limits = limits ?? InputLimits.Default;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            _document = JsonDocument.Parse(bytes, JsonNesting.Options(_limits));
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            throw InvalidInputException.At(
                JsonNesting.Problem(bytes, _limits) ?? "Malformed JSON: " + exception.Message,
                new SourceLocation(displayName, line, TextPosition.ColumnOf(bytes, line, exception.BytePositionInLine ?? 0)),
                exception);
        }

        if (_document.RootElement.ValueKind != JsonValueKind.Object || !_document.RootElement.TryGetProperty(CanonicalLayout.Projects.Name, out _))
        {
            throw InvalidInputException.At("Expected a JSON object with a 'projects' array at the top level.", new SourceLocation(displayName, Path: "$"));
        }

        foreach (var property in _document.RootElement.EnumerateObject().Where(property => !TopLevel.Contains(property.Name, StringComparer.Ordinal)))
        {
            throw InvalidInputException.At(
                "Unknown property '" + property.Name + "': expected " + string.Join(", ", TopLevel) + ".",
                new SourceLocation(displayName, Path: "$." + property.Name));
        }
    }

    private static readonly string[] TopLevel = [CanonicalLayout.Portfolios.Name, CanonicalLayout.Projects.Name, CanonicalLayout.Evidence.Name];

    /// <summary>The document as messages and evidence name it.</summary>
    public string DisplayName { get; }

    /// <summary>The SHA-256 of the document's bytes, from the one read that parsed it.</summary>
    public string Sha256 { get; }

    public bool Has(EntityLayout layout) => _document.RootElement.TryGetProperty(layout.Name, out _);

    public string NameOf(EntityLayout layout) => "'" + layout.Name + "'";

    public IEnumerable<RawRecord> Records(EntityLayout layout)
    {
        if (CanonicalLayout.ProjectChildren.Contains(layout))
        {
            return Projects().SelectMany(project => Array(project.Element, layout.Name, project.Path)
                .Select(child => ToRecord(child.Element, child.Path, layout, parent: project)));
        }

        return Array(_document.RootElement, layout.Name, "$").Select(item => ToRecord(item.Element, item.Path, layout, parent: null));
    }

    public void Dispose() => _document.Dispose();

    private IEnumerable<(JsonElement Element, string Path)> Projects() => Array(_document.RootElement, CanonicalLayout.Projects.Name, "$");

    private IEnumerable<(JsonElement Element, string Path)> Array(JsonElement owner, string property, string ownerPath)
    {
        if (!owner.TryGetProperty(property, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        var path = ownerPath + "." + property;
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw InvalidInputException.At("Expected an array.", new SourceLocation(DisplayName, Path: path));
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            _limits.CheckRows(index + 1L, new SourceLocation(DisplayName, Path: itemPath));
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw InvalidInputException.At("Expected an object.", new SourceLocation(DisplayName, Path: itemPath));
            }

            yield return (item, itemPath);
            index++;
        }
    }

    private RawRecord ToRecord(JsonElement item, string path, EntityLayout layout, (JsonElement Element, string Path)? parent)
    {
        var cells = new Dictionary<string, RawCell>(StringComparer.Ordinal);
        var extra = new Dictionary<string, RawCell>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            var propertyPath = path + "." + property.Name;
            if (property.Value.ValueKind is JsonValueKind.Array && layout == CanonicalLayout.Projects
                && CanonicalLayout.ProjectChildren.Any(child => child.Name == property.Name))
            {
                continue;
            }

            var cell = new RawCell(property.Name, null, Text(property.Value, propertyPath), propertyPath);
            if (layout.Knows(property.Name))
            {
                cells[CanonicalLayout.FieldName(property.Name)] = cell;
            }
            else if (layout.KeepsCustomFields)
            {
                extra[property.Name] = cell;
            }
            else
            {
                throw InvalidInputException.At(
                    "Unknown property '" + property.Name + "': expected one of " + string.Join(", ", layout.Columns) + ".",
                    new SourceLocation(DisplayName, Path: propertyPath));
            }
        }

        if (parent is { } project && project.Element.TryGetProperty("id", out var projectId))
        {
            cells["project"] = new RawCell("id", null, Text(projectId, project.Path + ".id"), project.Path + ".id");
        }

        return new RawRecord(DisplayName, null, null, cells, extra) { Path = path };
    }

    private string Text(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => Checked(value.GetString()!, path),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => string.Empty,
        _ => throw InvalidInputException.At("Expected a string, number, boolean or null.", new SourceLocation(DisplayName, Path: path)),
    };

    private string Checked(string text, string path)
    {
        _limits.CheckCell(text.Length, new SourceLocation(DisplayName, Path: path));
        return text;
    }

    private static byte[] ReadAllBytes(string path, string displayName, InputLimits limits)
    {
        limits.CheckFileSize(path, displayName);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException("Cannot read the file: " + exception.Message + " File=" + displayName, exception);
        }
    }
}
