namespace PmoAssess.Tests.Engine.Import;

/// <summary>
/// The small portfolio most import tests read: two portfolios, three projects, three risks and one gate,
/// as a folder of canonical CSV files or as one JSON document holding the same records.
/// </summary>
internal static class SmallPortfolio
{
    public const string PortfoliosCsv =
        """
        id,name,owner
        PF-A,Alpha,Ann
        PF-B,Beta,Ben

        """;

    // Row 2 is P-1, row 3 is P-2 (blank sponsor, blank custom field), row 4 is P-3.
    public const string ProjectsCsv =
        """
        id,name,portfolio,stage,sponsor,baseline_start,budget_at_completion,delivery_confidence,charter_approved,cost_centre
        P-1,Ledger,PF-A,execution,Dana Smith,2026-01-15,1250000.50,Amber/Green,yes,CC-9
        P-2,Payroll,PF-A,planning,,2026-02-01,-300,amber-green,no,
        P-3,Portal,PF-B,closed,Eve,2025-06-30,0.75,AMBER_GREEN,TRUE,CC-1

        """;

    // Risks of P-1 are split around a risk of P-3, so attachment cannot rely on file order.
    public const string RisksCsv =
        """
        id,project,title,severity,status,owner
        R-1,P-1,Vendor late,high,open,Ann
        R-2,P-3,Scope creep,low,closed,
        R-3,P-1,Key person leaves,critical,open,Bob

        """;

    public const string GatesCsv =
        """
        id,project,gate,decision,date,approver
        G-1,P-3,G3 Investment decision,go,2025-05-01,Board

        """;

    public const string Json =
        """
        {
          "portfolios": [
            { "id": "PF-A", "name": "Alpha", "owner": "Ann" },
            { "id": "PF-B", "name": "Beta", "owner": "Ben" }
          ],
          "projects": [
            {
              "id": "P-1", "name": "Ledger", "portfolio": "PF-A", "stage": "execution", "sponsor": "Dana Smith",
              "baseline_start": "2026-01-15", "budget_at_completion": 1250000.50, "delivery_confidence": "Amber/Green",
              "charter_approved": true, "cost_centre": "CC-9",
              "risks": [
                { "id": "R-1", "title": "Vendor late", "severity": "high", "status": "open", "owner": "Ann" },
                { "id": "R-3", "title": "Key person leaves", "severity": "critical", "status": "open", "owner": "Bob" }
              ]
            },
            {
              "id": "P-2", "name": "Payroll", "portfolio": "PF-A", "stage": "planning", "sponsor": null,
              "baseline_start": "2026-02-01", "budget_at_completion": -300, "charter_approved": false
            },
            {
              "id": "P-3", "name": "Portal", "portfolio": "PF-B", "stage": "closed", "sponsor": "Eve",
              "risks": [ { "id": "R-2", "title": "Scope creep", "severity": "low", "status": "closed" } ],
              "gates": [ { "id": "G-1", "gate": "G3 Investment decision", "decision": "go", "date": "2025-05-01", "approver": "Board" } ]
            }
          ]
        }

        """;

    /// <summary>Writes the four CSV files into <paramref name="folder"/>.</summary>
    public static void WriteCsv(TempFolder folder)
    {
        folder.Write("portfolios.csv", PortfoliosCsv);
        folder.Write("projects.csv", ProjectsCsv);
        folder.Write("risks.csv", RisksCsv);
        folder.Write("gates.csv", GatesCsv);
    }
}
