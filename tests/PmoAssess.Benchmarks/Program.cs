using BenchmarkDotNet.Running;
using PmoAssess.Benchmarks;

// `compare DATA` times the engine against the hand-written loop in one process; anything else goes to BenchmarkDotNet
// (e.g. `--filter '*Evaluation*'`).
return args is ["compare", .. var rest]
    ? Compare.Run(rest)
    : BenchmarkSwitcher.FromAssembly(typeof(Compare).Assembly).Run(args) is var summaries && summaries.Any(summary => summary.HasCriticalValidationErrors) ? 1 : 0;
