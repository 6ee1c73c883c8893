using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Rulesets;

namespace PmoAssess.Rules;

/// <summary>
/// Collects rules from their sources (C# rule classes from plugins, compiled YAML rulesets) as NRules rule
/// definitions, and compiles them once into a <see cref="RuleCatalog"/>. Each source's rules are checked
/// and added all or nothing, so a caller can drop a bad source and go on with the rest. Not thread-safe;
/// the catalog it builds is.
/// </summary>
public sealed class RuleCatalogBuilder
{
    private readonly List<(IRuleDefinition Definition, RegisteredRule Registration)> _rules = [];
    private readonly HashSet<Type> _ruleTypes = [];

    /// <summary>Adds one NRules fluent rule class supplied by <paramref name="source"/> (a plugin id or file).</summary>
    /// <exception cref="InvalidRuleException">The class is not a described rule, cannot be created, or its id is taken.</exception>
    public RuleCatalogBuilder Add(Type ruleType, string source) => Add([ruleType], source);

    /// <summary>Adds the rule classes of one source: all of them, or none if any is invalid.</summary>
    /// <exception cref="InvalidRuleException">A class is not a described rule, cannot be created, or its id is taken.</exception>
    public RuleCatalogBuilder Add(IEnumerable<Type> ruleTypes, string source)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        ArgumentException.ThrowIfNullOrEmpty(source);
        var types = ruleTypes.Distinct().Where(type => !_ruleTypes.Contains(type)).ToList();
        var instances = types.Select(type => Instantiate(type, source)).ToList();
        var descriptors = instances.Select(rule => Describe(rule, source)).ToList();
        IReadOnlyList<IRuleDefinition> definitions;
        try
        {
            // Straight to NRules' canonical rule model: its type scanner would silently skip rule classes
            // it does not consider public (nested ones, for instance), and the rule would never fire.
            definitions = [.. new RuleDefinitionFactory().Create(instances)];
        }
        catch (Exception exception)
        {
            throw new InvalidRuleException("NRules could not read the rules: " + exception.Message + " Source=" + source, exception);
        }

