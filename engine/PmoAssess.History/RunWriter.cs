using Microsoft.Data.Sqlite;

namespace PmoAssess.History;

/// <summary>Writes one run and everything recorded of it, inside the caller's transaction, with one prepared statement per table.</summary>
internal static class RunWriter
{
    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, RunRecord run)
    {
        long id;
        using (var insert = Command(connection, transaction, """
            INSERT INTO run (recorded_at, as_of, engagement, tool_version, methodology_id, methodology_version, overall_level,
                             policy_sha256, project_count, finding_count, gate_passed)
            VALUES ($recorded_at, $as_of, $engagement, $tool_version, $methodology_id, $methodology_version, $overall_level,
                    $policy_sha256, $project_count, $finding_count, $gate_passed)
            RETURNING id;
            """))
        {
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
            id = (long)insert.ExecuteScalar()!;
        }

        Rows(connection, transaction, id, "INSERT INTO run_source (run_id, position, file, sha256, records) VALUES ($run, $position, $file, $sha256, $records);",
            run.Sources, (command, source) =>
            {
                Set(command, "$file", source.File);
                Set(command, "$sha256", source.Sha256);
                Set(command, "$records", source.Records);
            });
        Rows(connection, transaction, id, "INSERT INTO run_rule_source (run_id, position, source) VALUES ($run, $position, $source);",
            run.RuleSources, (command, source) => Set(command, "$source", source));
        Rows(connection, transaction, id, "INSERT INTO category_level (run_id, position, category_id, name, level, target) VALUES ($run, $position, $category_id, $name, $level, $target);",
            run.Categories, (command, category) =>
            {
                Set(command, "$category_id", category.Id);
                Set(command, "$name", category.Name);
                Set(command, "$level", category.Level);
                Set(command, "$target", category.Target);
            });
        Rows(connection, transaction, id, """
            INSERT OR REPLACE INTO rule_coverage (run_id, rule_id, title, category, severity, passed, failed, not_applicable, not_assessable, errors)
            VALUES ($run, $rule_id, $title, $category, $severity, $passed, $failed, $not_applicable, $not_assessable, $errors);
            """,
            run.Rules, (command, rule) =>
            {
                Set(command, "$rule_id", rule.Id);
                Set(command, "$title", rule.Title);
                Set(command, "$category", rule.Category);
                Set(command, "$severity", StoreText.Name(rule.Severity));
                Set(command, "$passed", rule.Passed);
                Set(command, "$failed", rule.Failed);
                Set(command, "$not_applicable", rule.NotApplicable);
                Set(command, "$not_assessable", rule.NotAssessable);
                Set(command, "$errors", rule.Errors);
            });
        Rows(connection, transaction, id, """
            INSERT INTO finding (run_id, position, rule_id, subject_kind, subject_id, project_id, severity, status, message)
            VALUES ($run, $position, $rule_id, $subject_kind, $subject_id, $project_id, $severity, $status, $message);
            """,
            run.Findings, (command, finding) =>
            {
                Set(command, "$rule_id", finding.RuleId);
                Set(command, "$subject_kind", StoreText.Name(finding.SubjectKind));
                Set(command, "$subject_id", finding.SubjectId);
                Set(command, "$project_id", finding.ProjectId);
                Set(command, "$severity", StoreText.Name(finding.Severity));
                Set(command, "$status", StoreText.Name(finding.State));
                Set(command, "$message", finding.Message);
            });
        return id;
    }

    /// <summary>Inserts one row per item through one prepared statement; <c>$run</c> and <c>$position</c> are set here.</summary>
    private static void Rows<T>(SqliteConnection connection, SqliteTransaction transaction, long run, string sql, IReadOnlyList<T> items, Action<SqliteCommand, T> set)
    {
        if (items.Count == 0)
        {
            return;
        }

        using var command = Command(connection, transaction, sql);
        for (var position = 0; position < items.Count; position++)
        {
            Set(command, "$run", run);
            Set(command, "$position", position);
            set(command, items[position]);
            command.ExecuteNonQuery();
        }
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
