using PmoAssess.Outcomes;
using PmoAssess.Rulesets.Expressions;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Rulesets;

/// <summary>
/// Reads one ruleset file (rulesets/README.md) and compiles its rules, reporting every problem it finds
/// with its line and column rather than stopping at the first.
/// </summary>
internal static class RulesetCompiler
{
    private static readonly string[] TopKeys = ["ruleset", "version", "description", "rules"];

    private static readonly string[] RuleKeys =
        ["id", "title", "description", "rationale", "remediation", "severity", "category", "level", "tags", "appliesTo", "when", "require", "message", "population"];

    private static readonly string[] PopulationKeys = ["of", "where", "require", "atLeast"];

    public static Ruleset? Compile(YamlFile file, YamlProblems problems)
    {
        var before = problems.Count;
        var top = YamlMapping.Open(file.Root, "a ruleset", TopKeys, file, problems);
        if (top is null)
        {
            return null;
        }

        var id = top.Text("ruleset", required: true);
        var rules = new List<YamlRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in top.Items("rules", required: true))
        {
            var rule = Rule(node, file, problems);
            if (rule is not null && !ids.Add(rule.Descriptor.Id))
            {
                problems.Add("The rule id is used twice in this file: rule ids must be unique.", file.DisplayName, node.Start, rule.Descriptor.Id);
            }
            else if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return problems.Count == before && id is not null
            ? new Ruleset(id, top.Text("version"), top.Text("description"), file.DisplayName, rules)
            : null;
    }

    private static YamlRule? Rule(YamlNode node, YamlFile file, YamlProblems problems)
    {
        var before = problems.Count;
        var declaredId = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? (idNode as YamlScalarNode)?.Value : null;
        var rule = YamlMapping.Open(node, "a rule", RuleKeys, file, problems, declaredId);
        if (rule is null)
        {
            return null;
        }

        var id = rule.Text("id", required: true);
        var title = rule.Text("title", required: true);
        var severity = rule.Enumeration<Severity>("severity", "info, low, medium, high or critical", required: true);
        var subject = Parse(rule, "appliesTo", name => RuleSubjects.ByName.TryGetValue(name, out var found) ? found : ((Facts.EntityKind, Type)?)null,
            string.Join(", ", RuleSubjects.ByName.Keys));
        var category = rule.Text("category", required: true);
        var level = rule.Integer("level", 1, 5, "a maturity level");
        if (id is null || title is null || severity is null || subject is null || category is null)
        {
            return null;
        }

        var (kind, type) = subject.Value;
        var population = rule.Node("population");
        var when = Expression(rule, rule.Scalar("when"), type);
        var require = population is null ? Expression(rule, rule.Scalar("require", required: true), type) : null;
        if (population is not null && rule.Node("require") is { } requireNode)
        {
            rule.Problem("A population rule states its requirement under 'population', not beside it.", requireNode.Start);
        }

        var populationRequirement = population is null ? null : Population(population, kind, file, problems, id);
        var message = rule.Scalar("message") is { } template ? Template(rule, template, type) : MessageTemplate.Fixed(title);
        if (problems.Count > before)
        {
            return null;
        }

        return new YamlRule
        {
            Descriptor = new RuleDescriptor
            {
                Id = id,
                Title = title,
                Description = rule.Text("description"),
                Rationale = rule.Text("rationale"),
                Remediation = rule.Text("remediation"),
                Severity = severity.Value,
                Category = category,
                MaturityLevel = level,
                Tags = rule.List("tags"),
                AppliesTo = kind,
            },
            SubjectType = type,
            When = when,
            Require = require,
            Population = populationRequirement,
            Message = message!,
        };
    }

    private static PopulationRequirement? Population(YamlNode node, Facts.EntityKind kind, YamlFile file, YamlProblems problems, string ruleId)
    {
        var population = YamlMapping.Open(node, "a population", PopulationKeys, file, problems, ruleId);
        if (population is null)
        {
            return null;
        }

        if (kind != Facts.EntityKind.Portfolio)
        {
            population.Problem("A population rule judges a portfolio: it needs 'appliesTo: portfolio'.", population.Start);
        }

        if (population.Scalar("of", required: true) is { } of && !string.Equals(of.Value, "projects", StringComparison.Ordinal))
        {
            population.Problem("Unknown population '" + of.Value + "': expected 'projects'.", of.Start);
        }

        var where = Expression(population, population.Scalar("where"), typeof(Facts.Project));
        var require = Expression(population, population.Scalar("require", required: true), typeof(Facts.Project));
        var atLeast = population.Share("atLeast", required: true);
        return require is null || atLeast is null ? null : new PopulationRequirement(where, require, atLeast.Value);
    }

    private static T? Parse<T>(YamlMapping rule, string key, Func<string, T?> parse, string expected)
        where T : struct
    {
        if (rule.Scalar(key, required: true) is not { } scalar)
        {
            return null;
        }

        var value = parse(scalar.Value!.Trim());
        if (value is null)
        {
            rule.Problem("Unknown " + key + " '" + scalar.Value + "': expected " + expected + ".", scalar.Start);
        }

        return value;
    }

    private static RuleExpression? Expression(YamlMapping mapping, YamlScalarNode? scalar, Type subjectType) =>
        scalar is null ? null : Located(mapping, scalar, () => RuleExpressionParser.Parse(scalar.Value!, subjectType, typeof(bool)));

    private static MessageTemplate? Template(YamlMapping rule, YamlScalarNode scalar, Type subjectType) =>
        Located(rule, scalar, () => MessageTemplate.Parse(scalar.Value!, subjectType));

    private static T? Located<T>(YamlMapping mapping, YamlScalarNode scalar, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (ExpressionException exception)
        {
            mapping.Problem(exception.Message, ScalarPositions.Locate(mapping.File, scalar, exception.Offset));
            return null;
        }
    }
}
