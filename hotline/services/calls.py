"""Taking a call: start, autosave, save, calls without content, own recent calls."""

from __future__ import annotations

import time
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta

from hotline import logs
from hotline.errors import DeskError, InvalidInput, NotFound
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import CallRecord, Draft, IdentityDetails, SealMark, utcnow
from hotline.services import concerned, sealing, search
from hotline.services.call_backend import CallToSave
from hotline.services.call_backend import SavedCall as SavedCall
from hotline.services.identity_vault import (
    VaultEntryMoved,
    add_identity,
    open_entry,
)
from hotline.services.identity_vault import (
    seal_identity as seal_identity,  # the operator page seals drafts through calls
)
from hotline.services.session import Session
from hotline.storage import row_digest
from hotline.storage.call_history import CallHistoryRepository, encode_value
from hotline.storage.calls import CallRepository
from hotline.storage.drafts import DraftRepository
from hotline.storage.persons import PersonRepository
from hotline.storage.tasks import FOLLOW_UP, TaskRepository, end_of_day
from hotline.storage.vault import VaultRepository
from hotline.validation import (
    RECENT_HOURS,
    Problem,
    identity_problem,
    needs_minors_report,
    validate,
)

CHECKPOINT_EVERY_S = 5.0
FOLLOW_UP_OUTCOME = "follow_up_agreed"
FOLLOW_UP_DUE = timedelta(days=3)  # when the operator does not choose
UNDO_WINDOW = timedelta(minutes=1)  # a one-key call logged by mistake
# A correction's free text (notes, code word...) is not copied into the history: a
# correction that takes a name out of the notes must take it out for good.
FREE_TEXT_FIELDS = frozenset(
    {"notes", "code_word", "callback_times", "entities", "caller_pseudonym", "concerned_pseudonym"}
)
# What the operator's own correction cannot change.
FIXED_FIELDS = frozenset(
    {"id", "operator_id", "started_at", "entered_by", "review_state", "identity_held"}
)
OWN_CORRECTION = "own correction"

NO_SUCH_PSEUDONYM = QT_TRANSLATE_NOOP(
    "errors", "no caller with this pseudonym; check the spelling with the caller."
)
REVIEWED = QT_TRANSLATE_NOOP(
    "errors", "this call has been reviewed by a supervisor and can no longer be corrected."
)
NOT_YOURS = QT_TRANSLATE_NOOP("errors", "only the operator who took the call can correct it.")
NEED_REASON = QT_TRANSLATE_NOOP("errors", "type the reason for reading the identity details.")
TOO_OLD = QT_TRANSLATE_NOOP(
    "errors",
    "an operator corrects their own call within 24 hours; ask a supervisor to correct this one.",
)
CANNOT_UNDO = QT_TRANSLATE_NOOP(
    "errors", "only your own last call without content can be undone, within a minute."
)


class NotValid(DeskError):
    """The record cannot be saved yet; `problems` says exactly what is missing."""

    template = QT_TRANSLATE_NOOP("errors", "The call cannot be saved yet: {problems}")

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(problems=" ".join(p.message() for p in problems))


@dataclass(frozen=True)
class CallSummary:
    """The coded summary of an earlier call, shown for a returning caller."""

    call_id: int
    started_at: datetime
    primary_topic: str | None
    topics: tuple[str, ...]
    outcomes: tuple[str, ...]
    child_involved: bool
    immediate_danger: bool
    possible_victim: bool
    do_not_call_back: bool
    notes: str | None  # only when the role may read notes
    relative_involved: bool = False
    seal: SealMark | None = None  # sealed: shown as the decision, nothing else


# --- starting and autosaving --------------------------------------------------
def new_pseudonym(session: Session) -> str:
    session.require(Action.TAKE_CALL)
    return concerned.fresh_pseudonym(session)


def find_pseudonym(session: Session, typed: str) -> str:
    """The canonical pseudonym for what the operator typed, or InvalidInput."""
    session.require(Action.TAKE_CALL)
    remote = session.remote()
    if remote is not None:
        canonical = remote.find_person(typed)
    else:
        found = PersonRepository(session.db).find(typed)
        canonical = None if found is None else found.pseudonym
    if canonical is None:
        raise InvalidInput(field="caller_pseudonym", problem=NO_SUCH_PSEUDONYM)
    return canonical


