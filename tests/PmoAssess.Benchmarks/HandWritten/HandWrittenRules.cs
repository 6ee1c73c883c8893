using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Outcomes;

namespace PmoAssess.Benchmarks.HandWritten;

/// <summary>
/// A representative set of the built-in rules, written out by hand with exactly the engine's outcomes (status, message,
/// missing field, evidence): the six C# plugin rules, and sixteen YAML rules covering every subject kind but the
/// organisation, plain and derived fields, dates, registers (<c>gates.any</c>, <c>risks.count</c>) and a population rule.
/// YAML semantics followed here: a field the <c>when</c> or <c>require</c> needs (read other than against <c>null</c>)
/// that has no value makes the subject not assessable, naming it; evidence is every field <c>require</c> reads, a register
/// shown by its size. The data is canonical, so no cell is unreadable.
/// </summary>
internal static class HandWrittenRules
{
    private const decimal IndexThreshold = 0.9m;

    /// <summary>The rules, ordered by id.</summary>
    public static IReadOnlyList<HandRule> All { get; } =
    [
        Rule<Benefit>("BEN-102", (benefit, _) =>
            Require(benefit.Owner is not null, () => "Benefit " + benefit.Id + " has no owner accountable for realising it.", Evidence(benefit, "owner", benefit.Owner))),
        Rule<Project>("DEL-001", (project, _) => PerformanceIndex(project, "CPI", "actualCost", project.ActualCost)),
        Rule<Project>("DEL-002", (project, _) => PerformanceIndex(project, "SPI", "plannedValue", project.PlannedValue)),
        Rule<Project>("DEL-103", (project, _) =>
            StageIn(project, LifecycleStage.Planning, LifecycleStage.Execution, LifecycleStage.Closing)
            ?? Missing(project, ("baselineEnd", project.BaselineEnd), ("forecastEnd", project.ForecastEnd))
            ?? Require(DaysBetween(project.BaselineEnd, project.ForecastEnd) <= 90,
                () => Text(project.Name) + " forecasts to finish " + Days(project.BaselineEnd, project.ForecastEnd) + " days after its baseline end date.",
                Evidence(project, "baselineEnd", project.BaselineEnd), Evidence(project, "forecastEnd", project.ForecastEnd))),
        Rule<Milestone>("DEL-105", (milestone, asOf) =>
            milestone.ActualDate is not null ? null
            : Missing(milestone, ("forecastDate", milestone.ForecastDate))
            ?? Require(DaysBetween(milestone.ForecastDate, asOf) <= 0,
                () => "Milestone " + Text(milestone.Name) + " is " + Days(milestone.ForecastDate, asOf) + " days past its forecast date with no actual date recorded.",
                Evidence(milestone, "forecastDate", milestone.ForecastDate))),
        Rule<Project>("DQ-101", (project, _) =>
            Require(project.Stage is not null, () => "Project " + project.Id + " has no life-cycle stage.", Evidence(project, "stage", project.Stage))),
        Rule<Project>("GOV-001", (project, _) => !project.IsActive ? null
            : project.Sponsor is null
                ? Verdict.Fail("The project has no sponsor.", project.EvidenceOf("sponsor"))
                : Verdict.Pass(project.EvidenceOf("sponsor", project.Sponsor))),
        Rule<Project>("GOV-002", (project, _) => project.Stage != LifecycleStage.Execution ? null : project.CharterApproved switch
        {
            null => Verdict.NotAssessable(project.EvidenceOf("charterApproved")),
            false => Verdict.Fail("The project is in execution but its charter is not approved.", project.EvidenceOf("charterApproved", false)),
            true => Verdict.Pass(project.EvidenceOf("charterApproved", true)),
        }),
        Rule<Project>("GOV-101", (project, _) =>
            StageIn(project, LifecycleStage.Execution, LifecycleStage.Closing)
            ?? Missing(project, ("businessCaseApproved", project.BusinessCaseApproved))
            ?? Require(project.BusinessCaseApproved == true,
                () => Text(project.Name) + " is in " + Text(project.Stage) + " without an approved business case.",
                Evidence(project, "businessCaseApproved", project.BusinessCaseApproved))),
        Rule<Project>("GOV-103", (project, _) =>
            StageIn(project, LifecycleStage.Planning, LifecycleStage.Execution, LifecycleStage.Closing)
            ?? Require(project.Gates.Any(gate => gate.Decision == GateDecision.Go && gate.Approver is not null),
                () => Text(project.Name) + " is in " + Text(project.Stage) + " but no gate records a 'go' decision with a named approver.",
                Evidence(project, "gates", Records(project.Gates.Count)))),
        Rule<StageGate>("GOV-106", (gate, _) =>
            Missing(gate, ("decision", gate.Decision))
            ?? (gate.Decision != GateDecision.Go ? null
            : Require(gate.Approver is not null, () => "Gate " + gate.Id + " records a 'go' decision without naming who took it.", Evidence(gate, "approver", gate.Approver)))),
        Rule<Portfolio>("GOV-108", (portfolio, _) =>
            Require(portfolio.Owner is not null, () => "Portfolio " + portfolio.Id + " has no accountable owner.", Evidence(portfolio, "owner", portfolio.Owner))),
        Rule<ResourceAllocation>("RES-101", (allocation, _) =>
            Missing(allocation, ("percent", allocation.Percent))
            ?? Require(allocation.Percent <= 100,
                () => "Allocation " + allocation.Id + " books " + Text(allocation.Person) + " at " + Text(allocation.Percent) + "% on one project.",
                Evidence(allocation, "percent", allocation.Percent))),
        Rule<Risk>("RSK-001", (risk, _) => risk.Status != ItemStatus.Open || risk.Severity is not (Severity.High or Severity.Critical) ? null
            : (risk.Owner, risk.Mitigation) switch
            {
                (null, null) => Verdict.Fail("The risk has neither an owner nor a mitigation.", risk.EvidenceOf("owner", null), risk.EvidenceOf("mitigation", null)),
                (null, _) => Verdict.Fail("The risk has no owner.", risk.EvidenceOf("owner", null)),
                (_, null) => Verdict.Fail("The risk has no mitigation.", risk.EvidenceOf("mitigation", null)),
                _ => Verdict.Pass(risk.EvidenceOf("owner", risk.Owner), risk.EvidenceOf("mitigation", risk.Mitigation)),
            }),
        Rule<Project>("RSK-101", (project, _) =>
            StageIn(project, LifecycleStage.Planning, LifecycleStage.Execution, LifecycleStage.Closing)
            ?? Require(project.Risks.Count > 0, () => Text(project.Name) + " is in " + Text(project.Stage) + " with no risks on its register.",
                Evidence(project, "risks", Records(project.Risks.Count)))),
        Rule<Risk>("RSK-102", (risk, asOf) =>
            Missing(risk, ("status", risk.Status))
            ?? (risk.Status != ItemStatus.Open ? null
            : Missing(risk, ("lastReviewed", risk.LastReviewed))
            ?? Require(DaysBetween(risk.LastReviewed, asOf) <= 90,
                () => "Risk " + risk.Id + " was last reviewed " + Days(risk.LastReviewed, asOf) + " days ago; open risks are reviewed at least every 90 days.",
                Evidence(risk, "lastReviewed", risk.LastReviewed)))),
        Rule<Risk>("RSK-104", (risk, _) =>
            Missing(risk, ("status", risk.Status), ("severity", risk.Severity))
            ?? (risk.Status != ItemStatus.Open || risk.Severity is not (Severity.Low or Severity.Medium) ? null
            : Require(risk.Owner is not null, () => "Open " + Text(risk.Severity) + " risk " + risk.Id + " has no owner.", Evidence(risk, "owner", risk.Owner)))),
        Rule<ChangeRequest>("TRC-101", (change, _) =>
            Missing(change, ("status", change.Status))
            ?? (change.Status is not (ChangeStatus.Approved or ChangeStatus.Rejected) ? null
            : Require(change.Approver is not null, () => "Change " + change.Id + " was " + Text(change.Status) + " but the record does not say who decided it.",
                Evidence(change, "approver", change.Approver)))),
        Rule<Issue>("TRC-107", (issue, _) =>
            Missing(issue, ("status", issue.Status))
            ?? (issue.Status != ItemStatus.Open ? null
            : Require(issue.Owner is not null, () => "Open issue " + issue.Id + " has no owner.", Evidence(issue, "owner", issue.Owner)))),
        Rule<Project>("TRN-001", (project, asOf) => !project.IsActive ? null
            : project.LastStatusReport is not { } reported ? Verdict.NotAssessable(project.EvidenceOf("lastStatusReport"))
            : asOf.DayNumber - reported.DayNumber is var age && age <= 30
                ? Verdict.Pass(project.EvidenceOf("lastStatusReport", reported))
                : Verdict.Fail(Invariant($"The last status report is {age} days old (limit 30)."), project.EvidenceOf("lastStatusReport", reported))),
        Rule<Project>("TRN-106", (project, asOf) =>
            Missing(project, ("stage", project.Stage), ("deliveryConfidence", project.DeliveryConfidence))
            ?? (!project.IsActive || project.DeliveryConfidence is not (DeliveryConfidence.Red or DeliveryConfidence.AmberRed) ? null
            : Missing(project, ("lastStatusReport", project.LastStatusReport))
            ?? Require(DaysBetween(project.LastStatusReport, asOf) <= 14,
                () => Text(project.Name) + " is rated " + Text(project.DeliveryConfidence) + " and last reported " + Days(project.LastStatusReport, asOf) + " days ago.",
                Evidence(project, "lastStatusReport", project.LastStatusReport)))),
        Rule<Portfolio>("TRN-107", (portfolio, asOf) => ReportedInTwoWeeks(portfolio, asOf)),
    ];

