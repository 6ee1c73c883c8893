using System.Diagnostics;
using System.Globalization;
using PmoAssess.Assessment;
using PmoAssess.Benchmarks.HandWritten;
using PmoAssess.Import;

namespace PmoAssess.Benchmarks;

/// <summary>
/// <c>compare DATA [--as-of yyyy-MM-dd] [--repeat N]</c>: in one process, reads DATA once, then times rule evaluation by
/// the engine (every built-in rule, and the hand-written subset alone) against <see cref="HandWrittenLoop"/> over the
/// same facts, checks that the engine and the loop give the same outcomes and findings, and prints one line of
/// <c>key=value</c> figures for run-end-to-end.sh. Exits 1 when they differ.
/// </summary>
internal static class Compare
{
    public static int Run(string[] args)
    {
        var data = args.FirstOrDefault(arg => !arg.StartsWith("--", StringComparison.Ordinal))
            ?? throw new ArgumentException("compare needs the folder of the portfolio to read.");
        var asOf = Arguments.Option(args, "--as-of") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : new DateOnly(2026, 9, 30);
        var repeat = Arguments.Option(args, "--repeat") is { } times ? int.Parse(times, CultureInfo.InvariantCulture) : 2;

        var all = BuiltInRules.All();
        var subset = BuiltInRules.Only(rule => HandWrittenRules.All.Any(hand => hand.Id == rule.Id));
        var clock = Stopwatch.StartNew();
        var dataset = PortfolioReader.Read(data);
        var import = clock.Elapsed;

        // Best of a few runs each, the first warming up the JIT and the rule network.
        var (engineAll, outcomesAll) = Best(repeat, () => AssessmentRunner.Run(dataset, all, asOf).Outcomes.Count);
        var (engineSubset, engine) = Best(repeat, () => AssessmentRunner.Run(dataset, subset, asOf));
        var (loop, decided) = Best(repeat, () => HandWrittenLoop.Decide(dataset, asOf));

        // Compared whole outside the timing: the loop's outcomes and findings with the engine's, and what it kept while timed.
        var hand = HandWrittenLoop.Run(dataset, asOf, [.. subset.Rules.Select(rule => rule.Descriptor)]);
        var difference = OutcomeComparison.FirstDifference(hand.Outcomes, engine.Outcomes)
            ?? OutcomeComparison.FirstDifference([.. hand.Findings.Select(finding => finding.Outcome)], [.. engine.Findings.Select(finding => finding.Outcome)])
            ?? OutcomeComparison.FirstDifference(decided, hand.Outcomes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"projects={dataset.Projects.Count} facts={dataset.AllFacts().Count()} import_s={import.TotalSeconds:0.000} " +
            $"engine_all_s={engineAll.TotalSeconds:0.000} outcomes_all={outcomesAll} rules_all={all.Rules.Count} " +
            $"engine_subset_s={engineSubset.TotalSeconds:0.000} loop_s={loop.TotalSeconds:0.000} rules_subset={subset.Rules.Count} " +
            $"outcomes_subset={engine.Outcomes.Count} ratio={engineSubset.TotalSeconds / loop.TotalSeconds:0.00} identical={difference is null}"));
        if (difference is not null)
        {
            Console.Error.WriteLine(difference);
            return 1;
        }

        return 0;
    }

    private static (TimeSpan Best, T Result) Best<T>(int repeat, Func<T> run)
    {
        var best = TimeSpan.MaxValue;
        T result = default!;
        for (var attempt = 0; attempt < Math.Max(1, repeat); attempt++)
        {
            result = default!;
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            result = run();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return (best, result);
    }
}