def start_call(session: Session, returning: str | None = None, channel: str = "phone") -> Draft:
    """A new draft with the timer started and a pseudonym assigned (or the returning one)."""
    session.require(Action.TAKE_CALL)
    pseudonym = find_pseudonym(session, returning) if returning else new_pseudonym(session)
    assert session.user is not None
    record = CallRecord(
        started_at=utcnow(),
        operator_id=session.user.id,
        channel=channel,
        caller_pseudonym=pseudonym,
    )
    text = session.call_text
    drafts = DraftRepository(session.db, text)
    with session.db.transaction():
        draft_id = drafts.create(record)
    if text is not None and session.remote() is None:
        # The call's data key made now, while the caller speaks, for the id the save
        # is expected to give it: the save uses it only for that id (else makes one).
        CallRepository(session.db, text).prepare_key(draft_id, record)
    return Draft(draft_id, record.operator_id, record.started_at, 0, record.started_at, record)


def autosave(
    session: Session,
    draft_id: int,
    record: CallRecord,
    elapsed_s: int,
    sealed_identity: bytes | None = None,
) -> None:
    session.require(Action.TAKE_CALL)
    with session.db.transaction():
        DraftRepository(session.db, session.call_text).update(
            draft_id, record, elapsed_s, sealed_identity
        )


def pending_drafts(session: Session) -> list[Draft]:
    """Unfinished calls of this operator (after a crash or a power cut)."""
    if session.user is None or not session.can(Action.TAKE_CALL):
        return []
    return DraftRepository(session.db, session.call_text).for_operator(session.user.id)


def discard_draft(session: Session, draft_id: int) -> None:
    session.require(Action.TAKE_CALL)
    with session.audited():
        DraftRepository(session.db, session.call_text).delete(draft_id)
        session.record("draft.discard", "draft", draft_id)
    checkpoint_soon(session, force=True)


def maintenance(session: Session) -> None:
    """For a timer of the window: removed drafts leave the WAL, the audit head is copied."""
    checkpoint_soon(session)
    session.audit.write_head()


# --- saving -----------------------------------------------------------------------
_last_checkpoint: dict[int, float] = {}


def checkpoint_soon(session: Session, force: bool = False) -> None:
    """Removed drafts must leave the WAL within seconds (SECURITY.md)."""
    key = id(session)
    now = time.monotonic()
    if force or now - _last_checkpoint.get(key, 0.0) >= CHECKPOINT_EVERY_S:
        session.db.checkpoint()
        _last_checkpoint[key] = now


def save_call(
    session: Session,
    record: CallRecord,
    draft_id: int | None = None,
    identity: IdentityDetails | None = None,
    sealed_identity: bytes | None = None,
    follow_up_due: datetime | None = None,
) -> SavedCall:
    """Validate, then in one transaction: the call, its rows, vault entry, tasks,
    the audit entry and the removal of the draft. "Follow-up agreed" makes a follow-up
    task for the operator, due `follow_up_due` (FOLLOW_UP_DUE from now by default)."""
    session.require(Action.TAKE_CALL)
    if record.entered_by is not None or (session.user and record.operator_id != session.user.id):
        session.require(Action.ENTER_ON_BEHALF)
    record, problems = concerned.checked(session, record)
    problems += validate(record, session.taxonomy)
    has_identity = (identity is not None and not identity.is_empty()) or sealed_identity is not None
    refused_identity = identity_problem(record, has_identity)
    if refused_identity is not None:
        problems.append(refused_identity)
    if problems:
        raise NotValid(problems)
    if record.relative_involved:
        # the law's exception: the family is not called back (shown wherever the
        # pseudonym appears, like any "do not call back")
        record = record.with_changes(do_not_call_back=True)
    minors = needs_minors_report(record, session.taxonomy)
    due = None
    if FOLLOW_UP_OUTCOME in record.outcomes:
        due = follow_up_due or utcnow() + FOLLOW_UP_DUE
    checked = CallToSave(record, draft_id, identity, sealed_identity, minors, due)
    remote = session.remote()
    if remote is not None:  # a centre: sealed here, sent through the outbox
        return remote.save_call(checked)
    return save_on_desk(session, checked)


