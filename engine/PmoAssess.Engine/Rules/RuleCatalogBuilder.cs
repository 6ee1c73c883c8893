using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PmoAssess.Rules;

/// <summary>
/// Collects rule classes from their sources and compiles them once into a <see cref="RuleCatalog"/>.
/// Not thread-safe; the catalog it builds is.
/// </summary>
public sealed class RuleCatalogBuilder
{
    private readonly List<(Type RuleType, string Source)> _ruleTypes = [];

    /// <summary>Adds an NRules fluent rule class supplied by <paramref name="source"/> (a plugin id or file).</summary>
    public RuleCatalogBuilder Add(Type ruleType, string source)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        ArgumentException.ThrowIfNullOrEmpty(source);
        if (!typeof(Rule).IsAssignableFrom(ruleType) || !typeof(IDescribedRule).IsAssignableFrom(ruleType) || ruleType.IsAbstract)
        {
            throw new InvalidRuleException(
                "A rule must be a concrete class deriving from SubjectRule<T> (or an NRules Rule implementing IDescribedRule). " +
                "Rule=" + ruleType.FullName + ", Source=" + source);
        }

        if (!_ruleTypes.Any(entry => entry.RuleType == ruleType))
        {
            _ruleTypes.Add((ruleType, source));
        }

        return this;
    }

    /// <summary>Instantiates, checks and compiles the rules.</summary>
    /// <exception cref="InvalidRuleException">A rule cannot be created or compiled, or two rules share an id.</exception>
    public RuleCatalog Build()
    {
        var registered = new List<RegisteredRule>();
        var instances = new List<Rule>();
        foreach (var (ruleType, source) in _ruleTypes)
        {
            var rule = Instantiate(ruleType, source);
            var descriptor = ((IDescribedRule)rule).Descriptor;
            var clash = registered.FirstOrDefault(existing => string.Equals(existing.Descriptor.Id, descriptor.Id, StringComparison.Ordinal));
            if (clash is not null)
            {
                throw new InvalidRuleException(
                    "Two rules share an id; rule ids must be unique across all plugins and rulesets. Rule=" + descriptor.Id +
                    ", Source=" + source + ", OtherSource=" + clash.Source);
            }

            registered.Add(new RegisteredRule { Descriptor = descriptor, Source = source });
            instances.Add(rule);
        }

        // NRules would create the rules again; hand it the instances already checked.
        var repository = new RuleRepository(new InstanceActivator(instances));
        try
        {
            repository.Load(spec => spec.From(instances.Select(instance => instance.GetType())));
            var factory = repository.Compile();
            return new RuleCatalog(factory, [.. registered.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal)]);
        }
        catch (Exception exception) when (exception is not InvalidRuleException)
        {
            throw new InvalidRuleException("NRules could not compile the rules: " + exception.Message, exception);
        }
    }

    private sealed class InstanceActivator(IReadOnlyList<Rule> instances) : IRuleActivator
    {
        public IEnumerable<Rule> Activate(Type type) => instances.Where(instance => instance.GetType() == type);
    }

    private static Rule Instantiate(Type ruleType, string source)
    {
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
