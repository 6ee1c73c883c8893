namespace PmoAssess.Reporting.Output;

/// <summary>
/// A stream written through to another that stops the writer once the run is cancelled: each write and flush first looks
/// at the token. Writers take no token (<see cref="IReportWriter.Write"/>), and writing a million projects' files takes
/// half a minute, all of them at once: Ctrl-C then waited for every writer to finish before nothing was replaced.
/// </summary>
internal sealed class CancellableStream(Stream inner, CancellationToken cancellationToken) : WriteOnlyStream
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Write(buffer);
    }

    public override void Flush()
    {
        cancellationToken.ThrowIfCancellationRequested();
        inner.Flush();
    }
}
