using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PmoAssess.Import.Mapping;

namespace PmoAssess.Tests.Fuzz.Loaders;

/// <summary>The mapping loader on YAML soup and on mutations of the GMPP sample's mappings, beside the sample's data files.</summary>
public sealed class MappingLoaderFuzzTests : IDisposable
{
    private static readonly string[] Real = [YamlFuzz.Read("samples", "uk-gmpp", "gmpp-2021.mapping.yaml"), YamlFuzz.Read("samples", "uk-gmpp", "gmpp-2019.mapping.yaml")];

    private readonly TempFolder _folder = new();

    public MappingLoaderFuzzTests()
    {
        // The data files the mappings name exist, so that loading goes past the file checks.
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("samples", "uk-gmpp"), "*.csv"))
        {
            File.Copy(file, _folder.Combine(Path.GetFileName(file)));
        }
    }

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 300)]
    public Property Load_MutatedSampleMapping_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Gen.Elements(Real).SelectMany(Mutations.Of).ToArbitrary(), text => HostileInput.ReadsOrRefusesWithLocation(() => Load(text), text));

    [Property(MaxTest = 200)]
    public Property Load_YamlSoup_LoadsOrRefusesWithLocation() =>
        Prop.ForAll(Mutations.Soup(YamlFuzz.Tokens).ToArbitrary(), text => HostileInput.ReadsOrRefusesWithLocation(() => Load(text), text));

    private void Load(string text)
    {
        var path = HostileInput.Write(_folder, Guid.NewGuid().ToString("N") + ".mapping.yaml", text);
        MappingLoader.Load(path);
    }
}
