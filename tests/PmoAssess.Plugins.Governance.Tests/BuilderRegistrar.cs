using PmoAssess.Rules;

namespace PmoAssess.Plugins.Governance.Tests;

/// <summary>Lets a plugin register its rules straight into a catalog builder, as the plugin host does.</summary>
internal sealed class BuilderRegistrar(RuleCatalogBuilder builder, string source) : IPluginRegistrar
{
    public void AddRule(Type ruleType) => builder.Add(ruleType, source);
}
