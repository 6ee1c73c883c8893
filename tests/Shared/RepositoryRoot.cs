namespace PmoAssess.Tests;

/// <summary>Finds files in the repository from a test's output folder, wherever the clone is.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "PmoAssess.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PmoAssess.sln not found above " + AppContext.BaseDirectory);
    }
}
