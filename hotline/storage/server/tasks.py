"""Tasks on the centre's server (schema_tasks.py): coded columns in clear, the note as
the bytes the workstation sealed (services/centre_tasks.py opens them).

The repository never sees a key or a plaintext; what a connection reads of the tasks
is what row-level security lets its login read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg

from hotline.crypto.calltext import SealedKey
from hotline.records import SealMark

Connection = psycopg.Connection[tuple[Any, ...]]
LISTING_LIMIT = 5000  # as the desk's (storage/tasks.py)


@dataclass(frozen=True)
class NewTask:
    """A task the workstation makes, its id made there (the note sealed bound to it)."""

    id: int
    kind: str
    created_by: int
    due_at: datetime | None = None
    assignee_id: int | None = None
    note: bytes | None = None


@dataclass(frozen=True)
class ServerTask:
    """A task as the server holds it, with its assignee's name, its call's start (when
    the login reads the call) and the call's seal mark."""

    id: int
    call_id: int | None
    kind: str
    status: str
    due_at: datetime | None
    assignee_id: int | None
    assignee: str | None
    created_at: datetime
    done_at: datetime | None
    note: bytes | None
    call_started_at: datetime | None
    seal: SealMark | None


_SELECT = (
    "SELECT k.id, k.call_id, k.kind, k.status, k.due_at, k.assignee_id, u.user_name,"
    " k.created_at, k.done_at, {note}, c.started_at,"
    " d.id, d.kind, d.body, d.number, d.decided_on FROM hotline.tasks k"
    " LEFT JOIN hotline.members u ON u.user_id = k.assignee_id"
    " LEFT JOIN hotline.calls c ON c.id = k.call_id"
    " LEFT JOIN hotline.sealed_calls s ON s.call_id = k.call_id"
    " LEFT JOIN hotline.seal_decisions d ON d.id = s.decision_id"
)
_ORDER = " ORDER BY k.status = 'done', k.due_at IS NULL, k.due_at, k.id"


def _utc(value: Any) -> datetime | None:
    return value.astimezone(UTC) if isinstance(value, datetime) else None


def _of(row: tuple[Any, ...]) -> ServerTask:
    seal = None
    if row[11] is not None:
        seal = SealMark(int(row[11]), str(row[12]), str(row[13]), str(row[14]), row[15])
    created = _utc(row[7])
    assert created is not None
    return ServerTask(
        id=int(row[0]),
        call_id=None if row[1] is None else int(row[1]),
        kind=str(row[2]),
        status=str(row[3]),
        due_at=_utc(row[4]),
        assignee_id=None if row[5] is None else int(row[5]),
        assignee=None if row[6] is None else str(row[6]),
        created_at=created,
        done_at=_utc(row[8]),
        note=None if row[9] is None else bytes(row[9]),
        call_started_at=_utc(row[10]),
        seal=seal,
    )


def insert(conn: Connection, call_id: int | None, tasks: Iterable[NewTask]) -> int:
    """The tasks, in the caller's transaction; how many were written (a report the call
    already has is not made twice: the unique index's conflict)."""
    made = 0
    for task in tasks:
        cur = conn.execute(
            "INSERT INTO hotline.tasks(id, call_id, kind, due_at, assignee_id, created_by, note)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
            (
                task.id,
                call_id,
                task.kind,
                task.due_at,
                task.assignee_id,
                task.created_by,
                task.note,
            ),
        )
        made += cur.rowcount
    return made


def _select(notes: bool = True) -> str:
    """The tasks' query; without their notes for a login that may not read them (an
    administrator: the coded columns only)."""
    return _SELECT.replace("{note}", "k.note" if notes else "NULL::bytea")


class ServerTaskRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, task_id: int) -> ServerTask | None:
        row = self.conn.execute(_select() + " WHERE k.id = %s", (task_id,)).fetchone()
        return None if row is None else _of(row)

    def for_call(self, call_id: int) -> list[ServerTask]:
        rows = self.conn.execute(_select() + " WHERE k.call_id = %s ORDER BY k.id", (call_id,))
        return [_of(r) for r in rows.fetchall()]

    def listing(
        self, status: str | None, assignee_id: int | None = None, *, notes: bool = True
    ) -> list[ServerTask]:
        """Tasks with ``status`` (any when None), of one assignee or all the login reads."""
        where: list[str] = []
        params: list[Any] = []
        if status:
            where.append("k.status = %s")
            params.append(status)
        if assignee_id is not None:
            where.append("k.assignee_id = %s")
            params.append(assignee_id)
        text = _select(notes) + (" WHERE " + " AND ".join(where) if where else "") + _ORDER
        rows = self.conn.execute(text + " LIMIT %s", (*params, LISTING_LIMIT))
        return [_of(r) for r in rows.fetchall()]

    def open_for(self, user_id: int) -> list[ServerTask]:
        """The operator's own list: open tasks assigned to her, and the unassigned ones
        on calls she took (their coded operator)."""
        rows = self.conn.execute(
            _select() + " WHERE k.status = 'open' AND (k.assignee_id = %s OR (k.assignee_id"
            " IS NULL AND c.coded->>'operator_id' = %s::text))" + _ORDER + " LIMIT %s",
            (user_id, user_id, LISTING_LIMIT),
        )
        return [_of(r) for r in rows.fetchall()]

    def close(self, task_id: int, user_id: int, note: bytes | None) -> bool:
        """Recorded done by ``user_id`` (with the sealed note when one was typed)."""
        cur = self.conn.execute(
            "UPDATE hotline.tasks SET status = 'done', done_at = now(), done_by = %s,"
            " note = coalesce(%s, note) WHERE id = %s AND status = 'open'",
            (user_id, note, task_id),
        )
        return cur.rowcount == 1

    def call_keys(self, call_ids: Sequence[int]) -> dict[int, list[SealedKey]]:
        """The sealed data keys of these calls the login may read (to open the notes)."""
        out: dict[int, list[SealedKey]] = {}
        if not call_ids:
            return out
        for cid, holder, suite, sealed in self.conn.execute(
            "SELECT call_id, holder, suite, sealed FROM hotline.call_keys WHERE call_id = ANY(%s)",
            (sorted(set(call_ids)),),
        ).fetchall():
            out.setdefault(int(cid), []).append(SealedKey(str(holder), str(suite), bytes(sealed)))
        return out

    def sealed(self, call_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM hotline.sealed_calls WHERE call_id = %s", (call_id,)
        ).fetchone()
        return row is not None
