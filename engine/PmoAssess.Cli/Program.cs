using PmoAssess.Cli;

using var cancellation = new CancellationTokenSource();
using var signals = TerminationSignals.CancelOn(cancellation, Console.Error);
return await PmoAssessCommandLine.InvokeAsync(args, new CliEnvironment(Console.Out, Console.Error), cancellation.Token);
