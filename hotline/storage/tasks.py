"""Follow-up tasks, among them the mandatory report to the Commission on Minors' Affairs."""

from __future__ import annotations

from datetime import datetime

from hotline.records import Task, from_iso, to_iso, utcnow
from hotline.storage.database import Database

_COLUMNS = "id, call_id, kind, status, due_at, assignee_id, created_at, note"


def _task(row: tuple[object, ...]) -> Task:
    due = row[4]
    return Task(
        id=int(row[0]),  # type: ignore[call-overload]
        call_id=None if row[1] is None else int(row[1]),  # type: ignore[call-overload]
        kind=str(row[2]),
        status=str(row[3]),
        due_at=from_iso(str(due)) if due else None,
        assignee_id=None if row[5] is None else int(row[5]),  # type: ignore[call-overload]
        created_at=from_iso(str(row[6])),
        note=str(row[7]),
    )


class TaskRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        call_id: int | None,
        kind: str,
        created_by: int,
        due_at: datetime | None = None,
        assignee_id: int | None = None,
        note: str = "",
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO tasks(call_id, kind, status, due_at, assignee_id, created_at,"
            " created_by, note) VALUES (?, ?, 'open', ?, ?, ?, ?, ?)",
            (
                call_id,
                kind,
                to_iso(due_at) if due_at else None,
                assignee_id,
                to_iso(utcnow()),
                created_by,
                note,
            ),
        )
        return int(cur.lastrowid)

    def get(self, task_id: int) -> Task | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM tasks WHERE id = ?", (task_id,)).fetchone()
        return None if row is None else _task(row)

    def for_call(self, call_id: int) -> list[Task]:
        return [
            _task(r)
            for r in self.db.query(
                f"SELECT {_COLUMNS} FROM tasks WHERE call_id = ? ORDER BY id", (call_id,)
            )
        ]

    def open_tasks(self, assignee_id: int | None = None) -> list[Task]:
        sql = f"SELECT {_COLUMNS} FROM tasks WHERE status = 'open'"
        params: tuple[object, ...] = ()
        if assignee_id is not None:
            sql += " AND (assignee_id = ? OR assignee_id IS NULL)"
            params = (assignee_id,)
        return [
            _task(r) for r in self.db.query(sql + " ORDER BY due_at IS NULL, due_at, id", params)
        ]

    def close(self, task_id: int, user_id: int, note: str = "") -> None:
        self.db.execute(
            "UPDATE tasks SET status = 'done', done_at = ?, done_by = ?,"
            " note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ?",
            (to_iso(utcnow()), user_id, note, note, task_id),
        )
