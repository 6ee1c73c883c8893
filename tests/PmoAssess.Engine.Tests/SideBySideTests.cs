namespace PmoAssess.Tests.Engine;

/// <summary>Items start in order, each core taking the next as it is free; failures surface as they would in turn.</summary>
public sealed class SideBySideTests
{
    [Fact]
    public void For_LongFirstItem_TheOtherCoreTakesEveryItemBehindItInOrder()
    {
        if (Environment.ProcessorCount != 2)
        {
            return; // with one core items run in turn, and with more the other cores race for the items
        }

        // The first item holds one core until every other item has run on the other, which must take them in order: a
        // range of items per core (Parallel.For) started the second core's range first and the items behind the long one
        // last, which left a core idle at the end when the long item was the first of several long ones.
        const int count = 6;
        using var othersDone = new CountdownEvent(count - 1);
        var started = new List<int>();
        var firstSawOthersDone = false;
        SideBySide.For(count, index =>
        {
            if (index == 0)
            {
                firstSawOthersDone = othersDone.Wait(TimeSpan.FromSeconds(30));
                return;
            }

            lock (started)
            {
                started.Add(index);
            }

            othersDone.Signal();
        });

        firstSawOthersDone.ShouldBeTrue();
        started.ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void For_SeveralItemsFail_EveryItemIsTriedAndTheFirstInOrderIsThrown()
    {
        var tried = new bool[5];
        var thrown = Should.Throw<InvalidOperationException>(() => SideBySide.For(tried.Length, index =>
        {
            tried[index] = true;
            if (index == 3)
            {
                throw new InvalidOperationException("item 3");
            }

            if (index == 1)
            {
                Thread.Sleep(50); // item 3 meets its problem first
                throw new InvalidOperationException("item 1");
            }
        }));

        thrown.Message.ShouldBe("item 1");
        tried.ShouldAllBe(item => item);
    }

    [Fact]
    public void For_NotInParallel_RunsEachItemInTurnOnTheCallersThread()
    {
        var order = new List<int>();
        var threads = new HashSet<int>();
        SideBySide.For(4, index =>
        {
            order.Add(index);
            threads.Add(Environment.CurrentManagedThreadId);
        }, inParallel: false);

        order.ShouldBe([0, 1, 2, 3]);
        threads.ShouldBe([Environment.CurrentManagedThreadId]);
    }

    [Fact]
    public void LargestFirst_StartsTheLargestFirstAndEqualOnesInOrder()
    {
        var order = new List<int>();
        SideBySide.LargestFirst([10, 350, 0, 350, 190], order.Add, inParallel: false);

        order.ShouldBe([1, 3, 4, 0, 2]);
    }

    [Fact]
    public void LargestFirst_SeveralItemsFail_TheFirstInIndexOrderIsThrownThoughItStartedLast()
    {
        var thrown = Should.Throw<InvalidOperationException>(() => SideBySide.LargestFirst([1, 5, 9], index =>
        {
            if (index != 2)
            {
                throw new InvalidOperationException("item " + index);
            }
        }, inParallel: false));

        thrown.Message.ShouldBe("item 0");
    }

    [Fact]
    public void AllAtOnce_MoreItemsThanCores_EveryItemRunsAtTheSameTime()
    {
        // Each item waits for all the others to arrive: items started only as cores free up would never all arrive.
        const int count = 5;
        using var barrier = new Barrier(count);
        var metAll = new bool[count];
        SideBySide.AllAtOnce(count, index => metAll[index] = barrier.SignalAndWait(TimeSpan.FromSeconds(30)));

        metAll.ShouldAllBe(met => met);
    }

    [Fact]
    public void AllAtOnce_SeveralItemsFail_EveryItemIsTriedAndTheFirstInOrderIsThrown()
    {
        var tried = new bool[4];
        var thrown = Should.Throw<InvalidOperationException>(() => SideBySide.AllAtOnce(tried.Length, index =>
        {
            tried[index] = true;
            if (index == 1)
            {
                Thread.Sleep(50); // item 2 meets its problem first
                throw new InvalidOperationException("item 1");
            }

            if (index == 2)
            {
                throw new InvalidOperationException("item 2");
            }
        }));

        thrown.Message.ShouldBe("item 1");
        tried.ShouldAllBe(item => item);
    }
}
