using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PmoAssess.History;

/// <summary>Writes one run and everything recorded of it, inside the caller's transaction, with one prepared statement per table.</summary>
internal static class RunWriter
{
    /// <summary>Inserts the run's own row and returns the id it was given.</summary>
    public static long InsertRun(SqliteConnection connection, SqliteTransaction transaction, RunRecord run)
    {
        using var insert = Command(connection, transaction, """
            INSERT INTO run (recorded_at, as_of, engagement, tool_version, methodology_id, methodology_version, overall_level,
                             policy_sha256, project_count, finding_count, gate_passed, finding_keys_sha256)
            VALUES ($recorded_at, $as_of, $engagement, $tool_version, $methodology_id, $methodology_version, $overall_level,
                    $policy_sha256, $project_count, $finding_count, $gate_passed, $finding_keys_sha256)
            RETURNING id;
            """);
        Set(insert, "$recorded_at", StoreText.Time(run.RecordedAt));
        Set(insert, "$as_of", StoreText.Date(run.AsOf));
        Set(insert, "$engagement", run.Engagement);
        Set(insert, "$tool_version", run.ToolVersion);
        Set(insert, "$methodology_id", run.MethodologyId);
        Set(insert, "$methodology_version", run.MethodologyVersion);
        Set(insert, "$overall_level", StoreText.Number(run.Overall));
        Set(insert, "$policy_sha256", run.PolicySha256);
        Set(insert, "$project_count", run.ProjectCount);
        Set(insert, "$finding_count", run.Findings.Count);
        Set(insert, "$gate_passed", run.GatePassed is { } passed ? (passed ? 1 : 0) : null);
        Set(insert, "$finding_keys_sha256", run.FindingKeysSha256 ?? FindingKeys.Sha256(run.Findings));
        return (long)insert.ExecuteScalar()!;
    }

    /// <summary>Inserts everything recorded of the run with id <paramref name="id"/> but its own row: sources, rules, levels, findings.</summary>
    public static void InsertRecords(SqliteConnection connection, long id, RunRecord run)
    {
        Rows(connection, id, "INSERT INTO run_source (run_id, position, file, sha256, records) VALUES ($run, $position, $file, $sha256, $records);",
            run.Sources, (row, source) =>
            {
                row.Bind(source.File);
                row.Bind(source.Sha256);
                row.Bind(source.Records);
            });
        Rows(connection, id, "INSERT INTO run_rule_source (run_id, position, source) VALUES ($run, $position, $source);",
            run.RuleSources, (row, source) => row.Bind(source));
        Rows(connection, id, "INSERT INTO category_level (run_id, position, category_id, name, level, target) VALUES ($run, $position, $category_id, $name, $level, $target);",
            run.Categories, (row, category) =>
            {
                row.Bind(category.Id);
                row.Bind(category.Name);
                row.Bind(category.Level);
                row.Bind(category.Target);
            });
        Rows(connection, id, """
            INSERT OR REPLACE INTO rule_coverage (run_id, rule_id, title, category, severity, passed, failed, not_applicable, not_assessable, errors)
            VALUES ($run, $rule_id, $title, $category, $severity, $passed, $failed, $not_applicable, $not_assessable, $errors);
            """,
            run.Rules, (row, rule) =>
            {
                row.Bind(rule.Id);
                row.Bind(rule.Title);
                row.Bind(rule.Category);
                row.Bind(StoreText.Name(rule.Severity));
                row.Bind(rule.Passed);
                row.Bind(rule.Failed);
                row.Bind(rule.NotApplicable);
                row.Bind(rule.NotAssessable);
                row.Bind(rule.Errors);
            });
        Rows(connection, id, """
            INSERT INTO finding (run_id, position, rule_id, subject_kind, subject_id, project_id, severity, status, message)
            VALUES ($run, $position, $rule_id, $subject_kind, $subject_id, $project_id, $severity, $status, $message);
            """,
            run.Findings, (row, finding) =>
            {
                row.Bind(finding.RuleId);
                row.Bind(StoreText.Name(finding.SubjectKind));
                row.Bind(finding.SubjectId);
                row.Bind(finding.ProjectId);
                row.Bind(StoreText.Name(finding.Severity));
                row.Bind(StoreText.Name(finding.State));
                row.Bind(finding.Message);
            });
    }

