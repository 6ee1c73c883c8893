using Microsoft.Extensions.Time.Testing;
using PmoAssess.Cli.Composition;

namespace PmoAssess.Cli.Tests.Composition;

/// <summary>The run's timeout counts its phases, and not a wait it is told to leave out.</summary>
public sealed class RunDeadlineTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public void Run_TimeUsedUp_StopsThePhaseNamingIt()
    {
        var clock = new FakeTimeProvider();
        var deadline = new RunDeadline(Timeout, clock);
        clock.Advance(TimeSpan.FromSeconds(7));

        var stopped = Should.Throw<RunTimeoutException>(() => deadline.Run("running the rules", _ => Briefly(), CancellationToken.None));

        stopped.Message.ShouldContain("timeout of 5 s: it was stopped while running the rules");
    }

    [Fact]
    public void Run_TimeUsedUpButPartlyByAnExcludedWait_HasTheTimeTheWaitTook()
    {
        var clock = new FakeTimeProvider();
        var deadline = new RunDeadline(Timeout, clock);
        clock.Advance(TimeSpan.FromSeconds(4));

        // The rules still loading once the data is read: 3 s the timeout does not cover, so 1 s of the 5 is left.
        deadline.Excluding(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(3));
            return 0;
        });

        deadline.Run("running the rules", _ => Briefly(), CancellationToken.None).ShouldBe(42);
    }

    // Long enough that a phase given no time left is stopped before it ends.
    private static int Briefly()
    {
        Thread.Sleep(50);
        return 42;
    }
}
