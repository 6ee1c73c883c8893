using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Policy;

namespace PmoAssess.Tests.Fuzz.Loaders;

/// <summary>The policy loader on YAML soup and on mutations of the sample policies.</summary>
public sealed class PolicyLoaderFuzzTests : IDisposable
{
    private static readonly string[] Real = [YamlFuzz.Read("samples", "ci", "pmoassess.yaml"), YamlFuzz.Read("samples", "uk-gmpp", "pmoassess.yaml")];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 300)]
    public Property Load_MutatedSamplePolicy_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Gen.Elements(Real).SelectMany(Mutations.Of).ToArbitrary(), text => HostileInput.ReadsOrRefusesWithLocation(() => Load(text), text));

    [Property(MaxTest = 200)]
    public Property Load_YamlSoup_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Mutations.Soup([.. YamlFuzz.Tokens, "gate", "failOn", "waivers", "items", "expires", "2026-01-01", "minLevel", "targets"]).ToArbitrary(),
            text => HostileInput.ReadsOrRefusesWithLocation(() => Load(text), text));

    private void Load(string text) => PolicyLoader.Load(HostileInput.Write(_folder, Guid.NewGuid().ToString("N") + ".yaml", text));
}
