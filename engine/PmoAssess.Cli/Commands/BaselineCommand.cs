using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;
using PmoAssess.Policy;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess baseline create|prune</c>: record the findings of an assessment as accepted, so that a gate fails only
/// on new ones; later, drop the ones that have been fixed.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(CliEnvironment environment)
    {
        return new Command("baseline", "Record accepted findings, so the gate fails only on new ones.")
        {
            CreateCommand(environment),
            PruneCommand(environment),
        };
    }

    private static Command CreateCommand(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "The portfolio to assess (as for assess)." };
        var output = new Option<string>("--out", "-o") { Description = "The baseline file to write.", Required = true };
        var run = new RunOptions();
        var command = new Command("create", "Assess the input and record its findings (those not waived) as the baseline.") { input, output };
        run.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(environment, parseResult.GetValue(run.Sources.Verbose), _ => { }, (provider, token) =>
        {
            var result = provider.GetRequiredService<AssessmentPipeline>().Run(run.Request(parseResult, parseResult.GetValue(input)!), token);
            // Findings an earlier baseline accepted stay accepted: re-creating a baseline never drops them.
            var baseline = Baseline.Of(result.Result.AsOf, [.. result.Verdict.Findings, .. result.Verdict.Baselined]);
            var path = parseResult.GetValue(output)!;
            AtomicFile.Write(path, baseline.Write);
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Baselined {Counted.Of(baseline.Entries.Count, "finding", "findings")} as of {baseline.AsOf:yyyy-MM-dd} in {path}"));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command PruneCommand(CliEnvironment environment)
    {
        var file = new Argument<string>("baseline") { Description = "The baseline file to prune, in place." };
        var input = new Argument<string>("input") { Description = "The portfolio to assess (as for assess)." };
        var run = new RunOptions();
        var command = new Command("prune", "Assess the input and drop the baselined findings that are fixed.") { file, input };
        run.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(environment, parseResult.GetValue(run.Sources.Verbose), _ => { }, (provider, token) =>
        {
            var path = parseResult.GetValue(file)!;
            var request = run.Request(parseResult, parseResult.GetValue(input)!) with { Baseline = path };
            var result = provider.GetRequiredService<AssessmentPipeline>().Run(request, token);
            var pruned = result.Baseline!.Pruned(
                [.. result.Verdict.Findings, .. result.Verdict.Baselined, .. result.Verdict.Waived.Select(pair => pair.Finding)],
                result.Result.Rules.Select(rule => rule.Descriptor.Id));
            AtomicFile.Write(path, pruned.Write);
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Pruned {Counted.Of(result.Baseline.Entries.Count - pruned.Entries.Count, "fixed finding", "fixed findings")}; {Counted.Of(pruned.Entries.Count, "remains", "remain")} in {path}"));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
