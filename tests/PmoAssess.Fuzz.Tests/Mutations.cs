using FsCheck;
using FsCheck.Fluent;

namespace PmoAssess.Tests.Fuzz;

/// <summary>Generators of hostile text: token soups for a grammar, and small edits of real files (mutations).</summary>
internal static class Mutations
{
    /// <summary>Characters that break parsers: quotes, separators, line breaks, marks, NUL, escapes, bidi overrides, lone surrogates.</summary>
    public static readonly string[] Nasty =
    [
        "\"", "\"\"", "'", ",", ";", "\t", "|", "\r", "\n", "\r\n", "\uFEFF", "\0", "\u001B", "\u202E", "\uD800", "\uDC00",
        "\u00A0", "\u2028", "\\", "#", ":", "- ", "  ", "{", "}", "[", "]", "&a", "*a", "!", "%", "@", "`", "?", ">", "|-",
        "é", "£", "😀", "0", "-1", "1e309", "99999999999999999999", "null", "~", "true",
    ];

    /// <summary>A sequence of the tokens given (and nasty ones), joined.</summary>
    public static Gen<string> Soup(params string[] tokens) =>
        Gen.Frequency((4, Gen.Elements(tokens)), (2, Gen.Elements(Nasty)), (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts));

    /// <summary>The text with a few edits: lines deleted, duplicated or cut, characters replaced, tokens inserted.</summary>
    public static Gen<string> Of(string text) =>
        Gen.Choose(1, 4).SelectMany(count => Edit(text).ListOf(count).Select(edits => edits.Aggregate(text, (current, edit) => edit(current))));

    private static Gen<Func<string, string>> Edit(string _) =>
        Gen.OneOf(
            Gen.Choose(0, int.MaxValue).Select(at => (Func<string, string>)(text => DeleteLine(text, at))),
            Gen.Choose(0, int.MaxValue).Select(at => (Func<string, string>)(text => DuplicateLine(text, at))),
            Gen.Choose(0, int.MaxValue).Select(at => (Func<string, string>)(text => text[..(at % (text.Length + 1))])),
            Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(Nasty)).Select(edit => (Func<string, string>)(text => Insert(text, edit.Item1, edit.Item2))),
            Gen.Choose(0, int.MaxValue).Zip(Gen.Elements(Nasty)).Select(edit => (Func<string, string>)(text => Replace(text, edit.Item1, edit.Item2))),
            Gen.Choose(0, int.MaxValue).Select(at => (Func<string, string>)(text => Indent(text, at))));

    private static string[] Lines(string text) => text.Split('\n');

    private static string DeleteLine(string text, int at)
    {
        var lines = Lines(text).ToList();
        lines.RemoveAt(at % lines.Count);
        return string.Join('\n', lines);
    }

    private static string DuplicateLine(string text, int at)
    {
        var lines = Lines(text).ToList();
        var index = at % lines.Count;
        lines.Insert(index, lines[index]);
        return string.Join('\n', lines);
    }

    /// <summary>Moves a line two spaces in or out: YAML's structure is its indentation.</summary>
    private static string Indent(string text, int at)
    {
        var lines = Lines(text);
        var index = at % lines.Length;
        lines[index] = lines[index].StartsWith("  ", StringComparison.Ordinal) ? lines[index][2..] : "  " + lines[index];
        return string.Join('\n', lines);
    }

    private static string Insert(string text, int at, string token)
    {
        var index = at % (text.Length + 1);
        return text[..index] + token + text[index..];
    }

    private static string Replace(string text, int at, string token)
    {
        if (text.Length == 0)
        {
            return token;
        }

        var index = at % text.Length;
        return text[..index] + token + text[(index + 1)..];
    }
}
