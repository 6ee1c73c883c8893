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
        var problems = new YamlProblems();
        var rulesets = new List<Ruleset>();
        var contents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, displayName) in paths.SelectMany(path => FilesAt(path, problems)))
        {
            // The same file reached twice (a checkout's rulesets/ beside the built-in copy of it) is compiled once.
            if (YamlFile.Load(file, displayName, problems, limits) is { } yaml && contents.Add(yaml.Sha256) && RulesetCompiler.Compile(yaml, problems) is { } ruleset)
            {
                rulesets.Add(ruleset);
            }
        }

        CheckUnique(rulesets, problems);
        problems.ThrowIfAny("rulesets");
        return rulesets;
    }

    /// <summary>The ruleset files at a path, each with the name messages give it (relative to the path's parent folder).</summary>
    private static IEnumerable<(string File, string DisplayName)> FilesAt(string path, YamlProblems problems)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full;
        string Display(string file) => Path.GetRelativePath(parent, file).Replace('\\', '/');

        if (Directory.Exists(full))
        {
            return Directory.EnumerateFiles(full, "*" + FileSuffix, SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(file => (file, Display(file)));
        }

        if (File.Exists(full))
        {
            return [(full, Display(full))];
        }

        problems.Add("The ruleset path does not exist: expected a " + FileSuffix + " file or a folder of them.", path, null);
        return [];
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
}
