using PmoAssess.Cli;
using PmoAssess.Cli.Composition;

using var cancellation = new CancellationTokenSource();
using var signals = TerminationSignals.CancelOn(cancellation, Console.Error);
var environment = new CliEnvironment(Console.Out, Console.Error) { Progress = RunProgress.ForConsole() };
return await PmoAssessCommandLine.InvokeAsync(args, environment, cancellation.Token);
