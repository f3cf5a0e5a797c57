"""Reviewing calls: claim, approve, return to the operator, correct with a reason,
comment; follow-up tasks and the report to the Commission on Minors' Affairs.

A correction never silently rewrites what the operator recorded: the old and the
new value go into the call's history with the reason, and the audit log names
the field (never its content).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from hotline.errors import InvalidInput, NotFound
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import CallRecord, IdentityDetails, Task, utcnow
from hotline.services import calls as call_service
from hotline.services import sealing
from hotline.services.call_backend import ClaimResult as ClaimResult
from hotline.services.call_backend import TaskStore
from hotline.services.session import Session
from hotline.storage.call_history import CallHistoryRepository, encode_value
from hotline.storage.calls import CallRepository
from hotline.storage.review_state import CLAIM_MINUTES, RETURNED_COMMENT, ReviewRepository
from hotline.storage.tasks import (
    FOLLOW_UP,
    MINORS_REPORT_DUE,
    MINORS_REPORTS,
    TaskLine,
    TaskRepository,
)
from hotline.validation import CORRECTABLE, FLAG_FIELDS, MULTI_FIELDS, validate

__all__ = [
    "CLAIM_MINUTES",
    "CORRECTABLE",
    "FLAG_FIELDS",
    "MINORS_REPORT_DUE",
    "ClaimResult",
    "NotValid",
    "TaskLine",
]

MAX_TEXT = 2000


CLAIMED_BY_OTHER = QT_TRANSLATE_NOOP(
    "errors", "another supervisor is reviewing this call; try again later."
)
ALREADY_REVIEWED = QT_TRANSLATE_NOOP("errors", "this call has already been reviewed.")
NEED_REASON = QT_TRANSLATE_NOOP("errors", "type the reason for the correction.")
NEED_COMMENT = QT_TRANSLATE_NOOP("errors", "type a comment for the operator.")
NEED_TEXT = QT_TRANSLATE_NOOP("errors", "type the comment.")
NOT_CORRECTABLE = QT_TRANSLATE_NOOP("errors", "this field cannot be corrected here.")
UNCHANGED = QT_TRANSLATE_NOOP("errors", "the new value is the same as the old one.")
NEED_REPORT_NOTE = QT_TRANSLATE_NOOP(
    "errors",
    "record how the report was made (date, reference) before closing it.",
)
TASK_CLOSED = QT_TRANSLATE_NOOP("errors", "this task is already done.")
NOT_YOUR_TASK = QT_TRANSLATE_NOOP("errors", "only the assignee or a supervisor can close it.")
NEED_DUE = QT_TRANSLATE_NOOP("errors", "choose a due date.")


class NotValid(call_service.NotValid):
    """The corrected record does not validate (re-exported for the UI)."""


def _stale_before(now: datetime) -> datetime:
    return now - timedelta(minutes=CLAIM_MINUTES)


def _check_claim(session: Session, review: ReviewRepository, call_id: int) -> str:
    """The review state; refuses when another supervisor holds a fresh claim."""
    info = review.info(call_id)
    if info is None:
        raise NotFound(what="call", ident=call_id)
    if (
        info.claimed_by is not None
        and info.claimed_by != session.user_id
        and info.claimed_at is not None
        and info.claimed_at >= _stale_before(utcnow())
    ):
        raise InvalidInput(field="call", problem=CLAIMED_BY_OTHER)
    return info.state


# --- the queue --------------------------------------------------------------------
def claim(session: Session, call_id: int) -> ClaimResult:
    """Take the call for review; no one else works on it for CLAIM_MINUTES
    (an abandoned claim then lapses and another supervisor may take it)."""
    session.require(Action.REVIEW_CALL, "call", call_id)
    remote = session.remote()
    if remote is not None:  # a centre: the server's claim, exclusive across workstations
        return remote.claim(call_id)
    sealing.refuse_sealed(session, call_id)
    review = ReviewRepository(session.db)
    now = utcnow()
    with session.audited():
        state = _check_claim(session, review, call_id)
        if state == "reviewed":
            raise InvalidInput(field="call", problem=ALREADY_REVIEWED)
        if not review.try_claim(call_id, session.user_id or 0, now, _stale_before(now)):
            raise InvalidInput(field="call", problem=CLAIMED_BY_OTHER)
        session.record("call.claim", "call", call_id)
    return ClaimResult(call_id, now + timedelta(minutes=CLAIM_MINUTES))


def claim_next(session: Session) -> int | None:
    """Claim the oldest call with content that nobody is reviewing; its id, or None."""
    session.require(Action.REVIEW_CALL)
    now = utcnow()
    review = ReviewRepository(session.db)
    for call_id in review.claimable(session.user_id or 0, _stale_before(now)):
        try:
            claim(session, call_id)
        except InvalidInput:
            continue  # taken meanwhile
        return call_id
    return None


def release(session: Session, call_id: int) -> None:
    """Give a claim back without a decision."""
    session.require(Action.REVIEW_CALL, "call", call_id)
    remote = session.remote()
    if remote is not None:
        remote.release(call_id)
        return
    review = ReviewRepository(session.db)
    with session.audited():
        info = review.info(call_id)
        if info is None:
            raise NotFound(what="call", ident=call_id)
        if info.state == "claimed" and info.claimed_by == session.user_id:
            review.set_state(call_id, "new")
            session.record("call.release", "call", call_id)


def approve(session: Session, call_id: int, comment: str = "") -> None:
    """Mark the call reviewed; from now on its operator can no longer correct it."""
    session.require(Action.REVIEW_CALL, "call", call_id)
    _decide(session, call_id, "approved", comment.strip()[:MAX_TEXT])


def return_to_operator(session: Session, call_id: int, comment: str) -> None:
    """Send the call back to its operator with a comment; it comes first in their list."""
    session.require(Action.REVIEW_CALL, "call", call_id)
    text = comment.strip()[:MAX_TEXT]
    if not text:
        raise InvalidInput(field="comment", problem=NEED_COMMENT)
    _decide(session, call_id, "returned", text)


def _decide(session: Session, call_id: int, decision: str, text: str) -> None:
    """The decision ("approved" or "returned") on a call not yet reviewed and not
    claimed by another supervisor; the comment, when there is one, goes into its
    history under the decision's name."""
    remote = session.remote()
    if remote is not None:
        remote.decide(call_id, decision, text)
        return
    review = ReviewRepository(session.db)
    now = utcnow()
    with session.audited():
        if _check_claim(session, review, call_id) == "reviewed":
            raise InvalidInput(field="call", problem=ALREADY_REVIEWED)
        calls = session.calls()
        if decision == "approved":
            review.set_state(call_id, "reviewed", session.user_id, now)
        else:
            sealed = calls.seal_extra(call_id, RETURNED_COMMENT, text)
            review.set_state(call_id, "returned", returned_comment=sealed)
        if text:
            CallHistoryRepository(session.db, calls).add_comment(
                call_id, session.user_id or 0, now, decision, text
            )
        session.record("call.review", "call", call_id, {"decision": decision})