    /// <summary>
    /// What a step of a rule returns to say "not applicable, stop here", where <c>null</c> means "go on to the next step".
    /// A rule's final <c>null</c> also means not applicable.
    /// </summary>
    public static readonly Verdict NotApplicable = Verdict.Pass("not applicable");

    private static HandRule Rule<T>(string id, Func<T, DateOnly, Verdict?> assess)
        where T : Fact =>
        new(id, KindOf(typeof(T)), (fact, asOf) => assess((T)fact, asOf) is { } verdict && !ReferenceEquals(verdict, NotApplicable) ? verdict : null);

    private static EntityKind KindOf(Type type) => type.Name switch
    {
        nameof(Project) => EntityKind.Project,
        nameof(Risk) => EntityKind.Risk,
        nameof(Issue) => EntityKind.Issue,
        nameof(ChangeRequest) => EntityKind.ChangeRequest,
        nameof(Milestone) => EntityKind.Milestone,
        nameof(StageGate) => EntityKind.Gate,
        nameof(Benefit) => EntityKind.Benefit,
        nameof(ResourceAllocation) => EntityKind.Allocation,
        nameof(Portfolio) => EntityKind.Portfolio,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a subject kind."),
    };

    // DEL-001 and DEL-002, as PerformanceIndexRule decides them.
    private static Verdict? PerformanceIndex(Project project, string index, string field, decimal? denominator)
    {
        if (project.Stage is not (LifecycleStage.Execution or LifecycleStage.Closing))
        {
            return null;
        }

        if (project.EarnedValue is not { } earned)
        {
            return Verdict.NotAssessable(project.EvidenceOf("earnedValue"));
        }

        if (denominator is not { } value)
        {
            return Verdict.NotAssessable(project.EvidenceOf(field));
        }

        if (value == 0)
        {
            return Verdict.NotAssessable(project.EvidenceOf(field, value), Invariant($"'{field}' is zero, so {index} is undefined."));
        }

        var ratio = earned / value;
        Evidence[] evidence = [project.EvidenceOf("earnedValue", earned), project.EvidenceOf(field, value)];
        var shown = Math.Round(ratio, 2) < IndexThreshold ? Math.Round(ratio, 2) : Math.Round(ratio, 2, MidpointRounding.ToZero);
        return ratio >= IndexThreshold ? Verdict.Pass(evidence) : Verdict.Fail(Invariant($"{index} is {shown:0.00}, below {IndexThreshold:0.00}."), evidence);
    }

