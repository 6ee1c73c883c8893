using BenchmarkDotNet.Running;
using PmoAssess.Benchmarks;

// `compare DATA` times the engine against the hand-written loop in one process, `stages DATA` shows where an assessment's
// time and memory go, `profile` splits a `perf` profile of the release build (profile.sh); anything else goes to BenchmarkDotNet
// (e.g. `--filter '*Evaluation*'`).
return args switch
{
    ["compare", .. var rest] => Compare.Run(rest),
    ["stages", .. var rest] => Stages.Run(rest),
    ["profile", .. var rest] => Profile.Run(rest),
    _ => BenchmarkSwitcher.FromAssembly(typeof(Compare).Assembly).Run(args) is var summaries && summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0,
};
