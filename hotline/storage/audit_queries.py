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

    def where(self, seq_range: tuple[int, int] | None = None) -> tuple[str, list[Any]]:
        """seq_range: the entries [first, last] the period covers (found by `period_seqs`),
        so that the primary key, not a scan of every entry, narrows by period."""
        clauses: list[str] = []
        params: list[Any] = []
        if seq_range is not None:
            clauses.append("seq BETWEEN ? AND ?")
            params += list(seq_range)
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


entry_of = _entry  # the same reading of a row, for the centre's chain (storage/server)


class AuditQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _first_seq_at(self, moment: datetime, top: int) -> int:
        """The first entry written at or after `moment` (top + 1 when none): a binary
        search on the primary key, entries being appended in time order."""
        stamp = to_iso(moment)
        low, high = 1, top + 1
        while low < high:
            middle = (low + high) // 2
            row = self.db.execute(
                "SELECT at FROM audit WHERE seq >= ? ORDER BY seq LIMIT 1", (middle,)
            ).fetchone()
            if row is None or str(row[0]) >= stamp:
                high = middle
            else:
                low = middle + 1
        return low

    def period_seqs(self, where: AuditFilter) -> tuple[int, int] | None:
        """The range of entries the filter's period can hold (None: no period)."""
        if where.since is None and where.until is None:
            return None
        top = int(self.db.scalar("SELECT coalesce(max(seq), 0) FROM audit"))
        first = 1 if where.since is None else self._first_seq_at(where.since, top)
        last = top if where.until is None else self._first_seq_at(where.until, top) - 1
        return first, last

    def search(self, where: AuditFilter, limit: int = 1000) -> list[AuditEntry]:
        """The newest `limit` entries that match, newest first."""
        sql, params = where.where(self.period_seqs(where))
        return [
            _entry(r)
            for r in self.db.query(
                f"SELECT {_COLUMNS} FROM audit{sql} ORDER BY seq DESC LIMIT ?", [*params, limit]
            )
        ]

    def count(self, where: AuditFilter, cap: int = 100_000) -> int:
        """How many match, counted up to `cap` (the viewer says "more than" beyond it)."""
        sql, params = where.where(self.period_seqs(where))
        return int(
            self.db.scalar(
                f"SELECT count(*) FROM (SELECT 1 FROM audit{sql} LIMIT ?)", [*params, cap]
            )
        )

    def desk_events(self, action: str) -> list[AuditEntry]:
        """Every entry of a desk-wide action (no object type), newest first, by the index."""
        return self.search(AuditFilter(object_type="", actions=(action,)), limit=100_000)

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

    def last_of(self, action: str, object_type: str = "") -> AuditEntry | None:
        """The newest entry of a desk-wide action (object_type '': the index finds the few
        such entries without reading every call's)."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM audit WHERE object_type = ? AND action = ?"
            " ORDER BY seq DESC LIMIT 1",
            (object_type, action),
        ).fetchone()
        return None if row is None else _entry(row)
