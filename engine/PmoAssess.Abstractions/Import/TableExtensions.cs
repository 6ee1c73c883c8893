namespace PmoAssess.Import;

/// <summary>The file extensions PmoAssess reads itself, which a plugin's <see cref="ITableFormat"/> cannot take over.</summary>
public static class TableExtensions
{
    /// <summary><c>.csv</c>, <c>.tsv</c> and <c>.txt</c> (CSV text) and <c>.xlsx</c> (Excel workbooks), in the order messages list them.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [".csv", ".tsv", ".txt", ".xlsx"];
}