    /// <summary>
    /// Inserts one row per item through one statement: <c>$run</c> first, then <c>$position</c> where the statement
    /// names it second (the item's place in the list), then the values <paramref name="set"/> binds in the order the
    /// statement names them. The statement is prepared on the connection's SQLite handle, inside its transaction, and
    /// bound by position: Microsoft.Data.Sqlite looks each parameter up by name on every execution, which was a third of
    /// recording a run of 360,000 findings (<c>sqlite3_bind_parameter_index</c>).
    /// </summary>
    private static void Rows<T>(SqliteConnection connection, long run, string sql, IReadOnlyList<T> items, Action<RowValues, T> set)
    {
        if (items.Count == 0)
        {
            return;
        }

        var database = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(database, sql, out var statement), database);
        using (statement)
        {
            var numbered = raw.sqlite3_bind_parameter_name(statement, 2).utf8_to_string() == "$position";
            var row = new RowValues(statement, database);
            for (var position = 0; position < items.Count; position++)
            {
                row.Start();
                row.Bind(run);
                if (numbered)
                {
                    row.Bind(position);
                }

                set(row, items[position]);
                var done = raw.sqlite3_step(statement);
                if (done != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(done, database);
                }

                SqliteException.ThrowExceptionForRC(raw.sqlite3_reset(statement), database);
            }
        }
    }

    /// <summary>
    /// Binds one row's values to a prepared statement, each to the next parameter. Text is encoded into one reused buffer
    /// (SQLite copies what is bound): binding a string made a new UTF-8 array each time, 2.2 million of them for the
    /// 360,000 findings of 100,000 projects, made while the writers run. A parameter keeps its value from one row to the
    /// next (<c>sqlite3_reset</c> leaves bindings alone), so a value that is the one bound before, the same string or the
    /// same number, is not bound again: a rule's findings come together and share its id, severity and subject kind, and
    /// every row the run's id. Recording those 360,000 findings, already made, took 0.68 to 0.72 s of processor time instead
    /// of 0.75 to 0.78 s (nine times each, in turn; the benchmarks' journal, session 27).
    /// </summary>
    private sealed class RowValues(sqlite3_stmt statement, sqlite3 database)
    {
        // What each parameter holds, by its number (from 1): set once it is bound.
        private readonly (string? Text, long? Number, bool Set)[] _bound = new (string?, long?, bool)[raw.sqlite3_bind_parameter_count(statement) + 1];
        private byte[] _utf8 = new byte[1024];
        private int _next;

        public void Start() => _next = 1;

        public void Bind(string? value)
        {
            var parameter = _next++;
            if (_bound[parameter] is { Set: true, Number: null } bound && ReferenceEquals(bound.Text, value))
            {
                return;
            }

            _bound[parameter] = (value, null, true);
            if (value is null)
            {
                Check(raw.sqlite3_bind_null(statement, parameter));
                return;
            }

            if (Encoding.UTF8.GetMaxByteCount(value.Length) > _utf8.Length)
            {
                _utf8 = new byte[Encoding.UTF8.GetMaxByteCount(value.Length)];
            }

            var length = Encoding.UTF8.GetBytes(value, _utf8);
            Check(raw.sqlite3_bind_text(statement, parameter, _utf8.AsSpan(0, length)));
        }

        public void Bind(long? value)
        {
            var parameter = _next++;
            if (_bound[parameter] is { Set: true, Text: null } bound && bound.Number == value)
            {
                return;
            }

            _bound[parameter] = (null, value, true);
            Check(value is { } number ? raw.sqlite3_bind_int64(statement, parameter, number) : raw.sqlite3_bind_null(statement, parameter));
        }

        private void Check(int result) => SqliteException.ThrowExceptionForRC(result, database);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Sets a parameter, adding it on first use: the statement is prepared once and its parameters reused per row.</summary>
    private static void Set(SqliteCommand command, string name, object? value)
    {
        var parameter = command.Parameters.Contains(name) ? command.Parameters[name] : command.Parameters.Add(new SqliteParameter { ParameterName = name });
        parameter.Value = value ?? DBNull.Value;
    }
}