    // TRN-107: a population rule, as PopulationRequirement decides it.
    private static Verdict? ReportedInTwoWeeks(Portfolio portfolio, DateOnly asOf)
    {
        var met = 0;
        var missed = new List<Project>();
        var unknown = new List<(Project Project, string Field)>();
        foreach (var project in portfolio.Projects.OrderBy(project => project.Id, StringComparer.Ordinal))
        {
            if (project.Stage is null)
            {
                unknown.Add((project, "stage"));
            }
            else if (project.IsActive)
            {
                if (project.LastStatusReport is null)
                {
                    unknown.Add((project, "lastStatusReport"));
                }
                else if (DaysBetween(project.LastStatusReport, asOf) <= 14)
                {
                    met++;
                }
                else
                {
                    missed.Add(project);
                }
            }
        }

        var counted = met + missed.Count;
        if (counted == 0)
        {
            return unknown.Count == 0 ? null
                : Verdict.NotAssessable(unknown[0].Project.EvidenceOf(unknown[0].Field), "None of the projects could be assessed." + NotAssessable(unknown));
        }

        var share = (decimal)met / counted;
        var message = Invariant($"{met} of {counted} projects ({Shares.Format(share)}) meet the requirement, ")
            + (share >= 0.8m ? "reaching" : "below") + " the " + Shares.Format(0.8m) + " threshold."
            + (missed.Count > 0 ? " Missing: " + Names(missed.Select(project => project.Id)) + "." : string.Empty)
            + NotAssessable(unknown);
        var evidence = missed.Select(project => project.EvidenceOf("lastStatusReport", project.LastStatusReport)).ToArray();
        return share >= 0.8m ? Verdict.Pass(message) : Verdict.Fail(message, evidence);
    }

