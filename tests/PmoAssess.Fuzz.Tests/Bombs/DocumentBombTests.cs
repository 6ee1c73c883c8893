using System.Diagnostics;
using PmoAssess.Import;
using PmoAssess.Import.Mapping;
using PmoAssess.Policy;
using PmoAssess.Reporting.Json;
using PmoAssess.Rulesets;

namespace PmoAssess.Tests.Fuzz.Bombs;

/// <summary>
/// Documents built to exhaust memory or time (alias bombs, deep nesting, huge files and scalars) are refused with an
/// error naming the file, quickly and without reading them whole.
/// </summary>
public sealed class DocumentBombTests : IDisposable
{
    /// <summary>Nine levels of ten aliases each: a billion "lol"s if the aliases were expanded.</summary>
    private static readonly string BillionLaughs =
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
        string.Concat(Enumerable.Range(1, 8).Select(level =>
            (char)('a' + level) + ": &" + (char)('a' + level) + " [" + string.Join(", ", Enumerable.Repeat("*" + (char)('a' + level - 1), 10)) + "]\n"));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("bomb.rules.yaml")]
    [InlineData("bomb.mapping.yaml")]
    [InlineData("pmoassess.yaml")]
    public void YamlAliasBomb_RefusedAtTheFirstAlias(string name)
    {
        var path = HostileInput.Write(_folder, name, BillionLaughs);
        var stopwatch = Stopwatch.StartNew();

        var error = Should.Throw<InvalidInputException>(() => Load(name, path));

        error.Message.ShouldContain("Anchors and aliases (&name, *name) are not supported: write the value out. File=" + name + ", Line=2, Column=");
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("deep.rules.yaml")]
    [InlineData("deep.mapping.yaml")]
    [InlineData("pmoassess.yaml")]
    public void DeeplyNestedBlockYaml_RefusedWithTheLineOfTheLevelTooDeep(string name)
    {
        // Block style, each level a key indented under the last.
        var text = string.Concat(Enumerable.Range(0, 1_000).Select(level => new string(' ', level) + "k:\n")) + new string(' ', 1_000) + "v";
        var path = HostileInput.Write(_folder, name, text);

        var error = Should.Throw<InvalidInputException>(() => Load(name, path));

        error.Message.ShouldContain("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=" + name + ", Line=65");
    }

    [Fact]
    public void YamlLargerThanEightMegabytes_RefusedBeforeParsing()
    {
        var path = _folder.Combine("pmoassess.yaml");
        using (var file = File.Create(path))
        {
            file.SetLength(9L * 1024 * 1024);
        }

        Should.Throw<InvalidInputException>(() => PolicyLoader.Load(path)).Message
            .ShouldContain("The file is 9 MB, more than the limit of 8 MB: raise it with --max-document-size. File=pmoassess.yaml");
    }

    [Fact]
    public void YamlWithASevenMegabyteScalar_ReadsOrRefusesInBoundedTime()
    {
        var path = HostileInput.Write(_folder, "pmoassess.yaml", "methodology: " + new string('x', 7 * 1024 * 1024) + "\n");
        var stopwatch = Stopwatch.StartNew();

        HostileInput.ReadsOrRefusesWithLocation(() => PolicyLoader.Load(path), "7 MB scalar");

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void DeeplyNestedCanonicalJson_RefusedWithTheLine()
    {
        var path = HostileInput.Write(_folder, "portfolio.json", "{\"projects\":\n" + new string('[', 100_000));

        var error = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        error.Message.ShouldStartWith("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=portfolio.json, Line=2");
    }

    [Fact]
    public void DeeplyNestedFindingsJson_RefusedWithTheFile()
    {
        var path = HostileInput.Write(_folder, "findings.json", new string('[', 100_000));

        Should.Throw<InvalidInputException>(() => FindingsDocument.Read(path)).Message
            .ShouldStartWith("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=" + path);
    }

    [Fact]
    public void DeeplyNestedBaseline_RefusedWithTheFile()
    {
        var path = HostileInput.Write(_folder, "baseline.json", "{\"findings\":" + new string('[', 100_000));

        Should.Throw<InvalidInputException>(() => Baseline.Read(path)).Message
            .ShouldStartWith("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=baseline.json");
    }

    [Theory]
    [InlineData("portfolio.json")]
    [InlineData("projects.csv")]
    [InlineData("client.csv")]
    [InlineData("client.xlsx")]
    public void FileOverTheDefaultLimitOfTwoGigabytes_RefusedWithoutReadingIt(string name)
    {
        // A sparse file: three gigabytes long, no disk or memory used.
        var folder = Directory.CreateDirectory(_folder.Combine("data")).FullName;
        var path = Path.Combine(folder, name);
        using (var file = File.Create(path))
        {
            file.SetLength(3L * 1024 * 1024 * 1024);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var error = Should.Throw<InvalidInputException>(() => Read(name, name == "projects.csv" ? folder : path));

        error.Message.ShouldBe("The file is 3 GB, more than the limit of 2 GB: raise it with --max-file-size. File=" + name);
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(16L * 1024 * 1024, "the file is never read");
    }

    private static void Read(string name, string path)
    {
        if (name.StartsWith("client", StringComparison.Ordinal))
        {
            using var table = Import.Tables.TableReader.Open(path, name, new Import.Tables.TableOptions());
            return;
        }

        PortfolioReader.Read(path);
    }

    private static void Load(string name, string path)
    {
        if (name.EndsWith(RulesetLoader.FileSuffix, StringComparison.Ordinal))
        {
            RulesetLoader.Load([path]);
        }
        else if (name.EndsWith(MappingLoader.FileSuffix, StringComparison.Ordinal))
        {
            MappingLoader.Load(path);
        }
        else
        {
            PolicyLoader.Load(path);
        }
    }
}
