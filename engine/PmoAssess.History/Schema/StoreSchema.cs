namespace PmoAssess.History.Schema;

/// <summary>
/// The store's schema, as the list of migrations that build it: version 1 is the first layout, each later version
/// changes the one before. A store records its version in <c>PRAGMA user_version</c> and marks itself as ours with
/// <c>PRAGMA application_id</c>; both are part of the database header, so they commit or roll back with the migration.
/// </summary>
/// <remarks>
/// A migration, once released, never changes: stores in the wild were built by it. A change is a new migration.
/// </remarks>
internal static class StoreSchema
{
    /// <summary>"PMOA" in ASCII: the <c>application_id</c> that marks a SQLite file as a PmoAssess history store.</summary>
    public const int ApplicationId = 0x504D4F41;

    /// <summary>The schema version this build writes: stores of earlier versions are migrated to it when opened.</summary>
    public static int CurrentVersion => Migrations[^1].Version;

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        // Version 1: runs, what each read and ran with, category levels, rule outcome counts and findings.
        // Texts: dates yyyy-MM-dd, times ISO 8601 UTC, decimals invariant, enum values lower case.
        new(1, """
            CREATE TABLE run (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                recorded_at         TEXT    NOT NULL,
                as_of               TEXT    NOT NULL,
                engagement          TEXT    NOT NULL,
                tool_version        TEXT    NOT NULL,
                methodology_id      TEXT,
                methodology_version TEXT,
                overall_level       TEXT,
                policy_sha256       TEXT,
                project_count       INTEGER NOT NULL,
                finding_count       INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX run_by_engagement ON run (engagement, id);
            CREATE TABLE run_source (
                run_id   INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                file     TEXT    NOT NULL,
                sha256   TEXT    NOT NULL,
                records  INTEGER NOT NULL,
                PRIMARY KEY (run_id, position)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE run_rule_source (
                run_id   INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                source   TEXT    NOT NULL,
                PRIMARY KEY (run_id, position)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE category_level (
                run_id      INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                category_id TEXT    NOT NULL,
                name        TEXT    NOT NULL,
                level       INTEGER,
                target      INTEGER,
                PRIMARY KEY (run_id, position)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE rule_coverage (
                run_id         INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                rule_id        TEXT    NOT NULL,
                title          TEXT    NOT NULL,
                category       TEXT    NOT NULL,
                severity       TEXT    NOT NULL,
                passed         INTEGER NOT NULL,
                failed         INTEGER NOT NULL,
                not_applicable INTEGER NOT NULL,
                not_assessable INTEGER NOT NULL,
                errors         INTEGER NOT NULL,
                PRIMARY KEY (run_id, rule_id)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE finding (
                run_id       INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
                position     INTEGER NOT NULL,
                rule_id      TEXT    NOT NULL,
                subject_kind TEXT    NOT NULL,
                subject_id   TEXT    NOT NULL,
                project_id   TEXT,
                severity     TEXT    NOT NULL,
                status       TEXT    NOT NULL,
                message      TEXT,
                PRIMARY KEY (run_id, position)
            ) STRICT, WITHOUT ROWID;
            """),

        // Version 2: the gate's verdict of each run (NULL for runs recorded before: unknown).
        new(2, """
            ALTER TABLE run ADD COLUMN gate_passed INTEGER;
            """),

        // Version 3: the SHA-256 of each run's finding keys (FindingKeys; NULL for runs recorded before: unknown).
        new(3, """
            ALTER TABLE run ADD COLUMN finding_keys_sha256 TEXT;
            """),
    ];
}
