using System.Diagnostics.CodeAnalysis;

namespace PmoAssess.Import;

/// <summary>
/// A project's custom fields read from its CSV row: the file's custom columns and the row's values, shared rather than
/// copied into a dictionary of its own (a dictionary of one field took about 200 bytes for each project).
/// Only for a row whose custom cells all hold text: an empty cell is no custom field, and such rows get a dictionary.
/// </summary>
internal sealed class CsvCustomFields(CsvColumns columns, ArraySegment<string> values) : IReadOnlyDictionary<string, string>
{
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("No such custom field. Field=" + key);

    public IEnumerable<string> Keys => columns.Custom.Select(index => columns.Headers[index]);

    public IEnumerable<string> Values => columns.Custom.Select(index => values[index]);

    public int Count => columns.Custom.Count;

    public bool ContainsKey(string key) => columns.TryGetCustomIndex(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        value = columns.TryGetCustomIndex(key, out var index) ? values[index] : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        columns.Custom.Select(index => KeyValuePair.Create(columns.Headers[index], values[index])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
