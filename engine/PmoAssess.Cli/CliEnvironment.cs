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

    /// <summary>How long runs show their phases: <see cref="RunProgress.None"/> unless the process sets it for its console.</summary>
    public RunProgress Progress { get; init; } = RunProgress.None;

    /// <summary>Applied last to every command's service collection.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
