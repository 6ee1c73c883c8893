using System.Globalization;
using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Rulesets.Yaml;
using PmoAssess.Scoring;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Policy;

/// <summary>
/// Reads a policy file (engine/PmoAssess.Engine/Policy/README.md), checking all of it before anything
/// runs: every problem is reported together with its line and column, and the run stops with exit code 3.
/// </summary>
public static class PolicyLoader
{
    private static readonly string[] TopKeys =
        ["engagement", "methodology", "pmoType", "rulesets", "plugins", "rules", "severity", "gate", "targets", "waivers", "baseline", "mapping", "outputs"];

    private static readonly string[] RulesKeys = ["enable", "disable"];
    private static readonly string[] GateKeys = ["failOn", "maxFindings", "minCoverage", "minLevel"];
    private static readonly string[] WaiversKeys = ["allowOpenEnded", "maxDays", "items"];
    private static readonly string[] WaiverKeys = ["rule", "subject", "justification", "approver", "approved", "expires"];
    private static readonly string[] OutputKeys = ["dir", "formats"];

    /// <summary>The policy for an assessment: the file named, else <see cref="PolicyFile.FileName"/> beside the input, else none.</summary>
    /// <param name="policyPath">The policy file given, or <c>null</c>.</param>
    /// <param name="input">The assessed folder or file.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    public static PolicyFile? Find(string? policyPath, string input, InputLimits? limits = null)
    {
        if (policyPath is not null)
        {
            return Load(policyPath, limits);
        }

        var folder = Directory.Exists(input) ? input : Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".";
        var beside = Path.Combine(folder, PolicyFile.FileName);
        return File.Exists(beside) ? Load(beside, limits) : null;
    }

    /// <summary>Reads a policy file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The file is not a valid policy; every problem is listed.</exception>
    public static PolicyFile Load(string path, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException("The policy file does not exist. File=" + path);
        }

