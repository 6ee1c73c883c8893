namespace PmoAssess.Cli;

/// <summary>The process exit codes, as DESIGN.md fixes them. A tool error never exits 0.</summary>
internal static class ExitCodes
{
    /// <summary>The assessment ran and the gate passed.</summary>
    public const int Success = 0;

    /// <summary>The assessment ran and the gate failed.</summary>
    public const int GateFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Input data or configuration is invalid; detected before any rule ran.</summary>
    public const int InvalidInput = 3;

    /// <summary>A plugin failed to load or register.</summary>
    public const int PluginFailure = 4;

    /// <summary>The run was cancelled (Ctrl+C, SIGTERM).</summary>
    public const int Cancelled = 130;
}
