using PmoAssess.Import;
using PmoAssess.Rulesets.Yaml;

namespace PmoAssess.Rulesets;

/// <summary>
/// Finds, reads and compiles rulesets: files named <c>*.rules.yaml</c> in the folders given (recursively), or
/// the files given. Everything is checked before anything is returned, and every problem in every file is
/// reported together, with its line and column.
/// </summary>
public static class RulesetLoader
{
    /// <summary>The file name suffix of a ruleset.</summary>
    public const string FileSuffix = ".rules.yaml";

    /// <summary>Loads the rulesets at <paramref name="paths"/> (files or folders), in path then file-name order; identical files once.</summary>
    /// <param name="paths">Ruleset files, or folders of them.</param>
    /// <param name="limits">How large and how deeply nested each file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">A path does not exist, a file is not a valid ruleset, or a rule id is used twice.</exception>
    public static IReadOnlyList<Ruleset> Load(IEnumerable<string> paths, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        limits ??= InputLimits.Default;
        var files = paths.SelectMany(FilesAt).ToList();

        // Files are read, then compiled, on every core: compiling the built-in rulesets' expressions held one core for most
        // of a small run's start (the contoso sample: 0.95 s against 1.00 s, medians of eight in turn, with the plugins
        // loaded beside them). Each file's problems are kept apart and reported in file order, as reading in turn would.
        var loaded = new (YamlFile? Yaml, YamlProblems Problems)[files.Count];
        SideBySide.For(files.Count, index => loaded[index] = Read(files[index], limits));

        // The same file reached twice (a checkout's rulesets/ beside the built-in copy of it) is compiled once.
        var contents = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new (Ruleset? Ruleset, YamlProblems Problems)?[files.Count];
        var toCompile = Enumerable.Range(0, files.Count).Where(index => loaded[index].Yaml is { } yaml && contents.Add(yaml.Sha256)).ToList();
        SideBySide.For(toCompile.Count, at => compiled[toCompile[at]] = Compile(loaded[toCompile[at]].Yaml!));

        var problems = new YamlProblems();
        var rulesets = new List<Ruleset>();
        for (var index = 0; index < files.Count; index++)
        {
            problems.AddAll(loaded[index].Problems);
            if (compiled[index] is (var ruleset, var compileProblems))
            {
                problems.AddAll(compileProblems);
                if (ruleset is not null)
                {
                    rulesets.Add(ruleset);
                }
            }
        }

        CheckUnique(rulesets, problems);
        problems.ThrowIfAny("rulesets");
        return rulesets;
    }

    /// <summary>Loads one file found at a path, or tells that the path does not exist, with the problems of that alone.</summary>
    private static (YamlFile? Yaml, YamlProblems Problems) Read(RulesetFile file, InputLimits limits)
    {
        var problems = new YamlProblems();
        if (file.FullPath is null)
        {
            problems.Add("The ruleset path does not exist: expected a " + FileSuffix + " file or a folder of them.", file.DisplayName, null);
            return (null, problems);
        }

        return (YamlFile.Load(file.FullPath, file.DisplayName, problems, limits), problems);
    }

    /// <summary>Compiles one loaded file, with the problems of that alone.</summary>
    private static (Ruleset? Ruleset, YamlProblems Problems) Compile(YamlFile yaml)
    {
        var problems = new YamlProblems();
        return (RulesetCompiler.Compile(yaml, problems), problems);
    }

    /// <summary>
    /// The ruleset files at a path, each with the name messages give it (relative to the path's parent folder); a path
    /// that does not exist is one file without a <see cref="RulesetFile.FullPath"/>, named as it was given.
    /// </summary>
    private static IEnumerable<RulesetFile> FilesAt(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full;
        string Display(string file) => Path.GetRelativePath(parent, file).Replace('\\', '/');

        if (Directory.Exists(full))
        {
            return Directory.EnumerateFiles(full, "*" + FileSuffix, SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => new RulesetFile(file, Display(file)));
        }

        return [File.Exists(full) ? new RulesetFile(full, Display(full)) : new RulesetFile(null, path)];
    }

    private static void CheckUnique(List<Ruleset> rulesets, YamlProblems problems)
    {
        foreach (var clash in rulesets.GroupBy(ruleset => ruleset.Id, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add("Two rulesets share the id '" + clash.Key + "': also in " + clash.First().File + ".", clash.Last().File, null);
        }

        var owners = new Dictionary<string, Ruleset>(StringComparer.Ordinal);
        foreach (var ruleset in rulesets)
        {
            foreach (var rule in ruleset.Rules)
            {
                if (!owners.TryAdd(rule.Id, ruleset))
                {
                    problems.Add("The rule id is also used in " + owners[rule.Id].File + ": rule ids must be unique across rulesets.", ruleset.File, null, rule.Id);
                }
            }
        }
    }

    /// <summary>A ruleset file to read and the name messages give it; no path for a path given that does not exist.</summary>
    private readonly record struct RulesetFile(string? FullPath, string DisplayName);
}
