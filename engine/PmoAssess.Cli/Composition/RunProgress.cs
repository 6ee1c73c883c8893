using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace PmoAssess.Cli.Composition;

/// <summary>
/// Shows a long run's phases (reading, evaluating, scoring, writing) on stderr as they happen: a spinner while a phase
/// runs, then its time. Only on an interactive terminal: when stdout or stderr is redirected, or under CI (the <c>CI</c>
/// variable), nothing extra is written, so logs and pipelines see exactly what they saw before.
/// </summary>
internal sealed class RunProgress
{
    /// <summary>Shows nothing: tests, redirected output, CI.</summary>
    public static readonly RunProgress None = new(null);

    private readonly IAnsiConsole? _console;

    private RunProgress(IAnsiConsole? console) => _console = console;

    /// <summary>Progress on the process's stderr if it is an interactive terminal outside CI; <see cref="None"/> otherwise.</summary>
    public static RunProgress ForConsole() =>
        Console.IsOutputRedirected || Console.IsErrorRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? None
            : new RunProgress(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    /// <summary>Runs one phase, named <paramref name="phase"/> (e.g. "Reading the data"), and returns what it returns.</summary>
    public T Step<T>(string phase, Func<T> work)
    {
        if (_console is null)
        {
            return work();
        }

        var clock = Stopwatch.StartNew();
        var result = _console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(phase) + "...", _ => work());
        _console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[green]done[/] {Markup.Escape(phase)} [grey]({clock.Elapsed.TotalSeconds:0.0} s)[/]"));
        return result;
    }

    /// <summary>Runs one phase that returns nothing.</summary>
    public void Step(string phase, Action work) => Step(phase, () =>
    {
        work();
        return 0;
    });
}
