using System.Globalization;
using PmoAssess.Rulesets;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Import.Mapping;

/// <summary>
/// Reads a mapping file (<c>*.mapping.yaml</c>, see "Mapping a client's layout" in Import/README.md), checking all
/// of it before any data is read: every problem is reported together with its line and column (exit code 3).
/// </summary>
internal static class MappingLoader
{
    /// <summary>The file name suffix of a mapping file.</summary>
    public const string FileSuffix = ".mapping.yaml";

    private static readonly string[] TopKeys = ["sources"];

    private static readonly string[] SourceKeys =
    [
        "file", "entity", "sheet", "encoding", "delimiter", "headerRow", "duplicateHeaders", "culture", "dateFormats",
        "id", "project", "fields", "custom", "keepOtherColumns",
    ];

    private static readonly string[] Encodings = ["auto", "utf-8", "utf-16", "utf-16le", "utf-16be", "windows-1252"];

    private static readonly string[] TextExtensions = [".csv", ".tsv", ".txt"];

    /// <summary>Reads a mapping file; messages name it by its file name.</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The file is not a valid mapping; every problem is listed.</exception>
    public static MappingFile Load(string path, InputLimits? limits = null) => Load(path, Path.GetFileName(path), limits);

    /// <summary>Reads a mapping file; messages name it <paramref name="displayName"/> (e.g. its path relative to the assessed folder).</summary>
    /// <param name="path">The mapping file.</param>
    /// <param name="displayName">The file as messages name it.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The file is not a valid mapping; every problem is listed.</exception>
    public static MappingFile Load(string path, string displayName, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentException.ThrowIfNullOrEmpty(displayName);
        if (!File.Exists(path))
        {
            throw new InvalidInputException("The mapping file does not exist. File=" + displayName);
        }

        var problems = new YamlProblems();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var sources = YamlFile.Load(path, displayName, problems, limits ?? InputLimits.Default) is { } file ? Read(file, folder, problems) : null;
        problems.ThrowIfAny("mapping file");
        return sources!;
    }

    private static MappingFile? Read(YamlFile file, string folder, YamlProblems problems)
    {
        if (file.Root is not YamlMappingNode)
        {
            problems.Add("Expected a mapping file: 'sources:' and a list of the client's files, each with its entity and columns.", file.DisplayName, file.Root.Start);
            return null;
        }

        var top = YamlMapping.Open(file.Root, "a mapping file", TopKeys, file, problems)!;
        var sources = top.Items("sources", required: true)
            .Select(node => Source(node, file, folder, problems))
            .ToList();
        return sources.Count == 0 || sources.Contains(null) ? null : new MappingFile(file.DisplayName, folder, file.Sha256, sources!);
    }

    private static SourceMapping? Source(YamlNode node, YamlFile file, string folder, YamlProblems problems)
    {
        var source = YamlMapping.Open(node, "a source", SourceKeys, file, problems);
        if (source is null)
        {
            return null;
        }

        var before = problems.Count;
        var path = DataFile(source, folder);
        var layout = Entity(source);
        var sheet = source.Text("sheet");
        if (sheet is not null && path is not null && TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            source.Problem("'sheet' chooses a worksheet of a workbook (.xlsx); '" + path + "' is a text file.", source.Scalar("sheet")!.Start);
        }

        var encoding = Encoding(source);
        var delimiter = Delimiter(source);
        var headerRow = source.Integer("headerRow", 1, 1_000_000, "a row number (the first row is 1)");
        var duplicates = source.Enumeration<DuplicateHeaders>("duplicateHeaders", "error, first, last or number");
        var culture = Culture(source);
        var dateFormats = MappingColumns.DateFormats(source, "dateFormats");
        var id = source.Node("id") is { } idNode ? MappingColumns.Column(idNode, "the id", file, problems) : null;
        if (source.Node("id") is null)
        {
            source.Problem("Missing key 'id': the column holding each row's id (a header, [alternative, headers] or { position: N }).", source.Start);
        }

        var project = layout is null ? null : Project(source, layout, file, problems);
        var fields = layout is null ? null : MappingFields.Canonical(source, layout, file, problems);
        var custom = layout is null ? null : MappingFields.Custom(source, layout, file, problems);
        if (layout is not null)
        {
            MappingFields.CheckCustomNames(source, layout, fields!, custom!);
        }

        var keepOthers = KeepOtherColumns(source, layout);
        if (problems.Count > before || path is null || layout is null || id is null || fields is null || custom is null)
        {
            return null;
        }

        return new SourceMapping
        {
            File = path,
            Sheet = sheet,
            Entity = layout.Kind,
            Encoding = encoding,
            Delimiter = delimiter,
            HeaderRow = headerRow ?? 1,
            DuplicateHeaders = duplicates ?? DuplicateHeaders.Error,
            Culture = culture,
            DateFormats = dateFormats ?? ["yyyy-MM-dd"],
            Id = id,
            Project = project,
            Fields = fields,
            Custom = custom,
            KeepOtherColumns = keepOthers,
            Where = MappingColumns.Where(file, node),
        };
    }

