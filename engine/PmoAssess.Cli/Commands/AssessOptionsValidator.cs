using Microsoft.Extensions.Options;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// Checks the command line's paths when the host starts, reporting every problem at once: an option naming a file or
/// folder that is not there is a usage error (exit 2), a typo on the command line; a missing input, or a file the
/// policy names, is invalid input (exit 3).
/// </summary>
internal sealed class AssessOptionsValidator : IValidateOptions<AssessOptions>
{
    public ValidateOptionsResult Validate(string? name, AssessOptions options)
    {
        var failures = new List<string>();
        if (options.OutputDirectory is { } output && File.Exists(output))
        {
            failures.Add("--out names a file, not a folder: " + options.OutputDirectory);
        }

        failures.AddRange(options.Sources.PluginFolders
            .Where(folder => !Directory.Exists(folder))
            .Select(folder => "--plugins names a folder that does not exist: " + folder));
        failures.AddRange(options.Sources.RulesetPaths
            .Where(path => !Directory.Exists(path) && !File.Exists(path))
            .Select(path => "--rules names a file or folder that does not exist: " + path));

        // A methodology is an id unless it names a file (MethodologyLoader.Find).
        var methodologyFile = options.Methodology is { } methodology && MethodologyLoader.NamesAFile(methodology) ? methodology : null;
        foreach (var (option, path) in new[]
        {
            ("--policy", options.Policy), ("--baseline", options.Baseline), ("--answers", options.Answers), ("--mapping", options.Mapping),
            ("--methodology", methodologyFile),
        })
        {
            if (path is not null && !File.Exists(path))
            {
                failures.Add(option + " names a file that does not exist: " + path);
            }
        }

        if (options.History is { } history && Directory.Exists(history))
        {
            failures.Add("--history names a folder, not a file: " + history);
        }

        if (options.TargetLevel is < 1 or > 5)
        {
            failures.Add("--target-level must be a maturity level from 1 to 5.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
