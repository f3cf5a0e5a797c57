"""Identity vault entries: sealed blobs, opened only with the vault's private key."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.records import to_iso, utcnow
from hotline.storage.database import Database


@dataclass(frozen=True)
class VaultEntry:
    id: int
    suite: str  # the KEM suite it was sealed with
    context: str  # the label the seal is bound to
    sealed: bytes


class VaultRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, call_id: int, suite: str, context: str, sealed: bytes, created_by: int) -> int:
        cur = self.db.execute(
            "INSERT INTO vault_entries(call_id, suite, context, sealed, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (call_id, suite, context, sealed, to_iso(utcnow()), created_by),
        )
        return int(cur.lastrowid)

    def for_call(self, call_id: int) -> list[VaultEntry]:
        return [
            VaultEntry(int(r[0]), str(r[1]), str(r[2]), bytes(r[3]))
            for r in self.db.query(
                "SELECT id, suite, context, sealed FROM vault_entries WHERE call_id = ?"
                " ORDER BY id",
                (call_id,),
            )
        ]

    def unbound_draft_entries(self) -> list[tuple[int, int, VaultEntry]]:
        """(id, call id, entry) of entries still sealed to a draft only (older desks)."""
        return [
            (int(r[0]), int(r[1]), VaultEntry(int(r[0]), str(r[2]), str(r[3]), bytes(r[4])))
            for r in self.db.query(
                "SELECT id, call_id, suite, context, sealed FROM vault_entries"
                " WHERE context LIKE 'draft:%' ORDER BY id"
            )
        ]

    def rebind(self, entry_id: int, context: str, sealed: bytes) -> None:
        self.db.execute(
            "UPDATE vault_entries SET context = ?, sealed = ? WHERE id = ?",
            (context, sealed, entry_id),
        )

    def held(self, call_id: int) -> bool:
        return bool(self.db.scalar("SELECT 1 FROM vault_entries WHERE call_id = ?", (call_id,)))
