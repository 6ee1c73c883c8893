using PmoAssess.Import;
using PmoAssess.Reports;

namespace PmoAssess.Plugins;

/// <summary>Collects what one plugin registers.</summary>
internal sealed class PluginRegistrar : IPluginRegistrar
{
    private readonly List<Type> _ruleTypes = [];
    private readonly List<string> _methodologies = [];

    public IReadOnlyList<Type> RuleTypes => _ruleTypes;

    public IReadOnlyList<string> Methodologies => _methodologies;

    public List<IReportSection> ReportSections { get; } = [];

    public List<ITableFormat> TableFormats { get; } = [];

    public void AddTableFormat(ITableFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        TableFormats.Add(format);
    }

    public void AddReportSection(IReportSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        ReportSections.Add(section);
    }

    public void AddMethodology(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!_methodologies.Contains(path, StringComparer.Ordinal))
        {
            _methodologies.Add(path);
        }
    }

    public void AddRule(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        if (!_ruleTypes.Contains(ruleType))
        {
            _ruleTypes.Add(ruleType);
        }
    }
}
