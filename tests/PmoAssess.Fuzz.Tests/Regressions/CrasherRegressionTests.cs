using System.IO.Compression;
using PmoAssess.Import;
using PmoAssess.Import.Mapping;
using PmoAssess.Import.Tables;
using PmoAssess.Policy;
using PmoAssess.Rulesets.Expressions;
using PmoAssess.Facts;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PmoAssess.Tests.Fuzz.Regressions;

/// <summary>
/// Every input the fuzzers found that crashed a reader (an exception other than the documented error, or a stack
/// overflow that would end the process), cut down by hand, kept so the fix stays fixed.
/// </summary>
public sealed class CrasherRegressionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    // YamlDotNet threw ArgumentException ("The current event is of an unsupported type").
    [InlineData(": \n    entity]\n:")]
    // YamlDotNet threw InvalidOperationException ("The scanner should contain no more tokens").
    [InlineData("...\nkey]waivers@, *a`")]
    // A flow mapping broken by a line break less indented than it: InvalidOperationException from the scanner.
    [InlineData("sources:\n  - custom:\n      y: { column: yearly_b\nudget, money: millions }\n")]
    // The same with U+2028 (a Unicode line separator) inside the flow mapping.
    [InlineData("sources:\n  - custom:\n      y: { column: yearly_foreca\u2028t, money: millions }\n")]
    public void MappingLoader_YamlTheParserChokesOn_RefusesWithTheFile(string text)
    {
        // Still a crasher of YamlDotNet itself: it throws something other than its YamlException.
        Should.Throw<Exception>(() => new YamlStream().Load(new StringReader(text))).ShouldNotBeOfType<YamlException>();
        var path = HostileInput.Write(_folder, "client.mapping.yaml", text);

        var error = Should.Throw<InvalidInputException>(() => MappingLoader.Load(path));

        error.Message.ShouldContain("Not valid YAML: ");
        error.Message.ShouldContain("File=client.mapping.yaml");
    }

    [Fact]
    public void PolicyLoader_YamlTheParserChokesOn_RefusesWithTheFile()
    {
        var path = HostileInput.Write(_folder, "pmoassess.yaml", "...\nkey]waivers@, *a`");

        Should.Throw<InvalidInputException>(() => PolicyLoader.Load(path)).Message.ShouldContain("File=pmoassess.yaml");
    }

    [Fact]
    public void PortfolioReader_YamlDocumentWithAListAsAKey_RefusesWithLineAndColumn()
    {
        // Valid YAML, but a JSON property needs a name: the conversion threw InvalidCastException.
        var path = HostileInput.Write(_folder, "portfolio.yaml", "projects:\n  - ? [a, b]\n    : c\n");

        var error = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        error.Message.ShouldBe("A key must be plain text, not a list or a mapping. File=portfolio.yaml, Line=2, Column=7");
    }

    [Fact]
    public void YamlFile_NestedAHundredThousandDeep_RefusedBeforeTheRecursiveLoaderOverflowsTheStack()
    {
        // Loading this into YamlDotNet's tree recursed once per level: a stack overflow ends the process, no catch helps.
        var path = HostileInput.Write(_folder, "deep.rules.yaml", new string('[', 100_000));

        var error = Should.Throw<InvalidInputException>(() => Rulesets.RulesetLoader.Load([path]));

        error.Message.ShouldContain("The document is nested more than 64 levels deep, the limit: raise it with --max-nesting. File=deep.rules.yaml, Line=1, Column=65");
    }

    [Fact]
    public void RuleExpressionParser_BracketsNestedTenThousandDeep_RefusedAtTheFirstBracketTooDeep()
    {
        var text = new string('(', 10_000) + "true" + new string(')', 10_000);

        var error = Should.Throw<ExpressionException>(() => RuleExpressionParser.Parse(text[..1900], typeof(Project), typeof(bool)));

        error.Message.ShouldBe("Brackets nest more than 32 deep.");
        error.Offset.ShouldBe(32);
    }

    [Fact]
    public void RuleExpressionParser_AMegabyteLongCondition_RefusedWithoutParsing()
    {
        var text = string.Concat(Enumerable.Repeat("sponsor != null and ", 50_000)) + "true";

        var error = Should.Throw<ExpressionException>(() => RuleExpressionParser.Parse(text, typeof(Project), typeof(bool)));

        error.Message.ShouldStartWith("The expression is longer than 2000 characters");
    }

    [Theory]
    // The package reader threw ArgumentException ("PackageRelationship target must be relative URI") for a target with a scheme.
    [InlineData("xl/_rels/workbook.xml.rels", "Target=\"worksheets/sheet1.xml\"", "Target=\"worksheets:sheet1.xml\"")]
    // The SDK threw FormatException for a number attribute that is not one (found in the styles; a cell's style index does the same).
    [InlineData(PaddedWorkbook.SheetPart, "<c r=\"A2\" t=\"inlineStr\"><is><t>P-1</t></is></c>", "<c r=\"A2\" s=\"0?\"><v>1</v></c>")]
    public void XlsxTable_PartTheSdkChokesOn_RefusedAsCorrupt(string part, string find, string replace)
    {
        var path = PaddedWorkbook.Write(_folder.Combine("client.xlsx"), paddingBytes: 0);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(part)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            xml.ShouldContain(find);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(xml.Replace(find, replace, StringComparison.Ordinal));
        }

        var error = Should.Throw<InvalidInputException>(() =>
        {
            using var table = TableReader.Open(path, "client.xlsx", new TableOptions());
            _ = table.Rows().ToList();
        });

        error.Message.ShouldStartWith("The workbook is corrupt: ");
        error.Message.ShouldEndWith("File=client.xlsx");
    }
}
