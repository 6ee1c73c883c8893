namespace PmoAssess.Reporting.Model;

/// <summary>
/// Where the assessed files are, for outputs that point at them (SARIF). A code-scanning service resolves a file from the
/// root of the repository its job ran in, so the folder is given relative to the working directory when it is under it,
/// and as an absolute <c>file:</c> URI only when it is not. The same command run from the same folder gives the same value.
/// </summary>
public sealed record SourceFolder
{
    /// <summary>
    /// The folder relative to the working directory, with forward slashes and no trailing one (<c>samples/contoso</c>; empty
    /// for the working directory itself), or <c>null</c> when the folder is not under the working directory.
    /// </summary>
    public string? RelativePath { get; private init; }

    /// <summary>The folder as an absolute <c>file:</c> URI ending in a slash, when it is not under the working directory.</summary>
    public Uri? AbsoluteUri { get; private init; }

    /// <summary>Where <paramref name="folder"/> is, seen from <paramref name="workingDirectory"/>.</summary>
    public static SourceFolder Of(string folder, string workingDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(workingDirectory);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var relative = Path.GetRelativePath(Path.GetFullPath(workingDirectory), full);
        if (relative == ".")
        {
            return new SourceFolder { RelativePath = string.Empty };
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.IsPathRooted(relative) || segments[0] == ".."
            ? new SourceFolder { AbsoluteUri = new Uri(full + Path.DirectorySeparatorChar) }
            : new SourceFolder { RelativePath = string.Join('/', segments) };
    }
}
