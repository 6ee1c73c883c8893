using Microsoft.Extensions.Options;

namespace PmoAssess.Cli.Commands;

/// <summary>Checks the command line's paths when the host starts, reporting every problem at once.</summary>
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

        foreach (var (option, path) in new[] { ("--policy", options.Policy), ("--baseline", options.Baseline) })
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

        if (options.Answers is { } answers && !File.Exists(answers))
        {
            failures.Add("--answers names a file that does not exist: " + answers);
        }

        if (options.TargetLevel is < 1 or > 5)
        {
            failures.Add("--target-level must be a maturity level from 1 to 5.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
