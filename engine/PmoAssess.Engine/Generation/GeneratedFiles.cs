namespace PmoAssess.Generation;

/// <summary>The canonical CSV files one generation writes, open for the run.</summary>
internal sealed class GeneratedFiles : IDisposable
{
    public GeneratedFiles(string folder)
    {
        CsvRowWriter Open(string name, string[] headers) => new(Path.Combine(folder, name + ".csv"), headers);

        Portfolios = Open("portfolios", ["id", "name", "owner"]);
        Projects = Open("projects", ProjectRecords.Headers);
        Risks = Open("risks", ["id", "project", "title", "severity", "status", "owner", "mitigation", "last_reviewed"]);
        Issues = Open("issues", ["id", "project", "title", "priority", "status", "owner", "raised", "resolved"]);
        Changes = Open("changes", ["id", "project", "title", "status", "approver", "decided", "cost_impact", "schedule_impact_days"]);
        Milestones = Open("milestones", ["id", "project", "name", "baseline_date", "forecast_date", "actual_date"]);
        Gates = Open("gates", ["id", "project", "gate", "decision", "date", "approver"]);
        Benefits = Open("benefits", ["id", "project", "description", "owner", "measure", "target", "due"]);
        Allocations = Open("allocations", ["id", "project", "person", "role", "percent", "start", "end"]);
        Evidence = Open("evidence", ["id", "category", "question", "answer", "note"]);
    }

    public CsvRowWriter Portfolios { get; }

    public CsvRowWriter Projects { get; }

    public CsvRowWriter Risks { get; }

    public CsvRowWriter Issues { get; }

    public CsvRowWriter Changes { get; }

    public CsvRowWriter Milestones { get; }

    public CsvRowWriter Gates { get; }

    public CsvRowWriter Benefits { get; }

    public CsvRowWriter Allocations { get; }

    public CsvRowWriter Evidence { get; }

    private IEnumerable<(string File, CsvRowWriter Writer)> All =>
    [
        ("portfolios.csv", Portfolios), ("projects.csv", Projects), ("risks.csv", Risks), ("issues.csv", Issues), ("changes.csv", Changes),
        ("milestones.csv", Milestones), ("gates.csv", Gates), ("benefits.csv", Benefits), ("allocations.csv", Allocations), ("evidence.csv", Evidence),
    ];

    /// <summary>The data rows written to each file, by file name.</summary>
    public IReadOnlyDictionary<string, int> Records() => All.ToDictionary(file => file.File, file => file.Writer.Rows, StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var (_, writer) in All)
        {
            writer.Dispose();
        }
    }
}
