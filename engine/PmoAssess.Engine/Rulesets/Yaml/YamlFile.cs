using System.Security.Cryptography;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Rulesets.Yaml;

/// <summary>One YAML file loaded into YamlDotNet's representation model, which keeps the line and column of every node.</summary>
internal sealed class YamlFile
{
    /// <summary>Files larger than this are refused before parsing: no real ruleset comes near it.</summary>
    public const long MaximumBytes = 8 * 1024 * 1024;

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

    /// <summary>Loads a file; a syntax error, an empty file or an alias is a problem, and gives <c>null</c>.</summary>
    public static YamlFile? Load(string path, string displayName, YamlProblems problems)
    {
        if (new FileInfo(path).Length > MaximumBytes)
        {
            problems.Add("The file is larger than " + (MaximumBytes / 1024 / 1024) + " MB.", displayName, null);
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            problems.Add("Not valid YAML: " + (exception.InnerException?.Message ?? exception.Message).TrimEnd('.') + ".", displayName, exception.Start);
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problems.Add("The file is empty.", displayName, null);
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (FirstAlias(root) is { } alias)
        {
            // An alias shares a node; walking shared nodes is how a few lines expand into billions.
            problems.Add("Anchors and aliases (&name, *name) are not supported: write the value out.", displayName, alias.Start);
            return null;
        }

        return new YamlFile(displayName, text, Convert.ToHexStringLower(SHA256.HashData(bytes)), root);
    }

    private static YamlNode? FirstAlias(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                return node;
            }

            var children = node switch
            {
                YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
                YamlSequenceNode sequence => sequence.Children,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }

        return null;
    }
}