def save_on_desk(session: Session, checked: CallToSave) -> SavedCall:
    """save_call on the single-file desk, once checked: in one
    transaction, the call, its rows, vault entry, tasks, audit entry, the draft gone."""
    record, draft_id, identity = checked.record, checked.draft_id, checked.identity
    sealed_identity, minors, due = checked.sealed_identity, checked.minors, checked.due
    text = session.call_text  # read once: each reading asks the desk's facts again
    calls = CallRepository(session.db, text)
    tasks: list[int] = []
    with session.audited():
        call_id = calls.insert(record, draft_id)
        add_identity(
            session,
            call_id,
            identity,
            None if draft_id is None else f"draft:{draft_id}",
            sealed_identity,
        )
        if minors:
            tasks += TaskRepository(session.db, calls.keys).add_minors_reports(
                call_id,
                session.user_id or 0,
                assignee_id=record.operator_id,  # on the operator's list until done
                due_at=end_of_day(utcnow()),  # "immediately": the same day
            )
        if due is not None:
            tasks.append(
                TaskRepository(session.db, calls.keys).add(
                    call_id,
                    FOLLOW_UP,
                    session.user_id or 0,
                    due_at=due,
                    assignee_id=record.operator_id,
                )
            )
        if draft_id is not None:
            DraftRepository(session.db, text).delete(draft_id)
        session.record(
            "call.save",
            "call",
            call_id,
            {
                "no_content": record.no_content,
                "tasks": len(tasks),
                "on_behalf": record.entered_by is not None,
            },
            # From the values written, not read back: nothing wrote the call's rows since.
            None if calls.written is None else row_digest.written_digest(calls.written),
        )
    if draft_id is not None:
        checkpoint_soon(session)
    logs.get().debug("call %d saved (%d tasks)", call_id, len(tasks))
    return SavedCall(call_id, tuple(tasks), minors, due)


def log_no_content(
    session: Session,
    kind: str,
    started_at: datetime | None = None,
    duration_s: int = 0,
    draft_id: int | None = None,
) -> SavedCall:
    """A silent, dropped, wrong-number, prank, test or thank-you call: one key, no form."""
    session.require(Action.TAKE_CALL)
    assert session.user is not None
    record = CallRecord(
        started_at=started_at or utcnow(),
        operator_id=session.user.id,
        no_content=kind,
        duration_s=duration_s,
    )
    return save_call(session, record, draft_id=draft_id)


def undo_no_content(session: Session, call_id: int) -> str:
    """Take back a call without content logged by mistake: the operator's own, within
    UNDO_WINDOW of saving it, before any review. Returns its kind. Audited."""
    session.require(Action.TAKE_CALL)
    remote = session.remote()
    if remote is not None:  # the server checks it is hers, new and untouched too
        undone = remote.undo_no_content(call_id, UNDO_WINDOW)
        if undone is None:
            raise InvalidInput(field="call", problem=CANNOT_UNDO)
        return undone
    repo = CallRepository(session.db)
    current = repo.get(call_id)
    saved_at = repo.saved_at(call_id)
    if (
        current is None
        or saved_at is None
        or current.no_content is None
        or session.user is None
        or current.operator_id != session.user.id
        or current.review_state != "new"
        or utcnow() - saved_at > UNDO_WINDOW
    ):
        raise InvalidInput(field="call", problem=CANNOT_UNDO)
    with session.audited():
        repo.delete_no_content(call_id)
        session.record("call.undo_no_content", "call", call_id, {"no_content": current.no_content})
    checkpoint_soon(session, force=True)
    return current.no_content


# --- reading back -------------------------------------------------------------------
def recent_calls(session: Session, hours: int = RECENT_HOURS) -> list[CallRecord]:
    """The operator's own calls, the one list of them: those a supervisor returned
    first (whatever their age), then the calls of the last hours, newest first (for
    call-backs); at most 500."""
    session.require(Action.READ_OWN_CALLS)
    assert session.user is not None
    since = utcnow() - timedelta(hours=hours)
    remote = session.remote()
    if remote is not None:
        return remote.own_recent(since)
    calls = session.calls()
    return calls.get_many(calls.own_call_ids(session.user.id, since))


def caller_history(session: Session, pseudonym: str) -> list[CallSummary]:
    """Earlier calls of a pseudonymous person: coded summary; notes only if the role allows."""
    session.require(Action.TAKE_CALL)
    remote = session.remote()
    if remote is not None:  # a centre: coded fields only (the notes stay sealed)
        records = remote.person_calls(pseudonym)
    else:
        calls = session.calls()
        records = calls.get_many(calls.ids_for_person(pseudonym))
    notes_allowed = session.can(Action.READ_NOTES) and remote is None
    if notes_allowed and records:
        session.audit_event("call.notes_read", "person", None, {"calls": [r.id for r in records]})
    return [
        CallSummary(
            call_id=r.id or 0,
            started_at=r.started_at,
            primary_topic=r.primary_topic,
            topics=r.topics,
            outcomes=r.outcomes,
            child_involved=r.child_involved,
            immediate_danger=r.immediate_danger,
            possible_victim=r.possible_victim,
            do_not_call_back=r.do_not_call_back,
            notes=r.notes if notes_allowed else None,
            relative_involved=r.relative_involved,
            seal=r.seal,
        )
        for r in records
    ]


