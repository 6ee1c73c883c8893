using System.Globalization;

namespace PmoAssess.Reporting.Output;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never a
/// half-written file: write to a temporary file beside it, flush to disk, then rename over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it atomically.</summary>
    public static void Write(string path, Action<Stream> write) => WriteAll([(path, write)], CancellationToken.None);

    /// <summary>
    /// Writes several files as one: each goes to a temporary file beside it, and only once all are written are they
    /// renamed into place, so a failure or a cancellation while writing leaves every previous file as it was and no
    /// temporary file behind. Cancellation is looked at between files and before the renames, not during them.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled before the renames; nothing was replaced.</exception>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var staged = new List<(string Temporary, string Path)>();
        try
        {
            foreach (var (path, write) in files)
            {
                ArgumentException.ThrowIfNullOrEmpty(path);
                ArgumentNullException.ThrowIfNull(write);
                cancellationToken.ThrowIfCancellationRequested();
                var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
                staged.Add((temporary, path));
                using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temporary, path) in staged)
            {
                File.Move(temporary, path, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }
        }
    }
}
