namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>
/// The real UK GMPP exports (windows-1252, mixed line endings, cells over many lines). Every count, row, line and
/// hash below was computed with Python's csv module and sha256sum, not taken from this program's output.
/// </summary>
public sealed class GmppTablesTests
{
    [Fact]
    public void Open_Uk2019_Reads133RowsCommaSeparatedInWindows1252()
    {
        var (table, rows) = TableFile.ReadAll(RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2019.csv"));

        table.Format.ShouldSatisfyAllConditions(
            format => format.Kind.ShouldBe("csv"),
            format => format.Encoding.ShouldBe("windows-1252"),
            format => format.Delimiter.ShouldBe(','));
        table.Headers.Count.ShouldBe(15);
        table.Headers[0].ShouldBe("project_name");
        table.Headers[^1].ShouldBe("report_category");
        rows.Count.ShouldBe(133);
        rows.ShouldAllBe(row => row.Cells.Count == 15);
        rows.Sum(row => row.Cells.Sum(cell => cell.Count(c => c == '£'))).ShouldBe(470);
        (rows[9].Row, rows[9].Line, rows[9].Cells[0]).ShouldBe((11, (int?)14, "1617 New Property Model Programme "));
        (rows[^1].Row, rows[^1].Line, rows[^1].Cells[0]).ShouldBe((134, (int?)416, "Census & Data Collection Transformation Programme"));
        table.Sha256.ShouldBe("47dd576f273d6be585674ac67c89aea70e018265d05a80ab75e368dd40fd283b");
    }

    [Fact]
    public void Open_Uk2021_Reads184RowsSemicolonSeparatedInWindows1252()
    {
        var (table, rows) = TableFile.ReadAll(RepositoryRoot.Combine("samples", "uk-gmpp", "uk_2021.csv"));

        table.Format.Encoding.ShouldBe("windows-1252");
        table.Format.Delimiter.ShouldBe(';');
        table.Headers.ShouldBe(
        [
            "year", "project_number", "project_name", "department", "report_category", "description_aims", "colour_rating", "rating_comment",
            "start_date", "end_date", "schedule_comment", "total_baseline", "yearly_forecast", "variance_comment", "wlc_baseline_incl_NCG", "budget_comment",
        ]);
        rows.Count.ShouldBe(184);
        rows.ShouldAllBe(row => row.Cells.Count == 16);
        rows.Sum(row => row.Cells.Sum(cell => cell.Count(c => c == '£'))).ShouldBe(869);
        (rows[9].Row, rows[9].Line, rows[9].Cells[1]).ShouldBe((11, (int?)34, "BEIS_0009_2021-Q3"));
        (rows[^1].Row, rows[^1].Line, rows[^1].Cells[2]).ShouldBe((185, (int?)854, "NS&I Rainbow"));
        table.Sha256.ShouldBe("4fed606bf1c074eb62a5f9586fd0d7665f4e7a27981257edbeb4c452c6189dad");
    }
}
