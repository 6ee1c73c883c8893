namespace PmoAssess.Cli.Tests.Ci;

/// <summary>What a child process did: its exit code, stdout and stderr.</summary>
public sealed record ProcessRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Output + "\nstderr:\n" + Error;
}
