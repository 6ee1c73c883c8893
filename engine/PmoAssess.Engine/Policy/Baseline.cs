using System.Globalization;
using System.Text.Json;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Outcomes;

namespace PmoAssess.Policy;

/// <summary>
/// Findings accepted as they stood on a date, keyed by rule and subject (never by row number, which moves when a
/// client re-sorts an export). With a baseline the gate fails only on new findings. Immutable.
/// </summary>
public sealed class Baseline
{
    /// <summary>The version of the file format this build reads and writes.</summary>
    public const int SchemaVersion = 1;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly HashSet<(string Rule, EntityKind Kind, string Subject)> _keys;

    /// <summary>Creates a baseline of <paramref name="entries"/>.</summary>
    public Baseline(DateOnly asOf, IReadOnlyList<BaselineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        AsOf = asOf;
        Entries = [.. entries.OrderBy(entry => entry.Rule, StringComparer.Ordinal).ThenBy(entry => entry.SubjectKind).ThenBy(entry => entry.Subject, StringComparer.Ordinal)];
        _keys = [.. Entries.Select(entry => (entry.Rule, entry.SubjectKind, entry.Subject))];
    }

    /// <summary>The assessment date the findings were recorded as of.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The accepted findings, ordered by rule, subject kind and subject.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A baseline of the findings of an assessment.</summary>
    public static Baseline Of(DateOnly asOf, IEnumerable<Finding> findings) => new(asOf, [.. findings.Select(finding => new BaselineEntry(
        finding.Rule.Id, finding.Outcome.SubjectKind, finding.Outcome.SubjectId, finding.Severity, finding.Outcome.Message))]);

    /// <summary>Whether the baseline accepts <paramref name="finding"/>.</summary>
    public bool Contains(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return _keys.Contains((finding.Rule.Id, finding.Outcome.SubjectKind, finding.Outcome.SubjectId));
    }

    /// <summary>The entries that <paramref name="findings"/> no longer contain: fixed since the baseline.</summary>
    /// <param name="findings">The findings of the latest assessment.</param>
    /// <param name="rulesRun">The rules that ran; entries of other rules are neither fixed nor not (default: every rule).</param>
    public IReadOnlyList<BaselineEntry> FixedIn(IEnumerable<Finding> findings, IEnumerable<string>? rulesRun = null)
    {
        var current = findings.Select(finding => (finding.Rule.Id, finding.Outcome.SubjectKind, finding.Outcome.SubjectId)).ToHashSet();
        var ran = rulesRun?.ToHashSet(StringComparer.Ordinal);
        return [.. Entries.Where(entry => (ran is null || ran.Contains(entry.Rule)) && !current.Contains((entry.Rule, entry.SubjectKind, entry.Subject)))];
    }

    /// <summary>This baseline without the entries fixed in <paramref name="findings"/>.</summary>
    public Baseline Pruned(IEnumerable<Finding> findings, IEnumerable<string>? rulesRun = null)
    {
        var fixedEntries = FixedIn(findings, rulesRun).ToHashSet();
        return new Baseline(AsOf, [.. Entries.Where(entry => !fixedEntries.Contains(entry))]);
    }

    /// <summary>Writes the baseline as indented JSON, the same bytes for the same baseline.</summary>
    public void Write(Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("asOf", AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray("findings");
        foreach (var entry in Entries)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", entry.Rule);
            writer.WriteString("subjectKind", EnumText.ToCanonical(entry.SubjectKind.ToString()));
            writer.WriteString("subject", entry.Subject);
            writer.WriteString("severity", entry.Severity.ToString().ToLowerInvariant());
            if (entry.Message is not null)
            {
                writer.WriteString("message", entry.Message);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">
    /// How large the file and how deep its nesting may be; <see cref="InputLimits.Default"/> when <c>null</c>. A baseline grows
    /// with the data (one entry per accepted finding), so it is held to the data file limit, not the YAML document one.
    /// </param>
    /// <exception cref="InvalidInputException">The file is not a baseline this build understands, or is over a limit; the message says where.</exception>
    public static Baseline Read(string path, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        limits ??= InputLimits.Default;
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException("The baseline file does not exist. File=" + path);
        }

        limits.CheckFileSize(path, name);
        var bytes = File.ReadAllBytes(path);
        JsonDocument document;
        // JsonDocument does not skip a byte order mark, which editors on Windows may add to a hand-edited file.
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
        try
        {
            document = JsonDocument.Parse(json, JsonNesting.Options(limits));
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            throw InvalidInputException.At(
                JsonNesting.Problem(json.Span, limits) ?? "Malformed JSON: " + exception.Message,
                new SourceLocation(name, line, TextPosition.ColumnOf(bytes, line, exception.BytePositionInLine ?? 0)),
                exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version)
                || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != SchemaVersion)
            {
                throw InvalidInputException.At(
                    "Not a baseline this PmoAssess understands: expected \"schemaVersion\": " + SchemaVersion.ToString(CultureInfo.InvariantCulture) + ".",
                    new SourceLocation(name, Path: "$.schemaVersion"));
            }

            var asOf = Date(Required(root, "asOf", "$", name), "$.asOf", name);
            var findings = Required(root, "findings", "$", name);
            if (findings.ValueKind != JsonValueKind.Array)
            {
                throw InvalidInputException.At("Expected 'findings' to be a list.", new SourceLocation(name, Path: "$.findings"));
            }

            var entries = findings.EnumerateArray().Select((item, index) =>
            {
                var at = "$.findings[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                var kind = EnumText.TryParse<EntityKind>(Text(item, "subjectKind", at, name))
                    ?? throw InvalidInputException.At("Unknown subject kind.", new SourceLocation(name, Path: at + ".subjectKind"));
                var severity = EnumText.TryParse<Severity>(Text(item, "severity", at, name))
                    ?? throw InvalidInputException.At("Unknown severity.", new SourceLocation(name, Path: at + ".severity"));
                return new BaselineEntry(Text(item, "rule", at, name), kind, Text(item, "subject", at, name), severity, Message(item, at, name));
            }).ToList();
            return new Baseline(asOf, entries);
        }
    }

    private static string? Message(JsonElement item, string at, string file) =>
        !item.TryGetProperty("message", out var message) || message.ValueKind == JsonValueKind.Null ? null
        : message.ValueKind == JsonValueKind.String ? message.GetString()
        : throw InvalidInputException.At("Expected 'message' to be text.", new SourceLocation(file, Path: at + ".message"));

    private static JsonElement Required(JsonElement element, string property, string at, string file) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value
            : throw InvalidInputException.At("Missing property '" + property + "'.", new SourceLocation(file, Path: at + "." + property));

    private static string Text(JsonElement element, string property, string at, string file) =>
        Required(element, property, at, file) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : throw InvalidInputException.At("Expected '" + property + "' to be text.", new SourceLocation(file, Path: at + "." + property));

    private static DateOnly Date(JsonElement element, string at, string file) =>
        element.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw InvalidInputException.At("Expected a date written yyyy-MM-dd.", new SourceLocation(file, Path: at));
}
