using NRules.Fluent.Dsl;

namespace PmoAssess.Plugins;

/// <summary>Where a plugin registers what it contributes.</summary>
public interface IPluginRegistrar
{
    /// <summary>Registers an NRules fluent rule class, normally a <see cref="Rules.SubjectRule{TSubject}"/>.</summary>
    /// <param name="ruleType">A public, non-abstract class deriving from NRules' <see cref="Rule"/> with a parameterless constructor.</param>
    void AddRule(Type ruleType);

    /// <summary>Registers a maturity methodology the plugin ships as a file (<c>*.methodology.yaml</c>).</summary>
    /// <param name="path">The file, relative to the plugin's folder (or absolute). The host reads and checks it when the plugin loads.</param>
    void AddMethodology(string path);

    /// <summary>Registers a section the report gains when this plugin is loaded.</summary>
    void AddReportSection(Reports.IReportSection section);

    /// <summary>Registers a file format that mapping files can then read client data from.</summary>
    void AddTableFormat(Import.ITableFormat format);
}
