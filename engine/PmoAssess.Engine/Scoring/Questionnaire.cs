using System.Globalization;
using PmoAssess.Facts;
using PmoAssess.Import;
using PmoAssess.Rulesets.Yaml;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Scoring;

/// <summary>
/// A methodology's questionnaire: the blank answers file <c>pmoassess questionnaire</c> writes, and the
/// filled file <c>pmoassess assess --answers</c> reads back.
/// </summary>
public static class Questionnaire
{
    private static readonly string[] TopKeys = ["methodology", "answers"];
    private static readonly string[] AnswerKeys = ["question", "answer", "note"];

    /// <summary>Writes a blank answers file with every question of <paramref name="methodology"/>.</summary>
    public static void WriteBlank(Methodology methodology, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# PmoAssess questionnaire: " + methodology.Name + " (" + methodology.Id + (methodology.Version is null ? string.Empty : " " + methodology.Version) + ")\n");
        writer.Write("# Answer each question, then run: pmoassess assess DATA --methodology " + methodology.Id + " --answers THIS-FILE\n");
        writer.Write("# Leave an answer blank when you do not know: it is reported as not assessable, never as a failure.\n");
        writer.Write("methodology: " + methodology.Id + "\n");
        writer.Write("answers:\n");
        foreach (var question in methodology.Questions)
        {
            var category = methodology.Categories.First(candidate => candidate.Id == question.Category).Name;
            writer.Write("  # " + category + ", level " + question.Level.ToString(CultureInfo.InvariantCulture) + ". " + Expected(question) + "\n");
            writer.Write("  # " + question.Text.ReplaceLineEndings(" ") + "\n");
            writer.Write("  - question: " + question.Id + "\n");
            writer.Write("    answer:\n");
            writer.Write("    note:\n");
        }
    }

    /// <summary>Reads a filled answers file for <paramref name="methodology"/>.</summary>
    /// <param name="path">The answers file.</param>
    /// <param name="methodology">The methodology whose questions it answers.</param>
    /// <param name="limits">How large and how deeply nested the file may be; <see cref="InputLimits.Default"/> when <c>null</c>.</param>
    /// <exception cref="InvalidInputException">The file does not fit the methodology; every problem is listed with its line.</exception>
    public static AnswerSheet Read(string path, Methodology methodology, InputLimits? limits = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(methodology);
        var problems = new YamlProblems();
        var displayName = Path.GetFileName(path);
        var answered = new Dictionary<string, OrganisationEvidence>(StringComparer.Ordinal);
        var file = YamlFile.Load(path, displayName, problems, limits ?? InputLimits.Default);
        if (file is not null && YamlMapping.Open(file.Root, "an answers file", TopKeys, file, problems) is { } top)
        {
            if (top.Scalar("methodology", required: true) is { } id && id.Value != methodology.Id)
            {
                top.Problem("These answers are for the methodology '" + id.Value + "', not '" + methodology.Id + "'.", id.Start);
            }

            foreach (var node in top.Items("answers"))
            {
                if (Answer(node, file, problems, methodology) is { } answer && !answered.TryAdd(answer.Id, answer))
                {
                    problems.Add("The question '" + answer.Id + "' is answered twice.", displayName, node.Start);
                }
            }
        }

        problems.ThrowIfAny("answers");
        // A question left out of the file is as unanswered as one left blank.
        return new AnswerSheet
        {
            Source = new DataSource
            {
                File = displayName,
                Sha256 = file!.Sha256,
                Records = answered.Count,
            },
            Answers = [.. methodology.Questions.Select(question => answered.GetValueOrDefault(question.Id)
                ?? new OrganisationEvidence { Id = question.Id, Category = question.Category, Question = question.Id })],
        };
    }

    private static OrganisationEvidence? Answer(YamlNode node, YamlFile file, YamlProblems problems, Methodology methodology)
    {
        var item = YamlMapping.Open(node, "an answer", AnswerKeys, file, problems);
        var id = item?.Scalar("question", required: true);
        if (item is null || id is null)
        {
            return null;
        }

        var question = methodology.Questions.FirstOrDefault(candidate => candidate.Id == id.Value);
        if (question is null)
        {
            item.Problem("Unknown question '" + id.Value + "'" + Rulesets.Suggestions.DidYouMean(id.Value!, methodology.Questions.Select(candidate => candidate.Id)), id.Start);
            return null;
        }

        var answer = item.Scalar("answer");
        var text = answer?.Value?.Trim();
        if (text is not null && !Accepts(question, text))
        {
            item.Problem("The answer '" + text + "' does not fit the question: " + Expected(question), answer!.Start);
            return null;
        }

        return new OrganisationEvidence
        {
            Id = question.Id,
            Category = question.Category,
            Question = question.Id,
            Answer = text,
            Note = item.Text("note"),
            Source = new SourceRow(file.DisplayName, (int)node.Start.Line, new Dictionary<string, SourceCell>
            {
                ["answer"] = new() { Column = "answer", Value = text ?? string.Empty },
            }),
        };
    }

    private static bool Accepts(MethodologyQuestion question, string answer) => question.Answer switch
    {
        AnswerType.YesNo => answer.ToLowerInvariant() is "yes" or "no" or "y" or "n" or "true" or "false",
        AnswerType.Scale => answer is "1" or "2" or "3" or "4" or "5",
        AnswerType.Choice => question.Options.Contains(answer, StringComparer.OrdinalIgnoreCase),
        _ => true,
    };

    private static string Expected(MethodologyQuestion question) => question.Answer switch
    {
        AnswerType.YesNo => "Answer yes or no.",
        AnswerType.Scale => "Answer 1 (not at all) to 5 (fully); " + question.PassAt.ToString(CultureInfo.InvariantCulture) + " or more meets it.",
        AnswerType.Choice => "Answer one of: " + string.Join(", ", question.Options) + ".",
        _ => "Answer in words (for the report; not scored).",
    };
}
