using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Rulesets;
using PmoAssess.Scoring;

namespace PmoAssess.Tests.Fuzz.Loaders;

/// <summary>The ruleset and methodology loaders on YAML soup and on mutations of the built-in files.</summary>
public sealed class RulesetLoaderFuzzTests : IDisposable
{
    private static readonly string[] Rulesets =
    [
        .. Directory.EnumerateFiles(RepositoryRoot.Combine("rulesets"), "*.rules.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText),
        YamlFuzz.Read("samples", "uk-gmpp", "gmpp.rules.yaml"),
    ];

    private static readonly string[] Methodologies =
        [.. Directory.EnumerateFiles(RepositoryRoot.Combine("rulesets", "methodologies"), "*.methodology.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 300)]
    public Property Load_MutatedBuiltInRuleset_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Gen.Elements(Rulesets).SelectMany(Mutations.Of).ToArbitrary(), text => HostileInput.ReadsOrRefusesWithLocation(() => LoadRuleset(text), text));

    [Property(MaxTest = 200)]
    public Property Load_RulesetYamlSoup_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Mutations.Soup([.. YamlFuzz.Tokens, "ruleset", "severity", "high", "appliesTo", "project", "sponsor == null", "and"]).ToArbitrary(),
            text => HostileInput.ReadsOrRefusesWithLocation(() => LoadRuleset(text), text));

    [Property(MaxTest = 200)]
    public Property Load_MutatedBuiltInMethodology_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Gen.Elements(Methodologies).SelectMany(Mutations.Of).ToArbitrary(), text => HostileInput.ReadsOrRefusesWithLocation(() => LoadMethodology(text), text));

    private void LoadRuleset(string text) => RulesetLoader.Load([HostileInput.Write(_folder, Guid.NewGuid().ToString("N") + ".rules.yaml", text)]);

    private void LoadMethodology(string text) => MethodologyLoader.Load(HostileInput.Write(_folder, Guid.NewGuid().ToString("N") + ".methodology.yaml", text));
}
