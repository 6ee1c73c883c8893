using PmoAssess.Reporting.Output;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>A temporary output file is flushed to disk as it is written, each time another interval's bytes are in.</summary>
public sealed class WritebackStreamTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_TwoAndAHalfIntervals_FlushesToDiskTwiceAndWritesEveryByte()
    {
        var path = _folder.Combine("findings.json");
        var bytes = new byte[WritebackStream.Interval * 5 / 2];
        new Random(7).NextBytes(bytes);
        int[] flushedAfter;
        using (var file = new CountingFileStream(path))
        {
            var stream = new WritebackStream(file);
            // In pieces of odd sizes, as a writer's buffer hands them over, and one byte alone.
            stream.WriteByte(bytes[0]);
            for (var offset = 1; offset < bytes.Length; offset += 1_000_003)
            {
                stream.Write(bytes, offset, Math.Min(1_000_003, bytes.Length - offset));
            }

            stream.Flush();
            flushedAfter = [.. file.FlushedToDiskAt];
        }

        flushedAfter.Length.ShouldBe(2);
        flushedAfter[0].ShouldBeInRange(WritebackStream.Interval, WritebackStream.Interval + 1_000_003);
        flushedAfter[1].ShouldBeInRange(flushedAfter[0] + WritebackStream.Interval, flushedAfter[0] + WritebackStream.Interval + 1_000_003);
        File.ReadAllBytes(path).ShouldBe(bytes);
    }

    [Fact]
    public void Write_LessThanAnInterval_LeavesTheFlushToDiskToTheEnd()
    {
        var path = _folder.Combine("report.md");
        using var file = new CountingFileStream(path);
        var stream = new WritebackStream(file);

        stream.Write(new byte[WritebackStream.Interval - 1]);
        stream.Flush();

        file.FlushedToDiskAt.ShouldBeEmpty();
    }

    /// <summary>A file that notes how many bytes were written each time it was flushed to disk.</summary>
    private sealed class CountingFileStream(string path) : FileStream(path, FileMode.Create, FileAccess.Write)
    {
        private int _written;

        public List<int> FlushedToDiskAt { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            base.Write(buffer);
            _written += buffer.Length;
        }

        public override void Flush(bool flushToDisk)
        {
            base.Flush(flushToDisk);
            if (flushToDisk)
            {
                FlushedToDiskAt.Add(_written);
            }
        }
    }
}