def comment(session: Session, call_id: int, text: str) -> None:
    session.require(Action.REVIEW_CALL, "call", call_id)
    body = text.strip()[:MAX_TEXT]
    if not body:
        raise InvalidInput(field="comment", problem=NEED_TEXT)
    remote = session.remote()
    if remote is not None:  # the server refuses a sealed call (review_may)
        remote.comment(call_id, body)
        return
    sealing.refuse_sealed(session, call_id)
    review = ReviewRepository(session.db)
    with session.audited():
        if review.info(call_id) is None:
            raise NotFound(what="call", ident=call_id)
        CallHistoryRepository(session.db, session.calls()).add_comment(
            call_id, session.user_id or 0, utcnow(), "comment", body
        )
        session.record("call.comment", "call", call_id)


# --- corrections -----------------------------------------------------------------------
def correct_field(session: Session, call_id: int, field: str, value: Any, reason: str) -> None:
    """Correct one coded field with a required reason; the old value stays in the history.

    `value` is a taxonomy id (or None), a tuple of ids for topics/indicators/outcomes,
    or a bool for a flag. The whole record is validated again before it is written.
    """
    session.require(Action.CORRECT_CALL, "call", call_id)
    sealing.refuse_sealed(session, call_id)
    if field not in CORRECTABLE:
        raise InvalidInput(field=field, problem=NOT_CORRECTABLE)
    why = reason.strip()[:MAX_TEXT]
    if not why:
        raise InvalidInput(field="reason", problem=NEED_REASON)

    def change(current: CallRecord) -> tuple[CallRecord, dict[str, Any]]:
        return corrected(session, current, field, value)

    remote = session.remote()
    if remote is not None:
        remote.correct(call_id, change, why)
        return
    repo = session.calls()
    review = ReviewRepository(session.db)
    history = CallHistoryRepository(session.db, repo)
    with session.audited():
        current = repo.get(call_id)
        if current is None:
            raise NotFound(what="call", ident=call_id)
        _check_claim(session, review, call_id)
        fixed, changes = change(current)
        repo.replace(call_id, fixed)
        now = utcnow()
        for name, new in changes.items():
            history.add_history(
                call_id,
                name,
                encode_value(getattr(current, name)),
                encode_value(new),
                why,
                session.user_id or 0,
                now,
            )
        session.record("call.correct", "call", call_id, {"fields": sorted(changes)})


