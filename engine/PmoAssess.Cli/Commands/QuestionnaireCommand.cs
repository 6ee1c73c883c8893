using System.CommandLine;
using System.Globalization;
using PmoAssess.Reporting.Output;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess questionnaire [methodology] --out answers.yaml</c>: writes a blank answers file with every
/// question of a methodology, to fill in and pass to <c>assess --answers</c>; never over one that exists (filled in,
/// perhaps) without <c>--force</c>.
/// </summary>
internal static class QuestionnaireCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var methodology = new Argument<string>("methodology")
        {
            Description = "A built-in methodology id (pmo-functions, p3m3, kerzner) or a .methodology.yaml file.",
            DefaultValueFactory = _ => MethodologyLoader.DefaultId,
        };
        var output = new Option<string?>("--out", "-o") { Description = "The answers file to write. Default: standard output." };
        var force = OverwriteGuard.ForceOption();
        var limits = new DocumentLimitOptions();
        var command = new Command("questionnaire", "Write a blank answers file for a methodology's questions.") { methodology, output, force };
        limits.AddTo(command);
        command.SetAction(parseResult =>
        {
            if (OverwriteGuard.Refuses(parseResult.GetValue(output), parseResult.GetValue(force), environment.Error))
            {
                return ExitCodes.UsageError;
            }

            var chosen = MethodologyLoader.Find(parseResult.GetValue(methodology)!, environment.BuiltInMethodologyFolder, limits: limits.Limits(parseResult));
            if (parseResult.GetValue(output) is { } path)
            {
                AtomicFile.Write(path, stream =>
                {
                    using var writer = new StreamWriter(stream, leaveOpen: true);
                    Questionnaire.WriteBlank(chosen, writer);
                });
                environment.Output.WriteLine("Wrote " + chosen.Questions.Count.ToString(CultureInfo.InvariantCulture) + " questions to " + path);
            }
            else
            {
                Questionnaire.WriteBlank(chosen, environment.Output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
