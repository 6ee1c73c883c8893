namespace PmoAssess.Reporting.Output;

/// <summary>
/// A temporary output file written through, and flushed to disk each time another <see cref="Interval"/> bytes are
/// written, so that the flush before the file is renamed into place (<see cref="AtomicFile"/>) finds little left to write.
/// The system keeps what is written in memory until then: at 100,000 projects that flush wrote findings.json's and
/// junit.xml's 450 MB at the very end, and the run waited a quarter of a second for the disk with its cores idle (`strace`).
/// Flushed as it goes, the disk writes while the other writers use the cores.
/// </summary>
internal sealed class WritebackStream(FileStream file) : WriteOnlyStream
{
    /// <summary>How many bytes are written between two flushes to disk.</summary>
    public const int Interval = 32 << 20;

    private long _unflushed;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        file.Write(buffer);
        _unflushed += buffer.Length;
        if (_unflushed >= Interval)
        {
            file.Flush(flushToDisk: true);
            _unflushed = 0;
        }
    }

    public override void Flush() => file.Flush();
}
