using Microsoft.Data.Sqlite;

namespace PmoAssess.Tests.History;

/// <summary>Raw SQL on a store's file, bypassing the store: to build old or foreign files and to look inside.</summary>
internal static class Sql
{
    public static SqliteConnection Open(string file, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static void Execute(string file, string sql)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(string file, string sql)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public static long Count(string file, string table) => (long)Scalar(file, "SELECT count(*) FROM " + table)!;
}
