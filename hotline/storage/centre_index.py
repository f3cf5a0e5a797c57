"""A supervisor's own index of a centre's notes: a SQLCipher file on the workstation.

The centre's server holds the notes as ciphertext only, so the words are indexed where
they are read: on a supervisor's workstation, in a file of its own (one per person),
encrypted with a key derived from the case-text key (services/centre_search.py), the
same FTS5 table as the desk's notes' index (storage/search_index.py: contentless,
secure-delete, the same tokenizer, the same folding). Beside it, the calls indexed
(their id and when the server saved them, for the next fill to start from) and which
of them were sealed since (their tokens deleted).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from hotline.storage.database import Database
from hotline.storage.search_index import TOKENIZER
from hotline.textfold import fold_az

CURSOR = "saved_at"
SCHEMA = (
    "CREATE TABLE index_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE indexed (call_id INTEGER PRIMARY KEY, saved_at TEXT NOT NULL,"
    " sealed INTEGER NOT NULL DEFAULT 0)",
    "CREATE VIRTUAL TABLE notes_fts USING fts5("
    f" notes, content='', contentless_delete=1, tokenize='{TOKENIZER}')",
    "INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1)",
)


class CentreIndex:
    """The open index file (made when missing); one connection, one thread at a time."""

    def __init__(self, path: Path, key: bytes) -> None:
        self.path = path
        fresh = not path.exists()
        self.db = Database(path, key, create=fresh)
        self.db.execute("PRAGMA secure_delete = ON")
        if fresh:
            with self.db.transaction():
                for statement in SCHEMA:
                    self.db.execute(statement)

    def close(self) -> None:
        self.db.close()

    # --- where the next fill starts ------------------------------------------------
    def cursor(self) -> datetime | None:
        value = self.db.scalar("SELECT value FROM index_state WHERE key = ?", (CURSOR,))
        return None if value is None else datetime.fromisoformat(str(value))

    def known(self, call_ids: Sequence[int]) -> set[int]:
        marks = ",".join("?" for _ in call_ids)
        if not call_ids:
            return set()
        rows = self.db.query(f"SELECT call_id FROM indexed WHERE call_id IN ({marks})", call_ids)
        return {int(r[0]) for r in rows}

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM indexed WHERE sealed = 0"))

    def add(self, rows: Iterable[tuple[int, datetime, str]], cursor: datetime) -> None:
        """Index these calls' notes (an empty note is recorded as indexed, no tokens)."""
        with self.db.transaction():
            for call_id, saved_at, notes in rows:
                self.db.execute(
                    "INSERT OR IGNORE INTO indexed(call_id, saved_at) VALUES (?, ?)",
                    (call_id, saved_at.isoformat()),
                )
                if notes:
                    self.db.execute(
                        "INSERT INTO notes_fts(rowid, notes) VALUES (?, ?)",
                        (call_id, fold_az(notes)),
                    )
            self.db.execute(
                "INSERT OR REPLACE INTO index_state(key, value) VALUES (?, ?)",
                (CURSOR, cursor.isoformat()),
            )

    # --- sealed calls ------------------------------------------------------------------
    def unsealed_of(self, call_ids: Iterable[int]) -> list[int]:
        """Those of these calls indexed here and not yet removed as sealed."""
        wanted = sorted(set(call_ids))
        out: list[int] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            out += [
                int(r[0])
                for r in self.db.query(
                    f"SELECT call_id FROM indexed WHERE sealed = 0 AND call_id IN ({marks})",
                    chunk,
                )
            ]
        return out

    def remove_sealed(self, call_ids: Sequence[int]) -> None:
        """Their tokens deleted (secure delete), the segments merged so no old one keeps
        a token, the WAL emptied."""
        with self.db.transaction():
            self.db.executemany("DELETE FROM notes_fts WHERE rowid = ?", [(i,) for i in call_ids])
            self.db.executemany(
                "UPDATE indexed SET sealed = 1 WHERE call_id = ?", [(i,) for i in call_ids]
            )
            self.db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
        self.db.execute("VACUUM")
        self.db.checkpoint()

    def matching(self, query: str) -> list[int]:
        return [
            int(r[0])
            for r in self.db.query("SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?", (query,))
        ]
