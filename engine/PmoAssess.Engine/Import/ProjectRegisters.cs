using PmoAssess.Facts;

namespace PmoAssess.Import;

/// <summary>The child records read for one project, waiting to be attached to it.</summary>
internal sealed class ProjectRegisters
{
    public static readonly ProjectRegisters Empty = new();

    private readonly List<ProjectChild> _children = [];

    public void Add(ProjectChild child) => _children.Add(child);

    /// <summary>The children of one kind, in the order they were added.</summary>
    // An array of the exact size: a project keeps its registers for the whole run, and a list grown one child at a
    // time would keep its spare capacity (and be copied as it grew) for each of a hundred thousand projects.
    public IReadOnlyList<T> Of<T>()
        where T : ProjectChild
    {
        var count = 0;
        foreach (var child in _children)
        {
            count += child is T ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var children = new T[count];
        var next = 0;
        foreach (var child in _children)
        {
            if (child is T typed)
            {
                children[next++] = typed;
            }
        }

        return children;
    }
}
