"""Reading the audit log for the administrator: filtered lists and per-user facts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from hotline.records import AuditEntry, from_iso, to_iso
from hotline.storage.database import Database

_COLUMNS = "seq, at, user_id, action, object_type, object_id, details"


@dataclass(frozen=True)
class AuditFilter:
    """Every field narrows; None leaves it open. `until` is exclusive."""

    user_id: int | None = None
    by_recovery: bool = False  # entries written with the recovery code (no user id)
    actions: tuple[str, ...] = ()
    object_type: str | None = None
    object_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.by_recovery:
            clauses.append("user_id IS NULL")
        elif self.user_id is not None:
            clauses.append("user_id = ?")
            params.append(self.user_id)
        if self.actions:
            clauses.append(f"action IN ({','.join('?' * len(self.actions))})")
            params += list(self.actions)
        if self.object_type is not None:
            clauses.append("object_type = ?")
            params.append(self.object_type)
        if self.object_id is not None:
            clauses.append("object_id = ?")
            params.append(self.object_id)
        if self.since is not None:
            clauses.append("at >= ?")
            params.append(to_iso(self.since))
        if self.until is not None:
            clauses.append("at < ?")
            params.append(to_iso(self.until))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _entry(row: Sequence[Any]) -> AuditEntry:
    try:
        details = json.loads(row[6])
    except ValueError:
        details = {}
    return AuditEntry(
        int(row[0]),
        from_iso(row[1]),
        row[2],
        str(row[3]),
        str(row[4]),
        row[5],
        details if isinstance(details, dict) else {},
    )


class AuditQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, where: AuditFilter, limit: int = 1000) -> list[AuditEntry]:
        """The newest `limit` entries that match, newest first."""
        sql, params = where.where()
        return [
            _entry(r)
            for r in self.db.query(
                f"SELECT {_COLUMNS} FROM audit{sql} ORDER BY seq DESC LIMIT ?", [*params, limit]
            )
        ]

    def count(self, where: AuditFilter) -> int:
        sql, params = where.where()
        return int(self.db.scalar(f"SELECT count(*) FROM audit{sql}", params))

    def latest_about_users(self, actions: Sequence[str]) -> dict[int, tuple[str, datetime]]:
        """For each user, the newest of these entries about them (object 'user'): its
        action and time."""
        marks = ",".join("?" * len(actions))
        found: dict[int, tuple[str, datetime]] = {}
        for oid, action, at in self.db.query(
            "SELECT object_id, action, at FROM audit WHERE seq IN (SELECT max(seq) FROM audit"
            f" WHERE object_type = 'user' AND action IN ({marks}) AND object_id IS NOT NULL"
            " GROUP BY object_id)",
            list(actions),
        ):
            found[int(oid)] = (str(action), from_iso(str(at)))
        return found

    def last_of(self, action: str) -> AuditEntry | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM audit WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
        ).fetchone()
        return None if row is None else _entry(row)
