using Microsoft.Data.Sqlite;

namespace PmoAssess.History.Schema;

/// <summary>What a SQLite file says about itself: its <c>application_id</c>, its <c>user_version</c> and how many schema objects it holds.</summary>
internal readonly record struct StoreMarker(int ApplicationId, int Version, long Objects)
{
    /// <summary>Reads the marker; only reads, so it is safe on a file that turns out not to be ours.</summary>
    public static StoreMarker Read(SqliteConnection connection, SqliteTransaction? transaction) => new(
        Convert.ToInt32(Scalar(connection, transaction, "PRAGMA application_id;"), System.Globalization.CultureInfo.InvariantCulture),
        Convert.ToInt32(Scalar(connection, transaction, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture),
        Convert.ToInt64(Scalar(connection, transaction, "SELECT count(*) FROM sqlite_schema;"), System.Globalization.CultureInfo.InvariantCulture));

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
