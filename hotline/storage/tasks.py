"""Follow-up tasks, among them the mandatory reports on a child: to the Commission on
Minors' Affairs and Protection of Rights and to the guardianship and custody authority.

The law asks for these reports "immediately": both are due the day the call is
taken (the end of that day on this machine's clock), on the operator's list and
on the supervisors' until recorded as done.

On a desk whose entities are sealed (hotline.storage.entities), the note of a
task about a call is ciphertext under that call's data key (field
``task:<id>``): the call's authors and the supervisors read it, and sealing the
call destroys it with the keys. A note written by someone who cannot open the
call's key (an operator closing a task on a colleague's call) is sealed with
HPKE to the case-text key instead: the supervisors read it. A task about no
call keeps its note as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from hotline.crypto import kem
from hotline.crypto.calltext import TextUnreadable
from hotline.records import SealMark, Task, from_iso, to_iso, utcnow
from hotline.storage.call_keys import CallKeyRepository
from hotline.storage.database import Database
from hotline.storage.entities import entity_salt
from hotline.storage.seals import SealRepository

MINORS_REPORT = "minors_commission_report"
GUARDIANSHIP_REPORT = "guardianship_report"
# The two reports a child victim needs, one task each (each body is told separately).
MINORS_REPORTS = (MINORS_REPORT, GUARDIANSHIP_REPORT)
FOLLOW_UP = "follow_up"
MINORS_REPORT_DUE = timedelta(days=1)  # a report task saved before schema 5 had no due date


def end_of_day(moment: datetime) -> datetime:
    """The last second of `moment`'s day in this machine's time zone, in UTC."""
    local = moment.astimezone()
    last = local.replace(hour=23, minute=59, second=59, microsecond=0)
    return last.astimezone(UTC)


LISTING_LIMIT = 5000

_COLUMNS = "id, call_id, kind, status, due_at, assignee_id, created_at, note"


SUPERVISORS_ONLY = b"\x02"  # the first byte of a note sealed to the case-text key


def task_field(task_id: int) -> str:
    return f"task:{task_id}"


def note_info(desk_id: str, task_id: int) -> bytes:
    """What a note sealed to the case-text key is bound to (the desk's or centre's id)."""
    return f"hotline-task-note|{desk_id}|task:{task_id}".encode()


def seal_for_supervisors(case_public: bytes, desk_id: str, task_id: int, note: str) -> bytes:
    """A note its writer cannot seal under the call's key: HPKE to the case-text key."""
    sealed = kem.seal(case_public, note.encode("utf-8"), note_info(desk_id, task_id))
    return SUPERVISORS_ONLY + kem.DEFAULT_SUITE.encode("ascii") + b"\x00" + sealed


def open_for_supervisors(
    case_private: kem.KemPrivateKey | None, desk_id: str, task_id: int, stored: bytes
) -> str:
    """seal_for_supervisors's note opened with the case-text key ("" without it)."""
    if case_private is None:
        return ""
    suite, _, sealed = stored[1:].partition(b"\x00")
    try:
        body = kem.open_sealed(case_private, sealed, note_info(desk_id, task_id), suite.decode())
    except (kem.OpenFailed, UnicodeDecodeError):
        return ""
    return body.decode("utf-8", "replace")


def _task(row: tuple[object, ...], note: str) -> Task:
    due = row[4]
    return Task(
        id=int(row[0]),  # type: ignore[call-overload]
        call_id=None if row[1] is None else int(row[1]),  # type: ignore[call-overload]
        kind=str(row[2]),
        status=str(row[3]),
        due_at=from_iso(str(due)) if due else None,
        assignee_id=None if row[5] is None else int(row[5]),  # type: ignore[call-overload]
        created_at=from_iso(str(row[6])),
        note=note,
    )


@dataclass(frozen=True)
class TaskLine:
    """A task as the task lists show it: with its assignee's name and its call's date."""

    id: int
    call_id: int | None
    kind: str
    status: str
    due_at: datetime | None
    assignee: str | None
    assignee_id: int | None
    created_at: datetime
    note: str
    call_started_at: datetime | None
    done_at: datetime | None
    seal: SealMark | None = None  # the task's call was sealed (the note is gone)

    @property
    def effective_due(self) -> datetime | None:
        """The due date; a minors' report without one is due a day after the call."""
        if self.due_at is not None:
            return self.due_at
        if self.kind in MINORS_REPORTS:
            return (self.call_started_at or self.created_at) + MINORS_REPORT_DUE
        return None

    def overdue(self, now: datetime | None = None) -> bool:
        due = self.effective_due
        return self.status == "open" and due is not None and due < (now or utcnow())


def _moment(text: Any) -> datetime | None:
    return from_iso(str(text)) if text else None


