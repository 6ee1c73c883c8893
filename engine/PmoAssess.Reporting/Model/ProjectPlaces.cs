using System.Runtime.InteropServices;

namespace PmoAssess.Reporting.Model;

/// <summary>
/// Where each project is in a report's list, by id, so that outcomes can be counted into arrays rather than tables keyed
/// by id. A project's outcomes mostly come one after another, so the id asked about last is answered without a look-up.
/// </summary>
internal sealed class ProjectPlaces
{
    private readonly Dictionary<string, int> _places;
    private readonly int[] _firstPlaces;
    private string? _lastId;
    private int _lastPlace = -1;

    public ProjectPlaces(IReadOnlyList<ReportProject> projects)
    {
        _places = new Dictionary<string, int>(projects.Count, StringComparer.Ordinal);
        _firstPlaces = new int[projects.Count];
        for (var index = 0; index < projects.Count; index++)
        {
            ref var place = ref CollectionsMarshal.GetValueRefOrAddDefault(_places, projects[index].Id, out var exists);
            if (!exists)
            {
                place = index;
            }

            _firstPlaces[index] = place;
        }
    }

    /// <summary>How many projects there are.</summary>
    public int Count => _firstPlaces.Length;

    /// <summary>The place of the first project with id <paramref name="projectId"/>; -1 for no id or no such project.</summary>
    public int PlaceOf(string? projectId)
    {
        if (projectId is null)
        {
            return -1;
        }

        if (!ReferenceEquals(projectId, _lastId))
        {
            _lastId = projectId;
            _lastPlace = _places.TryGetValue(projectId, out var place) ? place : -1;
        }

        return _lastPlace;
    }

    /// <summary>The place of the first project with the id of the project at <paramref name="place"/>: itself, unless an earlier one shares its id.</summary>
    public int FirstPlaceOf(int place) => _firstPlaces[place];
}
