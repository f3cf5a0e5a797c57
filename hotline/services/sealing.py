"""Sealing a record on a decision of a court or the prosecutor, and retention.

The law: access to information about victims held in databases is terminated by
a decision of the criminal prosecution agency or a court. Sealing destroys what
could point at the person (see hotline.storage.seals) and keeps the coded fields,
so every published and future count stays right. The order of a sealing:

1. the decision and its call ids go into the seal register file (it survives a
   restore: hotline.storage.seal_register);
2. one audited transaction: the decision row, the destruction, an entry per call
   (``call.seal``, carrying the row's new digest, so verify stays clean) and one
   for the decision (``seal.decision``: body, number, date, counts, approver;
   never content);
3. the notes' index drops the calls' tokens (secure delete, optimize), the
   database is VACUUMed and both WALs truncated: no page keeps the text.

Retention destroys the same way the free text of reviewed calls older than the
years the administrator set, unless a legal hold stops it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from hotline import logs
from hotline.errors import DeskError, PermissionDenied
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import SealMark, from_iso, to_iso, utcnow
from hotline.said import Said
from hotline.services import approvals, search
from hotline.services.approvals import GraveAct, Request, authorise
from hotline.services.session import Session
from hotline.storage import seal_register
from hotline.storage.persons import PersonRepository
from hotline.storage.seals import (
    BODIES,
    DECISION,
    RETENTION,
    Destroyed,
    Hold,
    SealDecision,
    SealRepository,
)
from hotline.storage.search_index import SCHEMA

__all__ = [
    "BODIES",
    "Decision",
    "Destroyed",
    "Hold",
    "SealDecision",
    "SealMark",
    "SealPreview",
    "SealResult",
]

BY_CALL = "call"
BY_PSEUDONYM = "pseudonym"
BY_CONCERNED = "concerned"
TARGETS = (BY_PSEUDONYM, BY_CALL, BY_CONCERNED)
RETENTION_KEY = "retention_years"
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 100
NOTICE_DAYS = 7  # what retention will destroy is shown this long before
MAX_NUMBER = 64
Progress = Callable[[int, int], None]


class NoDecisionNumber(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Type the number of the decision (as written on it). Nothing was sealed.",
    )


class BadDecisionBody(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Choose who took the decision: a court, the prosecutor or another body. "
        "Nothing was sealed.",
    )


class BadDecisionDate(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The date of the decision must be a real date, not in the future "
        "(year-month-day, e.g. 2026-11-30). Nothing was sealed.",
    )


class NumberTooLong(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The decision number is longer than {limit} characters: type the number only, "
        "nothing about the case. Nothing was sealed.",
    )


class NothingFound(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "No call was found for {what}. Nothing was sealed.")


class NothingToSeal(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Every call chosen is sealed already. Nothing was sealed."
    )


class CallSealed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Call {ident} is sealed by a decision: nothing of it can be read, changed or "
        "followed up any more. Nothing was changed.",
    )


def refuse_sealed(session: Session, call_id: int | None) -> None:
    """Raise CallSealed when the call is sealed (reviews, corrections, tasks check it)."""
    if call_id is not None and SealRepository(session.db).sealed_ids([call_id]):
        raise CallSealed(ident=call_id)


class BadRetention(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Keep free text for {low} to {high} years (whole years). The setting was not changed.",
    )


class HoldNeedsReason(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Give the reason of the legal hold (the case or the request). No hold was placed."
    )


class HoldExists(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "A legal hold is already in place for {what}.")


class NoSuchHold(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "There is no legal hold number {ident} in place.")


@dataclass(frozen=True)
class Decision:
    body: str
    number: str
    decided_on: date

    def approval_fields(self) -> dict[str, str]:
        return {"body": self.body, "number": self.number, "decided_on": self.decided_on.isoformat()}


def decision(body: str, number: str, decided_on: str | date) -> Decision:
    """A decision checked as typed; raise a clear error for what is missing or wrong."""
    number = " ".join(number.split())
    if not number:
        raise NoDecisionNumber()
    if len(number) > MAX_NUMBER:
        raise NumberTooLong(limit=MAX_NUMBER)
    if body not in BODIES:
        raise BadDecisionBody()
    if isinstance(decided_on, date):
        day = decided_on
    else:
        try:
            day = date.fromisoformat(decided_on.strip())
        except ValueError:
            raise BadDecisionDate() from None
    if day > utcnow().date() or day.year < 1990:
        raise BadDecisionDate()
    return Decision(body, number, day)


# --- finding and showing what will be sealed ----------------------------------------
def find(session: Session, by: str, value: str) -> list[int]:
    """The calls a selector names, oldest first: one call, a pseudonym (every call of the
    person, as caller or concerned) or a person concerned (the calls about them)."""
    session.require(Action.SEAL_RECORD)
    typed = value.strip()
    ids: list[int] = []
    if by == BY_CALL:
        digits = typed.lstrip("#")
        if digits.isdigit() and session.db.scalar(
            "SELECT 1 FROM calls WHERE id = ?", (int(digits),)
        ):
            ids = [int(digits)]
    elif by in (BY_PSEUDONYM, BY_CONCERNED):
        person = PersonRepository(session.db).find(typed) if typed else None
        if person is not None:
            where = (
                "concerned_id = ?" if by == BY_CONCERNED else "caller_id = ? OR concerned_id = ?"
            )
            params = (person.id,) if by == BY_CONCERNED else (person.id, person.id)
            ids = [
                int(r[0])
                for r in session.db.query(
                    f"SELECT id FROM calls WHERE {where} ORDER BY started_at, id", params
                )
            ]
    else:
        raise ValueError(f"unknown selector {by!r}")
    if not ids:
        raise NothingFound(what=typed or "-")
    return ids


@dataclass(frozen=True)
class PreviewLine:
    """One call as the preview shows it: dates, coded summary, counts; no text."""

    call_id: int
    started_at: datetime
    channel: str
    no_content: str | None
    primary_topic: str | None
    pseudonyms: tuple[str, ...]
    text_fields: int
    vault_entries: int
    entities: int
    open_tasks: int
    held: bool
    sealed: SealMark | None


@dataclass(frozen=True)
class SealPreview:
    lines: tuple[PreviewLine, ...]

    @property
    def call_ids(self) -> tuple[int, ...]:
        return tuple(line.call_id for line in self.lines if line.sealed is None)

    @property
    def text_fields(self) -> int:
        return sum(line.text_fields for line in self.lines if line.sealed is None)

    @property
    def vault_entries(self) -> int:
        return sum(line.vault_entries for line in self.lines if line.sealed is None)

    @property
    def entities(self) -> int:
        return sum(line.entities for line in self.lines if line.sealed is None)

    @property
    def open_tasks(self) -> int:
        return sum(line.open_tasks for line in self.lines if line.sealed is None)


def preview(session: Session, call_ids: Sequence[int]) -> SealPreview:
    session.require(Action.SEAL_RECORD)
    marks = SealRepository(session.db).marks(call_ids)
    lines = []
    for cid in call_ids:
        row = session.db.execute(
            "SELECT c.started_at, c.channel, c.no_content,"
            " (SELECT topic FROM call_topics t WHERE t.call_id = c.id AND t.is_primary),"
            " (SELECT pseudonym FROM persons p WHERE p.id = c.caller_id),"
            " (SELECT pseudonym FROM persons p WHERE p.id = c.concerned_id),"
            " (notes IS NOT NULL AND notes <> '') + (code_word IS NOT NULL AND code_word <> '')"
            "  + (callback_times IS NOT NULL AND callback_times <> '')"
            "  + (SELECT count(*) FROM call_comments m WHERE m.call_id = c.id),"
            " (SELECT count(*) FROM vault_entries v WHERE v.call_id = c.id),"
            " (SELECT count(*) FROM call_entities e WHERE e.call_id = c.id AND e.value <> ''),"
            " (SELECT count(*) FROM tasks k WHERE k.call_id = c.id AND k.status = 'open'),"
            " EXISTS(SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL AND (h.call_id = c.id"
            "  OR h.person_id = c.caller_id OR h.person_id = c.concerned_id))"
            " FROM calls c WHERE c.id = ?",
            (cid,),
        ).fetchone()
        if row is None:
            continue
        mark = marks.get(cid)
        names = tuple(dict.fromkeys(str(p) for p in (row[4], row[5]) if p))
        lines.append(
            PreviewLine(
                call_id=cid,
                started_at=from_iso(str(row[0])),
                channel=str(row[1]),
                no_content=row[2],
                primary_topic=row[3],
                pseudonyms=() if mark else names,
                text_fields=int(row[6]),
                vault_entries=int(row[7]),
                entities=int(row[8]),
                open_tasks=int(row[9]),
                held=bool(row[10]),
                sealed=mark,
            )
        )
    return SealPreview(tuple(lines))


def act_params(chosen: Decision, call_ids: Sequence[int]) -> dict[str, object]:
    """What the second person approves (hotline.services.approvals): this decision and
    exactly these calls; no content."""
    return {"decision": chosen.approval_fields(), "calls": sorted(set(call_ids))}


def request_approval(session: Session, chosen: Decision, call_ids: Sequence[int]) -> Request:
    """Ask a second administrator or supervisor to approve sealing these calls."""
    session.require(Action.SEAL_RECORD)
    return approvals.request(session, GraveAct.SEAL_RECORD, act_params(chosen, call_ids))


def approval_needed(session: Session) -> bool:
    return approvals.second_person_needed(session, GraveAct.SEAL_RECORD)


def from_request(session: Session, request_id: int) -> tuple[Decision, list[int]]:
    """The decision and calls a sealing request was made for (to carry it out)."""
    session.require(Action.SEAL_RECORD)
    found = approvals.ledger(session).requests.get(request_id)
    if found is None or found.act != GraveAct.SEAL_RECORD:
        raise approvals.ApprovalUnusable(approvals.NOT_FOUND, id=request_id)
    fields = found.params["decision"]
    chosen = decision(str(fields["body"]), str(fields["number"]), str(fields["decided_on"]))
    return chosen, [int(i) for i in found.params["calls"]]


def seal_requests(session: Session) -> list[Request]:
    """This user's sealing requests not carried out yet (waiting or approved)."""
    if not session.can(Action.SEAL_RECORD):
        return []
    return [
        r
        for r in approvals.ledger(session).requests.values()
        if r.act == GraveAct.SEAL_RECORD
        and r.requested_by == session.user_id
        and r.state in (approvals.State.PENDING, approvals.State.APPROVED)
    ]


