using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;
using PmoAssess.Policy;
using PmoAssess.Rulesets;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess policy explain [RULE]</c>: for every rule (or one), whether it runs and how severe its failures are,
/// and which layer decided: the command line, the policy file, the PMO type's profile or the rule itself.
/// </summary>
internal static class PolicyCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var rule = new Argument<string?>("rule") { Description = "A rule id; default: every rule.", Arity = ArgumentArity.ZeroOrOne };
        var input = new Option<string>("--input") { Description = "The folder whose pmoassess.yaml applies. Default: the current folder.", DefaultValueFactory = _ => "." };
        var run = new RunOptions();
        var explain = new Command("explain", "Show what the policy decides for each rule, and why.") { rule, input };
        run.AddTo(explain);
        explain.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(environment, parseResult.GetValue(run.Sources.Verbose), _ => { }, (provider, _) =>
        {
            var request = run.Request(parseResult, parseResult.GetValue(input)!);
            var file = PolicyLoader.Find(request.Policy, request.Input, request.Limits);
            var policy = new EffectivePolicy(file, request.FailOn, request.PmoType, pmoTypeAnswered: null);
            var sources = request.Sources.With(file);
            var rules = provider.GetRequiredService<RuleSetLoader>().Load(sources, limits: request.Limits).Catalog.Rules.Select(registered => registered.Descriptor).ToList();
            if (parseResult.GetValue(rule) is { } id && rules.All(candidate => candidate.Id != id))
            {
                environment.Error.WriteLine("Unknown rule '" + id + "'" + Suggestions.DidYouMean(id, rules.Select(candidate => candidate.Id)));
                return ExitCodes.UsageError;
            }

            environment.Output.WriteLine("Policy file: " + (file?.File ?? "none"));
            environment.Output.WriteLine("PMO type: " + (policy.PmoType is { } type ? type.ToString().ToLowerInvariant() + " (" + policy.PmoTypeSource + ")" : "not set"));
            environment.Output.WriteLine("Gate: " + GateExplanation.Of(policy));
            environment.Output.WriteLine("Precedence: command line, then the policy file, then the PMO type's profile, then the rule's own.");
            var chosen = parseResult.GetValue(rule) is { } one ? rules.Where(candidate => candidate.Id == one) : rules;
            ListingOutput.WriteTable(environment.Output, ["RULE", "RUNS", "SEVERITY", "WHY IT RUNS", "WHY THIS SEVERITY"], chosen.Select(policy.Decide).Select(decision => (IReadOnlyList<string>)
            [
                decision.Rule.Id,
                decision.Enabled ? "yes" : "no",
                decision.Severity.ToString().ToLowerInvariant(),
                decision.EnabledBecause,
                decision.SeverityBecause,
            ]));
            return ExitCodes.Success;
        }, cancellationToken));
        return new Command("policy", "Inspect the governance policy.") { explain };
    }
}
