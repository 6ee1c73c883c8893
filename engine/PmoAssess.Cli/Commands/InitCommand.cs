using System.CommandLine;
using System.Globalization;
using System.Text;
using PmoAssess.Policy;
using PmoAssess.Scoring;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess init DIR</c>: scaffolds an engagement folder: a commented policy, a blank questionnaire for the
/// default methodology, a <c>data/</c> folder for the client's export, a mapping template and a README of the steps.
/// Never overwrites.
/// </summary>
internal static class InitCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliEnvironment environment)
    {
        var folder = new Argument<string>("folder") { Description = "The engagement folder to set up; created if it does not exist." };
        var command = new Command("init", "Set up an engagement folder: policy, questionnaire, data folder, mapping template and the steps to follow.") { folder };
        command.SetAction(parseResult =>
        {
            var root = parseResult.GetValue(folder)!;
            if (File.Exists(root))
            {
                environment.Error.WriteLine("error: Cannot set up an engagement in a file. Folder=" + root);
                return ExitCodes.UsageError;
            }

            var methodology = MethodologyLoader.Find(MethodologyLoader.DefaultId, environment.BuiltInMethodologyFolder);
            var files = new (string Path, string Content)[]
            {
                (Path.Combine(root, PolicyFile.FileName), InitTemplates.Policy.Replace(InitTemplates.EngagementHole, EngagementName(root), StringComparison.Ordinal)),
                (Path.Combine(root, "answers.yaml"), Blank(methodology)),
                (Path.Combine(root, "data", "README.md"), InitTemplates.DataReadme),
                (Path.Combine(root, "client.mapping.yaml"), InitTemplates.Mapping),
                (Path.Combine(root, "README.md"), InitTemplates.Readme),
            };

            // Check every file (and the data folder) first, so that a refusal leaves the folder as it was.
            var existing = files
                .Select(file => Path.GetDirectoryName(file.Path) is { Length: > 0 } parent && File.Exists(parent) ? parent : file.Path)
                .Where(Path.Exists)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (existing.Count > 0)
            {
                foreach (var path in existing)
                {
                    environment.Error.WriteLine("error: Will not overwrite a file that exists. File=" + path);
                }

                environment.Error.WriteLine("Move the files away, or set up the engagement in another folder.");
                return ExitCodes.UsageError;
            }

            foreach (var (path, content) in files)
            {
                if (!TryWriteNew(path, content))
                {
                    environment.Error.WriteLine("error: Will not overwrite a file that exists. File=" + path);
                    return ExitCodes.UsageError;
                }

                environment.Output.WriteLine("Wrote " + path);
            }

            environment.Output.WriteLine("Next: follow the steps in " + Path.Combine(root, "README.md"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Blank(Methodology methodology)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Questionnaire.WriteBlank(methodology, writer);
        return writer.ToString();
    }

    /// <summary>
    /// Writes a new file atomically, as <see cref="Reporting.Output.AtomicFile"/> does, except that the final rename
    /// never replaces a file that appeared meanwhile. Returns false when one did.
    /// </summary>
    private static bool TryWriteNew(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8NoBom.GetBytes(content.ReplaceLineEndings("\n"));
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
            return true;
        }
        catch (IOException) when (Path.Exists(path))
        {
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // The folder's name, quoted for YAML whatever it holds ('#', ':', a leading '-').
    private static string EngagementName(string root) =>
        "'" + Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))).Replace("'", "''", StringComparison.Ordinal) + "'";
}
