using System.Text;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Tests.Reporting.Output;

/// <summary>Several outputs written as one, all at once: all replaced, or none and no temporary file left.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private static readonly string[] Names = ["a.md", "b.html", "c.json", "d.sarif", "e.xml"];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WriteAll_EveryWriterSucceeds_ReplacesEveryFileAndLeavesNoTemporary()
    {
        WritePrevious();

        AtomicFile.WriteAll([.. Names.Select(name => File(name, "new " + name))], CancellationToken.None);

        Contents().ShouldBe(Names.Select(name => (name, "new " + name)));
    }

    [Fact]
    public void WriteAll_TwoWritersThrow_ThrowsTheFirstInOrderAndReplacesNothing()
    {
        WritePrevious();
        var files = Names.Select(name => File(name, "new " + name)).ToArray();
        files[1] = (files[1].Path, _ => throw new InvalidOperationException("the second failed"));
        files[3] = (files[3].Path, _ => throw new IOException("the fourth failed"));

        Should.Throw<InvalidOperationException>(() => AtomicFile.WriteAll(files, CancellationToken.None)).Message.ShouldBe("the second failed");

        Contents().ShouldBe(Names.Select(name => (name, "old " + name)), "the previous files and nothing else");
    }

    [Fact]
    public void WriteAll_CancelledBeforehand_ReplacesNothing()
    {
        WritePrevious();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => AtomicFile.WriteAll([.. Names.Select(name => File(name, "new " + name))], cancelled.Token));

        Contents().ShouldBe(Names.Select(name => (name, "old " + name)));
    }

    [Fact]
    public void WriteAll_CancelledWhileWriting_StopsEveryWriterAtItsNextWriteAndReplacesNothing()
    {
        WritePrevious();
        using var cancellation = new CancellationTokenSource();
        using var allWriting = new CountdownEvent(Names.Length);
        var stopped = new bool[Names.Length];
        var files = Names.Select((name, index) => (_folder.Combine(name), (Action<Stream>)(stream =>
        {
            allWriting.Signal();
            // Writes until stopped, for at most 30 s: a writer stopped only once it returns would run out the clock.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                while (clock.Elapsed < TimeSpan.FromSeconds(30))
                {
                    stream.Write("more "u8);
                    Thread.Sleep(1);
                }
            }
            catch (OperationCanceledException)
            {
                stopped[index] = true;
                throw;
            }
        }))).ToArray();

        var writing = Task.Run(() => AtomicFile.WriteAll(files, cancellation.Token));
        allWriting.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => writing.GetAwaiter().GetResult());
        stopped.ShouldAllBe(writer => writer);
        Contents().ShouldBe(Names.Select(name => (name, "old " + name)), "the previous files and nothing else");
    }

    [Fact]
    public void WriteAll_RefusedBeforeReplacing_ReplacesNothingAndSaysSo()
    {
        WritePrevious();
        var asked = 0;

        var replaced = AtomicFile.WriteAll([.. Names.Select(name => File(name, "new " + name))], CancellationToken.None, beforeReplacing: () =>
        {
            asked++;
            return false;
        });

        replaced.ShouldBeFalse();
        asked.ShouldBe(1);
        Contents().ShouldBe(Names.Select(name => (name, "old " + name)), "the previous files and nothing else");
    }

    private (string Path, Action<Stream> Write) File(string name, string text) =>
        (_folder.Combine(name), stream => stream.Write(Encoding.UTF8.GetBytes(text)));

    private void WritePrevious()
    {
        foreach (var name in Names)
        {
            System.IO.File.WriteAllText(_folder.Combine(name), "old " + name);
        }
    }

    private IEnumerable<(string, string)> Contents() =>
        Directory.EnumerateFiles(_folder.Path).Order(StringComparer.Ordinal).Select(path => (Path.GetFileName(path), System.IO.File.ReadAllText(path)));
}