        var registrations = instances.Select((rule, index) => new RegisteredRule
        {
            Descriptor = descriptors[index],
            Source = source,
            Redecide = rule is IDecidesAgain decider ? (subject, asOf) => DecideAgain(decider, subject, asOf, descriptors[index].Id, source) : null,
        });
        AddDefinitions(registrations.Zip(definitions, (registration, definition) => (definition, registration)), source);
        _ruleTypes.UnionWith(types);
        return this;
    }

    // Asked again while the outputs are written, a plugin's rule that throws is at fault as one that fails to load is.
    private static Verdict? DecideAgain(IDecidesAgain rule, Fact subject, DateOnly asOf, string ruleId, string source)
    {
        try
        {
            return ThirdPartyCode.RunInvariant(() => rule.DecideAgain(subject, asOf));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new PluginFaultException(
                "The rule threw " + exception.GetType().Name + " when asked again about a subject it had judged: " + exception.Message +
                " Rule=" + ruleId + ", Source=" + source + ", Subject=" + subject.Id, exception);
        }
    }

    /// <summary>Adds the rules of a compiled YAML ruleset, all or none.</summary>
    /// <exception cref="InvalidRuleException">A rule's id is taken by a rule already added.</exception>
    public RuleCatalogBuilder Add(Ruleset ruleset)
    {
        ArgumentNullException.ThrowIfNull(ruleset);
        AddDefinitions(ruleset.CompiledRules.Zip(ruleset.Definitions(), (rule, definition) => (definition, new RegisteredRule
        {
            Descriptor = rule.Descriptor,
            Source = ruleset.Source,
            Redecide = rule.Assess,
            FailureMessage = rule.Population is null ? rule.FailureMessage : null,
            PassesUnfired = rule.FiresOnEverySubject ? null : rule.PassesUnfired,
        })), ruleset.Source);
        return this;
    }

    private void AddDefinitions(IEnumerable<(IRuleDefinition Definition, RegisteredRule Registration)> rules, string source)
    {
        var added = new List<(IRuleDefinition, RegisteredRule)>();
        foreach (var (definition, registration) in rules)
        {
            var descriptor = registration.Descriptor;
            var clash = _rules.Select(existing => existing.Registration).Concat(added.Select(pair => pair.Item2))
                .FirstOrDefault(existing => string.Equals(existing.Descriptor.Id, descriptor.Id, StringComparison.Ordinal));
            if (clash is not null)
            {
                throw new InvalidRuleException(
                    "Two rules share an id; rule ids must be unique across all plugins and rulesets. Rule=" + descriptor.Id +
                    ", Source=" + source + ", OtherSource=" + clash.Source);
            }

            added.Add((definition, registration));
        }

        _rules.AddRange(added);
    }

    /// <summary>Compiles the rules added so far, or those of them <paramref name="include"/> chooses (a policy's selection).</summary>
    /// <exception cref="InvalidRuleException">NRules rejected a rule.</exception>
    public RuleCatalog Build(Func<RuleDescriptor, bool>? include = null)
    {
        var chosen = _rules.Where(rule => include?.Invoke(rule.Registration.Descriptor) ?? true).ToList();
        try
        {
            var factory = new RuleCompiler().Compile(chosen.Select(rule => rule.Definition));
            return new RuleCatalog(
                factory,
                [.. chosen.Select(rule => rule.Registration).OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)],
                chosen.All(rule => MatchesOneFact(rule.Definition)));
        }
        catch (Exception exception)
        {
            throw new InvalidRuleException("NRules could not compile the rules: " + exception.Message, exception);
        }
    }

    /// <summary>One pattern over one fact, with no source (aggregate, collection, grouping): nothing joins facts.</summary>
    private static bool MatchesOneFact(IRuleDefinition definition) =>
        definition.LeftHandSide.ChildElements.ToList() is [PatternElement { Source: null }];

    private static RuleDescriptor Describe(Rule rule, string source)
    {
        var descriptor = ((IDescribedRule)rule).Descriptor
            ?? throw new InvalidRuleException("The rule has no descriptor. Rule=" + rule.GetType().FullName + ", Source=" + source);
        CheckSubjectKind(rule.GetType(), descriptor, source);
        return descriptor;
    }

    /// <summary>A SubjectRule&lt;Project&gt; whose descriptor claimed risks would mark every risk not applicable: refuse it.</summary>
    private static void CheckSubjectKind(Type ruleType, RuleDescriptor descriptor, string source)
    {
        for (var type = ruleType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(SubjectRule<>)
                && EntityKinds.Of(type.GetGenericArguments()[0]) is { } kind && kind != descriptor.AppliesTo)
            {
                throw new InvalidRuleException(
                    "The rule's descriptor says it applies to " + descriptor.AppliesTo + " but it assesses " + kind + ". Rule=" + descriptor.Id + ", Source=" + source);
            }
        }
    }

    private static Rule Instantiate(Type ruleType, string source)
    {
        if (!typeof(Rule).IsAssignableFrom(ruleType) || !typeof(IDescribedRule).IsAssignableFrom(ruleType) || ruleType.IsAbstract)
        {
            throw new InvalidRuleException(
                "A rule must be a concrete class deriving from SubjectRule<T> (or an NRules Rule implementing IDescribedRule), " +
                "compiled against the host's NRules and PmoAssess.Abstractions. Rule=" + ruleType.FullName + ", Source=" + source);
        }

        try
        {
            return (Rule)Activator.CreateInstance(ruleType)!;
        }
        catch (Exception exception)
        {
            var cause = exception.InnerException ?? exception;
            throw new InvalidRuleException(
                "The rule could not be created: " + cause.Message + " Rule=" + ruleType.FullName + ", Source=" + source, cause);
        }
    }
}
