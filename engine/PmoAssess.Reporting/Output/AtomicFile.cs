using System.Globalization;

namespace PmoAssess.Reporting.Output;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never a
/// half-written file: write to a temporary file beside it, flushed to disk as it is written and once more at its end
/// (<see cref="WritebackStream"/>), then rename over it.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it atomically.</summary>
    public static void Write(string path, Action<Stream> write) => WriteAll([(path, write)], CancellationToken.None);

    /// <summary>
    /// Writes several files as one: each goes to a temporary file beside it, and only once all are written are they
    /// renamed into place, so a failure or a cancellation while writing leaves every previous file as it was and no
    /// temporary file behind. The files are written all at once, each on a thread of its own, so that writers reading the
    /// same outcomes keep in step (<see cref="ReportWriters.ShareListedOutcomes"/>); what went wrong with the first file in
    /// order is what is thrown. Cancellation is looked at before each file, whenever a writer writes to or flushes its
    /// stream, and before the renames.
    /// </summary>
    /// <param name="files">Each file's path and what writes it.</param>
    /// <param name="cancellationToken">Looked at before each file, as each writes, and before the renames.</param>
    /// <param name="beforeReplacing">
    /// Asked once every file is written, before any is renamed into place: <c>false</c> replaces none (for a caller whose
    /// files turned out to say something no longer true, to write them again).
    /// </param>
    /// <returns>Whether the files were replaced: <c>false</c> only when <paramref name="beforeReplacing"/> said so.</returns>
    /// <exception cref="OperationCanceledException">Cancelled before the renames; nothing was replaced.</exception>
    public static bool WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, CancellationToken cancellationToken, Func<bool>? beforeReplacing = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (path, write) in files)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            ArgumentNullException.ThrowIfNull(write);
        }

        var temporaries = files.Select(file => file.Path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp").ToArray();
        try
        {
            SideBySide.AllAtOnce(files.Count, index =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var stream = new FileStream(temporaries[index], FileMode.Create, FileAccess.Write, FileShare.None);
                files[index].Write(new CancellableStream(new WritebackStream(stream), cancellationToken));
                stream.Flush(flushToDisk: true);
            });

            cancellationToken.ThrowIfCancellationRequested();
            if (beforeReplacing?.Invoke() == false)
            {
                return false;
            }

            for (var index = 0; index < files.Count; index++)
            {
                File.Move(temporaries[index], files[index].Path, overwrite: true);
            }

            return true;
        }
        finally
        {
            foreach (var temporary in temporaries)
            {
                File.Delete(temporary);
            }
        }
    }
}
