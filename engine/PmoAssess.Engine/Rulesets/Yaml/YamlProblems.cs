using System.Globalization;
using YamlDotNet.Core;

namespace PmoAssess.Rulesets.Yaml;

/// <summary>
/// Every problem found in a set of YAML files, each with its file, line and column, so that one run
/// reports all of them (a fix-one-rerun loop is no way to treat an analyst).
/// </summary>
internal sealed class YamlProblems
{
    private readonly List<string> _problems = [];

    public int Count => _problems.Count;

    public void Add(string problem, string file, Mark? at, string? ruleId = null)
    {
        var context = "File=" + file;
        if (at is { } mark && mark.Line > 0)
        {
            context += ", Line=" + mark.Line.ToString(CultureInfo.InvariantCulture) + ", Column=" + mark.Column.ToString(CultureInfo.InvariantCulture);
        }

        if (ruleId is not null)
        {
            context += ", Rule=" + ruleId;
        }

        _problems.Add(problem + " " + context);
    }

    /// <summary>Adds every problem <paramref name="other"/> found, in its order.</summary>
    public void AddAll(YamlProblems other) => _problems.AddRange(other._problems);

    /// <summary>Throws when any problem was found.</summary>
    /// <exception cref="InvalidInputException">The problems, one per line.</exception>
    public void ThrowIfAny(string what)
    {
        if (_problems.Count > 0)
        {
            throw new InvalidInputException(
                (_problems.Count == 1 ? "Found a problem in the " + what + ":\n  " : "Found " + _problems.Count.ToString(CultureInfo.InvariantCulture) + " problems in the " + what + ":\n  ") +
                string.Join("\n  ", _problems));
        }
    }
}
