using PmoAssess.Assessment;

namespace PmoAssess.Tests.Engine.Assessment;

public sealed class SharedMessagesTests
{
    [Fact]
    public void Of_AMessageGivenBefore_IsTheFirstString()
    {
        var messages = new SharedMessages();
        var first = new string("The last status report is 48 days old (limit 30).".AsSpan());
        var again = new string(first.AsSpan());

        messages.Of(first).ShouldBeSameAs(first);
        messages.Of(again).ShouldBeSameAs(first);
    }

    [Fact]
    public void Of_PastFourThousandAndNinetySixDistinctMessages_KeepsNoMore()
    {
        var messages = new SharedMessages();
        var kept = messages.Of(new string("Project P-0 has no stage.".AsSpan()));
        for (var index = 1; index < 4096; index++)
        {
            messages.Of("Project P-" + index + " has no stage.");
        }

        var late = "Project P-4096 has no stage.";
        messages.Of(late).ShouldBeSameAs(late);
        messages.Of(new string(late.AsSpan())).ShouldNotBeSameAs(late);
        messages.Of(new string(kept.AsSpan())).ShouldBeSameAs(kept);
    }
}
