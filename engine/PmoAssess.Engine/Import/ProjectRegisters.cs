using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>The child records read for one project, waiting to be attached to it.</summary>
internal sealed class ProjectRegisters
{
    public static readonly ProjectRegisters Empty = new();

    private readonly List<ProjectChild> _children = [];

    public void Add(ProjectChild child) => _children.Add(child);

    public IReadOnlyList<T> Of<T>()
        where T : ProjectChild => [.. _children.OfType<T>()];
}
