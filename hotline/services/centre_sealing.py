"""Sealing and retention on a centre (issue 15), as the desk's (services/sealing.py).

A centre's administrator seals calls on a decision of a court or the prosecutor: in one
transaction on their own connection, the approval spent (four eyes as on the desk:
where a second administrator or a supervisor exists, their signed approval of exactly
this decision and these calls), the decision written, the calls' wrapped data keys,
text ciphertexts and identity vault rows deleted on the server (row-level security lets
administrators delete and read only the rows' ``call_id``), the pseudonym taken out of
the coded fields, a seal mark per call, and the entries ``call.seal`` (one per call)
and ``seal.decision`` appended to the centre's audit chain, signed on the workstation.
The coded fields stay: counts, published or to come, are unchanged.

With the keys gone, no copy of the text on the server opens with any key. A pg_dump
taken before still holds them: the backups the centre's register (centre_backup.py)
lists from before the sealing are marked in it and named as still holding the sealed
calls (bring them back to be sealed, or destroy them). Each sealing is first written in
the seal registers off the server (centre_seal_register.py): the workstation's, and the
one beside the backups named; ``apply_register`` seals again what a restored server
holds unsealed (at ``restore --server`` and at an administrator's sign-in, ``scheduled``,
which then runs retention, as the desk's sign-in does).

Retention: the free text, keys and vault rows of reviewed calls older than the years
an administrator set are destroyed the same way (kind ``retention``), unless a legal
hold is placed on the call. A hold's reason is sealed to the vault's key on the
workstation: the server keeps bytes it cannot read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from hotline.crypto import kem, signing
from hotline.crypto.person_keys import ENTITY_FIELD
from hotline.errors import DeskError, PermissionDenied
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, allowed
from hotline.records import utcnow
from hotline.services import centre_people, centre_seal_register
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_pseudonyms import person_keys
from hotline.services.sealing import (
    BY_CALL,
    BY_PSEUDONYM,
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
    NOTICE_DAYS,
    BadRetention,
    Decision,
    HoldExists,
    HoldNeedsReason,
    NoSuchHold,
    NothingFound,
    NothingToSeal,
    act_params,
)
from hotline.services.sealing import _cutoff as cutoff_of
from hotline.storage.backup_register import BackupRegister
from hotline.storage.keyfile import SECRET_EXPORT
from hotline.storage.seals import DECISION, RETENTION
from hotline.storage.server.audit import Appender, HeadWitness
from hotline.storage.server.errors import ServerRefused
from hotline.storage.server.seals import (
    ServerDestroyed,
    ServerHold,
    ServerSealRepository,
    unexplained,
)
from hotline.storage.server.trusted_centre import trusted_centre

SEAL_ACT = "record.seal"
HOLDS_SEALED = "holds_sealed"  # the register's mark on a backup taken before a sealing
REGISTER_NAME = "centre-backups.jsonl"  # as centre_backup.REGISTER_NAME
Progress = Callable[[int, int], None]


class SealApprovalWaiting(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Sealing these calls needs a second person's approval: request {number} waits for "
        "it ('hotline approvals approve {number}' by another administrator or a "
        "supervisor). Then run the same command again. Nothing was sealed yet.",
    )


@dataclass(frozen=True)
class CentreSealResult:
    decision_id: int
    destroyed: ServerDestroyed
    still_holding: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class CentrePreviewLine:
    call_id: int
    started_at: datetime
    primary_topic: str | None
    text_fields: int
    vault_entries: int
    held: bool
    sealed: bool
    # the entities it names (their lookup values among the coded fields) and its open
    # tasks, both taken away or emptied by the seal
    entities: int = 0
    open_tasks: int = 0


def _require(signin: CentreSignIn, action: Action) -> None:
    if not allowed(signin.roles, action):
        raise PermissionDenied(action=action.value)


def _refused(exc: psycopg.Error) -> ServerRefused:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return ServerRefused(reason=first[:200])


def _appender(signin: CentreSignIn, seen: HeadWitness | None) -> Appender:
    private = signin.secrets.signing_private
    assert private is not None
    return Appender(signin.conn, signin.user_id, private, seen)


# --- finding and showing ------------------------------------------------------------
def find(signin: CentreSignIn, by: str, value: str) -> list[int]:
    """The calls a selector names on the centre, oldest first: one call by its number, or
    every call naming a pseudonym (as caller or concerned)."""
    _require(signin, Action.SEAL_RECORD)
    typed = value.strip()
    repo = ServerSealRepository(signin.conn)
    ids: list[int] = []
    if by == BY_CALL:
        digits = typed.lstrip("#")
        if digits.isdigit() and int(digits) < 2**63:
            ids = repo.existing([int(digits)])
    elif by == BY_PSEUDONYM:
        ids = repo.by_person(person_keys(signin.grants).lookup(typed)) if typed else []
    else:
        raise ValueError(f"unknown selector {by!r}")
    if not ids:
        raise NothingFound(what=typed or "-")
    return ids


def preview(signin: CentreSignIn, call_ids: Sequence[int]) -> list[CentrePreviewLine]:
    """Dates, the primary topic and counts of what would be destroyed; no text."""
    _require(signin, Action.SEAL_RECORD)
    rows = signin.conn.execute(
        "SELECT c.id, c.started_at, c.coded->>'primary_topic',"
        " (SELECT count(*) FROM hotline.call_texts t WHERE t.call_id = c.id),"
        " (SELECT count(*) FROM hotline.vault_entries v WHERE v.call_id = c.id),"
        " EXISTS (SELECT 1 FROM hotline.legal_holds h WHERE h.call_id = c.id"
        "  AND h.lifted_at IS NULL),"
        " EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id),"
        " CASE WHEN jsonb_typeof(c.coded->%s) = 'array'"
        "  THEN jsonb_array_length(c.coded->%s) ELSE 0 END,"
        " (SELECT count(*) FROM hotline.tasks k WHERE k.call_id = c.id AND k.status = 'open')"
        " FROM hotline.calls c WHERE c.id = ANY(%s) ORDER BY c.started_at, c.id",
        (ENTITY_FIELD, ENTITY_FIELD, list(call_ids)),
    ).fetchall()
    return [
        CentrePreviewLine(
            int(r[0]),
            r[1],
            r[2],
            int(r[3]),
            int(r[4]),
            bool(r[5]),
            bool(r[6]),
            int(r[7]),
            int(r[8]),
        )
        for r in rows
    ]


# --- sealing ---------------------------------------------------------------------------
def seal(
    signin: CentreSignIn,
    call_ids: Sequence[int],
    chosen: Decision,
    *,
    registers: Sequence[Path] = (),
    seen: HeadWitness | None = None,
    progress: Progress | None = None,
) -> CentreSealResult:
    """Seal these calls on the centre on the decision. Where a second person could
    approve, the first run makes the request (SealApprovalWaiting names it) and a run
    after their approval seals; nothing changes before that. The backup registers given
    are marked for the backups taken before (``still_holding``)."""
    _require(signin, Action.SEAL_RECORD)
    repo = ServerSealRepository(signin.conn)
    ids = sorted(set(repo.existing(call_ids)) - repo.sealed_ids(call_ids))
    if not ids:
        raise NothingToSeal()
    approval, waiting = centre_people.approved_request(
        signin, SEAL_ACT, act_params(chosen, call_ids)
    )
    if waiting is not None:
        raise SealApprovalWaiting(number=waiting)
    _write_register(signin, ids, DECISION, chosen, registers)  # refused before anything
    approver = None if approval is None else approval.approved_by
    decision_id, at, destroyed = _destroy(
        signin, ids, DECISION, chosen, approval, approver, seen, progress
    )
    held = still_holding(signin, registers, at, decision_id, len(ids))
    return CentreSealResult(decision_id, destroyed, held)


def _write_register(
    signin: CentreSignIn, ids: list[int], kind: str, chosen: Decision, given: Sequence[Path]
) -> None:
    """The sealing in the workstation's seal register and in the one beside each backup
    given (centre_seal_register.py), before the server's transaction."""
    private = _export_key(signin)
    paths = centre_seal_register.paths_for(signin.workstation.folder, given)
    public = signing.public_of(private)
    centre_seal_register.check(paths, public)
    centre_seal_register.record(signin.conn, paths, ids, kind, chosen, (public, private), utcnow())


