namespace PmoAssess.Tests;

/// <summary>
/// Finds the real UK GMPP exports the import is tested on: <c>samples/uk-gmpp/</c> in the repository when it ships
/// copies, otherwise <c>shared/data/gmpp/</c> in the repository root or any folder above it (the workspace keeps
/// <c>shared/</c> beside the clones).
/// </summary>
internal static class GmppData
{
    public static string File(string name)
    {
        var sample = RepositoryRoot.Combine("samples", "uk-gmpp", name);
        if (System.IO.File.Exists(sample))
        {
            return sample;
        }

        for (var folder = new DirectoryInfo(RepositoryRoot.Path); folder is not null; folder = folder.Parent)
        {
            var shared = Path.Combine(folder.FullName, "shared", "data", "gmpp", name);
            if (System.IO.File.Exists(shared))
            {
                return shared;
            }
        }

        throw new FileNotFoundException(
            "The GMPP file " + name + " is neither in samples/uk-gmpp/ nor in shared/data/gmpp/ at or above " + RepositoryRoot.Path);
    }
}
