"""Tasks of a centre's session, on the server (storage/server/tasks.py): the store the
task services (review.tasks, own_open_tasks, add_follow_up, close_task) use in place of
the desk's TaskRepository, with the same methods, so the Tasks page and the operator's
list work unchanged. The services check the permissions and write the audit entries
(``task.add``, ``task.done``) in ``session.audited()``, which on a centre is the
server's transaction with its entries in the centre's chain.

A note is sealed here before it leaves the workstation, as the desk seals it
(hotline.storage.tasks): under the call's data key (field ``task:<id>``), which its
authors and the supervisors open, or, when the writer cannot open that key (an operator
closing a task on a colleague's call), with HPKE to the case-text key (the supervisors
read it). A task about no call is sealed to the case-text key too: the server keeps no
note in clear. Sealing a call deletes its keys and empties its tasks' notes on the server
(storage/server/seals.py).

The tasks the save of a call makes (the two reports on a child, an agreed follow-up)
go with the call through the outbox (``new_tasks``) and are written in the call's own
transaction on the server.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any, Protocol

import psycopg

from hotline.crypto.calltext import CallText, SealedKey, TextUnreadable
from hotline.errors import DeskError, NotFound
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import Task, from_iso, utcnow
from hotline.services.call_backend import CallToSave
from hotline.services.outbox import LINE_DOWN, Outbox
from hotline.services.sealing import CallSealed
from hotline.storage.server.errors import on_server
from hotline.storage.server.tasks import NewTask, ServerTask, ServerTaskRepository, insert
from hotline.storage.tasks import (
    FOLLOW_UP,
    MINORS_REPORTS,
    SUPERVISORS_ONLY,
    TaskLine,
    end_of_day,
    open_for_supervisors,
    seal_for_supervisors,
    task_field,
)

Connection = psycopg.Connection[tuple[Any, ...]]


class TaskNotSentYet(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This task's call is still kept on this computer, not yet on the centre's server: "
        "it can be recorded as done once the server has it. Nothing was changed.",
    )


class TaskSession(Protocol):
    """What the store needs of a centre's session (services/centre_session.py)."""

    outbox: Outbox | None

    @property
    def conn(self) -> Connection: ...

    @property
    def call_text(self) -> CallText | None: ...

    def can(self, action: Action) -> bool: ...


def new_task_id() -> int:
    """A task id made by the workstation (63 random bits, as a call's)."""
    return secrets.randbits(63) or 1


def new_tasks(call: CallToSave, created_by: int) -> tuple[NewTask, ...]:
    """The tasks the save of ``call`` makes, as the desk's save_on_desk makes them: both
    reports on a child, due the end of today, on the operator's list; the follow-up
    the operator agreed, due when she said."""
    operator = call.record.operator_id
    made: list[NewTask] = []
    if call.minors:
        due = end_of_day(utcnow())  # "immediately": the same day
        made += [NewTask(new_task_id(), kind, created_by, due, operator) for kind in MINORS_REPORTS]
    if call.due is not None:
        made.append(NewTask(new_task_id(), FOLLOW_UP, created_by, call.due, operator))
    return tuple(made)


