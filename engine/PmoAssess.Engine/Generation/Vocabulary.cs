namespace PmoAssess.Generation;

/// <summary>The words generated records are made of: plausible names and titles, some needing CSV quoting or outside ASCII.</summary>
internal static class Vocabulary
{
    public static readonly string[] FirstNames =
    [
        "Aisha", "Daniel", "Zoë", "Oliver", "Priya", "Marcus", "Helen", "Tomasz", "Grace", "Siobhán", "José", "Łukasz", "Hannah",
        "Richard", "Chen", "Fatima", "Kwame", "Ingrid", "Rahul", "Sofia", "Mateo", "Amara", "Niamh", "Yusuf", "Elena", "Kenji",
    ];

    public static readonly string[] LastNames =
    [
        "Khan", "Osei", "Müller", "Grant", "Raman", "Bell", "Okafor", "Kowalski", "Liu", "O'Neill", "Álvarez", "Nowak", "Price",
        "Hale", "Wei", "Haddad", "Mensah", "Larsen", "Iyer", "Rossi", "García", "Eze", "Byrne", "Demir", "Petrova", "Sato",
    ];

    public static readonly string[] ProjectAdjectives =
    [
        "Customer", "Digital", "Finance", "Payroll", "Supply Chain", "Data", "Cloud", "Network", "Warehouse", "Billing",
        "Identity", "Analytics", "Field Service", "HR", "Procurement", "Regulatory", "Mobile", "Contact Centre",
    ];

    public static readonly string[] ProjectNouns =
    [
        "Replatform", "Modernisation", "Consolidation", "Migration", "Rollout", "Upgrade", "Transformation", "Automation",
        "Integration", "Refresh", "Outsourcing Transition, Phase 2", "Pilot", "Decommissioning",
    ];

    public static readonly string[] Programmes =
    [
        "Customer Experience", "Digital Channels", "Revenue Platforms", "Operational Excellence", "Workplace",
        "Governance, Risk & Compliance", "Data & Insight", "Infrastructure Renewal",
    ];

    public static readonly string[] PortfolioNames = ["Digital", "Operations", "Corporate", "Infrastructure", "Customer", "Transformation"];

    public static readonly string[] RiskTitles =
    [
        "Vendor delivery slips past the integration window", "Key specialist leaves mid-build", "Data migration larger than estimated",
        "Regulatory change alters scope", "Dependency on another project's release", "Test environments unavailable",
        "Supplier costs rise with inflation", "Business readiness lags go-live", "Security review finds \"critical\" gaps late",
        "Licence costs exceed the business case",
    ];

    public static readonly string[] Mitigations =
    [
        "Weekly supplier checkpoint with escalation to the sponsor", "Knowledge transfer and a named deputy",
        "Automated data profiling before each migration rehearsal", "Monitor consultations; contingency in the plan",
        "Joint plan with the dependent project's manager", "Book environments a quarter ahead",
        "Fixed-price clauses in the next contract variation", "Change network and early training",
    ];

    public static readonly string[] IssueTitles =
    [
        "Integrator missed sprint deliverables", "Test environment down for a week", "Contractor overtime not approved in advance",
        "Requirements sign-off overdue", "Interface specification disputed", "Budget transfer awaiting approval",
    ];

    public static readonly string[] ChangeTitles =
    [
        "Add a payment method to scope", "Extend integrator contract by 6 months", "Defer reporting features to release 2",
        "Move go-live after year end", "Add accessibility remediation",
    ];

    public static readonly string[] Gates =
    [
        "G1 Business justification", "G2 Delivery strategy", "G3 Investment decision", "G4 Readiness for service", "G5 Benefits evaluation",
    ];

    public static readonly string[] MilestoneNames =
    [
        "Design signed off", "Build complete", "System test complete", "User acceptance complete", "Go-live", "Hypercare exit",
    ];

    public static readonly string[] Benefits =
    [
        "Reduce calls to the contact centre", "Cut processing cost per transaction", "Improve customer satisfaction",
        "Retire legacy licences", "Shorten month-end close", "Reduce manual rework",
    ];

    public static readonly string[] Measures =
    [
        "Calls avoided per year", "Cost per transaction (GBP)", "CSAT (points)", "Licences retired", "Days to close", "Hours saved per month",
    ];

    public static readonly string[] Roles = ["Project Manager", "Business Analyst", "Solution Architect", "Developer", "Test Lead", "Change Manager"];

    public static readonly (string Category, string Question)[] Questions =
    [
        ("Governance", "Is there a documented project lifecycle with stage gates?"),
        ("Governance", "Does every project have a named senior responsible owner (sponsor)?"),
        ("Transparency", "Is there a single portfolio register that all projects report into?"),
        ("Delivery", "Is earned value reported monthly for projects in execution?"),
        ("Risk", "Are risks reviewed at a fixed cadence and escalated by a written rule?"),
        ("Benefits", "Are benefits tracked after the project closes?"),
        ("Resources", "Is capacity planned across projects, not only within each?"),
        ("Traceability", "Are change decisions recorded with their approver and impact?"),
    ];

    public static readonly string[] Answers = ["yes", "partial", "no"];
}
