using System.Globalization;
using PmoAssess.Plugins;
using PmoAssess.Reports;

namespace PmoAssess.Fixtures.ReportSection;

/// <summary>Test fixture: a plugin whose only contributions are two report sections.</summary>
public sealed class ReportSectionPlugin : IPmoPlugin
{
    public PluginManifest Manifest { get; } = new()
    {
        Id = "fixtures.report-section",
        Name = "Report section fixture",
        Version = "1.0.0",
        MinimumApiVersion = 1,
        MaximumApiVersion = PluginApi.Version,
    };

    public void Register(IPluginRegistrar registrar)
    {
        registrar.AddReportSection(new ProjectsByStage());
        registrar.AddReportSection(new Throwing());
    }

    /// <summary>A table of how many projects are in each stage, with the first project's name escaped.</summary>
    private sealed class ProjectsByStage : IReportSection
    {
        public string Title => "Projects by stage";

        public string Render(ReportSectionContext context)
        {
            var rows = context.Dataset.Projects
                .GroupBy(project => project.Stage?.ToString() ?? "unknown")
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => "| " + group.Key + " | " + group.Count().ToString(CultureInfo.InvariantCulture) + " |");
            return "| Stage | Projects |\n| --- | ---: |\n" + string.Join("\n", rows) +
                "\n\nFirst project: " + MarkdownText.Escape(context.Dataset.Projects.Count > 0 ? context.Dataset.Projects[0].Name : null) + ".";
        }
    }

    private sealed class Throwing : IReportSection
    {
        public string Title => "Broken section";

        public string Render(ReportSectionContext context) => throw new InvalidOperationException("no data for this section");
    }
}
