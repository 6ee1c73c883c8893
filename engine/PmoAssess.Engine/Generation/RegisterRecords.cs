using System.Globalization;
using PmoAssess.Facts;
using static PmoAssess.Generation.GenerationRates;

namespace PmoAssess.Generation;

/// <summary>
/// Writes a project's registers, one file each: risks, issues, changes, milestones, gates, benefits and allocations.
/// Ids run on across projects (<c>RSK-00000001</c>, ...), so every register's ids are unique.
/// </summary>
internal sealed class RegisterRecords(GeneratedFiles files, int idDigits, DateOnly asOf)
{
    private static readonly string[] SeverityNames = ["low", "medium", "high", "critical"];

    private static readonly double[] SeverityWeights = [0.24, 0.40, 0.25, 0.08, RiskWithoutSeverity];

    private long _risks;
    private long _issues;
    private long _changes;
    private long _milestones;
    private long _gates;
    private long _benefits;
    private long _allocations;

    // laxity: how lax the portfolio is; it multiplies the rates of its problems.
    public void Write(ref SeededRandom random, in GeneratedProject project, double laxity)
    {
        var risks = random.Poisson(RisksPerProject);
        for (var index = 0; index < risks; index++)
        {
            Risk(ref random, project, laxity);
        }

        var issues = random.Poisson(IssuesPerProject);
        for (var index = 0; index < issues; index++)
        {
            Issue(ref random, project);
        }

        var changes = project.Stage is LifecycleStage.Initiation ? 0 : random.Poisson(ChangesPerProject);
        for (var index = 0; index < changes; index++)
        {
            Change(ref random, project);
        }

        Milestones(ref random, project, laxity);
        Gates(ref random, project, laxity);
        Benefits(ref random, project, laxity);
        Allocations(ref random, project);
    }

