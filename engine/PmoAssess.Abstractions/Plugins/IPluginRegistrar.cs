using NRules.Fluent.Dsl;

namespace PmoAssess.Plugins;

/// <summary>Where a plugin registers what it contributes.</summary>
public interface IPluginRegistrar
{
    /// <summary>Registers an NRules fluent rule class, normally a <see cref="Rules.SubjectRule{TSubject}"/>.</summary>
    /// <param name="ruleType">A public, non-abstract class deriving from NRules' <see cref="Rule"/> with a parameterless constructor.</param>
    void AddRule(Type ruleType);
}