def _destroy(
    signin: CentreSignIn,
    ids: list[int],
    kind: str,
    chosen: Decision,
    approval: centre_people.Approval | None,
    approver: int | None,
    seen: HeadWitness | None,
    progress: Progress | None,
) -> tuple[int, datetime, ServerDestroyed]:
    """One transaction: the approval spent, the decision, the destruction, the entries."""

    def spend() -> None:
        if approval is not None:
            centre_people.use_approval(signin, approval)

    return destroy_on(
        signin.conn,
        _appender(signin, seen),
        signin.user_id,
        ids,
        kind,
        chosen,
        approver,
        progress,
        before=spend,
    )


def destroy_on(
    conn: psycopg.Connection[tuple[Any, ...]],
    appender: Appender,
    user_id: int,
    ids: list[int],
    kind: str,
    chosen: Decision,
    approver: int | None,
    progress: Progress | None,
    *,
    before: Callable[[], None] | None = None,
    note: dict[str, Any] | None = None,
) -> tuple[int, datetime, ServerDestroyed]:
    """The sealing's one transaction on ``conn`` (an administrator's login, or the
    superuser's at a restore), its entries signed by ``appender``'s key."""
    repo = ServerSealRepository(conn)
    total = len(ids) + 1
    try:
        with conn.transaction():
            if before is not None:
                before()
            decision_id, at = repo.add_decision(
                kind,
                chosen.body,
                chosen.number,
                chosen.decided_on,
                user_id,
                approver,
                len(ids),
            )
            destroyed = repo.destroy(ids, decision_id)
            for done, cid in enumerate(ids, start=1):
                appender.record("call.seal", "call", cid, {"decision": decision_id})
                if progress is not None and done % 50 == 0:
                    progress(done, total)
            appender.record(
                "seal.decision",
                "seal",
                decision_id,
                {
                    "decision": decision_id,
                    "kind": kind,
                    "body": chosen.body,
                    "number": chosen.number,
                    "decided_on": chosen.decided_on.isoformat(),
                    "calls": destroyed.calls,
                    "keys": destroyed.keys,
                    "text_fields": destroyed.text_fields,
                    "vault_entries": destroyed.vault_entries,
                    "task_notes": destroyed.task_notes,
                    "approved_by": approver,
                    **(note or {}),
                },
            )
    except psycopg.Error as exc:
        appender.forget()
        raise _refused(exc) from exc
    except BaseException:
        appender.forget()
        raise
    appender.committed()
    if progress is not None:
        progress(total, total)
    return decision_id, at, destroyed


