using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PmoAssess.Reporting.Json;

/// <summary>
/// Where a value sits in a JSON document, e.g. <c>$.outcomes[12].ruleId</c>. Cheap to extend while
/// walking a document; turned into text, and into a line and column, only when a message needs it.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? _parent;
    private readonly string? _name;
    private readonly int _index;

    private JsonPath(JsonPath? parent, string? name, int index)
    {
        _parent = parent;
        _name = name;
        _index = index;
    }

    /// <summary>The document's root, <c>$</c>.</summary>
    public static JsonPath Root { get; } = new(null, null, -1);

    public JsonPath Property(string name) => new(this, name, -1);

    public JsonPath Item(int index) => new(this, null, index);

    public override string ToString()
    {
        if (_parent is null)
        {
            return "$";
        }

        var text = new StringBuilder(_parent.ToString());
        return (_name is null ? text.Append('[').Append(_index.ToString(CultureInfo.InvariantCulture)).Append(']') : text.Append('.').Append(_name)).ToString();
    }

    /// <summary>
    /// The 1-based line and column (in bytes, as System.Text.Json counts) where the value at this path starts,
    /// or where the nearest enclosing value starts if this one is absent; found by scanning <paramref name="json"/> again.
    /// </summary>
    public (int Line, int Column) Locate(ReadOnlySpan<byte> json)
    {
        var target = Segments();
        var reader = new Utf8JsonReader(json);
        var frames = new List<(bool IsArray, int Index, string? Name)>();
        long found = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    frames[^1] = (false, -1, reader.GetString());
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    continue;
            }

            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = (true, frames[^1].Index + 1, null);
            }

            var matched = Matched(frames, target);
            if (matched == frames.Count)
            {
                // The deepest value on the way to the target found so far.
                found = reader.TokenStartIndex;
                if (matched == target.Count)
                {
                    break;
                }
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
            }
        }

        var before = json[..(int)found];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, (int)found - lineStart + 1);
    }

    private static int Matched(List<(bool IsArray, int Index, string? Name)> frames, List<JsonPath> target)
    {
        var matched = 0;
        while (matched < frames.Count && matched < target.Count
            && (frames[matched].IsArray ? target[matched]._name is null && target[matched]._index == frames[matched].Index
                : string.Equals(target[matched]._name, frames[matched].Name, StringComparison.Ordinal)))
        {
            matched++;
        }

        return matched;
    }

    private List<JsonPath> Segments()
    {
        var segments = new List<JsonPath>();
        for (var path = this; path._parent is not null; path = path._parent)
        {
            segments.Add(path);
        }

        segments.Reverse();
        return segments;
    }
}
