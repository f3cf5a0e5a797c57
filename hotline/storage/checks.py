"""The database's own checks: every page's HMAC, SQLite's integrity and foreign keys,
and the full-text index. Problems come back as lines of text, never raised."""

from __future__ import annotations

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.said import Said, said_of
from hotline.storage.database import Database

_CHECKS = (
    (QT_TRANSLATE_NOOP("findings", "integrity check"), "PRAGMA integrity_check"),
    (QT_TRANSLATE_NOOP("findings", "foreign key check"), "PRAGMA foreign_key_check"),
)


ENCRYPTION = QT_TRANSLATE_NOOP("findings", "encryption check: {problem}")
CHECK = QT_TRANSLATE_NOOP("findings", "{check}: {problem}")
FULL_TEXT = QT_TRANSLATE_NOOP("findings", "full-text index check")


def database_checks(db: Database) -> list[str]:
    """cipher_integrity_check (every page's HMAC), integrity_check, foreign keys, FTS."""
    problems: list[str] = []
    try:
        for (line,) in db.query("PRAGMA cipher_integrity_check"):
            problems.append(Said(ENCRYPTION, problem=str(line)))
    except DeskError as exc:
        problems.append(Said(ENCRYPTION, problem=said_of(exc)))
    if problems:  # pages that fail authentication make the other checks meaningless
        return problems
    for label, sql in _CHECKS:
        try:
            rows = db.query(sql)
        except DeskError as exc:
            problems.append(Said(CHECK, check=label, problem=said_of(exc)))
            continue
        lines = [" ".join(str(c) for c in row) for row in rows]
        if lines and lines != ["ok"]:
            problems.extend(Said(CHECK, check=label, problem=line) for line in lines[:20])
    legacy_index = db.scalar("SELECT 1 FROM sqlite_master WHERE name = 'notes_fts'")
    try:
        if legacy_index:  # a desk upgraded to version 4, not sealed yet
            db.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)")
    except DeskError as exc:
        problems.append(Said(CHECK, check=FULL_TEXT, problem=said_of(exc)))
    return problems
