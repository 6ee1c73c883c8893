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

    [Theory]
    // The SDK threw FormatException ("The text value is not a valid enumeration value") when the cell's type was read.
    [InlineData("t=\"s\"", "t=\"\t;s\"")]
    // The same for a row number that is not a number.
    [InlineData("<row r=\"1\">", "<row r=\"one\">")]
    public void XlsxTable_AttributeTheSdkCannotParse_RefusedAsCorruptWithTheFile(string valid, string broken)
    {
        var bytes = Tables.XlsxTableFuzzTests.Workbook.WithPartEdited(Tables.XlsxTableFuzzTests.Workbook.Bytes(), "xl/worksheets/sheet1.xml",
            sheet => sheet.Replace(valid, broken, StringComparison.Ordinal));
        var path = _folder.Combine("client.xlsx");
        File.WriteAllBytes(path, bytes);

        var error = Should.Throw<InvalidInputException>(() => Tables.TableFuzz.ReadAll(path, new TableOptions()));

        error.Message.ShouldStartWith("The workbook is corrupt: ");
        error.Message.ShouldContain("File=client.xlsx");
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

    [Fact]
    public void XlsxTable_RelationshipTargetWithAScheme_RefusedAsCorruptWithTheFile()
    {
        // The package reader threw ArgumentException ("PackageRelationship target must be relative URI if TargetMode is Internal").
        var bytes = Tables.XlsxTableFuzzTests.Workbook.WithPartEdited(Tables.XlsxTableFuzzTests.Workbook.Bytes(), "xl/_rels/workbook.xml.rels",
            relationships => relationships.Replace("Target=\"styles.xml\"", "Target=\"sty:les.xml\"", StringComparison.Ordinal));
        var path = _folder.Combine("client.xlsx");
        File.WriteAllBytes(path, bytes);

        var error = Should.Throw<InvalidInputException>(() => Tables.TableFuzz.ReadAll(path, new TableOptions()));

        error.Message.ShouldStartWith("The workbook is corrupt: ");
        error.Message.ShouldContain("File=client.xlsx");
    }
}
