using PmoAssess.Facts;
using PmoAssess.Reporting.Model;
using static PmoAssess.Tests.Reporting.Model.HandMadeReport;

namespace PmoAssess.Tests.Reporting.Model;

public sealed class ProjectScoreTests
{
    [Fact]
    public void Scorecard_ProjectsSharingAnId_BothGetTheIdsCounts()
    {
        var report = Of(
            [Found(ProjectRule, EntityKind.Project, "PRJ-2", "PRJ-2"), Found(RiskRule, EntityKind.Risk, "RSK-1", "PRJ-2")],
            [Project("PRJ-1"), Project("PRJ-2"), Project("PRJ-2")]);

        var scorecard = ProjectScore.Scorecard(report);

        scorecard.Select(score => (score.Project.Id, score.High, score.Medium)).ShouldBe([("PRJ-2", 1, 1), ("PRJ-2", 1, 1), ("PRJ-1", 0, 0)]);
    }
}
