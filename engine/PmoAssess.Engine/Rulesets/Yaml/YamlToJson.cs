using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Rulesets.Yaml;

/// <summary>
/// Writes a YAML node as JSON, with YAML's core schema for plain scalars (null, true/false, numbers), so
/// that example data written in YAML goes through the canonical JSON reader unchanged.
/// </summary>
internal static class YamlToJson
{
    /// <summary>Converts <paramref name="node"/>; messages name the file <paramref name="displayName"/>.</summary>
    /// <exception cref="InvalidInputException">A mapping key is not plain text (JSON keys are strings).</exception>
    public static byte[] Convert(YamlNode node, string displayName)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(node, writer, displayName);
        }

        return buffer.ToArray();
    }

    private static void Write(YamlNode node, Utf8JsonWriter writer, string displayName)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode name)
                    {
                        // Found by fuzzing: '? [a, b]: c' is valid YAML, but not a name a JSON property can have.
                        throw InvalidInputException.At(
                            "A key must be plain text, not a list or a mapping.",
                            new SourceLocation(displayName, (int)key.Start.Line, (int)key.Start.Column));
                    }

                    writer.WritePropertyName(name.Value ?? string.Empty);
                    Write(value, writer, displayName);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(item, writer, displayName);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(scalar, writer);
                break;
        }
    }

    private static void WriteScalar(YamlScalarNode scalar, Utf8JsonWriter writer)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            writer.WriteStringValue(text);
        }
        else if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            writer.WriteNullValue();
        }
        else if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }
        else if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }
}