def do_not_call_back(session: Session, pseudonym: str) -> bool:
    remote = session.remote()
    if remote is not None:  # a centre: any of the person's calls says so
        return any(r.do_not_call_back for r in remote.person_calls(pseudonym))
    persons = PersonRepository(session.db)
    found = persons.find(pseudonym)
    return found is not None and persons.do_not_call_back(found.id)


def _comparable(value: object) -> str | None:
    """A field's value for telling whether a correction changed it (ticked lists in
    any order are the same)."""
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        value = tuple(sorted(value))
    return encode_value(value)


def correct_own_call(session: Session, call_id: int, record: CallRecord) -> None:
    """An operator corrects their own call within RECENT_HOURS (a call a supervisor
    returned, whatever its age), until a supervisor has reviewed it. Each changed field
    goes into the call's history (free text only as "changed") and the audit entry
    names the fields. On a centre the server's own_correct does it (its own checks)."""
    session.require(Action.CORRECT_OWN_CALL, "call", call_id)
    remote = session.remote()
    if remote is not None:
        remote.correct_own(call_id, lambda current: own_correction(session, current, record))
        return
    sealing.refuse_sealed(session, call_id)
    calls = session.calls()
    current = calls.get(call_id)
    if current is None:
        raise NotFound(what="call", ident=call_id)
    fixed, changed = own_correction(session, current, record)
    history = CallHistoryRepository(session.db, calls)
    now = utcnow()
    with session.audited():
        calls.replace(call_id, fixed)
        for name in changed:
            hidden = name in FREE_TEXT_FIELDS
            history.add_history(
                call_id,
                name,
                None if hidden else encode_value(getattr(current, name)),
                None if hidden else encode_value(getattr(fixed, name)),
                OWN_CORRECTION,
                session.user_id or 0,
                now,
            )
        if fixed.notes != current.notes:
            search.mark_changed(session, call_id)  # the index forgets the old words
        session.record("call.correct_own", "call", call_id, {"fields": changed})


def own_correction(
    session: Session, current: CallRecord, record: CallRecord
) -> tuple[CallRecord, list[str]]:
    """The operator's corrected record made from ``record`` and the call as it is (the
    same rule on the desk and on a centre), and the fields it changes."""
    if session.user is None or current.operator_id != session.user.id:
        raise InvalidInput(field="call", problem=NOT_YOURS)
    if current.review_state == "reviewed":
        raise InvalidInput(field="call", problem=REVIEWED)
    if current.review_state != "returned" and current.started_at < utcnow() - timedelta(
        hours=RECENT_HOURS
    ):
        raise InvalidInput(field="call", problem=TOO_OLD)
    record, problems = concerned.checked(session, record)
    fixed = replace(
        record,
        id=current.id,
        operator_id=current.operator_id,
        started_at=current.started_at,
        # A call a supervisor returned goes back to the review queue once corrected.
        review_state="new" if current.review_state == "returned" else current.review_state,
    )
    problems += validate(fixed, session.taxonomy, now=max(utcnow(), current.started_at))
    if problems:
        raise NotValid(problems)
    changed = [
        f.name
        for f in fields(CallRecord)
        if f.name not in FIXED_FIELDS
        and _comparable(getattr(current, f.name)) != _comparable(getattr(fixed, f.name))
    ]
    return fixed, changed


def read_identity(session: Session, call_id: int, reason: str) -> list[IdentityDetails]:
    """Supervisors only, with a typed reason; every read is audited."""
    session.require(Action.READ_VAULT, "call", call_id)
    if not reason.strip():
        raise InvalidInput(field="reason", problem=NEED_REASON)
    private = session.vault_private
    if private is None:
        session.require(Action.MANAGE_USERS)  # cannot happen for a supervisor slot
        return []
    entries = VaultRepository(session.db).for_call(call_id)
    session.audit_event(
        "vault.read", "call", call_id, {"reason": reason.strip()[:500], "entries": len(entries)}
    )
    try:
        return [open_entry(session, private, call_id, entry) for entry in entries]
    except VaultEntryMoved:
        session.audit_event("vault.moved", "call", call_id)
        raise
