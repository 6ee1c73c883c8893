using PmoAssess.Plugins;

namespace PmoAssess.Testing;

/// <summary>Collects what a plugin registers, as the plugin host's registrar does.</summary>
internal sealed class CollectingRegistrar : IPluginRegistrar
{
    private readonly List<Type> _ruleTypes = [];

    public IReadOnlyList<Type> RuleTypes => _ruleTypes;

    public void AddRule(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        if (!_ruleTypes.Contains(ruleType))
        {
            _ruleTypes.Add(ruleType);
        }
    }
}
