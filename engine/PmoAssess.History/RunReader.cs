using Microsoft.Data.Sqlite;
using PmoAssess.Facts;
using PmoAssess.Outcomes;
using PmoAssess.Reporting.Model;
using SQLitePCL;

namespace PmoAssess.History;

/// <summary>Reads runs back from the store's tables.</summary>
internal static class RunReader
{
    private const string RunColumns =
        "id, recorded_at, as_of, engagement, tool_version, methodology_id, methodology_version, overall_level, finding_count, gate_passed, policy_sha256, project_count, finding_keys_sha256";

    public static IReadOnlyList<HistoryRun> Runs(SqliteConnection connection, RunFilter filter, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var conditions = new List<string>();
        if (filter.Engagement is { } engagement)
        {
            conditions.Add("engagement = $engagement");
            command.Parameters.AddWithValue("$engagement", engagement);
        }

        if (filter.AsOfAtMost is { } asOf)
        {
            conditions.Add("as_of <= $as_of");
            command.Parameters.AddWithValue("$as_of", StoreText.Date(asOf));
        }

        // Dates are stored as yyyy-MM-dd, so their text sorts as they do.
        var direction = filter.NewestFirst ? " DESC" : string.Empty;
        command.CommandText = "SELECT " + RunColumns + " FROM run" +
            (conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions)) +
            " ORDER BY " + (filter.AsOfAtMost is null ? string.Empty : "as_of" + direction + ", ") + "id" + direction +
            (filter.Limit is null ? string.Empty : " LIMIT $limit");
        if (filter.Limit is { } limit)
        {
            command.Parameters.AddWithValue("$limit", limit);
        }

        using var reader = command.ExecuteReader();
        var runs = new List<HistoryRun>();
        while (reader.Read())
        {
            runs.Add(Summary(reader));
        }

        return runs;
    }

    /// <summary>
    /// The run with everything recorded of it, read in one transaction so its parts agree; <c>null</c> when there is none.
    /// Its findings' messages are read with the rest, or by <paramref name="messagesLater"/> when asked for. When its
    /// finding keys are <paramref name="keysKnown"/>, its findings are read by <paramref name="findingsLater"/>, if ever asked for.
    /// </summary>
    public static RunRecord? Find(
        SqliteConnection connection, long id, StoredFindings.MessagesAt? messagesLater = null, string? keysKnown = null, Func<int, KeyedFindings>? findingsLater = null)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT " + RunColumns + " FROM run WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        RunRecord run;
        int findingCount;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            var summary = Summary(reader);
            findingCount = summary.Findings;
            run = new RunRecord
            {
                Id = summary.Id,
                RecordedAt = summary.RecordedAt,
                AsOf = summary.AsOf,
                Engagement = summary.Engagement,
                ToolVersion = summary.ToolVersion,
                MethodologyId = summary.MethodologyId,
                MethodologyVersion = summary.MethodologyVersion,
                Overall = summary.Overall,
                GatePassed = summary.GatePassed,
                PolicySha256 = Text(reader, 10),
                ProjectCount = reader.GetInt32(11),
                FindingKeysSha256 = Text(reader, 12),
            };
        }

        return run with
        {
            Sources = Rows(connection, transaction, "SELECT file, sha256, records FROM run_source WHERE run_id = $run ORDER BY position", id, reader => new DataSource
            {
                File = reader.GetString(0),
                Sha256 = reader.GetString(1),
                Records = reader.GetInt32(2),
            }),
            RuleSources = Rows(connection, transaction, "SELECT source FROM run_rule_source WHERE run_id = $run ORDER BY position", id, reader => reader.GetString(0)),
            Categories = Categories(connection, id, transaction),
            Rules = Rows(connection, transaction, """
                SELECT rule_id, title, category, severity, passed, failed, not_applicable, not_assessable, errors
                FROM rule_coverage WHERE run_id = $run ORDER BY rule_id
                """, id, reader => new RecordedRule
            {
                Id = reader.GetString(0),
                Title = reader.GetString(1),
                Category = reader.GetString(2),
                Severity = StoreText.ParseName<Severity>(reader.GetString(3)),
                Passed = reader.GetInt32(4),
                Failed = reader.GetInt32(5),
                NotApplicable = reader.GetInt32(6),
                NotAssessable = reader.GetInt32(7),
                Errors = reader.GetInt32(8),
            }),
            Findings = keysKnown is not null && run.FindingKeysSha256 == keysKnown && findingsLater is not null
                ? new FindingsReadLater(findingCount, findingsLater)
                : StoredFindings.Read(connection, id, findingCount, messagesLater),
        };
    }

    /// <summary>The messages of run <paramref name="run"/>'s findings at <paramref name="positions"/>: <see cref="StoredFindings.MessagesAt"/>.</summary>
    public static byte[]?[] Messages(SqliteConnection connection, long run, IReadOnlyList<int> positions)
    {
        var database = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, "SELECT message FROM finding WHERE run_id = ?1 AND position = ?2", out var statement), database);
        using (statement)
        {
            // Reset between rows keeps what is bound: the run once, each position in turn.
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int64(statement, 1, run), database);
            var messages = new byte[]?[positions.Count];
            for (var index = 0; index < positions.Count; index++)
            {
                SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int64(statement, 2, positions[index]), database);
                var step = raw.sqlite3_step(statement);
                if (step == raw.SQLITE_ROW)
                {
                    messages[index] = raw.sqlite3_column_type(statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_blob(statement, 0).ToArray();
                }
                else if (step != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(step, database);
                }

                SqliteException.ThrowExceptionForRC(raw.sqlite3_reset(statement), database);
            }

            return messages;
        }
    }

    public static IReadOnlyList<RecordedCategory> Categories(SqliteConnection connection, long run, SqliteTransaction? transaction = null) =>
        Rows(connection, transaction, "SELECT category_id, name, level, target FROM category_level WHERE run_id = $run ORDER BY position", run, reader => new RecordedCategory
        {
            Id = reader.GetString(0),
            Name = reader.GetString(1),
            Level = reader.IsDBNull(2) ? null : reader.GetInt32(2),
            Target = reader.IsDBNull(3) ? null : reader.GetInt32(3),
        });

    private static HistoryRun Summary(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        RecordedAt = StoreText.ParseTime(reader.GetString(1)),
        AsOf = StoreText.ParseDate(reader.GetString(2)),
        Engagement = reader.GetString(3),
        ToolVersion = reader.GetString(4),
        MethodologyId = Text(reader, 5),
        MethodologyVersion = Text(reader, 6),
        Overall = StoreText.ParseNumber(Text(reader, 7)),
        Findings = reader.GetInt32(8),
        GatePassed = reader.IsDBNull(9) ? null : reader.GetInt64(9) != 0,
    };

    private static List<T> Rows<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, long run, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$run", run);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