# --- sealing ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SealResult:
    decision_id: int
    destroyed: Destroyed
    index_cleared: bool  # False: the next supervisor's session clears the notes' index
    backups: list[str] = field(default_factory=list)


def seal(
    session: Session,
    call_ids: Sequence[int],
    chosen: Decision,
    request_id: int | None,
    progress: Progress | None = None,
) -> SealResult:
    """Seal these calls on the decision (the live desk), with the approved request
    (None where the desk has nobody else to approve); raise before anything changes
    when a permission, the approval or the decision is missing."""
    session.require(Action.SEAL_RECORD)
    ids = sorted(set(call_ids) - SealRepository(session.db).sealed_ids(call_ids))
    if not ids:
        raise NothingToSeal()
    params = act_params(chosen, call_ids)

    def approved() -> int | None:
        return authorise(session, GraveAct.SEAL_RECORD, params, request_id).approved_by

    return _seal(session, ids, DECISION, chosen, approved, progress)


def _seal(
    session: Session,
    ids: list[int],
    kind: str,
    chosen: Decision,
    approved: Callable[[], int | None],
    progress: Progress | None,
    register: bool = True,
    note: dict[str, object] | None = None,
) -> SealResult:
    """`approved` runs first inside the step (it records the approval's use, or raises);
    then the register file, then the destruction, in one transaction."""
    total = len(ids) + 2
    at = utcnow()
    private = session.export_private
    if register and private is None:  # only administrators and the recovery slot hold it
        raise PermissionDenied(action=Action.SEAL_RECORD.value)
    seals = SealRepository(session.db)
    with session.audited(durable=True):
        approver = approved()
        if register and private is not None:
            # Before the database: a cut after this seals again at the next apply.
            seal_register.append(
                seal_register.path_in(session.paths.root),
                [
                    seal_register.RegisteredSeal(
                        kind,
                        chosen.body,
                        chosen.number,
                        chosen.decided_on,
                        to_iso(at),
                        tuple(ids),
                        tuple(_identities(session, ids)[i] for i in ids),
                    )
                ],
                session.export_public,
                private,
            )
        decision_id = seals.add_decision(
            kind,
            chosen.body,
            chosen.number,
            chosen.decided_on,
            session.user_id,
            approver,
            len(ids),
            at,
        )
        destroyed = seals.destroy(ids, decision_id, session.user_id)
        for done, cid in enumerate(ids, start=1):
            session.record("call.seal", "call", cid, {"decision": decision_id})
            if progress and done % 50 == 0:
                progress(done, total)
        details: dict[str, object] = {
            "decision": decision_id,
            "kind": kind,
            "body": chosen.body,
            "number": chosen.number,
            "decided_on": chosen.decided_on.isoformat(),
            "calls": destroyed.calls,
            "keys": destroyed.keys,
            "vault_entries": destroyed.vault_entries,
            "approved_by": approver,
            **(note or {}),
        }
        session.record("seal.decision", "seal", decision_id, details)
    if progress:
        progress(len(ids), total)
    for cid in ids:
        if session.call_text is not None:
            session.call_text.forget(cid)
    cleared = clear_index(session)
    wipe_pages(session)
    if progress:
        progress(total, total)
    logs.get().info("sealed %d calls (decision %d, %s)", len(ids), decision_id, kind)
    return SealResult(decision_id, destroyed, cleared)


