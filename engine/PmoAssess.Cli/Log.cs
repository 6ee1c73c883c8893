using Microsoft.Extensions.Logging;

namespace PmoAssess.Cli;

/// <summary>The CLI's log messages, with stable event ids.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded plugin {PluginId} {Version} with {RuleCount} rules from {Path}")]
    public static partial void PluginLoaded(ILogger logger, string pluginId, string version, int ruleCount, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Read {ProjectCount} projects from {Input}")]
    public static partial void InputRead(ILogger logger, int projectCount, string input);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Assessed {OutcomeCount} outcomes with {RuleCount} rules")]
    public static partial void Assessed(ILogger logger, int outcomeCount, int ruleCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Wrote {Path}")]
    public static partial void OutputWritten(ILogger logger, string path);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Plugin {PluginId} ships its own copy of {Assemblies}; the host's copies are used instead")]
    public static partial void PrivateHostAssembliesIgnored(ILogger logger, string pluginId, string assemblies);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Skipped broken plugin {Path}: {Reason}")]
    public static partial void PluginSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Loaded ruleset {RulesetId} {Version} with {RuleCount} rules from {File}")]
    public static partial void RulesetLoaded(ILogger logger, string rulesetId, string version, int ruleCount, string file);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Opened history store {Path}")]
    public static partial void HistoryOpened(ILogger logger, string path);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Recording the run in history store {Path}")]
    public static partial void RecordingRun(ILogger logger, string path);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Recorded run {RunId} in history store {Path}")]
    public static partial void RunRecorded(ILogger logger, long runId, string path);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "The waiver for {Rule} matches no rule in this run; check its rule id. Waiver={Location}")]
    public static partial void WaiverMatchesNoRule(ILogger logger, string rule, string location);
}
