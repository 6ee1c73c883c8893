-- The history store's schema version 1, exactly as PmoAssess 0.1.0 wrote it, frozen here so that the migration to
-- the current version is tested against a real version-1 file even if someone edits the code's first migration
-- (which must never change: stores in the wild were built by it). With one recorded run, as version 1 wrote it.
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
PRAGMA user_version = 1;
PRAGMA application_id = 1347243841;

INSERT INTO run (recorded_at, as_of, engagement, tool_version, methodology_id, methodology_version, overall_level, policy_sha256, project_count, finding_count)
VALUES ('2026-03-31T17:00:00.0000000Z', '2026-03-31', 'contoso', '0.1.0', 'pmo-functions', '1.0.0', '1', NULL, 34, 2);
INSERT INTO run_source VALUES (1, 0, 'projects.csv', 'd3fe07d8aaa333c7377a3b7b7cc4174a8260062d9a20f4de325c12db8aed8637', 34);
INSERT INTO run_rule_source VALUES (1, 0, 'plugin pmoassess.governance 0.1.0');
INSERT INTO category_level VALUES (1, 0, 'governance', 'Governance', 1, NULL), (1, 1, 'transparency', 'Transparency', 0, NULL);
INSERT INTO rule_coverage VALUES (1, 'GOV-001', 'Active projects have a sponsor', 'governance', 'high', 30, 2, 2, 0, 0);
INSERT INTO finding VALUES
    (1, 0, 'GOV-001', 'project', 'PRJ-015', 'PRJ-015', 'high', 'open', 'The project has no sponsor.'),
    (1, 1, 'GOV-001', 'project', 'PRJ-021', 'PRJ-021', 'high', 'waived', 'The project has no sponsor.');
