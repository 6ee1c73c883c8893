using System.CommandLine;
using System.Text;
using PmoAssess.Import;
using PmoAssess.Import.Inspection;
using PmoAssess.Import.Tables;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess inspect FILE</c>: how a client's CSV or workbook reads (encoding, delimiter, sheets, headers, what
/// each column holds) and a proposed mapping file to start from. Reads only; writes the proposal only with
/// <c>--out</c>, and never over an existing file without <c>--force</c>.
/// </summary>
internal static class InspectCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("file") { Description = "A .csv, .tsv, .txt or .xlsx file." };
        var sheet = new Option<string?>("--sheet") { Description = "The worksheet of a workbook to read. Default: the first." };
        var encoding = new Option<string?>("--encoding") { Description = "auto (default), utf-8, utf-16, utf-16le, utf-16be or windows-1252." };
        var delimiter = new Option<string?>("--delimiter") { Description = "auto (default), ',', ';', tab or '|'." };
        var headerRow = new Option<int>("--header-row") { Description = "The row holding the headers; rows above it are skipped.", DefaultValueFactory = _ => 1 };
        var entity = new Option<string>("--entity") { Description = "What each row is, for the proposed mapping.", DefaultValueFactory = _ => "projects" };
        entity.AcceptOnlyFromAmong([.. MappingProposer.Entities.Select(layout => layout.Name)]);
        var json = new Option<bool>("--json") { Description = "Write the inspection and the proposal as JSON." };
        var output = new Option<string?>("--out") { Description = "Write the proposed mapping to this file instead of printing it." };
        var force = OverwriteGuard.ForceOption();
        encoding.Validators.Add(result =>
        {
            try
            {
                TextEncodings.Parse(result.GetValueOrDefault<string?>());
            }
            catch (InvalidInputException exception)
            {
                result.AddError(exception.Message);
            }
        });
        delimiter.Validators.Add(result =>
        {
            if (!TryDelimiter(result.GetValueOrDefault<string?>(), out _))
            {
                result.AddError("Unknown delimiter '" + result.GetValueOrDefault<string?>() + "': expected auto, ',', ';', tab or '|'.");
            }
        });
        headerRow.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--header-row must be 1 or more.");
            }
        });

        var command = new Command("inspect", "Show how a client's CSV or Excel file reads and what its columns hold, and propose a mapping for it.")
        {
            file, sheet, encoding, delimiter, headerRow, entity, json, output, force,
        };
        var limits = new DataLimitOptions();
        limits.AddTo(command);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            TryDelimiter(parseResult.GetValue(delimiter), out var separator);
            var options = new TableOptions
            {
                Sheet = parseResult.GetValue(sheet),
                Encoding = parseResult.GetValue(encoding),
                Delimiter = separator,
                HeaderRow = parseResult.GetValue(headerRow),
                Limits = limits.Apply(InputLimits.Default, parseResult),
            };
            var target = parseResult.GetValue(output);
            if (OverwriteGuard.Refuses(target, parseResult.GetValue(force), environment.Error))
            {
                return ExitCodes.UsageError;
            }

            var inspection = TableInspector.Inspect(path, DisplayName(path), options);
            var proposal = MappingProposer.Propose(inspection, MappingProposer.Entity(parseResult.GetValue(entity)!)!, MappingReference(path, target), options.HeaderRow);
            if (parseResult.GetValue(json))
            {
                InspectOutput.WriteJson(environment.Output, inspection, options, target is null ? proposal : null);
            }
            else
            {
                InspectOutput.WriteText(environment.Output, inspection, options);
            }

            if (target is null)
            {
                if (!parseResult.GetValue(json))
                {
                    environment.Output.WriteLine();
                    environment.Output.WriteLine("Proposed mapping (save it with --out FILE):");
                    environment.Output.WriteLine();
                    environment.Output.Write(proposal);
                }

                return ExitCodes.Success;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllText(target, proposal, Utf8NoBom);
            // Stdout stays pure JSON when JSON was asked for.
            (parseResult.GetValue(json) ? environment.Error : environment.Output).WriteLine("Wrote the proposed mapping to " + target);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The delimiter an option names; <c>null</c> for auto.</summary>
    private static bool TryDelimiter(string? text, out char? delimiter)
    {
        delimiter = text?.ToLowerInvariant() switch
        {
            null or "" or "auto" => null,
            "tab" or "\\t" or "\t" => '\t',
            "," or ";" or "|" => text[0],
            _ => (char)0,
        };
        return delimiter != (char)0;
    }

    /// <summary>The file as messages name it: as the user gave it, with forward slashes.</summary>
    private static string DisplayName(string path) => path.Replace('\\', '/');

    /// <summary>The data file as the mapping names it: relative to the folder the mapping is written to.</summary>
    private static string MappingReference(string path, string? mapping) => mapping is null
        ? DisplayName(path)
        : Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(mapping))!, Path.GetFullPath(path)).Replace('\\', '/');
}
