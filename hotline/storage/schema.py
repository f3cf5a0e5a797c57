"""The schema, versioned with PRAGMA user_version and forward migrations.

Each migration takes the database from version N-1 to N inside the caller's
transaction. A database newer than this program is refused, not touched.
"""

from __future__ import annotations

from collections.abc import Callable

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.storage.database import Database

V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    roles       TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    disabled_at TEXT,
    signing_public BLOB NOT NULL
);

CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    pseudonym       TEXT NOT NULL UNIQUE,
    pseudonym_key   TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL,
    do_not_call_back INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE calls (
    id              INTEGER PRIMARY KEY,
    started_at      TEXT NOT NULL,
    month           TEXT NOT NULL,
    duration_s      INTEGER NOT NULL DEFAULT 0,
    operator_id     INTEGER NOT NULL REFERENCES users(id),
    entered_by      INTEGER REFERENCES users(id),
    channel         TEXT NOT NULL,
    no_content      TEXT,
    nature          TEXT,
    caller_id       INTEGER REFERENCES persons(id),
    concerned_id    INTEGER REFERENCES persons(id),
    safe_to_talk    TEXT,
    callback_allowed INTEGER,
    callback_times  TEXT NOT NULL DEFAULT '',
    code_word       TEXT NOT NULL DEFAULT '',
    do_not_call_back INTEGER NOT NULL DEFAULT 0,
    relation        TEXT,
    caller_sex      TEXT,
    caller_age      TEXT,
    caller_citizenship TEXT,
    caller_country  TEXT,
    region          TEXT,
    call_language   TEXT,
    concerned_sex   TEXT,
    concerned_age   TEXT,
    concerned_citizenship TEXT,
    concerned_country TEXT,
    believed_child  INTEGER NOT NULL DEFAULT 0,
    exploitation    TEXT,
    destination     TEXT,
    child_involved  INTEGER NOT NULL DEFAULT 0,
    immediate_danger INTEGER NOT NULL DEFAULT 0,
    possible_victim INTEGER NOT NULL DEFAULT 0,
    consent         TEXT NOT NULL DEFAULT 'not_asked',
    notes           TEXT NOT NULL DEFAULT '',
    review_state    TEXT NOT NULL DEFAULT 'new',
    reviewed_by     INTEGER REFERENCES users(id),
    reviewed_at     TEXT,
    sealed          INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX calls_started ON calls(started_at);
CREATE INDEX calls_month ON calls(month, no_content);
CREATE INDEX calls_operator ON calls(operator_id, started_at);
CREATE INDEX calls_caller ON calls(caller_id);
CREATE INDEX calls_concerned ON calls(concerned_id);
CREATE INDEX calls_review ON calls(review_state, started_at);

CREATE TABLE call_topics (
    call_id    INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (call_id, topic)
) WITHOUT ROWID;
CREATE INDEX call_topics_topic ON call_topics(topic, is_primary);

CREATE TABLE call_outcomes (
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    PRIMARY KEY (call_id, outcome)
) WITHOUT ROWID;
CREATE INDEX call_outcomes_outcome ON call_outcomes(outcome);

CREATE TABLE call_indicators (
    call_id   INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    indicator TEXT NOT NULL,
    PRIMARY KEY (call_id, indicator)
) WITHOUT ROWID;

CREATE TABLE call_entities (
    id        INTEGER PRIMARY KEY,
    call_id   INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    value_key TEXT NOT NULL
);
CREATE INDEX call_entities_key ON call_entities(kind, value_key);
CREATE INDEX call_entities_call ON call_entities(call_id);

CREATE TABLE call_history (
    id        INTEGER PRIMARY KEY,
    call_id   INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason    TEXT NOT NULL,
    user_id   INTEGER NOT NULL REFERENCES users(id),
    at        TEXT NOT NULL
);
CREATE INDEX call_history_call ON call_history(call_id);

CREATE TABLE drafts (
    id          INTEGER PRIMARY KEY,
    operator_id INTEGER NOT NULL REFERENCES users(id),
    started_at  TEXT NOT NULL,
    elapsed_s   INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL,
    payload     TEXT NOT NULL
);

CREATE TABLE vault_entries (
    id         INTEGER PRIMARY KEY,
    call_id    INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    suite      TEXT NOT NULL,
    context    TEXT NOT NULL,
    sealed     BLOB NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX vault_entries_call ON vault_entries(call_id);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER REFERENCES calls(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open',
    due_at      TEXT,
    assignee_id INTEGER REFERENCES users(id),
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES users(id),
    done_at     TEXT,
    done_by     INTEGER REFERENCES users(id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tasks_open ON tasks(status, due_at);
CREATE INDEX tasks_call ON tasks(call_id);

CREATE TABLE audit (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   INTEGER,
    details     TEXT NOT NULL DEFAULT '{}',
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL,
    signature   BLOB NOT NULL
);
CREATE INDEX audit_object ON audit(object_type, object_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE export_ledger (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    table_name  TEXT NOT NULL,
    period      TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end  TEXT NOT NULL,
    audience    TEXT NOT NULL,
    k           INTEGER NOT NULL,
    format      TEXT NOT NULL,
    published   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL
);
CREATE INDEX export_ledger_period ON export_ledger(period_start, period_end);

-- Notes are indexed folded (see hotline/textfold.py): ə->e, ı->i; the tokenizer does the rest.
CREATE VIRTUAL TABLE notes_fts USING fts5(
    notes, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER calls_fts_insert AFTER INSERT ON calls WHEN new.notes <> '' BEGIN
    INSERT INTO notes_fts(rowid, notes) VALUES (new.id, replace(replace(replace(new.notes, 'ə', 'e'), 'Ə', 'e'), 'ı', 'i'));
END;
CREATE TRIGGER calls_fts_delete AFTER DELETE ON calls BEGIN
    DELETE FROM notes_fts WHERE rowid = old.id;
END;
CREATE TRIGGER calls_fts_update AFTER UPDATE OF notes ON calls BEGIN
    DELETE FROM notes_fts WHERE rowid = old.id;
    INSERT INTO notes_fts(rowid, notes) SELECT new.id, replace(replace(replace(new.notes, 'ə', 'e'), 'Ə', 'e'), 'ı', 'i') WHERE new.notes <> '';
END;
"""


V2 = """
ALTER TABLE calls ADD COLUMN claimed_by INTEGER REFERENCES users(id);
ALTER TABLE calls ADD COLUMN claimed_at TEXT;
ALTER TABLE calls ADD COLUMN returned_comment TEXT NOT NULL DEFAULT '';

CREATE TABLE call_comments (
    id      INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at      TEXT NOT NULL,
    kind    TEXT NOT NULL DEFAULT 'comment',
    body    TEXT NOT NULL
);
CREATE INDEX call_comments_call ON call_comments(call_id);

CREATE TABLE saved_filters (
    id      INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name    TEXT NOT NULL,
    spec    TEXT NOT NULL,
    UNIQUE (user_id, name)
);

CREATE TABLE closed_periods (
    period     TEXT PRIMARY KEY,
    closed_at  TEXT NOT NULL,
    closed_by  INTEGER NOT NULL REFERENCES users(id)
) WITHOUT ROWID;
"""

V3 = """
ALTER TABLE closed_periods ADD COLUMN last_call_id INTEGER;
CREATE INDEX IF NOT EXISTS export_ledger_table
    ON export_ledger(table_name, period, audience, format);
CREATE TABLE IF NOT EXISTS export_files (
    ledger_id INTEGER PRIMARY KEY REFERENCES export_ledger(id),
    file_name TEXT NOT NULL,
    content   BLOB NOT NULL,
    manifest  TEXT NOT NULL
);
"""

V4 = """
CREATE TABLE call_keys (
    call_id INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    holder  TEXT NOT NULL,
    suite   TEXT NOT NULL,
    sealed  BLOB NOT NULL,
    PRIMARY KEY (call_id, holder)
) WITHOUT ROWID;
CREATE TABLE search_pending (
    call_id INTEGER PRIMARY KEY
);
"""

# Issue 12: what the law and the department's reports ask of a call record. New
# coded values live in the taxonomy file (saved records keep theirs); the new fields
# are columns whose defaults are what a saved call meant (not recorded, no).
V6 = """
ALTER TABLE calls ADD COLUMN labour_sector TEXT;
ALTER TABLE calls ADD COLUMN heard_of TEXT;
ALTER TABLE calls ADD COLUMN interpreter_needed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calls ADD COLUMN relative_involved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE calls ADD COLUMN identity_consent INTEGER NOT NULL DEFAULT 0;
CREATE TABLE referral_directory (
    id         TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    entry      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES users(id)
) WITHOUT ROWID;
"""

# Run once a desk's free text is sealed (set-up, or the first supervisor's session
# after the upgrade to version 4): the old full-text index leaves the database every
# user opens, and free text can no longer be written in plaintext.
TEXT_SEALED = """
DROP TRIGGER IF EXISTS calls_fts_insert;
DROP TRIGGER IF EXISTS calls_fts_delete;
DROP TRIGGER IF EXISTS calls_fts_update;
DROP TABLE IF EXISTS notes_fts;
CREATE TRIGGER calls_text_sealed_insert BEFORE INSERT ON calls
WHEN (typeof(new.notes) = 'text' AND new.notes <> '')
  OR (typeof(new.code_word) = 'text' AND new.code_word <> '')
  OR (typeof(new.callback_times) = 'text' AND new.callback_times <> '')
BEGIN SELECT RAISE(ABORT, 'free text must be sealed'); END;
CREATE TRIGGER calls_text_sealed_update BEFORE UPDATE OF notes, code_word, callback_times ON calls
WHEN (typeof(new.notes) = 'text' AND new.notes <> '')
  OR (typeof(new.code_word) = 'text' AND new.code_word <> '')
  OR (typeof(new.callback_times) = 'text' AND new.callback_times <> '')
BEGIN SELECT RAISE(ABORT, 'free text must be sealed'); END;
CREATE TRIGGER calls_returned_comment_sealed BEFORE UPDATE OF returned_comment ON calls
WHEN typeof(new.returned_comment) = 'text' AND new.returned_comment <> ''
BEGIN SELECT RAISE(ABORT, 'free text must be sealed'); END;
CREATE TRIGGER call_comments_sealed_insert BEFORE INSERT ON call_comments
WHEN typeof(new.body) = 'text' AND new.body <> ''
BEGIN SELECT RAISE(ABORT, 'free text must be sealed'); END;
CREATE TRIGGER call_comments_sealed_update BEFORE UPDATE OF body ON call_comments
WHEN typeof(new.body) = 'text' AND new.body <> ''
BEGIN SELECT RAISE(ABORT, 'free text must be sealed'); END;
CREATE TRIGGER call_history_sealed_insert BEFORE INSERT ON call_history
WHEN new.field IN ('notes', 'code_word', 'callback_times')
 AND ((typeof(new.old_value) = 'text' AND new.old_value <> '')
   OR (typeof(new.new_value) = 'text' AND new.new_value <> ''))
BEGIN SELECT RAISE(ABORT, 'free text must be sealed'); END;
"""

# Every link of the audit chain in a covering index (8-byte prefixes of the hashes), so
# the sign-in can check that each entry follows the one before it without reading the
# entries themselves (hotline.storage.audit_log.AuditLog.gaps).
V5 = """
CREATE INDEX audit_links ON audit(seq, substr(prev_hash, 1, 8), substr(hash, 1, 8));
"""

V7 = """
CREATE TABLE seal_decisions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    body        TEXT NOT NULL,
    number      TEXT NOT NULL,
    decided_on  TEXT NOT NULL,
    at          TEXT NOT NULL,
    acted_by    INTEGER REFERENCES users(id),
    approved_by INTEGER REFERENCES users(id),
    calls       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX calls_sealed ON calls(sealed) WHERE sealed <> 0;
CREATE TABLE legal_holds (
    id         INTEGER PRIMARY KEY,
    call_id    INTEGER REFERENCES calls(id),
    person_id  INTEGER REFERENCES persons(id),
    reason     TEXT NOT NULL,
    placed_by  INTEGER REFERENCES users(id),
    placed_at  TEXT NOT NULL,
    lifted_by  INTEGER REFERENCES users(id),
    lifted_at  TEXT,
    CHECK ((call_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX legal_holds_open ON legal_holds(lifted_at, call_id, person_id);
"""

# Issue 10: the batch keys of call text (hotline.crypto.calltext, TextBatch). A session's
# random batch key, HPKE-sealed to the case-text key alone; each call's case-text copy
# of its data key is then an AES-GCM wrap under it (call_keys, suite BATCH_WRAP).
V11 = """
CREATE TABLE IF NOT EXISTS text_batches (
    id         INTEGER PRIMARY KEY,
    suite      TEXT NOT NULL,
    sealed     BLOB NOT NULL,
    created_at TEXT NOT NULL
);
"""


def _migrate_1(db: Database) -> None:
    """The first schema: calls, their rows, users, persons, vault, tasks, audit, ledger."""
    _run_script(db, V1)


def _migrate_2(db: Database) -> None:
    """Review workflow (claims, comments), saved filters and closed export periods."""
    _run_script(db, V2)


def _migrate_3(db: Database) -> None:
    """Exports: the bytes and manifest of every file exported (re-exports re-emit them);
    the last call id a closed month counted (a call saved after it is a correction).

    No index on calls: each one costs every saved call a WAL frame.
    """
    _run_script(db, V3)


def _migrate_4(db: Database) -> None:
    """Sealed free text: the data keys of calls, and the calls waiting to be indexed
    again. The text itself is sealed on the first supervisor's session (see
    hotline.services.text_sealing), which also runs TEXT_SEALED."""
    _run_script(db, V4)


def _migrate_5(db: Database) -> None:
    """The audit chain's links in a covering index, for the sign-in's check."""
    _run_script(db, V5)


def _migrate_6(db: Database) -> None:
    """The law's fields (labour sector, how the caller heard of 152, interpreter, a
    relative may be involved, consent to keep identity details) and the referral
    directory, seeded from hotline/data/referrals.json (storage.referral_directory)."""
    from hotline.storage.referral_directory import seed

    _run_script(db, V6)
    seed(db)


def _migrate_7(db: Database) -> None:
    """Sealing on a decision, and retention: the decisions (no content; calls.sealed
    holds the decision's id) and the legal holds that stop retention."""
    _run_script(db, V7)


def _migrate_8(db: Database) -> None:
    """The desk's own time zone (Asia/Baku for a desk made before it; init sets the one
    chosen) and what closed months counted (hotline.storage.counted): the months closed
    before are kept as their exports counted them (UTC months then), and calls.month is
    set again in the zone."""
    from hotline.desk_time import DEFAULT_ZONE, META_KEY
    from hotline.storage.counted import SCHEMA, set_months_in_zone, snapshot_schema_7

    _run_script(db, SCHEMA)
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (META_KEY, DEFAULT_ZONE))
    zone = str(db.scalar("SELECT value FROM meta WHERE key = ?", (META_KEY,)))
    snapshot_schema_7(db)
    set_months_in_zone(db, zone)


def _reserved(db: Database) -> None:
    """Numbers 9 and 10 were set aside for parallel branches that needed no migration;
    they stay as steps that change nothing, so every desk's numbering holds."""


def _migrate_11(db: Database) -> None:
    """The batch keys of call text: one HPKE seal per session instead of per call."""
    _run_script(db, V11)


def _migrate_12(db: Database) -> None:
    """The citizenship of the person concerned in what closed months counted (the
    table by topic and citizenship); months closed before take it from the calls."""
    from hotline.storage.counted import add_citizenship

    add_citizenship(db)


def seal_text_schema(db: Database) -> None:
    """TEXT_SEALED, inside the caller's transaction."""
    _run_script(db, TEXT_SEALED)


def text_sealed(db: Database) -> bool:
    return bool(
        db.scalar(
            "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'calls_text_sealed_insert'"
        )
    )


def _run_script(db: Database, script: str) -> None:
    """Run statements one by one (executescript would COMMIT the open transaction)."""
    import sqlcipher3

    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError("incomplete statement at the end of a migration")


MIGRATIONS: list[Callable[[Database], None]] = [
    _migrate_1,
    _migrate_2,
    _migrate_3,
    _migrate_4,
    _migrate_5,
    _migrate_6,
    _migrate_7,
    _migrate_8,
    _reserved,  # 9
    _reserved,  # 10
    _migrate_11,
    _migrate_12,
]
LATEST = len(MIGRATIONS)


class DeskTooNew(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This desk was written by a newer version of the program (schema {found}, "
        "this program knows {known}). Install the newer version; the desk was not changed.",
    )


def migrate(db: Database, target: int = LATEST) -> int:
    """Bring the database forward to `target`, one migration per transaction."""
    current = db.user_version
    if current > LATEST:
        raise DeskTooNew(found=current, known=LATEST)
    while current < target:
        step = MIGRATIONS[current]
        with db.transaction():
            step(db)
            db.execute(f"PRAGMA user_version = {current + 1}")
        current += 1
    return current