class TaskRepository:
    def __init__(self, db: Database, keys: CallKeyRepository | None = None) -> None:
        self.db = db
        self.keys = keys

    # --- notes, sealed under the call's key -------------------------------------------
    def stored_note(self, task_id: int, call_id: int | None, note: str) -> bytes | str:
        """The note as stored (see the module's docstring)."""
        keys = self.keys
        if not note or keys is None or call_id is None or entity_salt(self.db) is None:
            return note
        authors = self.db.query(
            "SELECT operator_id, entered_by FROM calls WHERE id = ?", (call_id,)
        )
        ids = [int(i) for i in authors[0] if i] if authors else []
        try:
            keys.write(keys.ensure_key(call_id, ids, new=False))
        except TextUnreadable:
            return seal_for_supervisors(keys.text.case_public, keys.text.desk_id, task_id, note)
        field = task_field(task_id)
        return keys.seal_values(call_id, {field: note})[field]

    def _note(self, task_id: int, call_id: object, stored: object) -> str:
        if not isinstance(stored, bytes):
            return str(stored or "")
        keys = self.keys
        if keys is None or call_id is None:
            return ""
        if stored[:1] == SUPERVISORS_ONLY:
            text = keys.text
            return open_for_supervisors(text.case_private, text.desk_id, task_id, stored)
        cid = int(str(call_id))
        keys.open_keys([cid])
        return keys.read(cid, task_field(task_id), stored) or ""

    def _of(self, row: tuple[Any, ...]) -> Task:
        return _task(row, self._note(int(row[0]), row[1], row[7]))

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
                "",
            ),
        )
        task_id = int(cur.lastrowid)
        if note:
            self.db.execute(
                "UPDATE tasks SET note = ? WHERE id = ?",
                (self.stored_note(task_id, call_id, note), task_id),
            )
        return task_id

    def get(self, task_id: int) -> Task | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM tasks WHERE id = ?", (task_id,)).fetchone()
        return None if row is None else self._of(row)

    def for_call(self, call_id: int) -> list[Task]:
        return [
            self._of(r)
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
            self._of(r) for r in self.db.query(sql + " ORDER BY due_at IS NULL, due_at, id", params)
        ]

    def add_minors_reports(
        self, call_id: int, created_by: int, assignee_id: int | None, due_at: datetime | None
    ) -> list[int]:
        """Both reports on a child, due `due_at` (none for an imported old call)."""
        return [
            self.add(call_id, kind, created_by, due_at=due_at, assignee_id=assignee_id)
            for kind in MINORS_REPORTS
        ]

    def close(self, task_id: int, user_id: int, note: str = "") -> None:
        self.db.execute(
            "UPDATE tasks SET status = 'done', done_at = ?, done_by = ? WHERE id = ?",
            (to_iso(utcnow()), user_id, task_id),
        )
        if note:
            call_id = self.db.scalar("SELECT call_id FROM tasks WHERE id = ?", (task_id,))
            stored = self.stored_note(task_id, None if call_id is None else int(call_id), note)
            self.db.execute("UPDATE tasks SET note = ? WHERE id = ?", (stored, task_id))

    def listing(self, status: str | None, assignee_id: int | None = None) -> list[TaskLine]:
        """Tasks with `status` (any when None), of one assignee or everyone's, by due date."""
        sql = (
            "SELECT k.id, k.call_id, k.kind, k.status, k.due_at, u.name, k.assignee_id,"
            " k.created_at, k.note, c.started_at, k.done_at FROM tasks k"
            " LEFT JOIN users u ON u.id = k.assignee_id LEFT JOIN calls c ON c.id = k.call_id"
            " WHERE 1"
        )
        params: list[Any] = []
        if status:
            sql += " AND k.status = ?"
            params.append(status)
        if assignee_id is not None:
            sql += " AND k.assignee_id = ?"
            params.append(assignee_id)
        sql += " ORDER BY k.status = 'done', k.due_at IS NULL, k.due_at, k.id LIMIT ?"
        rows = self.db.query(sql, [*params, LISTING_LIMIT])
        seals = SealRepository(self.db).marks([int(r[1]) for r in rows if r[1] is not None])
        return [
            TaskLine(
                id=int(r[0]),
                call_id=None if r[1] is None else int(r[1]),
                kind=str(r[2]),
                status=str(r[3]),
                due_at=_moment(r[4]),
                assignee=r[5],
                assignee_id=None if r[6] is None else int(r[6]),
                created_at=from_iso(r[7]),
                note=self._note(int(r[0]), r[1], r[8]),
                call_started_at=_moment(r[9]),
                done_at=_moment(r[10]),
                seal=None if r[1] is None else seals.get(int(r[1])),
            )
            for r in rows
        ]
