using PmoAssess.Cli;

return await PmoAssessCommandLine.InvokeAsync(args, new CliEnvironment(Console.Out, Console.Error));
