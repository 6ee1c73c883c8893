using System.Reflection;
using PmoAssess.Tests;

namespace PmoAssess.Cli.Tests.Ci;

/// <summary>The build of the CLI the tests run against: the configuration they were built in, and its pmoassess.dll.</summary>
internal static class TestBuild
{
    public static string Configuration { get; } = typeof(TestBuild).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The CLI as <c>dotnet build</c> left it, with its built-in plugins and rulesets beside it.</summary>
    public static string Cli => RepositoryRoot.Combine("engine", "PmoAssess.Cli", "bin", Configuration, "net10.0", "pmoassess.dll");
}
