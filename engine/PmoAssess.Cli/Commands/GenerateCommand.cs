using System.CommandLine;
using System.Globalization;
using PmoAssess.Generation;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess generate --projects N --seed S --out DIR</c>: writes a realistic synthetic portfolio in the canonical CSV
/// layout, the same bytes for the same options, for benchmarks, demos and tests at any scale.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var projects = new Option<int>("--projects", "-n") { Description = "How many projects to write.", Required = true };
        var seed = new Option<long>("--seed", "-s") { Description = "The seed: the same seed writes the same files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "The folder to write the CSV files to.", Required = true };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The assessment date the data is written for (yyyy-MM-dd). Default: " +
                GenerationOptions.DefaultAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".",
        };
        var perPortfolio = new Option<int>("--projects-per-portfolio") { Description = "About how many projects each portfolio holds.", DefaultValueFactory = _ => 500 };
        var command = new Command("generate", "Write a synthetic portfolio in the canonical CSV layout.") { projects, seed, output, asOf, perPortfolio };
        AtLeastOne(projects);
        AtLeastOne(perPortfolio);
        command.Validators.Add(result =>
        {
            if (result.GetValue(asOf) is { } text && RunOptions.ParseDate(text) is null)
            {
                result.AddError("--as-of must be a date as yyyy-MM-dd; got '" + text + "'.");
            }
        });
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(output)!;
            if (File.Exists(folder))
            {
                environment.Error.WriteLine("--out must be a folder, but a file has that name: " + folder);
                return ExitCodes.UsageError;
            }

            var options = new GenerationOptions
            {
                Projects = parseResult.GetValue(projects),
                Seed = parseResult.GetValue(seed),
                AsOf = parseResult.GetValue(asOf) is { } text ? RunOptions.ParseDate(text)!.Value : GenerationOptions.DefaultAsOf,
                ProjectsPerPortfolio = parseResult.GetValue(perPortfolio),
            };
            var records = PortfolioGenerator.Generate(options, folder);
            environment.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {Counted.Of(options.Projects, "project", "projects")} in {Counted.Of(options.Portfolios, "portfolio", "portfolios")} as of {options.AsOf:yyyy-MM-dd} (seed {options.Seed}) to {folder}: ") +
                string.Join(", ", records.Where(file => file.Key != "projects.csv" && file.Key != "portfolios.csv")
                    .Select(file => Records(file.Value, Path.GetFileNameWithoutExtension(file.Key)))) + ".");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>"471 risks", "1 risk", "8 evidence records": a file's records, counted by its name.</summary>
    private static string Records(int count, string file) => file == "evidence"
        ? Counted.Of(count, "evidence record", "evidence records")
        : Counted.Of(count, file.TrimEnd('s'), file);

    private static void AtLeastOne(Option<int> option) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < 1)
        {
            result.AddError(option.Name + " must be at least 1.");
        }
    });
}