def _export_key(signin: CentreSignIn) -> bytes:
    """The centre's export key, which signs the backup registers (administrators)."""
    export = signin.grants.get(SECRET_EXPORT)
    if not export:
        raise PermissionDenied(action=Action.SEAL_RECORD.value)
    return export[0]


def register_path(given: Path) -> Path:
    """The backup register of a dump file or of the folder the dumps are in."""
    return given / REGISTER_NAME if given.is_dir() else given.parent / REGISTER_NAME


def still_holding(
    signin: CentreSignIn, registers: Sequence[Path], at: datetime, decision_id: int, calls: int
) -> list[Path]:
    """The backups taken before ``at`` (not removed) in these registers: each marked in
    its register as still holding the sealed calls; their paths."""
    if not registers:
        return []
    private = _export_key(signin)
    out: list[Path] = []
    for given in registers:
        path = register_path(given)
        if not path.exists():
            continue
        register = BackupRegister(path, signin.keyfile.desk_id, signing.public_of(private), private)
        for entry in register.entries():
            if entry.removed or entry.pending or entry.created_at >= at:
                continue
            register.mark(
                entry.seq,
                HOLDS_SEALED,
                signin.user_id,
                {"decision": decision_id, "calls": calls},
            )
            out.append(entry.path)
    return out


# --- retention and legal holds ------------------------------------------------------------
def retention_years(signin: CentreSignIn) -> int | None:
    return ServerSealRepository(signin.conn).retention_years()


def set_retention(signin: CentreSignIn, years: int | None, seen: HeadWitness | None = None) -> None:
    """How many years free text and identities are kept on the centre (None: until
    sealed); audited."""
    _require(signin, Action.SETTINGS)
    if years is not None and not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise BadRetention(low=MIN_RETENTION_YEARS, high=MAX_RETENTION_YEARS)
    appender = _appender(signin, seen)
    try:
        with signin.conn.transaction():
            ServerSealRepository(signin.conn).set_retention(years)
            appender.record("retention.set", details={"years": years})
    except BaseException:
        appender.forget()
        raise
    appender.committed()


def retention_due(
    signin: CentreSignIn, within_days: int = 0, now: datetime | None = None
) -> list[int]:
    """The calls retention destroys now (within_days=0) or within that many days."""
    repo = ServerSealRepository(signin.conn)
    years = repo.retention_years()
    if years is None:
        return []
    return repo.due_before(cutoff_of(years, now or utcnow()) + timedelta(days=within_days))


def run_retention(
    signin: CentreSignIn,
    now: datetime | None = None,
    *,
    registers: Sequence[Path] = (),
    seen: HeadWitness | None = None,
    progress: Progress | None = None,
) -> CentreSealResult | None:
    """Destroy what retention says is due (administrators); None when nothing is."""
    _require(signin, Action.SETTINGS)
    years = retention_years(signin)
    ids = retention_due(signin, 0, now)
    if years is None or not ids:
        return None
    rule = Decision(RETENTION, f"{years}", (now or utcnow()).date())
    _write_register(signin, ids, RETENTION, rule, registers)
    decision_id, at, destroyed = _destroy(signin, ids, RETENTION, rule, None, None, seen, progress)
    held = still_holding(signin, registers, at, decision_id, len(ids))
    return CentreSealResult(decision_id, destroyed, held)