    private static string? DataFile(YamlMapping source, string folder)
    {
        if (source.Scalar("file", required: true) is not { } scalar)
        {
            return null;
        }

        var path = scalar.Value!.Trim();
        if (!File.Exists(Path.Combine(folder, path)))
        {
            source.Problem("The data file '" + path + "' does not exist (paths are relative to the mapping file's folder).", scalar.Start);
        }

        return path;
    }

    private static EntityLayout? Entity(YamlMapping source)
    {
        if (source.Scalar("entity", required: true) is not { } scalar)
        {
            return null;
        }

        var name = scalar.Value!.Trim();
        var names = CanonicalLayout.All.Select(layout => layout.Name).ToList();
        if (CanonicalLayout.Find(name.ToLowerInvariant()) is { } found)
        {
            return found;
        }

        source.Problem("Unknown entity '" + name + "'" + Suggestions.DidYouMean(name, names) + " Entities: " + string.Join(", ", names) + ".", scalar.Start);
        return null;
    }

    private static string? Encoding(YamlMapping source)
    {
        if (source.Scalar("encoding") is not { } scalar)
        {
            return null;
        }

        var name = scalar.Value!.Trim().ToLowerInvariant();
        if (!Encodings.Contains(name, StringComparer.Ordinal))
        {
            source.Problem("Unknown encoding '" + scalar.Value + "': expected " + string.Join(", ", Encodings) + ".", scalar.Start);
            return null;
        }

        return name == "auto" ? null : name;
    }

    private static char? Delimiter(YamlMapping source)
    {
        if (source.Node("delimiter") is YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } block)
        {
            // A bare | starts a block of text in YAML: the value would silently be empty.
            source.Problem("Write the pipe delimiter in quotes, \"|\": a bare | starts a block of text in YAML.", block.Start);
            return null;
        }

        // Read the node itself: a tab written "\t" is whitespace, which Scalar() takes for an empty value.
        if (source.Node("delimiter") is not YamlScalarNode { Value: { Length: > 0 } text } scalar)
        {
            _ = source.Scalar("delimiter"); // reports a list or mapping
            return null;
        }

        switch (text == "\t" ? "tab" : text.Trim().ToLowerInvariant())
        {
            case "auto":
                return null;
            case "tab":
                return '\t';
            case "," or ";" or "|":
                return text.Trim()[0];
            default:
                source.Problem("Unknown delimiter '" + text + "': expected auto, \",\", \";\", tab or \"|\" (quote the punctuation).", scalar.Start);
                return null;
        }
    }

    private static CultureInfo Culture(YamlMapping source)
    {
        if (source.Scalar("culture") is not { } scalar || scalar.Value!.Trim().Equals("invariant", StringComparison.OrdinalIgnoreCase))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(scalar.Value.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            source.Problem("Unknown culture '" + scalar.Value + "': expected a culture name such as en-GB, fr-FR or de-DE, or invariant.", scalar.Start);
            return CultureInfo.InvariantCulture;
        }
    }

    private static ProjectLink? Project(YamlMapping source, EntityLayout layout, YamlFile file, YamlProblems problems)
    {
        var node = source.Node("project");
        if (!layout.IsProjectChild)
        {
            if (node is not null)
            {
                source.Problem("'project' links a project's registers (" + string.Join(", ", CanonicalLayout.ProjectChildren.Select(child => child.Name)) +
                    ") to their project; a " + layout.Name + " source has none.", node.Start);
            }

            return null;
        }

        if (node is null)
        {
            source.Problem("Missing key 'project': " + layout.Name + " belong to a project; give the column naming it (by id, or { column: X, by: name }).", source.Start);
            return null;
        }

        return MappingColumns.ProjectLink(node, file, problems);
    }

    private static bool KeepOtherColumns(YamlMapping source, EntityLayout? layout)
    {
        if (source.Scalar("keepOtherColumns") is not { } scalar)
        {
            return false;
        }

        if (!bool.TryParse(scalar.Value!.Trim(), out var keep))
        {
            source.Problem("Expected 'keepOtherColumns' to be true or false, not '" + scalar.Value + "'.", scalar.Start);
        }
        else if (keep && layout is { KeepsCustomFields: false })
        {
            source.Problem("Only projects keep custom fields: a " + layout.Name + " source cannot keep its other columns.", scalar.Start);
        }

        return keep;
    }
}