# A call's identity beside its id: the hash of the first audit entry naming it (its
# save), else when it was first saved and started. A call saved under the same id after
# a restore of an older backup is another call.
_IDENTITY_SQL = (
    "coalesce((SELECT hex(a.hash) FROM audit a WHERE a.object_type = 'call'"
    " AND a.object_id = calls.id ORDER BY a.seq LIMIT 1), created_at || '|' || started_at)"
)


def _identities(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Each call's identity beside its id (for the register)."""
    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks_ = ",".join("?" for _ in chunk)
        for cid, created in session.db.query(
            f"SELECT id, {_IDENTITY_SQL} FROM calls WHERE id IN ({marks_})", chunk
        ):
            out[int(cid)] = str(created)
    return out


def _nobody() -> None:
    """Applying the register or the retention rule: the decision was taken before."""
    return None


def clear_index(session: Session) -> bool:
    """Drop the sealed calls' tokens from the notes' index when this session opens it."""
    if not search.open_index(session):
        return False
    search.update_index(session)
    search.wipe_removed(session)
    return True


def wipe_pages(session: Session) -> None:
    """No freed page keeps what was destroyed: rebuild the files, then empty the WALs."""
    session.db.execute("VACUUM")
    if search.open_index(session):
        session.db.execute(f"VACUUM {SCHEMA}")
    session.db.checkpoint()


def marks(session: Session, call_ids: Sequence[int]) -> dict[int, SealMark]:
    """The seals of the calls shown (any user: the mark holds no content)."""
    return SealRepository(session.db).marks(call_ids)


def decisions(session: Session) -> list[SealDecision]:
    session.require(Action.SEAL_RECORD)
    return SealRepository(session.db).decisions()


SEALED_UNAUDITED = QT_TRANSLATE_NOOP(
    "findings", "call {call} is marked sealed by decision {decision} with no audit entry"
)
DECISION_DIFFERS = QT_TRANSLATE_NOOP(
    "findings", "seal decision {decision} differs from its audit entry or has none"
)


def problems(session: Session) -> list[str]:
    """For verify: every sealed call and every decision explained by the signed audit
    entries that made them (a 'seal' written in SQL shows here)."""
    out: list[str] = []
    audited = {
        (int(r[0]), int(r[1]))
        for r in session.db.query(
            "SELECT object_id, json_extract(details, '$.decision') FROM audit"
            " WHERE action = 'call.seal' AND object_id IS NOT NULL"
            " AND json_extract(details, '$.decision') IS NOT NULL"
        )
    }
    for call_id, decision_id in sorted(SealRepository(session.db).all_sealed().items()):
        if (call_id, decision_id) not in audited:
            out.append(Said(SEALED_UNAUDITED, call=call_id, decision=decision_id))
    entries = {
        int(r[0]): (str(r[1]), str(r[2]), str(r[3]), str(r[4]))
        for r in session.db.query(
            "SELECT object_id, json_extract(details, '$.kind'), json_extract(details, '$.body'),"
            " json_extract(details, '$.number'), json_extract(details, '$.decided_on')"
            " FROM audit WHERE action = 'seal.decision' AND object_id IS NOT NULL"
        )
    }
    for d in SealRepository(session.db).decisions():
        if entries.get(d.id) != (d.kind, d.body, d.number, d.decided_on.isoformat()):
            out.append(Said(DECISION_DIFFERS, decision=d.id))
    return out


def apply_register(session: Session) -> int:
    """Seal, in this desk, every call the register says is sealed and this copy is not
    (a restored backup, a backup sealed again); the number of calls sealed."""
    seals = SealRepository(session.db)
    known = seals.all_sealed()
    done = 0
    path = seal_register.path_in(session.paths.root)
    entries = seal_register.read(path, session.export_public)
    wanted = sorted({i for e in entries for i in e.calls} - set(known))
    existing = _identities(session, wanted)
    for entry in entries:
        saved = dict(zip(entry.calls, entry.saved, strict=False))
        ids = sorted(
            i
            for i in entry.calls
            if i in existing and i not in known and saved.get(i, existing[i]) == existing[i]
        )
        if not ids:
            continue
        result = _seal(
            session,
            ids,
            entry.kind,
            Decision(entry.body, entry.number, entry.decided_on),
            _nobody,
            None,
            register=False,
            note={"from_register": entry.at},
        )
        known.update(dict.fromkeys(ids, result.decision_id))
        done += len(ids)
    return done


# --- retention and legal holds ----------------------------------------------------------
def retention_years(session: Session) -> int | None:
    value = session.meta(RETENTION_KEY)
    return int(value) if value.isdigit() else None


def set_retention(session: Session, years: int | None) -> None:
    """How many years free text and identities are kept (None: kept until sealed)."""
    session.require(Action.SETTINGS)
    if years is not None and not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise BadRetention(low=MIN_RETENTION_YEARS, high=MAX_RETENTION_YEARS)
    with session.audited():
        session.set_meta(RETENTION_KEY, "" if years is None else str(years))
        session.record("retention.set", details={"years": years})


def _cutoff(years: int, now: datetime) -> datetime:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def retention_due(session: Session, within_days: int = 0, now: datetime | None = None) -> list[int]:
    """The calls retention destroys now (within_days=0) or within that many days."""
    years = retention_years(session)
    if years is None:
        return []
    cutoff = _cutoff(years, now or utcnow()) + timedelta(days=within_days)
    return SealRepository(session.db).due_before(cutoff)


def run_retention(
    session: Session, now: datetime | None = None, progress: Progress | None = None
) -> int:
    """Destroy what retention says is due (administrators; at their sign-in and by the
    command line); the number of calls."""
    session.require(Action.SETTINGS)
    years = retention_years(session)
    ids = retention_due(session, 0, now)
    if years is None or not ids:
        return 0
    rule = Decision(RETENTION, f"{years}", (now or utcnow()).date())
    _seal(session, ids, RETENTION, rule, _nobody, progress)
    return len(ids)


@dataclass(frozen=True)
class Scheduled:
    """What an administrator's sign-in did: a cut sealing finished, retention run."""

    resealed: int
    retained: int
    years: int | None
    due_soon: int


def scheduled(session: Session, now: datetime | None = None) -> Scheduled:
    """Run at an administrator's sign-in (the Sealing page starts it): the seal register
    applied to the live desk (a sealing cut before its transaction committed is
    finished), then retention; and what retention will destroy within the week."""
    session.require(Action.SETTINGS)
    resealed = apply_register(session)
    retained = run_retention(session, now)
    soon = len(retention_due(session, NOTICE_DAYS, now))
    return Scheduled(resealed, retained, retention_years(session), soon)


def holds(session: Session) -> list[Hold]:
    session.require(Action.SEAL_RECORD)
    return SealRepository(session.db).holds()


def add_hold(session: Session, by: str, value: str, reason: str) -> int:
    """A legal hold on a call or a person (by pseudonym): retention passes them by."""
    session.require(Action.SEAL_RECORD)
    reason = " ".join(reason.split())
    if not reason:
        raise HoldNeedsReason()
    call_id: int | None = None
    person_id: int | None = None
    if by == BY_CALL:
        call_id = find(session, BY_CALL, value)[0]
    else:
        person = PersonRepository(session.db).find(value)
        if person is None:
            raise NothingFound(what=value.strip() or "-")
        person_id = person.id
    seals = SealRepository(session.db)
    if seals.open_hold(call_id, person_id) is not None:
        raise HoldExists(what=value.strip())
    with session.audited():
        hold_id = seals.add_hold(call_id, person_id, reason, session.user_id)
        session.record("hold.add", "hold", hold_id, {"call": call_id, "person": person_id})
    return hold_id


def lift_hold(session: Session, hold_id: int) -> None:
    session.require(Action.SEAL_RECORD)
    with session.audited():
        if not SealRepository(session.db).lift_hold(hold_id, session.user_id):
            raise NoSuchHold(ident=hold_id)
        session.record("hold.remove", "hold", hold_id)
