using System.CommandLine;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Commands that write a file a user then edits by hand (a proposed mapping, an answers file) never replace one that
/// exists unless told to with <c>--force</c>: run again by mistake, they would wipe the user's work.
/// </summary>
internal static class OverwriteGuard
{
    /// <summary>The <c>--force</c> option that allows it.</summary>
    public static Option<bool> ForceOption() => new("--force") { Description = "Overwrite the --out file if it exists." };

    /// <summary>Whether writing <paramref name="path"/> is refused: it exists and <paramref name="force"/> is not given. The refusal is written to <paramref name="error"/>.</summary>
    public static bool Refuses(string? path, bool force, TextWriter error)
    {
        if (path is null || !File.Exists(path) || force)
        {
            return false;
        }

        error.WriteLine("error: Will not overwrite a file that exists; give --force to replace it. File=" + path);
        return true;
    }
}