        var problems = new YamlProblems();
        var policy = YamlFile.Load(path, Path.GetFileName(path), problems, limits ?? InputLimits.Default) is { } file
            ? Read(file, Path.GetDirectoryName(Path.GetFullPath(path))!, problems)
            : null;
        problems.ThrowIfAny("policy");
        return policy!;
    }

    private static PolicyFile? Read(YamlFile file, string folder, YamlProblems problems)
    {
        var top = YamlMapping.Open(file.Root, "a policy", TopKeys, file, problems);
        if (top is null)
        {
            return null;
        }

        var rules = top.Node("rules") is { } rulesNode ? YamlMapping.Open(rulesNode, "a rule selection", RulesKeys, file, problems) : null;
        var gate = top.Node("gate") is { } gateNode ? YamlMapping.Open(gateNode, "a gate", GateKeys, file, problems) : null;
        var outputs = top.Node("outputs") is { } outputsNode ? YamlMapping.Open(outputsNode, "the outputs", OutputKeys, file, problems) : null;
        var waivers = top.Node("waivers") is { } waiversNode ? YamlMapping.Open(waiversNode, "the waivers", WaiversKeys, file, problems) : null;
        return new PolicyFile
        {
            File = file.DisplayName,
            Engagement = top.Text("engagement"),
            Methodology = top.Text("methodology"),
            PmoType = top.Enumeration<PmoType>("pmoType", "supportive, controlling or directive"),
            Rulesets = [.. top.List("rulesets").Select(path => Path.GetFullPath(Path.Combine(folder, path)))],
            Plugins = [.. top.List("plugins").Select(path => Path.GetFullPath(Path.Combine(folder, path)))],
            Enable = [.. (rules?.List("enable") ?? []).Select(RulePattern.Parse)],
            Disable = [.. (rules?.List("disable") ?? []).Select(RulePattern.Parse)],
            Severities = Severities(top, file, problems),
            Gate = gate is null ? new GateSettings() : new GateSettings
            {
                FailOn = gate.Enumeration<Severity>("failOn", "info, low, medium, high or critical"),
                MaxFindings = gate.Integer("maxFindings", 0, int.MaxValue, "a number of findings"),
                MinCoverage = gate.Share("minCoverage"),
                MinLevel = Levels(gate.Node("minLevel"), "minimum levels", file, problems),
            },
            Targets = Targets(top.Node("targets"), file, problems),
            Waivers = waivers is null ? [] : Waivers(waivers, file, problems),
            Mapping = top.Text("mapping") is { } mapping ? Path.GetFullPath(Path.Combine(folder, mapping)) : null,
            Baseline = top.Text("baseline") is { } baseline ? Path.GetFullPath(Path.Combine(folder, baseline)) : null,
            OutputDirectory = outputs?.Text("dir") is { } dir ? Path.GetFullPath(Path.Combine(folder, dir)) : null,
            Formats = outputs?.List("formats") ?? [],
        };
    }

    private static List<(RulePattern, Severity)> Severities(YamlMapping top, YamlFile file, YamlProblems problems)
    {
        var overrides = new List<(RulePattern, Severity)>();
        if (top.Node("severity") is not { } node)
        {
            return overrides;
        }

        if (node is not YamlMappingNode mapping)
        {
            top.Problem("Expected 'severity' to map rules to severities, such as GOV-101: critical.", node.Start);
            return overrides;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } pattern })
            {
                problems.Add("Expected a rule pattern (an id, a glob, tag:TAG or category:CATEGORY) before the severity.", file.DisplayName, key.Start);
                continue;
            }

            var severity = value is YamlScalarNode { Value: { } text } ? EnumText.TryParse<Severity>(text) : null;
            if (severity is null)
            {
                problems.Add("Unknown severity '" + (value as YamlScalarNode)?.Value + "' for '" + pattern +
                    "': expected info, low, medium, high or critical.", file.DisplayName, value.Start);
                continue;
            }

            overrides.Add((RulePattern.Parse(pattern), severity.Value));
        }

        return overrides;
    }

    private static MaturityTargets Targets(YamlNode? node, YamlFile file, YamlProblems problems)
    {
        var levels = Levels(node, "targets", file, problems);
        return new MaturityTargets
        {
            Default = levels.TryGetValue("*", out var all) ? all : null,
            ByCategory = levels.Where(pair => pair.Key != "*").ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal),
        };
    }

    private static Dictionary<string, int> Levels(YamlNode? node, string what, YamlFile file, YamlProblems problems)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        if (node is null)
        {
            return levels;
        }

        if (node is not YamlMappingNode mapping)
        {
            problems.Add("Expected " + what + " to map categories to levels, such as governance: 2.", file.DisplayName, node.Start);
            return levels;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (value is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 0 and <= 5)
            {
                levels[((YamlScalarNode)key).Value!] = level;
            }
            else
            {
                problems.Add("Expected a maturity level from 0 to 5 for '" + (key as YamlScalarNode)?.Value + "' in " + what + ".", file.DisplayName, value.Start);
            }
        }

        return levels;
    }

    private static List<Waiver> Waivers(YamlMapping waivers, YamlFile file, YamlProblems problems)
    {
        var allowOpenEnded = false;
        if (waivers.Scalar("allowOpenEnded") is { } open && !bool.TryParse(open.Value, out allowOpenEnded))
        {
            waivers.Problem("Expected 'allowOpenEnded' to be true or false, not '" + open.Value + "'.", open.Start);
        }

        var maxDays = waivers.Integer("maxDays", 1, 3650, "a number of days");
        var list = new List<Waiver>();
        foreach (var node in waivers.Items("items"))
        {
            var item = YamlMapping.Open(node, "a waiver", WaiverKeys, file, problems);
            if (item is null)
            {
                continue;
            }

            var before = problems.Count;
            var rule = item.Text("rule", required: true);
            var subject = item.Text("subject", required: true);
            var justification = item.Text("justification");
            if (justification is null)
            {
                item.Problem("A waiver needs a 'justification': say why the exception was granted.", item.Start);
            }

            var approved = Date(item, "approved");
            var expires = Date(item, "expires");
            if (expires is null && !allowOpenEnded && item.Scalar("expires") is null)
            {
                item.Problem("A waiver needs an 'expires' date (yyyy-MM-dd); this policy does not allow open-ended waivers (waivers.allowOpenEnded).", item.Start);
            }

            if (approved is { } from && expires is { } until)
            {
                if (until < from)
                {
                    item.Problem("The waiver expires before it was approved.", item.Start);
                }
                else if (maxDays is { } cap && until.DayNumber - from.DayNumber > cap)
                {
                    item.Problem("The waiver runs for " + (until.DayNumber - from.DayNumber).ToString(CultureInfo.InvariantCulture) +
                        " days; this policy allows at most " + cap.ToString(CultureInfo.InvariantCulture) + " (waivers.maxDays).", item.Start);
                }
            }
            else if (maxDays is not null && expires is not null && approved is null)
            {
                item.Problem("A waiver needs its 'approved' date when the policy caps waivers' length (waivers.maxDays).", item.Start);
            }

            if (problems.Count == before)
            {
                list.Add(new Waiver
                {
                    Rule = rule!,
                    Subject = subject!,
                    Justification = justification!,
                    Approver = item.Text("approver"),
                    Approved = approved,
                    Expires = expires,
                    Location = file.DisplayName + ":" + node.Start.Line.ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        return list;
    }

    private static DateOnly? Date(YamlMapping mapping, string key)
    {
        if (mapping.Scalar(key) is not { } scalar)
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        mapping.Problem("Expected '" + key + "' to be a date written yyyy-MM-dd, not '" + scalar.Value + "'.", scalar.Start);
        return null;
    }
}
