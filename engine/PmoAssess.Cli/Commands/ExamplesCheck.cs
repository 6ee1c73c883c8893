using System.Globalization;
using PmoAssess.Import;
using PmoAssess.Rulesets.Examples;

namespace PmoAssess.Cli.Commands;

/// <summary>The examples beside the rulesets <c>validate</c> checks, run as the repository's tests run them.</summary>
internal static class ExamplesCheck
{
    /// <summary>Runs the examples beside each ruleset file and returns how many ran.</summary>
    /// <exception cref="InvalidInputException">An example misses an expected outcome; every failing example is described.</exception>
    public static int Run(IEnumerable<string> rulesetFiles, InputLimits limits)
    {
        var (count, failures) = (0, new List<string>());
        foreach (var file in rulesetFiles.Distinct(StringComparer.Ordinal))
        {
            var (ran, failed) = RulesetExamples.RunBeside(file, limits);
            count += ran;
            failures.AddRange(failed);
        }

        return failures.Count == 0
            ? count
            : throw new InvalidInputException(
                (failures.Count == 1 ? "An example failed" : failures.Count.ToString(CultureInfo.InvariantCulture) + " examples failed") + ":\n" + string.Join("\n", failures));
    }
}
