using System.Globalization;
using System.Text.Json;
using PmoAssess.Facts;

namespace PmoAssess.Reporting.Json;

/// <summary>How <c>findings.json</c> spells values that System.Text.Json would otherwise spell differently or omit.</summary>
internal static class JsonWriterExtensions
{
    // Utf8JsonWriter keeps what it writes in memory until flushed: a report of millions of outcomes is hundreds of MB.
    private const int FlushAt = 1 << 16;

    /// <summary>Hands what is pending to the stream once it reaches 64 KiB, so a long list streams instead of piling up.</summary>
    public static void FlushIfFull(this Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushAt)
        {
            json.Flush();
        }
    }

    public static void WriteEnum<TEnum>(this Utf8JsonWriter json, string name, TEnum value)
        where TEnum : struct, Enum => json.WriteString(name, JsonEnumText<TEnum>.Name(value));

    public static void WriteEnum<TEnum>(this Utf8JsonWriter json, string name, TEnum? value)
        where TEnum : struct, Enum => json.WriteString(name, value is { } known ? JsonEnumText<TEnum>.Name(known) : null);

    public static void WriteDate(this Utf8JsonWriter json, string name, DateOnly? date) =>
        json.WriteString(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void WriteNumber(this Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    public static void WriteNumber(this Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A share from 0 to 1, rounded to four places so that 2/3 reads 0.6667, not 28 digits.</summary>
    public static void WriteShare(this Utf8JsonWriter json, string name, decimal? share) =>
        json.WriteNumber(name, share is { } value ? Math.Round(value, 4, MidpointRounding.AwayFromZero) : null);

    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The three properties that identify a finding across runs.</summary>
    public static void WriteSubject(this Utf8JsonWriter json, string ruleId, EntityKind subjectKind, string subjectId)
    {
        json.WriteString("ruleId", ruleId);
        json.WriteEnum("subjectKind", subjectKind);
        json.WriteString("subjectId", subjectId);
    }
}