def corrected(
    session: Session, current: CallRecord, field: str, value: Any
) -> tuple[CallRecord, dict[str, Any]]:
    """The record with one coded field corrected (and what follows from it: the primary
    topic among the topics), validated whole; the changed fields with their new values."""
    if field in MULTI_FIELDS:
        value = tuple(sorted(value or ()))
    elif field in FLAG_FIELDS:
        value = bool(value)
    if encode_value(getattr(current, field)) == encode_value(value):
        raise InvalidInput(field=field, problem=UNCHANGED)
    changes: dict[str, Any] = {field: value}
    if field == "topics" and current.primary_topic not in value:
        changes["primary_topic"] = value[0] if len(value) == 1 else None
    if field == "primary_topic" and value and value not in current.topics:
        changes["topics"] = tuple(sorted((*current.topics, value)))
    fixed: CallRecord = replace(current, **changes)
    problems = validate(fixed, session.taxonomy, now=max(utcnow(), current.started_at))
    if problems:
        raise NotValid(problems)
    return fixed, changes


# --- identity -----------------------------------------------------------------------------
def read_identity(session: Session, call_id: int, reason: str) -> list[IdentityDetails]:
    """Supervisors only, with a typed reason, audited (the call service does both)."""
    return call_service.read_identity(session, call_id, reason)


# --- tasks ----------------------------------------------------------------------------------
def task_store(session: Session) -> TaskStore:
    """The session's tasks: the desk's own, or a centre's on its server."""
    remote = session.remote()
    if remote is not None:
        return remote.tasks()
    return TaskRepository(session.db, session.calls().keys)


def tasks(session: Session, status: str | None = "open", mine: bool = False) -> list[TaskLine]:
    """Tasks by due date (open first); `mine` limits them to the signed-in user."""
    if mine or not session.can(Action.MANAGE_TASKS):
        session.require(Action.CLOSE_OWN_TASK)
        assignee = session.user_id
    else:
        assignee = None
    out = task_store(session).listing(status, assignee)
    latest = datetime.max.replace(tzinfo=UTC)
    out.sort(key=lambda t: (t.status != "open", t.effective_due or latest, t.id))
    return out


def own_open_tasks(session: Session) -> list[Task]:
    """The operator's own list: open tasks assigned to the signed-in user, and the
    unassigned ones on their own calls (save_call assigns the minors' report to the
    operator who took the call; an imported call's report comes unassigned)."""
    session.require(Action.CLOSE_OWN_TASK)
    user_id = session.user_id
    if user_id is None:
        return []
    if session.remote() is not None:  # the server's list is hers already (its calls')
        return task_store(session).open_tasks(user_id)
    candidates = TaskRepository(session.db, session.calls().keys).open_tasks(user_id)
    unassigned = [t.call_id for t in candidates if t.assignee_id is None and t.call_id]
    own_calls = {
        r.id for r in CallRepository(session.db).get_many(unassigned) if r.operator_id == user_id
    }
    return [
        t
        for t in candidates
        if t.assignee_id == user_id or (t.assignee_id is None and t.call_id in own_calls)
    ]


def add_follow_up(
    session: Session,
    call_id: int | None,
    due_at: datetime | None,
    assignee_id: int | None,
    note: str = "",
) -> int:
    session.require(Action.MANAGE_TASKS, "call", call_id)
    sealing.refuse_sealed(session, call_id)
    if due_at is None:
        raise InvalidInput(field="due_at", problem=NEED_DUE)
    with session.audited():
        task_id = task_store(session).add(
            call_id, FOLLOW_UP, session.user_id or 0, due_at, assignee_id, note.strip()[:MAX_TEXT]
        )
        session.record("task.add", "task", task_id, {"call": call_id, "kind": FOLLOW_UP})
    return task_id


def close_task(session: Session, task_id: int, note: str) -> None:
    """Record a task done. The report to the Commission on Minors' Affairs closes only
    with a note saying how it was made."""
    repo = task_store(session)
    task = repo.get(task_id)
    if task is None:
        raise NotFound(what="task", ident=task_id)
    if task.assignee_id == session.user_id and session.user_id is not None:
        session.require(Action.CLOSE_OWN_TASK, "task", task_id)
    else:
        session.require(Action.MANAGE_TASKS, "task", task_id)
    text = note.strip()[:MAX_TEXT]
    if task.status != "open":
        raise InvalidInput(field="task", problem=TASK_CLOSED)
    if task.kind in MINORS_REPORTS and not text:
        raise InvalidInput(field="note", problem=NEED_REPORT_NOTE)
    with session.audited():
        repo.close(task_id, session.user_id or 0, text)
        session.record("task.done", "task", task_id, {"call": task.call_id, "kind": task.kind})
