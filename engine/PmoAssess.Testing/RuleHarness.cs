using NRules.Fluent.Dsl;
using PmoAssess.Plugins;
using PmoAssess.Rules;

namespace PmoAssess.Testing;

/// <summary>
/// Where a rule test starts: pick the rules, describe the facts, run, assert.
/// Rules run the real way: compiled by the engine's <see cref="RuleCatalogBuilder"/> and assessed by
/// its <see cref="Assessment.AssessmentRunner"/>, so what passes here passes in <c>pmoassess assess</c>.
/// </summary>
/// <example>
/// <code>
/// RuleHarness.For&lt;ActiveProjectHasSponsor&gt;()
///     .AsOf(new DateOnly(2026, 9, 30))
///     .Given(new Project { Id = "P1", Stage = LifecycleStage.Execution })
///     .Run()
///     .ShouldFail("GOV-001", "P1", "no sponsor");
/// </code>
/// </example>
public static class RuleHarness
{
    /// <summary>
    /// The assessment date a scenario uses unless <see cref="RuleScenario.AsOf"/> names another: a fixed
    /// date, so that a test never depends on the day it runs. Rules that read dates should set their own.
    /// </summary>
    public static DateOnly DefaultAsOf { get; } = new(2026, 1, 1);

    /// <summary>A scenario that runs one rule class.</summary>
    /// <typeparam name="TRule">A rule class, normally a <see cref="SubjectRule{TSubject}"/>.</typeparam>
    public static RuleScenario For<TRule>()
        where TRule : Rule, IDescribedRule =>
        For(typeof(TRule));

    /// <summary>A scenario that runs the given rule classes together, as one catalog.</summary>
    /// <param name="ruleTypes">Concrete classes deriving from <see cref="SubjectRule{TSubject}"/> (or NRules rules implementing <see cref="IDescribedRule"/>).</param>
    /// <exception cref="ArgumentException">No rule type was given.</exception>
    public static RuleScenario For(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        if (ruleTypes.Length == 0)
        {
            throw new ArgumentException("Name at least one rule type.", nameof(ruleTypes));
        }

        var rules = new List<RuleSource>();
        foreach (var ruleType in ruleTypes)
        {
            ArgumentNullException.ThrowIfNull(ruleType, nameof(ruleTypes));
            rules.Add(new RuleSource(ruleType, ruleType.Assembly.GetName().Name ?? "test"));
        }

        return new RuleScenario(rules);
    }

    /// <summary>
    /// A scenario that runs every rule a plugin registers, with the plugin's id as their source, after the
    /// checks the plugin host makes: the manifest supports this host's <see cref="PluginApi.Version"/> and
    /// the plugin registers at least one rule (the host's own <see cref="PluginRegistration"/>).
    /// </summary>
    /// <param name="plugin">The plugin, created in the test (it runs in-process; no plugin folder is needed).</param>
    /// <exception cref="RuleAssertionException">The host would refuse the plugin.</exception>
    public static RuleScenario ForPlugin(IPmoPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        LoadedPlugin loaded;
        try
        {
            loaded = PluginRegistration.Register(plugin, plugin.GetType().Assembly.Location);
        }
        catch (PluginLoadException exception)
        {
            throw new RuleAssertionException("The host would refuse the plugin: " + exception.Message);
        }

        return new RuleScenario([.. loaded.RuleTypes.Select(ruleType => new RuleSource(ruleType, loaded.Manifest.Id))]);
    }
}
