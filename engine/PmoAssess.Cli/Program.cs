using PmoAssess.Cli;

using PmoAssess.Cli.Composition;

return await PmoAssessCommandLine.InvokeAsync(args, new CliEnvironment(Console.Out, Console.Error) { Progress = RunProgress.ForConsole() });
