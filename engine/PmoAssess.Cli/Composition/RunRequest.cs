using PmoAssess.Import;
using PmoAssess.Outcomes;
using PmoAssess.Policy;

namespace PmoAssess.Cli.Composition;

/// <summary>What the command line asked of an assessment; <c>null</c> means "not given", so the policy file may say.</summary>
internal sealed record RunRequest
{
    public required string Input { get; init; }

    /// <summary>
    /// The engagement's name unless the policy gives one (<see cref="PolicyFile.Engagement"/>): the assessed folder's (or
    /// file's) name. Reports carry it; history compares runs within it.
    /// </summary>
    public string Engagement => EngagementOf(Input);

    public DateOnly? AsOf { get; init; }

    public RuleSources Sources { get; init; } = new([], [], SkipBrokenPlugins: false);

    public string? Methodology { get; init; }

    public string? Answers { get; init; }

    public int? TargetLevel { get; init; }

    public PmoType? PmoType { get; init; }

    public Severity? FailOn { get; init; }

    public string? Policy { get; init; }

    public string? Baseline { get; init; }

    /// <summary>The mapping file that reads the client's own layout; <c>null</c> for the policy's, else the canonical layout.</summary>
    public string? Mapping { get; init; }

    /// <summary>The largest file, most rows and longest cell read; the largest YAML document and the deepest nesting.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>How long reading the data, running the rules and the plugins' report sections may take, together.</summary>
    public TimeSpan Timeout { get; init; } = Commands.LimitOptions.DefaultTimeout;

    /// <summary>The history store to record the run in, opened and checked with the configuration; <c>null</c> for none.</summary>
    public string? History { get; init; }

    /// <summary>The folder of an input path, which evidence names files relative to: the folder itself, or a document's folder.</summary>
    public static string FolderOf(string input) =>
        Directory.Exists(input) ? input : Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".";

    /// <summary>The engagement's name for an input path.</summary>
    public static string EngagementOf(string input) =>
        Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
}
