using System.Security.Cryptography;
using PmoAssess.Import;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Rulesets.Yaml;

/// <summary>One YAML file loaded into YamlDotNet's representation model, which keeps the line and column of every node.</summary>
internal sealed class YamlFile
{
    private YamlFile(string displayName, string text, string sha256, YamlNode root)
    {
        Sha256 = sha256;
        DisplayName = displayName;
        Lines = text.Split('\n');
        Root = root;
    }

    /// <summary>The file as messages name it.</summary>
    public string DisplayName { get; }

    /// <summary>The file's lines, for placing errors inside multi-line scalars.</summary>
    public IReadOnlyList<string> Lines { get; }

    public YamlNode Root { get; }

    /// <summary>The SHA-256 of the file's bytes, from the one read that parsed it.</summary>
    public string Sha256 { get; }

    /// <summary>
    /// Loads a file; a syntax error, an empty file, an alias, or a file larger or nested deeper than <paramref name="limits"/>
    /// allow is a problem, and gives <c>null</c>.
    /// </summary>
    public static YamlFile? Load(string path, string displayName, YamlProblems problems, InputLimits limits)
    {
        // Refused before reading: parsing builds a tree several times the file's size.
        if (limits.DocumentSizeProblem(path) is { } tooLarge)
        {
            problems.Add(tooLarge, displayName, null);
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        // The events first, with no tree built: the tree is built by recursion, which a deeply nested document would
        // take past the end of the stack; an alias is refused before it can be expanded.
        if (FirstStructuralProblem(text, limits) is { } problem)
        {
            problems.Add(problem.Message, displayName, problem.At);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            problems.Add(NotValid(exception), displayName, At(exception, text));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add("The file is empty.", displayName, null);
            return null;
        }

        var root = stream.Documents[0].RootNode;
        return new YamlFile(displayName, text, Convert.ToHexStringLower(SHA256.HashData(bytes)), root);
    }

    /// <summary>
    /// Walks the parser's events (no recursion, no tree): a syntax error, an alias, or nesting deeper than
    /// <see cref="InputLimits.MaxNesting"/>; <c>null</c> when there is none.
    /// </summary>
    private static (string Message, Mark? At)? FirstStructuralProblem(string text, InputLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        var (depth, last) = (0, (Mark?)null);
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.Start;
                switch (current)
                {
                    case AnchorAlias alias:
                        // An alias shares a node; walking shared nodes is how a few lines expand into billions.
                        return ("Anchors and aliases (&name, *name) are not supported: write the value out.", alias.Start);
                    case MappingStart or SequenceStart when ++depth > limits.MaxNesting:
                        return (limits.NestingProblem(), current.Start);
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception exception) when (IsParserFailure(exception))
        {
            return (NotValid(exception), At(exception, text) ?? last);
        }

        return null;
    }

    /// <summary>
    /// YamlDotNet reports most syntax errors as <see cref="YamlException"/>, but a few inputs make its scanner or parser
    /// throw <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/> instead (found by fuzzing).
    /// </summary>
    private static bool IsParserFailure(Exception exception) =>
        exception is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException;

    // YamlDotNet's own words for a syntax error; for the few it meets by throwing something else (an unclosed bracket
    // made it say "Operation is not valid due to the current state of the object"), what a reader can act on.
    private static string NotValid(Exception exception) => "Not valid YAML: " + (exception switch
    {
        YamlException { InnerException: { } inner } => inner.Message,
        YamlException yaml => yaml.Message,
        _ => "it stops making sense here: is a bracket, brace or quote left open",
    }).TrimEnd('.', '?') + (exception is YamlException ? "." : "?");

    // Where the problem was found: the end of what YamlDotNet was scanning. A tab in the indentation it reports where the
    // mapping began (line 1): the first line indented with a tab is where to look.
    private static Mark? At(Exception exception, string text)
    {
        if (exception is not YamlException yaml)
        {
            return null;
        }

        if (!yaml.Message.Contains("tab", StringComparison.Ordinal))
        {
            return yaml.End;
        }

        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, candidate => candidate.TrimStart(' ').StartsWith('\t'));
        return line < 0 ? yaml.End : new Mark(0, line + 1, lines[line].IndexOf('\t', StringComparison.Ordinal) + 1);
    }
}
