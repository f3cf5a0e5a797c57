"""What happened to a call after it was saved: corrections with their reasons
(call_history) and the review's comments (call_comments)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hotline.records import Entity, from_iso, to_iso
from hotline.storage.call_keys import TEXT_FIELDS
from hotline.storage.calls import CallRepository
from hotline.storage.database import Database

COMMENT = "comment.body"


def history_field(field: str, side: str) -> str:
    """The associated-data name of a corrected free-text value ("history.notes.old")."""
    return f"history.{field}.{side}"


def encode_value(value: Any) -> str | None:
    """A field value as stored in call_history: ids as text, lists and flags as JSON."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple | list):
        items = [[v.kind, v.value] if isinstance(v, Entity) else v for v in value]
        return json.dumps(items, ensure_ascii=False)
    return str(value)


@dataclass(frozen=True)
class HistoryLine:
    """One corrected field: the old and the new value as stored, and why."""

    field: str
    old_value: str | None
    new_value: str | None
    reason: str
    user: str
    at: datetime


@dataclass(frozen=True)
class CommentLine:
    user: str
    at: datetime
    kind: str  # comment | returned | approved
    body: str


class CallHistoryRepository:
    """With `calls` (its text keys), comments and the old and new values of corrected
    free-text fields are sealed under the call's data key, and opened where they may."""

    def __init__(self, db: Database, calls: CallRepository | None = None) -> None:
        self.db = db
        self.calls = calls or CallRepository(db)

    def history(self, call_id: int) -> list[HistoryLine]:
        """The call's corrections, oldest first."""
        return [
            HistoryLine(
                str(r[0]),
                self._open(call_id, str(r[0]), "old", r[1]),
                self._open(call_id, str(r[0]), "new", r[2]),
                str(r[3]),
                str(r[4]),
                from_iso(r[5]),
            )
            for r in self.db.query(
                "SELECT h.field, h.old_value, h.new_value, h.reason, u.name, h.at"
                " FROM call_history h JOIN users u ON u.id = h.user_id"
                " WHERE h.call_id = ? ORDER BY h.id",
                (call_id,),
            )
        ]

    def _open(self, call_id: int, field: str, side: str, stored: object) -> str | None:
        if stored is None or field not in TEXT_FIELDS:
            return None if stored is None else str(stored)
        return self.calls.open_extra(call_id, history_field(field, side), stored)

    def _seal(self, call_id: int, field: str, side: str, value: str | None) -> bytes | str | None:
        if value is None or field not in TEXT_FIELDS:
            return value
        return self.calls.seal_extra(call_id, history_field(field, side), value)

    def add_history(
        self,
        call_id: int,
        field: str,
        old: str | None,
        new: str | None,
        reason: str,
        user_id: int,
        at: datetime,
    ) -> None:
        self.db.execute(
            "INSERT INTO call_history(call_id, field, old_value, new_value, reason, user_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                call_id,
                field,
                self._seal(call_id, field, "old", old),
                self._seal(call_id, field, "new", new),
                reason,
                user_id,
                to_iso(at),
            ),
        )

    def comments(self, call_id: int) -> list[CommentLine]:
        """The call's review comments, oldest first."""
        return [
            CommentLine(
                str(r[0]), from_iso(r[1]), str(r[2]), self.calls.open_extra(call_id, COMMENT, r[3])
            )
            for r in self.db.query(
                "SELECT u.name, m.at, m.kind, m.body FROM call_comments m"
                " JOIN users u ON u.id = m.user_id WHERE m.call_id = ? ORDER BY m.id",
                (call_id,),
            )
        ]

    def add_comment(self, call_id: int, user_id: int, at: datetime, kind: str, body: str) -> None:
        self.db.execute(
            "INSERT INTO call_comments(call_id, user_id, at, kind, body) VALUES (?, ?, ?, ?, ?)",
            (call_id, user_id, to_iso(at), kind, self.calls.seal_extra(call_id, COMMENT, body)),
        )
