using PmoAssess.Reports;

namespace PmoAssess.Fixtures.LoopingRule;

/// <summary>A report section that never returns, as a buggy plugin's section might loop (it sleeps, to spare the CPU).</summary>
public sealed class NeverReturningSection : IReportSection
{
    public string Title => "Never returns";

    public string Render(ReportSectionContext context)
    {
        while (true)
        {
            Thread.Sleep(50);
        }
    }
}
