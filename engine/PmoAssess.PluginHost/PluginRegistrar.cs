namespace PmoAssess.Plugins;

/// <summary>Collects what one plugin registers.</summary>
internal sealed class PluginRegistrar : IPluginRegistrar
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
