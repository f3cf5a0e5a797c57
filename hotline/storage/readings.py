"""Who has read a call: the audit entries of readings of its notes and identity."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hotline.records import from_iso, to_iso
from hotline.storage.database import Database


@dataclass(frozen=True)
class SeenLine:
    user: str
    action: str  # call.notes_read | vault.read
    at: datetime


class ReadingQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def seen_by(self, call_id: int, actions: Sequence[str]) -> list[SeenLine]:
        """The audit entries of `actions` on this call, newest first; with the readings
        of a returning caller's earlier calls that included this one."""
        marks = ",".join("?" for _ in actions)
        return [
            SeenLine(str(r[0] or ""), str(r[1]), from_iso(r[2]))
            for r in self.db.query(
                "SELECT u.name, a.action, a.at, a.seq FROM audit a"
                " LEFT JOIN users u ON u.id = a.user_id"
                f" WHERE a.object_type = 'call' AND a.object_id = ? AND a.action IN ({marks})"
                " UNION ALL"
                " SELECT u.name, a.action, a.at, a.seq FROM audit a"
                " LEFT JOIN users u ON u.id = a.user_id"
                " WHERE a.object_type = 'person' AND a.action = 'call.notes_read'"
                " AND EXISTS (SELECT 1 FROM json_each(a.details, '$.calls') j WHERE j.value = ?)"
                " ORDER BY 4 DESC LIMIT 200",
                (call_id, *actions, call_id),
            )
        ]

    def read_recently(self, call_id: int, user_id: int | None, since: datetime) -> bool:
        """Whether the user's reading of this call's notes is already audited since `since`."""
        return (
            self.db.scalar(
                "SELECT 1 FROM audit WHERE object_type = 'call' AND object_id = ?"
                " AND action = 'call.notes_read' AND user_id IS ? AND at >= ? LIMIT 1",
                (call_id, user_id, to_iso(since)),
            )
            is not None
        )
