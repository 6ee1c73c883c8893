using System.Runtime.ExceptionServices;
using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>
/// The records of the projects, read before their children are known and built into projects once they are. A problem
/// met while reading waits too: building the records before it may meet one of its own first, as reading and building
/// each record in turn would.
/// </summary>
internal sealed class PendingProjects
{
    private readonly List<RecordFields> _records = [];
    private ExceptionDispatchInfo? _problem;

    /// <summary>Reads the records with <paramref name="read"/>, which adds each to the list it is given; keeps what it throws.</summary>
    public void Read(Action<List<RecordFields>> read)
    {
        try
        {
            read(_records);
        }
        catch (Exception exception)
        {
            _problem = ExceptionDispatchInfo.Capture(exception);
        }
    }

    /// <summary>
    /// The projects <paramref name="build"/> makes of the records, in order, on every core when <paramref name="inParallel"/>;
    /// then the problem reading met, if any. A problem building is reported for the first record that meets one.
    /// </summary>
    public List<Project> Build(Func<RecordFields, Project> build, bool inParallel)
    {
        var projects = new Project[_records.Count];
        var parts = (_records.Count + RecordsPerPart - 1) / RecordsPerPart;
        SideBySide.For(parts, part =>
        {
            for (var index = part * RecordsPerPart; index < Math.Min(_records.Count, (part + 1) * RecordsPerPart); index++)
            {
                projects[index] = build(_records[index]);
            }
        }, inParallel);

        _problem?.Throw();
        return [.. projects];
    }

    // Enough to make handing out parts cheap, few enough to share them evenly between the cores.
    private const int RecordsPerPart = 4096;
}
