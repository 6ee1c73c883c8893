using System.Runtime.InteropServices;
using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>
/// The child records read for the projects, waiting to be attached to them: for each kind of child, an array of each
/// project's children by the id of the project they name.
/// </summary>
// Arrays of the exact type and size are what a project keeps for the whole run: a list per project grown one child at a
// time was garbage that outlived several collections, and was copied again into such arrays.
internal sealed class ProjectRegisters
{
    /// <summary>The kinds of project child: risks, issues, changes, milestones, gates, benefits and allocations.</summary>
    private const int Kinds = 7;

    private readonly Dictionary<string, ProjectChild[]>?[] _byKind = new Dictionary<string, ProjectChild[]>?[Kinds];

    // How many projects found their children of each kind (projects are built on several threads).
    private readonly int[] _claimed = new int[Kinds];

    /// <summary>The registers of <paramref name="children"/>, of any kinds, each kind in the order given.</summary>
    public static ProjectRegisters Group(IEnumerable<ProjectChild> children)
    {
        var registers = new ProjectRegisters();
        foreach (var kind in children.GroupBy(child => child.Kind))
        {
            registers.Add(kind.Key, [.. kind]);
        }

        return registers;
    }

    /// <summary>
    /// Adds the registers of one kind of child, in the order given. Each kind is added once; different kinds may be added
    /// at the same time, from different threads (the files of each kind are read side by side).
    /// </summary>
    public void Add(EntityKind kind, List<ProjectChild> children) => _byKind[SlotOf(kind)] = InRuns(kind, children) ?? Scattered(kind, children);

    /// <summary>The children of one kind that name <paramref name="projectId"/>, in the order they were given.</summary>
    // The register is found by its kind rather than by testing each array's type: a cast to an array type is the
    // runtime's slow kind of cast, and seven of them for each of seven kinds took 6% of the import's processor time.
    public IReadOnlyList<T> Of<T>(string projectId)
        where T : ProjectChild
    {
        var slot = SlotOf(typeof(T));
        if (_byKind[slot]?.GetValueOrDefault(projectId) is not { } register)
        {
            return [];
        }

        Interlocked.Increment(ref _claimed[slot]);
        return System.Runtime.CompilerServices.Unsafe.As<T[]>(register);
    }

    /// <summary>
    /// Whether every project that children name asked for them (<see cref="Of{T}"/>, once for each project and kind): when
    /// it did, no child names a project that does not exist.
    /// </summary>
    public bool AllClaimed() => Enumerable.Range(0, Kinds).All(slot => _claimed[slot] == (_byKind[slot]?.Count ?? 0));

    // Registers usually list a project's children together: each run becomes its project's array, with one look-up per
    // project rather than two per child. Null when a project's children are not all in one run.
    private static Dictionary<string, ProjectChild[]>? InRuns(EntityKind kind, List<ProjectChild> children)
    {
        // Sized at the number of runs, counted first: grown by doubling, the seven tables were 43 MB of garbage at 100,000 projects.
        var runs = children.Count == 0 ? 0 : 1;
        for (var index = 1; index < children.Count; index++)
        {
            runs += string.Equals(children[index].ProjectId, children[index - 1].ProjectId, StringComparison.Ordinal) ? 0 : 1;
        }

        var registers = new Dictionary<string, ProjectChild[]>(runs, StringComparer.Ordinal);
        for (var start = 0; start < children.Count;)
        {
            var projectId = children[start].ProjectId;
            var end = start + 1;
            while (end < children.Count && string.Equals(children[end].ProjectId, projectId, StringComparison.Ordinal))
            {
                end++;
            }

            var register = NewRegister(kind, end - start);
            children.CopyTo(start, register, 0, register.Length);
            if (!registers.TryAdd(projectId, register))
            {
                return null;
            }

            start = end;
        }

        return registers;
    }

    // Counted first, so that each project's array is made once, at its size.
    private static Dictionary<string, ProjectChild[]> Scattered(EntityKind kind, List<ProjectChild> children)
    {
        var unplaced = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(unplaced, child.ProjectId, out _)++;
        }

        var registers = unplaced.ToDictionary(pair => pair.Key, pair => NewRegister(kind, pair.Value), StringComparer.Ordinal);
        foreach (var child in children)
        {
            var register = registers[child.ProjectId];
            register[register.Length - CollectionsMarshal.GetValueRefOrNullRef(unplaced, child.ProjectId)--] = child;
        }

        return registers;
    }

    private static int SlotOf(EntityKind kind) => PortfolioDataset.RegisterOf(kind) is var slot and >= 0
        ? slot
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a project register.");

    // The same slots as SlotOf(EntityKind), by each kind's type.
    private static int SlotOf(Type type) =>
        type == typeof(Risk) ? 0
        : type == typeof(Issue) ? 1
        : type == typeof(ChangeRequest) ? 2
        : type == typeof(Milestone) ? 3
        : type == typeof(StageGate) ? 4
        : type == typeof(Benefit) ? 5
        : type == typeof(ResourceAllocation) ? 6
        : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a project register.");

    // Made of the exact type of its kind, so that Of can hand it out as that type without a cast.
    private static ProjectChild[] NewRegister(EntityKind kind, int count) => kind switch
    {
        EntityKind.Risk => new Risk[count],
        EntityKind.Issue => new Issue[count],
        EntityKind.ChangeRequest => new ChangeRequest[count],
        EntityKind.Milestone => new Milestone[count],
        EntityKind.Gate => new StageGate[count],
        EntityKind.Benefit => new Benefit[count],
        EntityKind.Allocation => new ResourceAllocation[count],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a project register."),
    };
}
