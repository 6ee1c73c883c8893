namespace PmoAssess.Import.Tables;
internal static class TableReader { public static ITable Open(string path, string displayName, TableOptions options) => throw new NotSupportedException(); }
