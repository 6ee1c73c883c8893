using PmoAssess.Assessment;
using PmoAssess.Outcomes;

namespace PmoAssess.Tests.Engine.Assessment;

/// <summary>
/// Readers sharing a list of outcomes read what each would read alone; an outcome is made once when they read in step, and
/// let go once all have read it.
/// </summary>
public sealed class SharedOutcomesTests
{
    [Fact]
    public void Share_TwoReadersInTurn_TheSecondReadsWhatTheFirstMadeAndNothingWaitsAfterward()
    {
        var list = NeedingAttention();
        var alone = list.Select(Said).ToList();

        using (list.Share(readers: 2))
        {
            var first = list.ToList();
            list.SharedWaiting.ShouldBe(first.Count);
            var second = Enumerable.Range(0, list.Count).Select(index => list[index]).ToList();

            second.Select((outcome, index) => ReferenceEquals(outcome, first[index])).ShouldAllBe(same => same);
            second.Select(Said).ShouldBe(alone);
            list.SharedWaiting.ShouldBe(0);
        }

        ReferenceEquals(list[0], list[0]).ShouldBeFalse("no longer shared, each read makes its own");
    }

    [Fact]
    public void Share_ReadersFartherApartThanTheBudget_LeaveNoMoreWaitingAndBothReadWhatTheyWouldAlone()
    {
        var list = NeedingAttention();
        var alone = list.Select(Said).ToList();

        using (list.Share(readers: 2, budget: 2))
        {
            var first = list.ToList();
            list.SharedWaiting.ShouldBe(2);
            var second = list.ToList();

            second.Select((outcome, index) => ReferenceEquals(outcome, first[index])).ShouldBe([true, true, .. Enumerable.Repeat(false, list.Count - 2)]);
            first.Select(Said).ShouldBe(alone);
            second.Select(Said).ShouldBe(alone);
            list.SharedWaiting.ShouldBe(0);
        }
    }

    [Fact]
    public void Share_MoreReadersThanExpected_EachReadsWhatItWouldAlone()
    {
        var list = NeedingAttention();
        var alone = list.Select(Said).ToList();

        using (list.Share(readers: 2))
        {
            for (var reader = 0; reader < 3; reader++)
            {
                list.Select(Said).ShouldBe(alone, $"reader {reader}");
            }

        }
    }

    [Fact]
    public void Share_AnOutcomeReadMoreOftenThanThereAreReaders_LeavesNothingWaiting()
    {
        var list = NeedingAttention();

        using (list.Share(readers: 2))
        {
            // Before its rule's other outcomes are read: the third read's outcome is let go at once, not kept to the end.
            var reads = Enumerable.Range(0, 3).Select(_ => list[0]).ToList();

            list.SharedWaiting.ShouldBe(0);
            reads.Select(Said).Distinct().ShouldHaveSingleItem();
        }
    }

    [Fact]
    public void Share_TwoReadersOnTwoThreads_EachReadsWhatItWouldAloneAndNothingWaitsAfterward()
    {
        var list = NeedingAttention();
        var alone = list.Select(Said).ToList();

        // Many rounds, for the readers to meet at the same outcome now and then.
        for (var round = 0; round < 200; round++)
        {
            var read = new List<string>[2];
            using (list.Share(readers: 2))
            {
                SideBySide.AllAtOnce(read.Length, reader => read[reader] = [.. list.Select(Said)]);
                list.SharedWaiting.ShouldBe(0);
            }

            read[0].ShouldBe(alone);
            read[1].ShouldBe(alone);
        }
    }

    [Fact]
    public void Share_FewerThanTwoReaders_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NeedingAttention().Share(readers: 1));
    }

    // The failed and not-assessable outcomes of the runner tests' four rules over their portfolio: six, in four rules.
    private static OutcomeTable.Selection NeedingAttention()
    {
        var result = AssessmentRunner.Run(AssessedPortfolio.Create(), AssessedPortfolio.Catalog(AssessedPortfolio.HealthyRules), AssessedPortfolio.AsOf);
        var list = result.ListWhere(status => status is OutcomeStatus.Failed or OutcomeStatus.NotAssessable).ShouldBeOfType<OutcomeTable.Selection>();
        list.Count.ShouldBe(6);
        return list;
    }

    // All an outcome says, its verdict's message and evidence included.
    private static string Said(RuleOutcome outcome) =>
        string.Join(" | ", outcome.RuleId, outcome.SubjectKind, outcome.SubjectId, outcome.ProjectId, outcome.Status, outcome.Message, outcome.MissingField,
            string.Join("; ", outcome.Evidence.Select(evidence => $"{evidence.Field} {evidence.File} {evidence.Row} {evidence.Column} {evidence.Value}")));
}
