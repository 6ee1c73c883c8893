using System.Diagnostics.CodeAnalysis;
using PmoAssess.Benchmarks;

/// <summary>
/// Run inside <c>pmoassess</c> when this assembly is named in <c>DOTNET_STARTUP_HOOKS</c> (run-in-turn.sh does): as the
/// process exits, writes what the collector did (<see cref="CollectorStatistics.Line"/>) to standard error. It touches
/// nothing of the engine, so none of this assembly's references is loaded beside the tool's own. With
/// <c>PMOASSESS_ALLOCATIONS=N</c> it also writes the N types most allocated (<see cref="AllocationTally"/>).
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks for a class named StartupHook outside any namespace.")]
internal static class StartupHook
{
    public static void Initialize()
    {
        var statistics = new CollectorStatistics();
        var allocations = int.TryParse(Environment.GetEnvironmentVariable("PMOASSESS_ALLOCATIONS"), out var top) ? new AllocationTally() : null;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Console.Error.WriteLine(statistics.Line());
            foreach (var line in allocations?.Lines(top) ?? [])
            {
                Console.Error.WriteLine(line);
            }
        };
    }
}
