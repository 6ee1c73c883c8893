using System.Security;

namespace PmoAssess.Cli.Commands;

/// <summary>The files of a new plugin project. The rule is a working example: active projects name a manager.</summary>
internal static class PluginTemplate
{
    public static IEnumerable<(string File, string Content)> Files(string name, string hostFolder, string nrulesVersion)
    {
        var id = name.ToLowerInvariant();
        var prefix = new string([.. name.Split('.')[0].ToUpperInvariant().Where(char.IsLetter).Take(4)]);
        yield return (name + ".csproj", Project(hostFolder, nrulesVersion));
        yield return (name.Replace(".", string.Empty, StringComparison.Ordinal) + "Plugin.cs", Plugin(name, id));
        yield return ("Rules/ActiveProjectHasManager.cs", Rule(name, prefix));
        yield return ("README.md", Readme(name, prefix));
    }

    private static string Project(string hostFolder, string nrulesVersion) => $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- A PmoAssess plugin. The host lends it the contract and NRules at run time, so neither is copied beside it:
               a plugin that ships its own copy of NRules would have its rules ignored. -->
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <EnableDynamicLoading>true</EnableDynamicLoading>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
            <!-- The PmoAssess installation this plugin was created from; point it at another with -p:PmoAssessHome=... -->
            <PmoAssessHome Condition="'$(PmoAssessHome)' == ''">{{SecurityElement.Escape(hostFolder)}}</PmoAssessHome>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="PmoAssess.Abstractions">
              <HintPath>$(PmoAssessHome)/PmoAssess.Abstractions.dll</HintPath>
              <Private>false</Private>
            </Reference>
            <PackageReference Include="NRules.Fluent" Version="{{nrulesVersion}}" ExcludeAssets="runtime" PrivateAssets="all" />
          </ItemGroup>
        </Project>

        """;

    private static string Plugin(string name, string id) => $$"""
        using PmoAssess.Plugins;

        namespace {{name}};

        /// <summary>The plugin the host creates and asks to register its rules.</summary>
        public sealed class {{name.Replace(".", string.Empty, StringComparison.Ordinal)}}Plugin : IPmoPlugin
        {
            /// <inheritdoc />
            public PluginManifest Manifest { get; } = new()
            {
                Id = "{{id}}",
                Name = "{{name}}",
                Version = "0.1.0",
                // Every plugin API version from 1 to the one this plugin was built against.
                MinimumApiVersion = 1,
                MaximumApiVersion = PluginApi.Version,
            };

            /// <inheritdoc />
            public void Register(IPluginRegistrar registrar) => registrar.AddRulesFrom(typeof({{name.Replace(".", string.Empty, StringComparison.Ordinal)}}Plugin).Assembly);
        }

        """;

    private static string Rule(string name, string prefix) => $$"""
        using PmoAssess.Facts;
        using PmoAssess.Outcomes;
        using PmoAssess.Rules;

        namespace {{name}}.Rules;

        /// <summary>{{prefix}}-001: every active project names a project manager.</summary>
        public sealed class ActiveProjectHasManager : SubjectRule<Project>
        {
            /// <inheritdoc />
            public override RuleDescriptor Descriptor { get; } = new()
            {
                Id = "{{prefix}}-001",
                Title = "Active projects name a project manager",
                Rationale = "Somebody must run the project day to day; without a named manager, actions and risks have no owner.",
                Remediation = "Name the project manager in the portfolio register.",
                Severity = Severity.Medium,
                Category = "governance",
                MaturityLevel = 1,
                Tags = ["manager"],
                AppliesTo = EntityKind.Project,
            };

            /// <inheritdoc />
            protected override bool AppliesTo(Project project) => project.IsActive;

            /// <inheritdoc />
            protected override Verdict Assess(Project project, IAssessmentContext context) =>
                project.Manager is null
                    ? Verdict.Fail("The project names no manager.", project.EvidenceOf("manager"))
                    : Verdict.Pass(project.EvidenceOf("manager", project.Manager));
        }

        """;

    private static string Readme(string name, string prefix) => $$"""
        # {{name}}

        A PmoAssess plugin with one rule, {{prefix}}-001 (active projects name a project manager).

        ```sh
        dotnet build . -o ../plugins/{{name}}
        pmoassess assess DATA --plugins ../plugins
        pmoassess rules list --plugins ../plugins
        ```

        The plugin folder must be named like the assembly ({{name}}/{{name}}.dll). Add rules as classes deriving
        from `SubjectRule<T>`; `AddRulesFrom` registers every public rule class. The guide to writing rules, testing
        them with PmoAssess.Testing and what the host checks is plugins/README.md in the PmoAssess repository.

        """;
}