class CentreTasks:
    """The desk's TaskRepository's methods, on the centre's server."""

    def __init__(self, session: TaskSession) -> None:
        self.session = session

    @property
    def repo(self) -> ServerTaskRepository:
        return ServerTaskRepository(self.session.conn)

    # --- notes ------------------------------------------------------------------------
    def _text(self) -> CallText:
        text = self.session.call_text
        if text is None:
            raise NotFound(what="centre", ident=0)
        return text

    def seal_note(self, task_id: int, call_id: int | None, note: str) -> bytes | None:
        """The note as the server keeps it (see the module's text); None when empty."""
        if not note:
            return None
        text = self._text()
        if call_id is not None:
            try:
                text.remember(call_id, self.repo.call_keys([call_id]).get(call_id, []))
            except TextUnreadable:
                pass
            else:
                return text.encrypt(call_id, task_field(task_id), note)
        return seal_for_supervisors(text.case_public, text.desk_id, task_id, note)

    def _open_notes(self, tasks: list[ServerTask]) -> dict[int, str]:
        text = self._text()
        keys = self.repo.call_keys([t.call_id for t in tasks if t.note and t.call_id])
        return {task.id: self._open(text, task, keys) for task in tasks}

    @staticmethod
    def _open(text: CallText, task: ServerTask, keys: dict[int, list[SealedKey]]) -> str:
        stored = task.note
        if not stored:
            return ""
        if stored[:1] == SUPERVISORS_ONLY:
            return open_for_supervisors(text.case_private, text.desk_id, task.id, stored)
        if task.call_id is None:
            return ""
        try:
            text.remember(task.call_id, keys.get(task.call_id, []))
            return text.decrypt(task.call_id, task_field(task.id), stored)
        except TextUnreadable:
            return ""

    # --- the desk's TaskRepository's methods -------------------------------------------
    def _tasks(self, found: list[ServerTask]) -> list[Task]:
        notes = self._open_notes(found)
        return [
            Task(
                t.id,
                t.call_id,
                t.kind,
                t.status,
                t.due_at,
                t.assignee_id,
                t.created_at,
                notes[t.id],
            )
            for t in found
        ]

    def _kept(self, assignee_id: int | None) -> list[Task]:
        """The tasks of the calls still kept in the outbox (not on the server yet), of
        one assignee or all."""
        outbox = self.session.outbox
        if outbox is None:
            return []
        return [
            Task(
                t.id, item.call.id, t.kind, "open", t.due_at, t.assignee_id, from_iso(item.saved_at)
            )
            for item in outbox.store.pending()
            for t in item.call.tasks
            if assignee_id is None or t.assignee_id == assignee_id
        ]

    @on_server
    def get(self, task_id: int) -> Task | None:
        """The task on the server, or one of a call kept here (``close`` says it waits)."""
        found = self.repo.get(task_id)
        if found is not None:
            return self._tasks([found])[0]
        return next((t for t in self._kept(None) if t.id == task_id), None)

    @on_server
    def for_call(self, call_id: int) -> list[Task]:
        return self._tasks(self.repo.for_call(call_id))

    def open_tasks(self, assignee_id: int | None = None) -> list[Task]:
        """The operator's own list (assigned to her, or unassigned on her calls), with
        the tasks of her calls kept on this computer: a report is on her list from the
        save, the server away or not (as own_recent lists the kept calls)."""
        if assignee_id is None:
            return on_server(lambda: self._tasks(self.repo.listing("open")))()
        kept = self._kept(assignee_id)
        try:
            held = self._tasks(self.repo.open_for(assignee_id))
        except LINE_DOWN:  # the server away: the kept ones are listed still
            held = []
        seen = {t.id for t in held}
        out = held + [t for t in kept if t.id not in seen]
        latest = utcnow().replace(year=9999)
        return sorted(out, key=lambda t: (t.due_at or latest, t.id))

    @on_server
    def listing(self, status: str | None, assignee_id: int | None = None) -> list[TaskLine]:
        """As the desk's; without notes for one who works no task (an administrator's
        health page: the server gives her the coded columns only)."""
        notes = self.session.can(Action.CLOSE_OWN_TASK)
        found = self.repo.listing(status, assignee_id, notes=notes)
        opened = self._open_notes(found)
        return [
            TaskLine(
                id=t.id,
                call_id=t.call_id,
                kind=t.kind,
                status=t.status,
                due_at=t.due_at,
                assignee=t.assignee,
                assignee_id=t.assignee_id,
                created_at=t.created_at,
                note="" if t.seal is not None else opened[t.id],
                call_started_at=t.call_started_at,
                done_at=t.done_at,
                seal=t.seal,
            )
            for t in found
        ]

    @on_server
    def add(
        self,
        call_id: int | None,
        kind: str,
        created_by: int,
        due_at: datetime | None = None,
        assignee_id: int | None = None,
        note: str = "",
    ) -> int:
        """A task on the server, in the caller's transaction (``session.audited``)."""
        repo = self.repo
        if call_id is not None and repo.sealed(call_id):
            raise CallSealed(ident=call_id)
        task_id = new_task_id()
        due = None if due_at is None else due_at.astimezone(UTC)
        sealed = self.seal_note(task_id, call_id, note)
        task = NewTask(task_id, kind, created_by, due, assignee_id, sealed)
        insert(self.session.conn, call_id, (task,))
        return task_id

    @on_server
    def close(self, task_id: int, user_id: int, note: str = "") -> None:
        """Recorded done by ``user_id`` on the server, the note sealed here."""
        repo = self.repo
        found = repo.get(task_id)
        if found is None:
            if any(t.id == task_id for t in self._kept(None)):
                raise TaskNotSentYet()
            raise NotFound(what="task", ident=task_id)
        if found.call_id is not None and repo.sealed(found.call_id):
            raise CallSealed(ident=found.call_id)
        if not repo.close(task_id, user_id, self.seal_note(task_id, found.call_id, note)):
            raise NotFound(what="task", ident=task_id)
