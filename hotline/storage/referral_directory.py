"""The referral directory a desk keeps: who to call for each outcome.

Seeded from hotline/data/referrals.json when the table is made (schema 6);
administrators edit it in the window (services.directory). Each row holds one
entry in the file's own shape, read back through the file's parser, so the
database and the seed have one schema (hotline/referrals.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, Protocol

from hotline import referrals, taxonomy
from hotline.records import to_iso, utcnow
from hotline.referrals import Referral
from hotline.storage.database import Database


def seed(db: Database) -> None:
    """The file's entries, in the file's order, where the table has none yet."""
    if db.scalar("SELECT count(*) FROM referral_directory"):
        return
    now = to_iso(utcnow())
    for position, entry in enumerate(referrals.load()):
        db.execute(
            "INSERT INTO referral_directory(id, position, entry, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, NULL)",
            (entry.id, position, encode(entry), now),
        )


def encode(entry: Referral) -> str:
    """One entry as a row holds it (the desk's table and the centre's on the server)."""
    return json.dumps(entry.to_json(), ensure_ascii=False, sort_keys=True)


def decode(texts: Iterable[str]) -> tuple[Referral, ...]:
    """Rows as ``encode`` wrote them, in order, read back through the seed file's parser: a
    row that is not JSON, or not an entry, is DataFileDamaged (never a driver's error)."""

    def loaded(text: str) -> Any:
        try:
            return json.loads(text)
        except ValueError:
            return None  # the parser names it: "entry N must be an object"

    rows = [loaded(text) for text in texts]
    return referrals.parse(rows, frozenset(taxonomy.load()["outcome"].ids()))


class DirectoryStore(Protocol):
    """Where a session's directory is: the desk's table or the centre's on the server
    (storage/server/shared.py)."""

    def entries(self) -> tuple[Referral, ...]: ...
    def get(self, entry_id: str) -> Referral | None: ...
    def put(self, entry: Referral, user_id: int) -> bool: ...
    def delete(self, entry_id: str) -> bool: ...


class DirectoryRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def entries(self) -> tuple[Referral, ...]:
        """Every entry in the directory's order (a damaged row is DataFileDamaged)."""
        return decode(
            str(r[0])
            for r in self.db.query("SELECT entry FROM referral_directory ORDER BY position, id")
        )

    def get(self, entry_id: str) -> Referral | None:
        return next((e for e in self.entries() if e.id == entry_id), None)

    def put(self, entry: Referral, user_id: int) -> bool:
        """Add or replace an entry; True when it is new (it goes last)."""
        now = to_iso(utcnow())
        exists = self.db.scalar("SELECT 1 FROM referral_directory WHERE id = ?", (entry.id,))
        if exists:
            self.db.execute(
                "UPDATE referral_directory SET entry = ?, updated_at = ?, updated_by = ?"
                " WHERE id = ?",
                (encode(entry), now, user_id, entry.id),
            )
            return False
        position = int(
            self.db.scalar("SELECT coalesce(max(position), -1) + 1 FROM referral_directory")
        )
        self.db.execute(
            "INSERT INTO referral_directory(id, position, entry, updated_at, updated_by)"
            " VALUES (?, ?, ?, ?, ?)",
            (entry.id, position, encode(entry), now, user_id),
        )
        return True

    def delete(self, entry_id: str) -> bool:
        cur = self.db.execute("DELETE FROM referral_directory WHERE id = ?", (entry_id,))
        return bool(cur.rowcount)
