using Microsoft.Extensions.DependencyInjection;
using PmoAssess.Cli.Composition;

namespace PmoAssess.Cli;

/// <summary>
/// What a command runs against: where its output and errors go, where built-in plugins and rulesets live, and a hook
/// for tests to replace services (the clock). The process uses the console; tests use string writers.
/// </summary>
internal sealed record CliEnvironment(TextWriter Output, TextWriter Error)
{
    /// <summary>The folder of built-in plugins: <c>plugins/</c> beside the executable.</summary>
    public string BuiltInPluginFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The folder of built-in rulesets: <c>rulesets/</c> beside the executable.</summary>
    public string BuiltInRulesetFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "rulesets");

    /// <summary>The folder of built-in methodologies: <c>rulesets/methodologies/</c> beside the executable.</summary>
    public string BuiltInMethodologyFolder => Path.Combine(BuiltInRulesetFolder, "methodologies");

    /// <summary>
    /// The folder the command runs in, which SARIF gives the assessed files' paths relative to, as code scanning resolves
    /// them from the root of the repository the job ran in. Tests set it instead of changing the process's own.
    /// </summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>How long runs show their phases: <see cref="RunProgress.None"/> unless the process sets it for its console.</summary>
    public RunProgress Progress { get; init; } = RunProgress.None;

    /// <summary>Applied last to every command's service collection.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>
    /// Whether <c>assess</c> records its run in the assessed folder's history store when neither <c>--history</c> nor
    /// <c>--no-history</c> is given: yes, unless the environment variable <c>PMOASSESS_NO_HISTORY</c> is set (to
    /// anything but <c>0</c> or <c>false</c>). In-process tests turn it off, so that assessing the repository's samples
    /// leaves no store in them; a test that wants history names its store with <c>--history</c>.
    /// </summary>
    public bool RecordHistoryByDefault { get; init; } =
        Environment.GetEnvironmentVariable("PMOASSESS_NO_HISTORY") is null or "" or "0" or "false";

    /// <summary>
    /// For tests only: a file that <c>assess</c> creates once it has written its run inside the history store's write
    /// transaction, before the commit; it then waits until the file is deleted (two minutes at most). A test kills the
    /// process while it waits (the run must leave no record), or holds the write lock with it (another writer must
    /// wait, then land). Read from the environment variable <c>PMOASSESS_TEST_HISTORY_PAUSE</c>.
    /// </summary>
    public string? HistoryPauseFile { get; init; } = Environment.GetEnvironmentVariable("PMOASSESS_TEST_HISTORY_PAUSE") is { Length: > 0 } file ? file : null;
}
