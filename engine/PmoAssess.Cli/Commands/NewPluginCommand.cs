using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using PmoAssess.Reporting.Output;

namespace PmoAssess.Cli.Commands;

/// <summary>
/// <c>pmoassess new plugin NAME</c>: scaffolds a plugin project that builds, loads and fires as generated: a manifest,
/// one rule with its descriptor, and a project file that takes the contract from this installation of PmoAssess
/// without shipping a copy of it (or of NRules) beside the plugin.
/// </summary>
internal static partial class NewPluginCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliEnvironment environment)
    {
        var name = new Argument<string>("name") { Description = "The plugin's name, also its assembly and folder name, e.g. Acme.Pmo.Rules." };
        var output = new Option<string>("--out", "-o") { Description = "Where to create the NAME folder. Default: the current folder.", DefaultValueFactory = _ => "." };
        var plugin = new Command("plugin", "Scaffold a plugin project with one rule, ready to build and load with --plugins.") { name, output };
        plugin.SetAction(parseResult =>
        {
            var pluginName = parseResult.GetValue(name)!;
            if (!PluginName().IsMatch(pluginName))
            {
                environment.Error.WriteLine("error: A plugin name is dotted C# identifiers, such as Acme.Pmo.Rules. Name=" + pluginName);
                return ExitCodes.UsageError;
            }

            // The name is the plugin's namespace: a keyword there is code that does not compile ('namespace class;').
            if (pluginName.Split('.').FirstOrDefault(CSharpKeywords.Contains) is { } keyword)
            {
                environment.Error.WriteLine("error: A plugin name cannot contain a C# keyword, since it becomes the plugin's namespace; try Acme.Pmo.Rules. Name="
                    + pluginName + ", Keyword=" + keyword);
                return ExitCodes.UsageError;
            }

            var folder = Path.Combine(parseResult.GetValue(output)!, pluginName);
            if (Path.Exists(folder))
            {
                environment.Error.WriteLine("error: The folder already exists; nothing was written. Folder=" + folder);
                return ExitCodes.UsageError;
            }

            foreach (var (file, content) in PluginTemplate.Files(pluginName, AppContext.BaseDirectory, NRulesVersion()))
            {
                var path = Path.Combine(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                AtomicFile.Write(path, stream => stream.Write(Utf8NoBom.GetBytes(content)));
            }

            environment.Output.WriteLine("Created " + folder + ". Build it into a plugin folder and load it:");
            environment.Output.WriteLine("  dotnet build " + folder + " -o plugins/" + pluginName);
            environment.Output.WriteLine("  pmoassess assess DATA --plugins plugins");
            return ExitCodes.Success;
        });
        return new Command("new", "Scaffold something to extend PmoAssess.") { plugin };
    }

    // C#'s reserved keywords (contextual ones, such as 'var' or 'record', are valid namespace names). Microsoft.CodeAnalysis
    // is not referenced by the CLI, and this list has not changed since C# 1 but for additions that are all contextual.
    private static readonly HashSet<string> CSharpKeywords = new(
        [
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
            "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
            "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
            "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
            "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
            "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
            "volatile", "while",
        ],
        StringComparer.Ordinal);

    /// <summary>The NRules version this host runs, which the plugin must compile against.</summary>
    private static string NRulesVersion() => typeof(NRules.Fluent.Dsl.Rule).Assembly.GetName().Version!.ToString(3);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex PluginName();
}
