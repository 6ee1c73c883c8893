namespace PmoAssess.Tests.Engine;

/// <summary>Some of a list's items held as runs of their places, then items of their own.</summary>
public sealed class ListRunsTests
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "e", "f"];

    [Fact]
    public void AddPlace_AdjacentAndApartPlaces_ReadBackInOrderByIndexAndByEnumeration()
    {
        var runs = new ListRuns<string>(Letters);
        foreach (var place in new[] { 0, 1, 3, 4, 5 })
        {
            runs.AddPlace(place);
        }

        runs.Add("own");

        runs.Count.ShouldBe(6);
        runs.ShouldBe(["a", "b", "d", "e", "f", "own"]);
        Enumerable.Range(0, runs.Count).Select(index => runs[index]).ShouldBe(["a", "b", "d", "e", "f", "own"]);
        Should.Throw<ArgumentOutOfRangeException>(() => runs[6]);
        Should.Throw<ArgumentOutOfRangeException>(() => runs[-1]);
    }

    [Fact]
    public void Indexer_ManyRuns_ReadsEachItemFromItsRun()
    {
        var source = Enumerable.Range(0, 1_000).Select(number => "item " + number).ToArray();
        var twoInThree = Enumerable.Range(0, source.Length).Where(place => place % 3 != 1).ToArray();
        var runs = new ListRuns<string>(source);
        foreach (var place in twoInThree)
        {
            runs.AddPlace(place);
        }

        Enumerable.Range(0, runs.Count).Select(index => runs[index]).ShouldBe(twoInThree.Select(place => source[place]));
    }

    [Fact]
    public void AllBut_ExcludedPlacesAtEitherEndAndSideBySide_LeavesTheRestInOrder()
    {
        ListRuns.AllBut(Letters, [0, 2, 3, 5]).ShouldBe(["b", "e"]);
        ListRuns.AllBut(Letters, []).ShouldBe(Letters);
        ListRuns.AllBut(Letters, [0, 1, 2, 3, 4, 5]).ShouldBeEmpty();
        ListRuns.AllBut(Letters, [1, 4])[2].ShouldBe("d");
    }

    [Fact]
    public void AddRange_BeyondTheSource_IsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ListRuns<string>(Letters).AddRange(4, 3));
}
