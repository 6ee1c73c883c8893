using System.Reflection;
using NRules.Fluent.Dsl;

namespace PmoAssess.Plugins;

/// <summary>Shorthands for registering rules.</summary>
public static class PluginRegistrarExtensions
{
    /// <summary>Registers one rule class.</summary>
    public static IPluginRegistrar AddRule<TRule>(this IPluginRegistrar registrar)
        where TRule : Rule, new()
    {
        ArgumentNullException.ThrowIfNull(registrar);
        registrar.AddRule(typeof(TRule));
        return registrar;
    }

    /// <summary>Registers every public, non-abstract rule class in an assembly, in name order.</summary>
    public static IPluginRegistrar AddRulesFrom(this IPluginRegistrar registrar, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(registrar);
        ArgumentNullException.ThrowIfNull(assembly);
        var ruleTypes = assembly.GetExportedTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(Rule).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var ruleType in ruleTypes)
        {
            registrar.AddRule(ruleType);
        }

        return registrar;
    }
}
