"""What a desk holds, in counts and dates only: for the preview of a backup before it is
restored (never call content: no names of callers, no notes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hotline.records import User, from_iso
from hotline.storage.database import Database
from hotline.storage.users import UserRepository


@dataclass(frozen=True)
class DeskSummary:
    calls: int
    first_call: datetime | None
    last_call: datetime | None
    users: tuple[User, ...]  # staff accounts, by name
    audit_entries: int
    last_audit: datetime | None


def summarize(db: Database) -> DeskSummary:
    count, first, last = db.execute(
        "SELECT count(*), min(started_at), max(started_at) FROM calls"
    ).fetchone()
    entries, last_at = db.execute("SELECT count(*), max(at) FROM audit").fetchone()
    return DeskSummary(
        calls=int(count),
        first_call=from_iso(str(first)) if first else None,
        last_call=from_iso(str(last)) if last else None,
        users=tuple(UserRepository(db).all()),
        audit_entries=int(entries),
        last_audit=from_iso(str(last_at)) if last_at else None,
    )
