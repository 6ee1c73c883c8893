using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Plugins.Governance.Rules;
using static PmoAssess.Plugins.Governance.Tests.RuleHarness;

namespace PmoAssess.Plugins.Governance.Tests.Rules;

/// <summary>All as of 2026-09-30 unless a test says otherwise.</summary>
public sealed class StatusReportIsCurrentTests
{
    [Theory]
    [InlineData("2026-09-30")]
    [InlineData("2026-09-25")]
    public void Assess_RecentReport_Passes(string reported)
    {
        var outcome = Assess<StatusReportIsCurrent>(Active(DateOnly.Parse(reported, CultureInfo.InvariantCulture)));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Message.ShouldBeNull();
        outcome.Evidence.ShouldBe([EvidenceOf("lastStatusReport", reported)]);
    }

    [Fact]
    public void Assess_ReportExactlyThirtyDaysOld_Passes()
    {
        var outcome = Assess<StatusReportIsCurrent>(Active(new DateOnly(2026, 8, 31)));

        outcome.Status.ShouldBe(OutcomeStatus.Passed);
        outcome.Evidence.ShouldBe([EvidenceOf("lastStatusReport", "2026-08-31")]);
    }

    [Fact]
    public void Assess_ReportThirtyOneDaysOld_Fails()
    {
        var outcome = Assess<StatusReportIsCurrent>(Active(new DateOnly(2026, 8, 30)));

        outcome.RuleId.ShouldBe("TRN-001");
        outcome.ProjectId.ShouldBe("PRJ-1");
        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The last status report is 31 days old (limit 30).");
        outcome.Evidence.ShouldBe([EvidenceOf("lastStatusReport", "2026-08-30")]);
    }

    [Theory]
    [InlineData(LifecycleStage.Initiation)]
    [InlineData(LifecycleStage.Planning)]
    [InlineData(LifecycleStage.Execution)]
    [InlineData(LifecycleStage.Closing)]
    public void Assess_ActiveProjectWithReportMonthsOld_Fails(LifecycleStage stage)
    {
        var outcome = Assess<StatusReportIsCurrent>(new Project { Id = "PRJ-1", Stage = stage, LastStatusReport = new DateOnly(2026, 6, 30) });

        outcome.Status.ShouldBe(OutcomeStatus.Failed);
        outcome.Message.ShouldBe("The last status report is 92 days old (limit 30).");
        outcome.Evidence.ShouldBe([EvidenceOf("lastStatusReport", "2026-06-30")]);
    }

    [Fact]
    public void Assess_SameReportOnALaterAssessmentDate_UsesTheAssessmentDate()
    {
        var project = Active(new DateOnly(2026, 8, 31));

        Assess<StatusReportIsCurrent>(project, asOf: new DateOnly(2026, 9, 30)).Status.ShouldBe(OutcomeStatus.Passed);
        var later = Assess<StatusReportIsCurrent>(project, asOf: new DateOnly(2026, 10, 1));

        later.Status.ShouldBe(OutcomeStatus.Failed);
        later.Message.ShouldBe("The last status report is 31 days old (limit 30).");
    }

    [Fact]
    public void Assess_ActiveProjectThatNeverReported_IsNotAssessable()
    {
        var outcome = Assess<StatusReportIsCurrent>(Active(reported: null));

        outcome.Status.ShouldBe(OutcomeStatus.NotAssessable);
        outcome.MissingField.ShouldBe("lastStatusReport");
        outcome.Message.ShouldBe("No value for 'lastStatusReport'.");
        outcome.Evidence.ShouldBe([EvidenceOf("lastStatusReport", null)]);
    }

    [Theory]
    [InlineData("2026-01-31")]
    [InlineData(null)]
    public void Assess_ClosedProject_IsNotApplicable(string? reported)
    {
        var project = new Project
        {
            Id = "PRJ-1",
            Stage = LifecycleStage.Closed,
            LastStatusReport = reported is null ? null : DateOnly.Parse(reported, CultureInfo.InvariantCulture),
        };

        var outcome = Assess<StatusReportIsCurrent>(project);

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
        outcome.MissingField.ShouldBeNull();
    }

    [Fact]
    public void Assess_ProjectWithUnknownStage_IsNotApplicable()
    {
        var outcome = Assess<StatusReportIsCurrent>(new Project { Id = "PRJ-1", Stage = null, LastStatusReport = new DateOnly(2026, 1, 31) });

        outcome.Status.ShouldBe(OutcomeStatus.NotApplicable);
    }

    private static Project Active(DateOnly? reported) =>
        new() { Id = "PRJ-1", Stage = LifecycleStage.Execution, LastStatusReport = reported };
}