    private string Id(string prefix, ref long counter) => prefix + (++counter).ToString("D" + idDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private void Risk(ref SeededRandom random, in GeneratedProject project, double laxity)
    {
        var severity = random.Band(SeverityWeights);
        var open = project.Stage is LifecycleStage.Closed ? random.Chance(0.1) : random.Chance(OpenRisk);
        DateOnly? reviewed = random.Band([1 - 0.5 * laxity, 0.3 * laxity, 0.15 * laxity, 0.05 * laxity]) switch
        {
            0 => asOf.AddDays(-random.Between(0, 30)),
            1 => asOf.AddDays(-random.Between(31, 90)),
            2 => asOf.AddDays(-random.Between(91, 365)),
            _ => null,
        };
        files.Risks.Text(Id("RSK-", ref _risks))
            .Text(project.Id)
            .Text(random.Pick(Vocabulary.RiskTitles))
            .Text(severity < SeverityNames.Length ? SeverityNames[severity] : null)
            .Text(open ? "open" : "closed")
            .Text(random.Chance(RiskWithoutOwner * laxity) ? null : ProjectRecords.Person(ref random))
            .Text(random.Chance(RiskWithoutMitigation * laxity) ? null : random.Pick(Vocabulary.Mitigations))
            .Date(reviewed)
            .EndRow();
    }

    private void Issue(ref SeededRandom random, in GeneratedProject project)
    {
        var raised = asOf.AddDays(-random.Between(0, 365));
        var open = project.Stage is not LifecycleStage.Closed && random.Chance(0.45);
        DateOnly? resolved = null;
        if (!open && !random.Chance(0.04))
        {
            var days = random.Between(1, 90);
            resolved = random.Chance(0.005) ? raised.AddDays(-days) : Earliest(raised.AddDays(days), asOf);
        }

        files.Issues.Text(Id("ISS-", ref _issues))
            .Text(project.Id)
            .Text(random.Pick(Vocabulary.IssueTitles))
            .Text(random.Band(SeverityWeights) is var priority && priority < SeverityNames.Length ? SeverityNames[priority] : null)
            .Text(open ? "open" : "closed")
            .Text(random.Chance(IssueWithoutOwner) ? null : project.Manager ?? ProjectRecords.Person(ref random))
            .Date(random.Chance(0.01) ? null : raised)
            .Date(resolved)
            .EndRow();
    }

    private void Change(ref SeededRandom random, in GeneratedProject project)
    {
        var status = random.Band([0.3, 0.55, 0.15]);
        var decided = status > 0;
        var share = random.Chance(0.03) ? random.Between(0.2, 0.5) : random.Between(-0.05, 0.12);
        files.Changes.Text(Id("CHG-", ref _changes))
            .Text(project.Id)
            .Text(random.Pick(Vocabulary.ChangeTitles))
            .Text(status switch { 0 => "proposed", 1 => "approved", _ => "rejected" })
            .Text(random.Chance(0.05) ? null : ProjectRecords.Person(ref random))
            .Date(decided && !random.Chance(0.04) ? asOf.AddDays(-random.Between(1, 400)) : null)
            .Number(random.Chance(0.04) ? null : (long)(project.Budget * share))
            .Number(random.Chance(0.04) ? null : random.Between(0, 120))
            .EndRow();
    }

    private void Milestones(ref SeededRandom random, in GeneratedProject project, double laxity)
    {
        var count = 3 + random.Poisson(ExtraMilestonesPerProject);
        var span = Math.Max(count + 1, project.End.DayNumber - project.Start.DayNumber);
        for (var index = 0; index < count; index++)
        {
            var baseline = project.Start.AddDays(span * (index + 1) / count);
            var slip = random.Band([0.6, 0.3, 0.1]) switch
            {
                0 => random.Between(-10, 10),
                1 => random.Between(11, 60),
                _ => random.Between(61, 200),
            };
            var forecast = baseline.AddDays(slip);
            DateOnly? actual = forecast < asOf && !random.Chance(MilestoneMissedForecast * laxity) ? forecast : null;
            files.Milestones.Text(Id("MS-", ref _milestones))
                .Text(project.Id)
                .Text(Vocabulary.MilestoneNames[Math.Min(index, Vocabulary.MilestoneNames.Length - 1)])
                .Date(random.Chance(MilestoneWithoutBaseline) ? null : baseline)
                .Date(forecast)
                .Date(actual)
                .EndRow();
        }
    }

    private void Gates(ref SeededRandom random, in GeneratedProject project, double laxity)
    {
        var passed = project.Stage switch
        {
            LifecycleStage.Initiation => random.Between(0, 1),
            LifecycleStage.Planning => 1,
            LifecycleStage.Execution => random.Chance(SkippedGate) ? 1 : random.Between(2, 3),
            LifecycleStage.Closing => random.Between(3, 4),
            LifecycleStage.Closed => 5,
            _ => random.Between(0, 3),
        };
        var date = project.Start;
        for (var index = 0; index < passed; index++)
        {
            if (random.Chance(0.04))
            {
                Gate(ref random, project, index, random.Chance(0.5) ? "hold" : "recycle", date, laxity);
            }

            date = Earliest(date.AddDays(random.Between(20, 200)), asOf);
            Gate(ref random, project, index, "go", date, laxity);
        }

        if (project.IsActive && random.Chance(KilledButRunning))
        {
            Gate(ref random, project, passed, "kill", date, laxity);
        }
    }

    private void Gate(ref SeededRandom random, in GeneratedProject project, int index, string decision, DateOnly date, double laxity) =>
        files.Gates.Text(Id("GTE-", ref _gates))
            .Text(project.Id)
            .Text(Vocabulary.Gates[Math.Min(index, Vocabulary.Gates.Length - 1)])
            .Text(random.Chance(0.01) ? null : decision)
            .Date(random.Chance(0.02) ? null : random.Chance(0.005) ? asOf.AddDays(random.Between(1, 30)) : date)
            .Text(random.Chance(GateWithoutApprover * laxity) ? null : ProjectRecords.Person(ref random))
            .EndRow();

    private void Benefits(ref SeededRandom random, in GeneratedProject project, double laxity)
    {
        var count = project.BusinessCaseApproved ? (random.Chance(0.05) ? 0 : 1 + random.Poisson(0.7)) : random.Poisson(0.3);
        for (var index = 0; index < count; index++)
        {
            files.Benefits.Text(Id("BEN-", ref _benefits))
                .Text(project.Id)
                .Text(random.Pick(Vocabulary.Benefits))
                .Text(random.Chance(BenefitWithoutOwner * laxity) ? null : ProjectRecords.Person(ref random))
                .Text(random.Chance(0.06) ? null : random.Pick(Vocabulary.Measures))
                .Number(random.Chance(0.05) ? null : random.Between(5, 200) * 1000L)
                .Date(random.Chance(0.05) ? null : project.End.AddDays(random.Between(90, 720)))
                .EndRow();
        }
    }

    private void Allocations(ref SeededRandom random, in GeneratedProject project)
    {
        var count = random.Poisson(project.IsActive ? AllocationsPerActiveProject : 0.5);
        for (var index = 0; index < count; index++)
        {
            var start = project.Start.AddDays(random.Between(0, 90));
            var end = start.AddDays(random.Between(60, 700));
            var percent = random.Chance(OverAllocation) ? random.Pick<long>([120, 150, 200])
                : random.Band([0.5, 0.25, 0.25]) switch { 0 => 100L, 1 => 50L, _ => random.Between(1, 8) * 10L };
            var inverted = random.Chance(0.01);
            files.Allocations.Text(Id("ALC-", ref _allocations))
                .Text(project.Id)
                .Text(random.Chance(0.02) ? null : ProjectRecords.Person(ref random))
                .Text(random.Pick(Vocabulary.Roles))
                .Number(percent)
                .Date(inverted ? end : start)
                .Date(inverted ? start : end)
                .EndRow();
        }
    }

    private static DateOnly Earliest(DateOnly first, DateOnly second) => first < second ? first : second;
}
