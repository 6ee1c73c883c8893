namespace PmoAssess;

/// <summary>
/// Whether items are in an order already. Facts, outcomes and findings are made in order as a rule, and sorting hundreds
/// of thousands of them again costs a large assessment seconds; a stable sort of items in order would change nothing.
/// </summary>
public static class Ordering
{
    /// <summary>Whether no item of <paramref name="items"/> comes after the next one by <paramref name="order"/>.</summary>
    public static bool IsSorted<T>(IReadOnlyList<T> items, Comparison<T> order) => EachBeforeNext(items, order, orEqual: true);

    /// <summary>
    /// Whether each item of <paramref name="items"/> comes before the next by <paramref name="order"/>: sorted, and no two
    /// equal (ids in order and each once).
    /// </summary>
    public static bool IsStrictlyAscending<T>(IReadOnlyList<T> items, Comparison<T> order) => EachBeforeNext(items, order, orEqual: false);

    private static bool EachBeforeNext<T>(IReadOnlyList<T> items, Comparison<T> order, bool orEqual)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(order);
        var highest = orEqual ? 0 : -1;
        for (var index = 1; index < items.Count; index++)
        {
            if (order(items[index - 1], items[index]) > highest)
            {
                return false;
            }
        }

        return true;
    }
}
