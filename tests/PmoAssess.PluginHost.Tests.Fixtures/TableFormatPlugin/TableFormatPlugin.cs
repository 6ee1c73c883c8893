using System.Globalization;
using System.Text.Json;
using PmoAssess.Import;
using PmoAssess.Plugins;

namespace PmoAssess.Fixtures.TableFormat;

/// <summary>Test fixture: a plugin whose only contribution is a table format for JSON Lines exports (<c>.jsonl</c>).</summary>
public sealed class TableFormatPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.table-format",
        Name = "JSON Lines fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar) => registrar.AddTableFormat(new JsonLines());

    /// <summary>
    /// One table, <c>records</c>: one JSON object per line, the first line's property names as the header, and a
    /// line that is not an object a <see cref="FormatException"/> naming the line.
    /// </summary>
    private sealed class JsonLines : ITableFormat
    {
        public string Name => "JSON Lines";

        public IReadOnlyList<string> Extensions { get; } = [".jsonl"];

        public IReadOnlyList<string> Tables(string path) => ["records"];

        public IEnumerable<IReadOnlyList<string>> Read(string path, string table)
        {
            string[]? header = null;
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Length == 0)
                {
                    continue;
                }

                var record = Parse(line, number);
                if (header is null)
                {
                    header = [.. record.EnumerateObject().Select(property => property.Name)];
                    yield return header;
                }

                yield return [.. header.Select(name => record.TryGetProperty(name, out var value) ? Text(value) : string.Empty)];
            }
        }

        private static JsonElement Parse(string line, int number)
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                return document.RootElement.ValueKind == JsonValueKind.Object
                    ? document.RootElement.Clone()
                    : throw new FormatException("line " + number.ToString(CultureInfo.InvariantCulture) + " is not a JSON object.");
            }
            catch (JsonException exception)
            {
                throw new FormatException("line " + number.ToString(CultureInfo.InvariantCulture) + " is not JSON: " + exception.Message, exception);
            }
        }

        private static string Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        };
    }
}
