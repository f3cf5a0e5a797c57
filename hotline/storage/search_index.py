"""The full-text index of notes, kept out of the database every user opens.

A second SQLCipher file whose key only the holders of the case-text key can
derive (hotline.services.search). It is attached to the session's connection
as the schema `search`, so a call-log query joins it as fast as before. The
FTS5 table is contentless with secure-delete on: deleting a call's row leaves
no token in the index's pages; `optimize` merges the b-trees so no stale
segment keeps one, and a TRUNCATE checkpoint empties the WAL.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from hotline.storage.database import Database, key_pragma
from hotline.textfold import fold_az

SCHEMA = "search"
_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {SCHEMA}.index_state ("
    " key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    # Notes are indexed folded (see hotline/textfold.py): ə->e, ı->i; the tokenizer
    # does the rest.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SCHEMA}.notes_fts USING fts5("
    " notes, content='', contentless_delete=1,"
    " tokenize='unicode61 remove_diacritics 2')",
)


def attach(db: Database, path: Path, key: bytes) -> None:
    """Attach (creating it, encrypted, when missing) the index file as `search`."""
    hexkey = key_pragma(key).split("x'", 1)[1].split("'", 1)[0]  # checks the key's form
    db.execute(f"ATTACH DATABASE ? AS {SCHEMA} KEY \"x'{hexkey}'\"", (str(path),))
    try:
        db.query(f"PRAGMA {SCHEMA}.journal_mode = WAL")
        db.execute(f"PRAGMA {SCHEMA}.secure_delete = ON")
        with db.transaction():
            for statement in _CREATE:
                db.execute(statement)
            db.execute(
                f"INSERT INTO {SCHEMA}.notes_fts(notes_fts, rank) VALUES ('secure-delete', 1)"
            )
    except BaseException:
        db.execute(f"DETACH DATABASE {SCHEMA}")
        raise


def attached(db: Database) -> bool:
    return any(str(r[1]) == SCHEMA for r in db.query("PRAGMA database_list"))


class SearchIndex:
    """The attached index; calls of the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def last_indexed(self) -> int:
        value = self.db.scalar(f"SELECT value FROM {SCHEMA}.index_state WHERE key = 'last_call_id'")
        return int(value or 0)

    def set_last_indexed(self, call_id: int) -> None:
        self.db.execute(
            f"INSERT OR REPLACE INTO {SCHEMA}.index_state(key, value) VALUES ('last_call_id', ?)",
            (call_id,),
        )

    def remove(self, ids: Sequence[int]) -> None:
        self.db.executemany(f"DELETE FROM {SCHEMA}.notes_fts WHERE rowid = ?", [(i,) for i in ids])

    def add(self, rows: Iterable[tuple[int, str]]) -> None:
        self.db.executemany(
            f"INSERT INTO {SCHEMA}.notes_fts(rowid, notes) VALUES (?, ?)",
            [(i, fold_az(text)) for i, text in rows if text],
        )

    def optimize(self) -> None:
        """Merge the index's segments: no old segment keeps a deleted token."""
        self.db.execute(f"INSERT INTO {SCHEMA}.notes_fts(notes_fts) VALUES ('optimize')")

    def matching(self, query: str) -> list[int]:
        return [
            int(r[0])
            for r in self.db.query(
                f"SELECT rowid FROM {SCHEMA}.notes_fts WHERE notes_fts MATCH ?", (query,)
            )
        ]
