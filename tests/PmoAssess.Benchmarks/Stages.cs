using System.Diagnostics;
using System.Globalization;
using PmoAssess.Assessment;
using PmoAssess.History;
using PmoAssess.Import;
using PmoAssess.Reporting.Model;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Benchmarks;

/// <summary>
/// <c>stages DATA [--as-of yyyy-MM-dd] [--out DIR] [--repeat N] [--import-only] [--history]</c>: the steps of <c>pmoassess assess</c> in one process, one line each
/// with its wall time, the processor time it took (both cores count; steadier than wall time on a shared machine), the
/// bytes it allocated, the time the garbage collector paused it (and how many full collections it made: with a large live
/// heap one of those costs more than the step's own work) and the live heap after it: where the time and the memory go.
/// <c>--repeat</c> builds the report and writes it again, so the writers can be timed more than once per import;
/// <c>--import-only</c> stops after the import, to time it alone in turn with another build. <c>--history</c> also
/// records each report's run in a new history store, as <c>assess</c> does by default (its messages made again, as there).
/// </summary>
internal static class Stages
{
    public static int Run(string[] args) => Run(args, Console.Out);

    /// <summary>As <see cref="Run(string[])"/>, each step's line written to <paramref name="log"/>.</summary>
    public static int Run(string[] args, TextWriter log)
    {
        T Step<T>(string name, Func<T> run) => Timed(log, name, run);

        var data = args.First(arg => !arg.StartsWith("--", StringComparison.Ordinal));
        var asOf = Arguments.Option(args, "--as-of") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2026, 9, 30);
        var output = Arguments.Option(args, "--out");
        if (output is not null)
        {
            Directory.CreateDirectory(output);
        }

        var catalog = Step("compile rules", BuiltInRules.All);
        var methodology = Step("load methodology", BuiltInRules.Methodology);
        var dataset = Step("import", () => PortfolioReader.Read(data));
        if (args.Contains("--import-only"))
        {
            return 0;
        }

        var result = Step("evaluate", () => AssessmentRunner.Run(dataset, catalog, asOf));
        var repeats = Arguments.Option(args, "--repeat") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 1;
        for (var round = 1; round <= repeats; round++)
        {
            // Each round builds a new report, as each run does: nothing a writer kept for one report serves the next. The
            // rule counts are kept per assessment result, though, so later rounds build the report without counting them.
            var suffix = round == 1 ? string.Empty : " #" + round.ToString(CultureInfo.InvariantCulture);
            var report = Step("score and build report" + suffix, () => Inner.ReportBenchmarks.Report(result, methodology));
            foreach (var writer in new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddReportWriters()
                .Select(service => (IReportWriter)Activator.CreateInstance(service.ImplementationType!)!))
            {
                Step("write " + writer.Format + suffix, () =>
                {
                    using var stream = output is null ? Stream.Null : File.Create(Path.Combine(output, writer.FileName));
                    writer.Write(report, stream);
                    return 0;
                });
            }

            if (args.Contains("--history"))
            {
                Step("record history" + suffix, () => RecordHistory(report));
            }

            GC.KeepAlive(report);
        }

        return 0;
    }

    // In a store of its own, deleted afterwards: the time is the recording's, not a comparison with earlier runs.
    private static long RecordHistory(AssessmentReport report)
    {
        var folder = Directory.CreateTempSubdirectory("pmoassess-stages-");
        try
        {
            return HistoryStore.Open(Path.Combine(folder.FullName, "history.db")).Record(RunRecord.From(report, DateTimeOffset.UnixEpoch));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static T Timed<T>(TextWriter log, string name, Func<T> run)
    {
        var process = Process.GetCurrentProcess();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = process.TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        var fullCollections = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var result = run();
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - processor;
        var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
        var pause = GC.GetTotalPauseDuration() - paused;
        var full = GC.CollectionCount(2) - fullCollections;
        var liveMb = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-24} wall {wall.TotalSeconds,7:0.000} s  cpu {cpu.TotalSeconds,7:0.000} s  allocated {allocatedMb,8:0} MB  gc pause {pause.TotalSeconds,6:0.000} s ({full} full)  live after {liveMb,7:0} MB  peak working set {process.PeakWorkingSet64 / 1048576,6} MB"));
        return result;
    }
}
