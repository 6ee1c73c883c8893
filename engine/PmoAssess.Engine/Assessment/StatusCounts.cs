using PmoAssess.Outcomes;

namespace PmoAssess.Assessment;

/// <summary>
/// How many outcomes of each status one rule has, counted one outcome at a time. Counted in an array and made a dictionary
/// at the end, the statuses in the order first met: a dictionary updated for each of millions of outcomes took most of
/// scoring's time.
/// </summary>
internal sealed class StatusCounts
{
    private static readonly int Statuses = Enum.GetValues<OutcomeStatus>().Length;

    private readonly int[] _counts = new int[Statuses];
    private readonly List<OutcomeStatus> _met = new(Statuses);

    public void Add(OutcomeStatus status)
    {
        if (_counts[(int)status]++ == 0)
        {
            _met.Add(status);
        }
    }

    /// <summary>The counts by status, only of the statuses met, in the order first met.</summary>
    public Dictionary<OutcomeStatus, int> ToDictionary() => _met.ToDictionary(status => status, status => _counts[(int)status]);
}
