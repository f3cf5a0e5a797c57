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
from dataclasses import dataclass
from pathlib import Path

from hotline.storage.database import Database, key_pragma
from hotline.textfold import fold_az

SCHEMA = "search"
TOKENIZER = "unicode61 remove_diacritics 2"
_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {SCHEMA}.index_state ("
    " key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    # Notes are indexed folded (see hotline/textfold.py): ə->e, ı->i; the tokenizer
    # does the rest.
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SCHEMA}.notes_fts USING fts5("
    f" notes, content='', contentless_delete=1, tokenize='{TOKENIZER}')",
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


@dataclass(frozen=True)
class IndexDifference:
    """Calls whose rows in the index differ from what their notes give (see `compare`)."""

    only_in_index: list[int]  # a row for a call whose notes give no tokens, or no call
    only_in_notes: list[int]  # the call's notes are not in the index
    different: list[int]  # both there, other tokens


def compare(
    db: Database, expected: Iterable[list[tuple[int, str]]], skip: Sequence[int]
) -> IndexDifference:
    """The index's tokens, call by call, against the notes they should come from.

    `expected`, batches of (call id, plaintext notes), is tokenized by FTS5 itself, with the same
    tokenizer, into a contentless table in the temp schema (temp_store is MEMORY: it
    never reaches the disk); both indexes are then read as (term, call, position)
    rows and subtracted both ways. `skip`: calls waiting to be indexed again."""
    db.execute(
        "CREATE VIRTUAL TABLE temp.expected_fts USING fts5("
        f" notes, content='', tokenize='{TOKENIZER}')"
    )
    try:
        db.execute(
            "CREATE VIRTUAL TABLE temp.expected_terms USING fts5vocab(temp, expected_fts, instance)"
        )
        db.execute(
            f"CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab({SCHEMA}, notes_fts, instance)"
        )
        for batch in expected:
            db.executemany(
                "INSERT INTO temp.expected_fts(rowid, notes) VALUES (?, ?)",
                [(i, fold_az(text)) for i, text in batch if text],
            )
        db.execute("CREATE TEMP TABLE skipped(call_id INTEGER PRIMARY KEY)")
        db.executemany("INSERT INTO temp.skipped VALUES (?)", [(i,) for i in skip])

        def docs(sql: str) -> set[int]:
            return {int(r[0]) for r in db.query(sql)}

        rows = "SELECT term, doc, col, offset FROM temp.{} WHERE doc NOT IN temp.skipped"
        extra = docs(
            f"SELECT DISTINCT doc FROM ({rows.format('index_terms')}"
            f" EXCEPT {rows.format('expected_terms')})"
        )
        lacking = docs(
            f"SELECT DISTINCT doc FROM ({rows.format('expected_terms')}"
            f" EXCEPT {rows.format('index_terms')})"
        )
        indexed = docs("SELECT DISTINCT doc FROM temp.index_terms") if extra | lacking else set()
        wanted = docs("SELECT DISTINCT doc FROM temp.expected_terms") if extra | lacking else set()
    finally:
        for name in ("skipped", "index_terms", "expected_terms", "expected_fts"):
            db.execute(f"DROP TABLE IF EXISTS temp.{name}")
    both = (extra | lacking) & indexed & wanted
    return IndexDifference(
        only_in_index=sorted(extra - wanted),
        only_in_notes=sorted(lacking - indexed),
        different=sorted(both),
    )