    private static string NotAssessable(List<(Project Project, string Field)> unknown) =>
        unknown.Count == 0 ? string.Empty : " Not assessable: " + Names(unknown.Select(pair => pair.Project.Id + " (no " + pair.Field + ")")) + ".";

    private static string Names(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count <= 10 ? string.Join(", ", all) : string.Join(", ", all.Take(10)) + Invariant($" and {all.Count - 10} more");
    }

    /// <summary>Not applicable unless the project is in one of <paramref name="stages"/>; not assessable without a stage.</summary>
    private static Verdict? StageIn(Project project, params LifecycleStage[] stages) =>
        project.Stage is not { } stage ? Verdict.NotAssessable(project.EvidenceOf("stage"))
        : stages.Contains(stage) ? null
        : NotApplicable;

    /// <summary>Not assessable, naming the first of <paramref name="fields"/> without a value; <c>null</c> when all have one.</summary>
    private static Verdict? Missing(Fact subject, params (string Field, object? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (value is null)
            {
                return Verdict.NotAssessable(subject.EvidenceOf(field));
            }
        }

        return null;
    }

    private static Verdict Require(bool met, Func<string> message, params Evidence[] evidence) => met ? Verdict.Pass(evidence) : Verdict.Fail(message(), evidence);

    private static Evidence Evidence(Fact subject, string field, object? value) => subject.EvidenceOf(field, value);

    private static string? Days(DateOnly? from, DateOnly? to) =>
        from is { } start && to is { } end ? (end.DayNumber - start.DayNumber).ToString(CultureInfo.InvariantCulture) : null;

    private static int? DaysBetween(DateOnly? from, DateOnly? to) => from is { } start && to is { } end ? end.DayNumber - start.DayNumber : null;

    private static string Records(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " record" : " records");

    /// <summary>A value as YAML rule messages show it (ValueText): enumerations in kebab-case, numbers invariant.</summary>
    private static string Text(object? value) => value switch
    {
        null => "(none)",
        Enum enumeration => string.Concat(enumeration.ToString().Select((c, index) => char.IsUpper(c) && index > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
