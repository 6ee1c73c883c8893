using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>The child records read for one project, waiting to be attached to it: one array per kind of child.</summary>
// Arrays of the exact type and size, made once the children are counted, are what the project keeps for the whole run:
// a list per project grown one child at a time was garbage that outlived several collections, and was copied again into
// such arrays.
internal sealed class ProjectRegisters
{
    public static readonly ProjectRegisters Empty = new();

    /// <summary>The kinds of project child: risks, issues, changes, milestones, gates, benefits and allocations.</summary>
    private const int Kinds = 7;

    private readonly ProjectChild[]?[] _registers = new ProjectChild[]?[Kinds];

    // The children of each kind still to place, counted first.
    private readonly int[] _unplaced = new int[Kinds];

    /// <summary>The children of each project, by the id of the project they name, each kind in the order given.</summary>
    /// <param name="children">Enumerated twice: once to count each project's children, once to place them.</param>
    public static Dictionary<string, ProjectRegisters> Group(IEnumerable<ProjectChild> children)
    {
        var registers = new Dictionary<string, ProjectRegisters>(StringComparer.Ordinal);
        var (lastProjectId, last) = ((string?)null, (ProjectRegisters?)null);
        foreach (var child in children)
        {
            // Registers usually list a project's children together, and the CSV reader shares a repeated cell's string:
            // the project is looked up once per run of its children rather than once per child.
            if (!ReferenceEquals(child.ProjectId, lastProjectId))
            {
                lastProjectId = child.ProjectId;
                if (!registers.TryGetValue(lastProjectId, out last))
                {
                    registers[lastProjectId] = last = new ProjectRegisters();
                }
            }

            last!._unplaced[SlotOf(child.Kind)]++;
        }

        (lastProjectId, last) = (null, null);
        foreach (var child in children)
        {
            if (!ReferenceEquals(child.ProjectId, lastProjectId))
            {
                (lastProjectId, last) = (child.ProjectId, registers[child.ProjectId]);
            }

            last!.Place(child);
        }

        return registers;
    }

    /// <summary>The children of one kind, in the order they were given.</summary>
    // The register is found by its kind rather than by testing each array's type: a cast to an array type is the
    // runtime's slow kind of cast, and seven of them for each of seven kinds took 6% of the import's processor time.
    public IReadOnlyList<T> Of<T>()
        where T : ProjectChild =>
        _registers[SlotOf(typeof(T))] is { } register ? System.Runtime.CompilerServices.Unsafe.As<T[]>(register) : [];

    private void Place(ProjectChild child)
    {
        var slot = SlotOf(child.Kind);
        var register = _registers[slot] ??= NewRegister(child.Kind, _unplaced[slot]);
        register[register.Length - _unplaced[slot]--] = child;
    }

    private static int SlotOf(EntityKind kind) => kind switch
    {
        EntityKind.Risk => 0,
        EntityKind.Issue => 1,
        EntityKind.ChangeRequest => 2,
        EntityKind.Milestone => 3,
        EntityKind.Gate => 4,
        EntityKind.Benefit => 5,
        EntityKind.Allocation => 6,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a project register."),
    };

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
