using System.Text;

namespace PmoAssess.Import.Tables;

/// <summary>
/// The text encodings a table can be read in, by the names mappings and the command line use
/// (<c>auto</c>, <c>utf-8</c>, <c>utf-16</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>windows-1252</c> and its aliases).
/// </summary>
internal static class TextEncodings
{
    /// <summary>UTF-8, the canonical layout's encoding.</summary>
    public const string Utf8 = "utf-8";

    /// <summary>UTF-16, little-endian (what Windows calls "Unicode").</summary>
    public const string Utf16Le = "utf-16le";

    /// <summary>UTF-16, big-endian.</summary>
    public const string Utf16Be = "utf-16be";

    /// <summary>Windows Western European: what Excel on a UK or US Windows writes as "CSV".</summary>
    public const string Windows1252 = "windows-1252";

    /// <summary>Detect the encoding from the bytes.</summary>
    public const string Auto = "auto";

    /// <summary>Every name accepted, in the order messages list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Auto, Utf8, "utf-16", Utf16Le, Utf16Be, Windows1252, "cp1252", "latin1"];

    // Replacement rather than exceptions on invalid bytes: auto-detection has validated UTF-8 already, and a forced
    // encoding is the user's word; a U+FFFD in a cell is visible, a crash halfway through a file is not useful.
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16LeNoBom = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf16BeNoBom = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);

    static TextEncodings()
    {
        // Code page 1252 is not built into .NET Core; the provider ships with it. Registering twice is harmless.
        // Its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 controls U+0081 and so on, as on
        // Windows: never dropped, never an exception (see TextEncodingsTests).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// The encoding a name means: <c>null</c> for <c>auto</c> (or no name), otherwise the canonical name with a note
    /// when an alias was read as something other than what it literally says.
    /// </summary>
    /// <exception cref="InvalidInputException">The name is not one of <see cref="Names"/>.</exception>
    /// <param name="name">The name, as the user wrote it.</param>
    /// <param name="where">Where the name was given (a mapping file's line) or the file it is for, for the message.</param>
    public static EncodingChoice? Parse(string? name, SourceLocation? where = null)
    {
        var key = name?.Trim().ToLowerInvariant();
        return key switch
        {
            null or "" or Auto => null,
            Utf8 or "utf8" => new EncodingChoice(Utf8, null),
            "utf-16" or "utf16" or "unicode" => new EncodingChoice(Utf16Le, "utf-16 is read as utf-16le, as Windows writes it"),
            Utf16Le or "utf16le" => new EncodingChoice(Utf16Le, null),
            Utf16Be or "utf16be" => new EncodingChoice(Utf16Be, null),
            Windows1252 or "cp1252" or "cp-1252" => new EncodingChoice(Windows1252, null),
            // ISO-8859-1 puts invisible control codes where windows-1252 has the euro sign, curly quotes and dashes; a
            // file labelled "latin1" almost always means windows-1252, which agrees with it everywhere else.
            "latin1" or "latin-1" or "iso-8859-1" => new EncodingChoice(Windows1252, name!.Trim() + " is read as windows-1252, which agrees with it except that 0x80-0x9F are the euro sign, curly quotes and dashes"),
            _ => Unknown(name!, where),
        };
    }

    private static EncodingChoice Unknown(string name, SourceLocation? where)
    {
        var problem = "Unknown encoding '" + name + "': expected one of " + string.Join(", ", Names) + ".";
        throw where is null ? new InvalidInputException(problem) : InvalidInputException.At(problem, where);
    }

    /// <summary>The .NET encoding for a canonical name, without a byte order mark (a mark is skipped before decoding).</summary>
    public static Encoding Get(string canonicalName) => canonicalName switch
    {
        Utf8 => Utf8NoBom,
        Utf16Le => Utf16LeNoBom,
        Utf16Be => Utf16BeNoBom,
        Windows1252 => Encoding.GetEncoding(1252),
        _ => throw new ArgumentOutOfRangeException(nameof(canonicalName), canonicalName, "Not a canonical encoding name."),
    };
}

/// <summary>An encoding named by the user.</summary>
/// <param name="Name">The canonical name: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c> or <c>windows-1252</c>.</param>
/// <param name="Note">How an alias was understood, for the user to see; <c>null</c> when the name says it plainly.</param>
internal sealed record EncodingChoice(string Name, string? Note);
