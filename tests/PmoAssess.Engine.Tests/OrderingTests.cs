namespace PmoAssess.Tests.Engine;

/// <summary>Sorted allows equal neighbours; strictly ascending does not.</summary>
public sealed class OrderingTests
{
    private static readonly Comparison<string> Ordinal = string.CompareOrdinal;

    [Theory]
    [InlineData(new string[0], true, true)]
    [InlineData(new[] { "A" }, true, true)]
    [InlineData(new[] { "A", "B", "C" }, true, true)]
    [InlineData(new[] { "A", "B", "B" }, true, false)]
    [InlineData(new[] { "B", "A" }, false, false)]
    [InlineData(new[] { "A", "C", "B" }, false, false)]
    public void IsSortedAndIsStrictlyAscending_TellInOrderFromInOrderWithEachOnce(string[] items, bool sorted, bool strictlyAscending)
    {
        Ordering.IsSorted(items, Ordinal).ShouldBe(sorted);
        Ordering.IsStrictlyAscending(items, Ordinal).ShouldBe(strictlyAscending);
    }
}
