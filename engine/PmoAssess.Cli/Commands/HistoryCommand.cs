using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;
using PmoAssess.History;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess history list|show|compare|prune</c>: the assessments recorded in a history store, one in full, what
/// moved between two, and dropping old ones. The store is <c>--history PATH</c>, else <c>.pmoassess/history.db</c> in
/// the <c>--input</c> folder, else in the current folder. These commands never create a store.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliEnvironment environment) => new("history", "Show, compare and prune the assessments recorded in a history store.")
    {
        ListCommand(environment),
        ShowCommand(environment),
        CompareCommand(environment),
        PruneCommand(environment),
    };

    private static Command ListCommand(CliEnvironment environment)
    {
        var store = new StoreOptions();
        var engagement = new Option<string?>("--engagement") { Description = "Only the runs of this engagement (the assessed folder's name)." };
        var command = new Command("list", "List the recorded runs, oldest first: id, when, as of, engagement, methodology, levels, findings, gate.") { engagement };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Run(environment, store, parseResult, history =>
        {
            var runs = history.Runs(parseResult.GetValue(engagement));
            HistoryOutput.WriteList(environment.Output, history, runs, parseResult.GetValue(store.Json));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command ShowCommand(CliEnvironment environment)
    {
        var store = new StoreOptions();
        var id = RunArgument("run", "The id of the run, as 'history list' shows it.");
        var command = new Command("show", "Show one run: its inputs and their hashes, methodology, policy, rule sources, levels, rule coverage and findings.") { id };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Run(environment, store, parseResult, history =>
        {
            if (Find(environment, history, parseResult.GetValue(id)) is not { } run)
            {
                return ExitCodes.UsageError;
            }

            HistoryOutput.WriteRun(environment.Output, run, parseResult.GetValue(store.Json));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command CompareCommand(CliEnvironment environment)
    {
        var store = new StoreOptions();
        var before = RunArgument("run-a", "The earlier run's id.");
        var after = RunArgument("run-b", "The later run's id.");
        var command = new Command("compare", "Compare two runs: levels per category, rule coverage, new and resolved findings, regressions.") { before, after };
        store.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => Run(environment, store, parseResult, history =>
        {
            if (Find(environment, history, parseResult.GetValue(before)) is not { } earlier || Find(environment, history, parseResult.GetValue(after)) is not { } later)
            {
                return ExitCodes.UsageError;
            }

            HistoryOutput.WriteComparison(environment.Output, HistoryComparer.Compare(earlier, later), parseResult.GetValue(store.Json));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command PruneCommand(CliEnvironment environment)
    {
        var store = new StoreOptions();
        var keep = new Option<int>("--keep") { Description = "How many of the latest runs of each engagement to keep (1 or more).", Required = true };
        var command = new Command("prune", "Delete all but the latest runs of each engagement, in one transaction.") { keep };
        store.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(keep) < 1)
            {
                result.AddError("--keep must be 1 or more; to start a history afresh, delete the store's file.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => Run(environment, store, parseResult, history =>
        {
            var pruned = history.Prune(parseResult.GetValue(keep));
            var remaining = history.Runs().Count;
            if (parseResult.GetValue(store.Json))
            {
                ListingOutput.WriteJson(environment.Output, new { Store = history.Path, Pruned = pruned, Remaining = remaining });
            }
            else
            {
                environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Pruned {Counted.Of(pruned, "run", "runs")}; {Counted.Of(remaining, "remains", "remain")} in {history.Path}"));
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Argument<long> RunArgument(string name, string description) => new(name) { Description = description };

    private static RunRecord? Find(CliEnvironment environment, HistoryStore history, long id)
    {
        if (history.Find(id) is { } run)
        {
            return run;
        }

        var ids = history.Runs().Select(candidate => candidate.Id!.Value).ToList();
        environment.Error.WriteLine("There is no run " + id.ToString(CultureInfo.InvariantCulture) + " in the history store (" +
            (ids.Count == 0 ? "it has none" : "runs " + string.Join(", ", HistoryOutput.Ranges(ids))) + "). File=" + history.Path);
        return null;
    }

    private static Task<int> Run(CliEnvironment environment, StoreOptions store, ParseResult parseResult, Func<HistoryStore, int> action, CancellationToken cancellationToken) =>
        CommandHost.RunAsync(environment, verbose: false, _ => { }, (provider, _) =>
            action(HistoryStore.OpenExisting(store.Path(parseResult), provider.GetRequiredService<HistoryStoreOptions>())), cancellationToken);

    /// <summary>The options every history command takes: which store, and JSON or text.</summary>
    private sealed class StoreOptions
    {
        public Option<string?> History { get; } = new("--history")
        {
            Description = "The history store. Default: .pmoassess/history.db in the --input folder.",
        };

        public Option<string?> Input { get; } = new("--input") { Description = "The assessed folder whose history store to use. Default: the current folder." };

        public Option<bool> Json { get; } = new("--json") { Description = "Write JSON instead of text." };

        public void AddTo(Command command)
        {
            command.Options.Add(History);
            command.Options.Add(Input);
            command.Options.Add(Json);
            command.Validators.Add(result =>
            {
                if (result.GetValue(History) is not null && result.GetValue(Input) is not null)
                {
                    result.AddError("--history and --input cannot be given together: --history names the store itself.");
                }
            });
        }

        public string Path(ParseResult parseResult) => parseResult.GetValue(History) ?? HistoryLocation.In(parseResult.GetValue(Input) ?? string.Empty);
    }
}
