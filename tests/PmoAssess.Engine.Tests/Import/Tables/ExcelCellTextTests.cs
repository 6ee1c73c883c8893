using PmoAssess.Import.Tables;

namespace PmoAssess.Tests.Engine.Import.Tables;

/// <summary>Workbook values as text: numbers as Excel shows them, dates from serial numbers, number formats classified.</summary>
public sealed class ExcelCellTextTests
{
    [Theory]
    [InlineData("2341.7", "2341.7")]
    [InlineData("2341.6999999999998", "2341.7")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("1E+15", "1000000000000000")]
    [InlineData("1.5E-07", "0.00000015")]
    [InlineData("-42", "-42")]
    [InlineData("not a number", "not a number")]
    public void FromNumber_Number_IsInvariantWithoutExponent(string stored, string expected) =>
        ExcelCellText.FromNumber(stored, ExcelValueKind.Number, date1904: false).ShouldBe(expected);

    [Theory]
    [InlineData("44286", false, "2021-03-31")]
    [InlineData("42824", true, "2021-03-31")]
    [InlineData("44286.5", false, "2021-03-31 12:00")]
    [InlineData("44286.000011574", false, "2021-03-31 00:00:01")]
    [InlineData("1", false, "1900-01-01")]
    [InlineData("59", false, "1900-02-28")]
    [InlineData("61", false, "1900-03-01")]
    [InlineData("60", false, "60")]
    [InlineData("-1", false, "-1")]
    public void FromNumber_Date_IsIsoFromTheSerial(string stored, bool date1904, string expected) =>
        ExcelCellText.FromNumber(stored, ExcelValueKind.Date, date1904).ShouldBe(expected);

    [Theory]
    [InlineData("1", "true")]
    [InlineData("0", "false")]
    public void FromBoolean_Flag_IsTrueOrFalse(string stored, string expected) => ExcelCellText.FromBoolean(stored).ShouldBe(expected);

    [Theory]
    [InlineData("dd/mm/yyyy", "date")]
    [InlineData("[$-809]d mmmm yyyy;@", "date")]
    [InlineData("mmm-yy", "date")]
    [InlineData("m/d/yyyy h:mm", "date")]
    [InlineData("h:mm:ss", "time")]
    [InlineData("mm:ss", "time")]
    [InlineData("[h]:mm", "number")]
    [InlineData("#,##0.00", "number")]
    [InlineData("0.00E+00", "number")]
    [InlineData("[Red]#,##0;[Blue]-#,##0", "number")]
    [InlineData("\"days\" 0", "number")]
    [InlineData("General", "number")]
    [InlineData("_-£* #,##0_-", "number")]
    public void ClassifyCode_FormatCode_TellsDatesFromNumbers(string code, string expected) =>
        ExcelNumberFormat.ClassifyCode(code).ToString().ToLowerInvariant().ShouldBe(expected);

    [Theory]
    [InlineData(0u, "number")]
    [InlineData(14u, "date")]
    [InlineData(22u, "date")]
    [InlineData(20u, "time")]
    [InlineData(46u, "number")]
    public void Classify_BuiltInId_TellsDatesFromNumbers(uint id, string expected) =>
        ExcelNumberFormat.Classify(id, code: null).ToString().ToLowerInvariant().ShouldBe(expected);
}
