using System.Text;
using PmoAssess.Import;

namespace PmoAssess.Tests.Engine.Import;

/// <summary>
/// Canonical CSV that cannot be read stops the import with the file, line and column of the problem.
/// Every expected line and column below was counted by hand from the input shown.
/// </summary>
public sealed class PortfolioReaderCsvErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_MissingFolder_ThrowsNamingThePath()
    {
        var missing = _folder.Combine("no-such-folder");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(missing));

        exception.Message.ShouldStartWith("The input does not exist");
        exception.Message.ShouldEndWith("File=" + missing);
    }

    [Fact]
    public void Read_FolderWithoutProjectsCsv_ThrowsNamingProjectsCsv()
    {
        _folder.Write("portfolios.csv", SmallPortfolio.PortfoliosCsv);
        _folder.Write("risks.csv", SmallPortfolio.RisksCsv);

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldStartWith("The folder has no projects.csv");
        exception.Message.ShouldEndWith("File=projects.csv");
    }

    [Fact]
    public void Read_TextFile_ThrowsNamingTheFile()
    {
        var path = _folder.Write("portfolio.txt", SmallPortfolio.ProjectsCsv);

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldStartWith("Cannot assess this file: expected a folder of canonical CSV files, a .json or .yaml document, or --mapping for another layout.");
        exception.Message.ShouldEndWith("File=portfolio.txt");
    }

    [Fact]
    public void Read_CsvFileInsteadOfFolder_ThrowsNamingTheFile()
    {
        var path = _folder.Write("projects.csv", SmallPortfolio.ProjectsCsv);

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(path));

        exception.Message.ShouldEndWith("File=projects.csv");
    }

    [Fact]
    public void Read_UnterminatedQuote_ThrowsAtTheOpeningQuote()
    {
        // Line 3 opens a quote at column 5 ("P-2," is four characters) that never closes.
        _folder.Write("projects.csv", "id,name,stage\nP-1,Ledger,execution\nP-2,\"Payroll,planning\nP-3,Portal,closed\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldStartWith("Malformed CSV: ");
        exception.Message.ShouldContain("File=projects.csv, Line=3, Column=5");
        exception.Location.ShouldBe(new SourceLocation("projects.csv", 3, 5));
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_ThrowsAtTheQuote()
    {
        // Line 2: "P-1," is columns 1-4, "Led" columns 5-7, the stray quote column 8.
        _folder.Write("projects.csv", "id,name,stage\nP-1,Led\"ger,execution\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldStartWith("Malformed CSV: ");
        exception.Message.ShouldContain("File=projects.csv, Line=2, Column=8");
    }

    [Fact]
    public void Read_QuoteInsideUnquotedFieldAfterMultiByteText_CountsCharactersNotBytes()
    {
        // Line 2: "P-1," columns 1-4, "Café" columns 5-8 (é is two bytes in UTF-8), the stray quote column 9.
        _folder.Write("projects.csv", "id,name,stage\nP-1,Café\"s,execution\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldContain("File=projects.csv, Line=2, Column=9");
    }

    [Fact]
    public void Read_RowWithTooManyCells_ThrowsAtTheFirstExtraCell()
    {
        _folder.Write("projects.csv", "id,name,stage\nP-1,Ledger,execution\nP-2,Payroll,planning,extra\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The row has 4 cells but the header has 3. File=projects.csv, Line=3, Column=4");
    }

    [Fact]
    public void Read_RowWithTooFewCells_ThrowsAtTheFirstMissingColumn()
    {
        _folder.Write("projects.csv", "id,name,stage,sponsor\nP-1,Ledger\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The row has 2 cells but the header has 4. File=projects.csv, Line=2, Column=3 (stage)");
    }

    [Fact]
    public void Read_ErrorAfterMultiLineQuotedCell_ReportsTheLineTheRecordStartsOn()
    {
        // Line 1 header; lines 2-3 hold P-1 (its name spans two lines); line 4 holds P-2 with a bad stage in column 3.
        _folder.Write("projects.csv", "id,name,stage\nP-1,\"Ledger\nphase two\",execution\nP-2,Payroll,paused\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldEndWith("File=projects.csv, Line=4, Column=3 (stage)");
    }

    [Fact]
    public void Read_BadDate_ThrowsNamingValueFormatLineAndColumn()
    {
        _folder.Write("projects.csv", "id,name,baseline_end\nP-1,Ledger,2026-12-31\nP-2,Payroll,31/12/2026\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("Cannot read '31/12/2026' as a date as yyyy-MM-dd. File=projects.csv, Line=3, Column=3 (baseline_end)");
    }

    [Fact]
    public void Read_BadNumber_ThrowsNamingValueFormatLineAndColumn()
    {
        // The quoted cell keeps the thousands separator inside column 2.
        _folder.Write("projects.csv", "id,budget_at_completion,name\nP-1,\"£1,200\",Ledger\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe(
            "Cannot read '£1,200' as a number such as 1250000.50 (no currency or thousands separators). " +
            "File=projects.csv, Line=2, Column=2 (budget_at_completion)");
    }

    [Fact]
    public void Read_BadEnum_ThrowsListingTheCanonicalValues()
    {
        _folder.Write("projects.csv", "id,name,portfolio,programme,stage\nP-1,Ledger,,,paused\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe(
            "Cannot read 'paused' as one of initiation, planning, execution, closing, closed. File=projects.csv, Line=2, Column=5 (stage)");
    }

    [Fact]
    public void Read_BadDeliveryConfidence_ListsKebabCaseValues()
    {
        _folder.Write("projects.csv", "id,delivery_confidence\nP-1,purple\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe(
            "Cannot read 'purple' as one of green, amber-green, amber, amber-red, red. File=projects.csv, Line=2, Column=2 (delivery_confidence)");
    }

    [Fact]
    public void Read_BadBoolean_Throws()
    {
        _folder.Write("projects.csv", "id,charter_approved\nP-1,maybe\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("Cannot read 'maybe' as true or false. File=projects.csv, Line=2, Column=2 (charter_approved)");
    }

    [Fact]
    public void Read_BadWholeNumber_Throws()
    {
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("changes.csv", "id,project,schedule_impact_days\nC-1,P-1,2.5\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("Cannot read '2.5' as a whole number. File=changes.csv, Line=2, Column=3 (schedule_impact_days)");
    }

    [Fact]
    public void Read_ProblemsInTwoChildFiles_ReportsTheFileReadFirstInTurn()
    {
        // The child files are read side by side. The risks file's problem is at the end of five thousand rows and the
        // milestones file's on its third line, so the second is usually found first; the one reported is still the one
        // reading the files in turn meets first.
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("risks.csv", "id,project\n" + string.Concat(Enumerable.Range(1, 5_000).Select(index => "R-" + index + ",P-1\n")) + "R-1,P-1\n");
        _folder.Write("milestones.csv", "id,project\nM-1,P-1\nM-1,P-1\n");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

            exception.Message.ShouldBe("The id 'R-1' appears twice: ids must be unique. File=risks.csv, Line=5002, Column=1 (id)");
        }
    }

    [Fact]
    public void Read_ProblemsInTwoChildFiles_TheLaterOneLarger_ReportsTheFileFirstInTurn()
    {
        // The larger file (milestones.csv) starts first, and its problem may be met first; the one reported is still the
        // one reading the files in turn meets first.
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("risks.csv", "id,project\nR-1,P-1\nR-1,P-1\n");
        _folder.Write("milestones.csv", "id,project\nM-1,P-1\nM-1,P-1\n" + string.Concat(Enumerable.Range(1, 5_000).Select(index => "M-" + index + ",P-1\n")));

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The id 'R-1' appears twice: ids must be unique. File=risks.csv, Line=3, Column=1 (id)");
    }

    // Projects' records are read beside their children's and typed once the children are known: the problem reported is
    // still the first that reading and typing each record in turn meets.
    [Fact]
    public void Read_ValueThatDoesNotReadBeforeADuplicateProjectId_ReportsTheValue()
    {
        _folder.Write("projects.csv", "id,stage\nP-1,execution\nP-2,underway\nP-1,planning\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldStartWith("Cannot read 'underway' as one of ");
        exception.Message.ShouldEndWith("File=projects.csv, Line=3, Column=2 (stage)");
    }

    [Fact]
    public void Read_ValuesThatDoNotReadFarApartInProjects_ReportsTheFirst()
    {
        // Projects are typed in parts of a few thousand rows on every core; the later part's problem, on its first row,
        // is usually met first. The one reported is still the first row's in the file.
        var rows = Enumerable.Range(1, 10_000).Select(index => "P-" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + "," +
            (index is 4_000 or 8_193 ? "soon" : "2026-01-05"));
        _folder.Write("projects.csv", "id,baseline_start\n" + string.Join("\n", rows) + "\n");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

            exception.Message.ShouldBe("Cannot read 'soon' as a date as yyyy-MM-dd. File=projects.csv, Line=4001, Column=2 (baseline_start)");
        }
    }

    [Fact]
    public void Read_DuplicateProjectIdBeforeAValueThatDoesNotRead_ReportsTheDuplicate()
    {
        _folder.Write("projects.csv", "id,baseline_start\nP-1,2026-01-05\nP-1,2026-01-05\nP-2,soon\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The id 'P-1' appears twice: ids must be unique. File=projects.csv, Line=3, Column=1 (id)");
    }

    [Fact]
    public void Read_ProblemsInProjectsAndInAChildFile_ReportsTheChildFile()
    {
        _folder.Write("projects.csv", "id,baseline_start\nP-1,soon\n");
        _folder.Write("benefits.csv", "id,project\nB-1,P-1\nB-1,P-1\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The id 'B-1' appears twice: ids must be unique. File=benefits.csv, Line=3, Column=1 (id)");
    }

    [Fact]
    public void Read_DuplicateProjectId_ThrowsAtTheSecondOccurrence()
    {
        _folder.Write("projects.csv", "id,name\nP-1,Ledger\nP-2,Payroll\nP-1,Portal\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The id 'P-1' appears twice: ids must be unique. File=projects.csv, Line=4, Column=1 (id)");
    }

    [Fact]
    public void Read_MissingId_Throws()
    {
        _folder.Write("projects.csv", "name,id\nLedger,P-1\nPayroll,\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("A required value is missing: expected a non-empty 'id'. File=projects.csv, Line=3, Column=2 (id)");
    }

    [Fact]
    public void Read_HeaderWithoutIdColumn_Throws()
    {
        _folder.Write("projects.csv", "name,stage\nLedger,execution\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The header has no 'id' column: every record needs an id. File=projects.csv, Line=1");
    }

    [Fact]
    public void Read_RiskOfUnknownProject_ThrowsAtItsProjectCell()
    {
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("risks.csv", "id,project,title\nR-1,P-1,Vendor late\nR-2,P-9,Scope creep\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The record belongs to a project that does not exist: 'P-9'. File=risks.csv, Line=3, Column=2 (project)");
    }

    [Fact]
    public void Read_RiskWithoutProject_Throws()
    {
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("risks.csv", "id,title,project\nR-1,Vendor late,\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("A required value is missing: expected a non-empty 'project'. File=risks.csv, Line=2, Column=3 (project)");
    }

    [Fact]
    public void Read_ProjectOfUnknownPortfolio_ThrowsAtItsPortfolioCell()
    {
        _folder.Write("portfolios.csv", SmallPortfolio.PortfoliosCsv);
        _folder.Write("projects.csv", "id,name,portfolio\nP-1,Ledger,PF-A\nP-2,Payroll,PF-Z\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The project names a portfolio that portfolios.csv does not have: 'PF-Z'. File=projects.csv, Line=3, Column=3 (portfolio)");
    }

    [Fact]
    public void Read_ProjectPortfolioWithoutPortfoliosCsv_IsAccepted()
    {
        _folder.Write("projects.csv", "id,portfolio\nP-1,PF-Z\n");

        PortfolioReader.Read(_folder.Path).Projects.ShouldHaveSingleItem().PortfolioId.ShouldBe("PF-Z");
    }

    [Fact]
    public void Read_ProjectPortfolioWithHeaderOnlyPortfoliosCsv_Throws()
    {
        _folder.Write("portfolios.csv", "id,name,owner\n");
        _folder.Write("projects.csv", "id,portfolio\nP-1,PF-Z\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The project names a portfolio that portfolios.csv does not have: 'PF-Z'. File=projects.csv, Line=2, Column=2 (portfolio)");
    }

    [Fact]
    public void Read_UnknownColumnInRisks_ThrowsAtTheHeaderCell()
    {
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("risks.csv", "id,project,title,likelihood\nR-1,P-1,Vendor late,high\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe(
            "Unknown column 'likelihood': expected one of id, project, title, severity, status, owner, mitigation, last_reviewed. " +
            "File=risks.csv, Line=1, Column=4 (likelihood)");
    }

    [Fact]
    public void Read_EmptyProjectsCsv_ThrowsAtLineOne()
    {
        _folder.Write("projects.csv", "");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldStartWith("The file is empty: expected a header row with id,name,portfolio,");
        exception.Message.ShouldEndWith("File=projects.csv, Line=1, Column=1");
    }

    [Fact]
    public void Read_EmptyRisksCsv_ThrowsNamingRisksCsv()
    {
        _folder.Write("projects.csv", "id\nP-1\n");
        _folder.Write("risks.csv", "");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe(
            "The file is empty: expected a header row with id,project,title,severity,status,owner,mitigation,last_reviewed. File=risks.csv, Line=1, Column=1");
    }

    [Fact]
    public void Read_DuplicateHeader_ThrowsAtTheSecondOccurrence()
    {
        _folder.Write("projects.csv", "id,name,stage,name\nP-1,Ledger,execution,Ledger 2\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The column 'name' appears twice in the header. File=projects.csv, Line=1, Column=4 (name)");
    }

    [Fact]
    public void Read_DuplicateHeaderAfterTrimming_Throws()
    {
        _folder.Write("projects.csv", "id, sponsor,sponsor \nP-1,Dana,Eve\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldBe("The column 'sponsor' appears twice in the header. File=projects.csv, Line=1, Column=3 (sponsor)");
    }

    [Fact]
    public void Read_ErrorInBomFile_CountsLinesAsWithoutBom()
    {
        File.WriteAllText(_folder.Combine("projects.csv"), "id,stage\nP-1,execution\nP-2,paused\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldEndWith("File=projects.csv, Line=3, Column=2 (stage)");
    }

    [Fact]
    public void Read_QuoteInsideUnquotedHeader_ThrowsInvalidInputAtTheQuote()
    {
        // Line 1: "id,na" is columns 1-5, the stray quote column 6.
        _folder.Write("projects.csv", "id,na\"me\nP-1,Ledger\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldStartWith("Malformed CSV: ");
        exception.Message.ShouldContain("File=projects.csv, Line=1, Column=6");
    }

    [Fact]
    public void Read_QuoteInsideUnquotedHeaderOfBomFile_CountsColumnsWithoutTheBom()
    {
        File.WriteAllText(_folder.Combine("projects.csv"), "id,na\"me\nP-1,Ledger\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldContain("File=projects.csv, Line=1, Column=6");
    }

    [Fact]
    public void Read_UnterminatedQuoteOnLastLineWithoutLineBreak_ThrowsAtTheOpeningQuote()
    {
        // Line 3 is P-2,"B with no line break after it: the quote that never closes is column 5.
        _folder.Write("projects.csv", "id,name\nP-1,Ledger\nP-2,\"B");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldContain("File=projects.csv, Line=3, Column=5");
    }

    [Fact]
    public void Read_UnterminatedQuoteAfterAClosedQuotedField_ThrowsAtTheQuoteLeftOpen()
    {
        // Line 2: P-1,"ok", is columns 1-9, and the quote that never closes is column 10.
        _folder.Write("projects.csv", "id,name,stage\nP-1,\"ok\",\"Payroll,planning\nP-3,Portal,closed\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldContain("File=projects.csv, Line=2, Column=10");
    }

    [Fact]
    public void Read_TextAfterClosingQuote_ThrowsAtTheText()
    {
        // Line 2: P-1,"A" is columns 1-7 and the x after the closing quote column 8.
        _folder.Write("projects.csv", "id,name\nP-1,\"A\"x\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldContain("File=projects.csv, Line=2, Column=8");
    }

    [Fact]
    public void Read_ErrorAfterBlankLine_ReportsTheTextLine()
    {
        // Line 3 is blank; P-2 with its bad stage sits on line 4.
        _folder.Write("projects.csv", "id,stage\nP-1,execution\n\nP-2,paused\n");

        var exception = Should.Throw<InvalidInputException>(() => PortfolioReader.Read(_folder.Path));

        exception.Message.ShouldEndWith("File=projects.csv, Line=4, Column=2 (stage)");
    }

    [Fact]
    public void EvidenceOf_RecordAfterBlankLine_GivesTheSpreadsheetRow()
    {
        _folder.Write("projects.csv", "id,sponsor\nP-1,Dana\n\nP-2,Eve\n");

        var project = PortfolioReader.Read(_folder.Path).Projects[1];

        project.EvidenceOf("sponsor").Row.ShouldBe(4);
    }
}
