using System.CommandLine;
using PmoAssess.Cli.Commands;
using PmoAssess.History;
using PmoAssess.Cli.Composition;
using PmoAssess.Plugins;
using PmoAssess.Rules;

namespace PmoAssess.Cli;

/// <summary>
/// Parses the command line and runs the command, turning every failure into its exit code and a
/// message on the error writer. The only place that maps exceptions to exit codes.
/// </summary>
internal static class PmoAssessCommandLine
{
    public static async Task<int> InvokeAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("PmoAssess: assess how well an organisation runs its projects.")
        {
            AssessCommand.Create(environment),
            PluginsCommand.Create(environment),
            RulesCommand.Create(environment),
            ValidateCommand.Create(environment),
            InspectCommand.Create(environment),
            QuestionnaireCommand.Create(environment),
            BaselineCommand.Create(environment),
            PolicyCommand.Create(environment),
            NewPluginCommand.Create(environment),
            InitCommand.Create(environment),
            GenerateCommand.Create(environment),
            HistoryCommand.Create(environment),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await environment.Error.WriteLineAsync(error.Message);
            }

            await environment.Error.WriteLineAsync("Run 'pmoassess --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parseResult.InvokeAsync(
                // Signals are the process's business (Program.cs), so that SIGINT and SIGTERM both exit 130 once the run has
                // stopped; System.CommandLine's own handling would return 143 for SIGTERM, and return while the run still writes.
                new InvocationConfiguration
                {
                    Output = environment.Output,
                    Error = environment.Error,
                    EnableDefaultExceptionHandler = false,
                    ProcessTerminationTimeout = null,
                },
                cancellationToken);
        }
        catch (Exception exception) when (ExitCodeOf(exception) is { } exitCode)
        {
            await environment.Error.WriteLineAsync("error: " + (exception is OperationCanceledException
                ? "Cancelled: no output was replaced."
                : exception.Message));
            return exitCode;
        }
    }

    private static int? ExitCodeOf(Exception exception) => exception switch
    {
        OperationCanceledException => ExitCodes.Cancelled,
        InvalidInputException or HistoryStoreException => ExitCodes.InvalidInput,
        PluginLoadException or InvalidRuleException or PluginFaultException or RunTimeoutException => ExitCodes.PluginFailure,
        _ => null,
    };
}