def due_soon(signin: CentreSignIn, now: datetime | None = None) -> int:
    return len(retention_due(signin, NOTICE_DAYS, now))


# --- the seal registers off the server (centre_seal_register.py) ----------------------
def apply_register(
    conn: psycopg.Connection[tuple[Any, ...]],
    appender: Appender,
    user_id: int,
    export_public: bytes,
    paths: Sequence[Path],
) -> int:
    """Seal again, on the server of ``conn``, every call these registers name that it
    holds unsealed (a restored dump, a sealing cut before its commit); audited as any
    sealing, its decision noting the register's line. The number of calls."""
    done = 0
    for found in centre_seal_register.pending(conn, paths, export_public):
        seal = found.seal
        destroy_on(
            conn,
            appender,
            user_id,
            found.call_ids,
            seal.kind,
            Decision(seal.body, seal.number, seal.decided_on),
            None,
            None,
            note={"from_register": seal.at},
        )
        done += len(found.call_ids)
    return done


@dataclass(frozen=True)
class CentreScheduled:
    """What an administrator's sign-in on a centre did, as the desk's sealing.Scheduled."""

    resealed: int
    retained: int
    years: int | None
    due_soon: int


def scheduled(
    signin: CentreSignIn, seen: HeadWitness | None = None, now: datetime | None = None
) -> CentreScheduled:
    """At an administrator's sign-in (centre_session.open_centre), as on the desk: the
    workstation's seal register applied to the centre (a restored server, a sealing cut
    before its commit), then retention run; and what it destroys within the week."""
    _require(signin, Action.SETTINGS)
    private = _export_key(signin)
    resealed = apply_register(
        signin.conn,
        _appender(signin, seen),
        signin.user_id,
        signing.public_of(private),
        centre_seal_register.paths_for(signin.workstation.folder),
    )
    result = run_retention(signin, now, seen=seen)
    retained = 0 if result is None else result.destroyed.calls
    return CentreScheduled(resealed, retained, retention_years(signin), due_soon(signin, now))


def _hold_context(desk_id: str, call_id: int) -> bytes:
    return f"hotline-hold|{desk_id}|{call_id}".encode()


def add_hold(
    signin: CentreSignIn, call_id: int, reason: str, seen: HeadWitness | None = None
) -> int:
    """A legal hold on a call: retention passes it by. The reason is sealed here."""
    _require(signin, Action.SEAL_RECORD)
    reason = " ".join(reason.split())
    if not reason:
        raise HoldNeedsReason()
    found = find(signin, BY_CALL, str(call_id))[0]
    centre = trusted_centre(signin.conn, signin.keyfile.desk_id, signin.secrets.pins.root)
    sealed = kem.seal(
        centre.vault_public, reason.encode("utf-8"), _hold_context(centre.desk_id, found)
    )
    appender = _appender(signin, seen)
    try:
        with signin.conn.transaction():
            hold_id = ServerSealRepository(signin.conn).add_hold(found, sealed, signin.user_id)
            if hold_id is None:
                raise HoldExists(what=f"#{found}")
            appender.record("hold.add", "hold", hold_id, {"call": found})
    except BaseException:
        appender.forget()
        raise
    appender.committed()
    return hold_id


def lift_hold(signin: CentreSignIn, hold_id: int, seen: HeadWitness | None = None) -> None:
    _require(signin, Action.SEAL_RECORD)
    appender = _appender(signin, seen)
    try:
        with signin.conn.transaction():
            if not ServerSealRepository(signin.conn).lift_hold(hold_id, signin.user_id):
                raise NoSuchHold(ident=hold_id)
            appender.record("hold.remove", "hold", hold_id)
    except BaseException:
        appender.forget()
        raise
    appender.committed()


def holds(signin: CentreSignIn) -> list[ServerHold]:
    _require(signin, Action.SEAL_RECORD)
    return ServerSealRepository(signin.conn).holds()


# --- verify ------------------------------------------------------------------------------
def problems(conn: psycopg.Connection[tuple[Any, ...]]) -> list[str]:
    """For verify on a centre: every seal mark and decision explained by the signed
    entries that made them, and no call left without a data key unless sealed."""
    try:
        found = unexplained(conn)
    except psycopg.Error as exc:  # an entry's details made unreadable on the server
        return [f"the seals could not be checked against the audit log: {_refused(exc).message()}"]
    out = [
        f"call {call_id} is marked sealed by decision {decision_id} with no audit entry"
        for call_id, decision_id in found["marks"]
    ]
    out += [
        f"seal decision {d} differs from its audit entry or has none" for d in found["decisions"]
    ]
    out += [
        f"call {call_id} has no data key left but was not sealed (its text was destroyed "
        "outside a sealing)"
        for call_id in found["keyless"]
    ]
    return out
