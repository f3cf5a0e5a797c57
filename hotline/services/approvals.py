"""Four eyes for the gravest acts: one person asks, a second approves in their own session.

A grave act (changing a user's roles, a partner export, sealing a record) is
first *requested*: an ``approval.request`` entry of the audit log, signed by
the requester, holding the act, its parameters and the digest that binds
them (desk, act, parameters, requester, expiry, a nonce). A second person
whose roles the act accepts (another administrator, or a supervisor) signs
in with their own password and *approves* it: an ``approval.grant`` entry
signed with their own key, naming the request and carrying its digest. The
requester then carries the act out; the act calls `authorise()` inside its
own audited step, which checks, from the chain itself:

* the request and the grant are intact entries whose signatures verify with
  the keys the chain vouches for (never the users table's), the grant signed
  by someone other than the requester, holding an approving role then and now;
* the digest recomputed from the act's own parameters equals the one both
  entries carry: approving "leyla becomes a supervisor" does not make her an
  administrator;
* it has not expired and was not used: ``approval.use`` is written in the
  same transaction as the act, so an approval serves once.

A desk where nobody else could approve (one administrator and no supervisor)
does not block its only administrator: the act goes ahead and
``approval.alone`` records that it was approved alone and why. `problems()`
(run by verify) names every approval entry that breaks these rules, so a
grant forged with raw SQL shows even if nobody tries to use it.

A grave act uses it so (its parameters: ids and codes only, never call content)::

    params = {"call_id": call_id}
    if approvals.second_person_needed(session, GraveAct.SEAL_RECORD):
        asked = approvals.open_request(session, GraveAct.SEAL_RECORD, params)
        if asked is None:
            asked = approvals.request(session, GraveAct.SEAL_RECORD, params)
        # ... tell the user: request asked.id waits for (or has) a second person's yes
    with session.audited():
        approvals.authorise(session, GraveAct.SEAL_RECORD, params, None)  # or raises
        ...  # the act itself, in the same transaction as the approval's use
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from hotline.errors import DeskError, PermissionDenied
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action, Role, allowed
from hotline.records import from_iso, to_iso, utcnow
from hotline.said import Said
from hotline.services.session import Session
from hotline.services.signed_entries import Judged, replayed
from hotline.storage.authority import RECOVERY_ACTOR, Authority
from hotline.storage.users import UserRepository

OBJECT = "approval"
REQUEST = "approval.request"
GRANT = "approval.grant"
REFUSE = "approval.refuse"
WITHDRAW = "approval.withdraw"
USE = "approval.use"
ALONE = "approval.alone"
ACTIONS = (REQUEST, GRANT, REFUSE, WITHDRAW, USE, ALONE)

VALID_FOR = timedelta(hours=24)
ALONE_REASON = "approved alone: the desk has one administrator"  # the audit's words


class GraveAct(StrEnum):
    CHANGE_ROLES = "user.roles"
    PARTNER_EXPORT = "export.partner"
    SEAL_RECORD = "record.seal"


@dataclass(frozen=True)
class ActRule:
    action: Action  # the permission the requester needs, to ask and to carry it out
    approvers: frozenset[Role]  # who may be the second pair of eyes
    label: str


_AS = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
RULES: dict[GraveAct, ActRule] = {
    GraveAct.CHANGE_ROLES: ActRule(
        Action.MANAGE_USERS, _AS, QT_TRANSLATE_NOOP("approvals", "change a user's roles")
    ),
    GraveAct.PARTNER_EXPORT: ActRule(
        Action.EXPORT, _AS, QT_TRANSLATE_NOOP("approvals", "an export for partners")
    ),
    GraveAct.SEAL_RECORD: ActRule(
        Action.SEAL_RECORD, _AS, QT_TRANSLATE_NOOP("approvals", "seal a record")
    ),
}


class State(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    USED = "used"
    EXPIRED = "expired"


STATE_LABELS = {
    State.PENDING: QT_TRANSLATE_NOOP("errors", "waiting for approval"),
    State.APPROVED: QT_TRANSLATE_NOOP("errors", "approved, not carried out yet"),
    State.REFUSED: QT_TRANSLATE_NOOP("errors", "refused"),
    State.WITHDRAWN: QT_TRANSLATE_NOOP("errors", "withdrawn"),
    State.USED: QT_TRANSLATE_NOOP("errors", "carried out"),
    State.EXPIRED: QT_TRANSLATE_NOOP("errors", "expired"),
}


class ApprovalNeeded(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This needs a second person's approval: request it, then another administrator or "
        "a supervisor approves it in their own session (Approvals), and you carry it out.",
    )


class ApprovalUnusable(DeskError):
    """The reason is the template: one of the constants below."""


NOT_FOUND = QT_TRANSLATE_NOOP("errors", "There is no request {id} for this act.")
NOT_YOURS = QT_TRANSLATE_NOOP(
    "errors", "Request {id} was made by someone else; only its requester carries it out."
)
OWN_REQUEST = QT_TRANSLATE_NOOP(
    "errors", "You made request {id} yourself: a second person must approve it."
)
NOT_AN_APPROVER = QT_TRANSLATE_NOOP(
    "errors", "Your roles cannot approve request {id}; an administrator or a supervisor can."
)
NOT_PENDING = QT_TRANSLATE_NOOP(
    "errors", "Request {id} is no longer waiting for approval ({state})."
)
NOT_APPROVED = QT_TRANSLATE_NOOP(
    "errors", "Request {id} has not been approved ({state}); it cannot be carried out."
)
USED_ALREADY = QT_TRANSLATE_NOOP(
    "errors", "The approval of request {id} was used already; an approval serves once."
)
EXPIRED = QT_TRANSLATE_NOOP("errors", "Request {id} expired; make a new request.")
OTHER_ACT = QT_TRANSLATE_NOOP(
    "errors",
    "Request {id} approved something else than this; make a new request for what you want to do.",
)
APPROVER_GONE = QT_TRANSLATE_NOOP(
    "errors",
    "The person who approved request {id} no longer holds a role that may approve it; "
    "make a new request.",
)


@dataclass(frozen=True)
class Request:
    id: int  # the seq of its approval.request entry
    act: GraveAct
    params: dict[str, Any]
    digest: str
    nonce: str
    requested_by: int | None
    requested_at: datetime
    expires_at: datetime
    state: State = State.PENDING
    decided_by: int | None = None
    decided_at: datetime | None = None


@dataclass
class Ledger:
    """Every request as the signed chain says, the authority at its end, the problems."""

    requests: dict[int, Request] = field(default_factory=dict)
    authority: Authority = field(default_factory=lambda: Authority(None))
    problems: list[str] = field(default_factory=list)


def _actor(user_id: int | None) -> int:
    return RECOVERY_ACTOR if user_id is None else int(user_id)


def _canonical(params: Mapping[str, Any]) -> str:
    return json.dumps(dict(params), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest_of(
    desk_id: str,
    act: GraveAct,
    params: Mapping[str, Any],
    requester: int | None,
    expires_at: datetime,
    nonce: str,
) -> str:
    """What an approval is bound to: the exact act, for whom, by whom, until when."""
    body = json.dumps(
        [
            "hotline-approval/1",
            desk_id,
            act.value,
            _canonical(params),
            _actor(requester),
            to_iso(expires_at),
            nonce,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _may_approve(authority: Authority, actor: int, act: GraveAct) -> bool:
    return bool(authority.roles_of(actor) & RULES[act].approvers) and actor in authority.keys


def _second_persons(authority: Authority, act: GraveAct, requester: int) -> list[int]:
    return sorted(
        actor
        for actor in authority.roles
        if actor not in (requester, RECOVERY_ACTOR) and _may_approve(authority, actor, act)
    )


# What verify says of an approval entry (hotline/said.py: translated where it is shown).
J_ENTRY = QT_TRANSLATE_NOOP("findings", "audit entry {seq} ({action}): {problem}")
J_CHANGED = QT_TRANSLATE_NOOP(
    "findings", "it was changed after it was written, so it approves nothing"
)
J_NO_ACT = QT_TRANSLATE_NOOP("findings", "it names no known act")
J_MAY_NOT_RECORD = QT_TRANSLATE_NOOP(
    "findings", "it was recorded by a user who may not do this act"
)
J_UNKNOWN_STEP = QT_TRANSLATE_NOOP("findings", "it is no approval step the desk knows")
J_MAY_NOT_REQUEST = QT_TRANSLATE_NOOP(
    "findings", "it was requested by a user who may not do this act"
)
J_NOT_A_REQUEST = QT_TRANSLATE_NOOP("findings", "it is not a valid request")
J_DIGEST_MISMATCH = QT_TRANSLATE_NOOP("findings", "its digest does not match what it asks for")
J_TOO_LONG = QT_TRANSLATE_NOOP("findings", "it claims a longer validity than the desk gives")
J_NOT_GENUINE = QT_TRANSLATE_NOOP(
    "findings",
    "it is not signed by the key the audit log vouches for user {user}, so it approves nothing",
)
J_ALONE = QT_TRANSLATE_NOOP(
    "findings", "recorded as approved alone although user {user} could approve it"
)
J_NO_REQUEST = QT_TRANSLATE_NOOP("findings", "it names request {request}, which does not exist")
J_OTHER_DIGEST = QT_TRANSLATE_NOOP("findings", "its digest is not the one of request {request}")
J_EXPIRED = QT_TRANSLATE_NOOP("findings", "request {request} had expired")
J_SELF_APPROVED = QT_TRANSLATE_NOOP(
    "findings", "the requester of request {request} approved it themselves"
)
J_MAY_NOT_APPROVE = QT_TRANSLATE_NOOP("findings", "user {user} may not approve request {request}")
J_NOT_WAITING = QT_TRANSLATE_NOOP("findings", "request {request} was not waiting for approval")
J_WITHDRAW_OTHER = QT_TRANSLATE_NOOP("findings", "only the requester withdraws request {request}")
J_CLOSED = QT_TRANSLATE_NOOP("findings", "request {request} was already closed")
J_USE_OTHER = QT_TRANSLATE_NOOP("findings", "only the requester carries out request {request}")
J_USED_UNAPPROVED = QT_TRANSLATE_NOOP(
    "findings", "request {request} was used without a valid approval"
)


def ledger(session: Session, now: datetime | None = None) -> Ledger:
    """Replay the approval entries in order, each judged with the keys and roles the
    chain vouched for at that point."""
    now = now or utcnow()
    result = Ledger(authority=Authority(session.pins.root))
    for judged, _authority in replayed(session, OBJECT, result.authority):
        problem = _judge(session, result, judged)
        if problem:
            entry = judged.entry
            result.problems.append(
                Said(J_ENTRY, seq=entry.seq, action=entry.action, problem=problem)
            )
    for rid, request in result.requests.items():
        if request.state in (State.PENDING, State.APPROVED) and now > request.expires_at:
            result.requests[rid] = replace(request, state=State.EXPIRED)
    return result


def _judge(session: Session, ledger_: Ledger, judged: Judged) -> str:
    """Apply one approval entry to the ledger; the problem with it, or ''."""
    entry, authority, actor = judged.entry, ledger_.authority, judged.actor
    if entry.action not in ACTIONS:
        return ""  # a denial about a request, say: it approves nothing
    if not judged.intact:
        return Said(J_CHANGED)
    if not judged.genuine:
        return Said(J_NOT_GENUINE, user=str(entry.user_id))
    details = entry.details
    try:
        act = GraveAct(details["act"])
    except (KeyError, ValueError):
        return Said(J_NO_ACT)
    if entry.action == REQUEST:
        return _judge_request(session, ledger_, entry.seq, act, actor, entry.at, details)
    if entry.action == ALONE:
        if not allowed(authority.roles_of(actor), RULES[act].action):
            return Said(J_MAY_NOT_RECORD)
        others = _second_persons(authority, act, actor)
        if others:
            return Said(J_ALONE, user=others[0])
        return ""
    request = ledger_.requests.get(entry.object_id or -1)
    if request is None or request.act != act:
        return Said(J_NO_REQUEST, request=str(entry.object_id))
    if details.get("digest") != request.digest:
        return Said(J_OTHER_DIGEST, request=request.id)
    if entry.at > request.expires_at:
        return Said(J_EXPIRED, request=request.id)
    if entry.action in (GRANT, REFUSE):
        if actor == _actor(request.requested_by):
            return Said(J_SELF_APPROVED, request=request.id)
        if not _may_approve(authority, actor, act):
            return Said(J_MAY_NOT_APPROVE, user=str(entry.user_id), request=request.id)
        if request.state != State.PENDING:
            return Said(J_NOT_WAITING, request=request.id)
        state = State.APPROVED if entry.action == GRANT else State.REFUSED
    elif entry.action == WITHDRAW:
        if actor != _actor(request.requested_by):
            return Said(J_WITHDRAW_OTHER, request=request.id)
        if request.state not in (State.PENDING, State.APPROVED):
            return Said(J_CLOSED, request=request.id)
        state = State.WITHDRAWN
    elif entry.action == USE:
        if actor != _actor(request.requested_by):
            return Said(J_USE_OTHER, request=request.id)
        if request.state != State.APPROVED:
            return Said(J_USED_UNAPPROVED, request=request.id)
        state = State.USED
    else:
        return Said(J_UNKNOWN_STEP)
    decided = (
        (entry.user_id, entry.at)
        if entry.action in (GRANT, REFUSE)
        else (request.decided_by, request.decided_at)
    )
    ledger_.requests[request.id] = replace(
        request, state=state, decided_by=decided[0], decided_at=decided[1]
    )
    return ""


def _judge_request(
    session: Session,
    ledger_: Ledger,
    seq: int,
    act: GraveAct,
    actor: int,
    at: datetime,
    details: dict[str, Any],
) -> str:
    if not allowed(ledger_.authority.roles_of(actor), RULES[act].action):
        return Said(J_MAY_NOT_REQUEST)
    try:
        params = dict(details["params"])
        expires_at = from_iso(str(details["expires_at"]))
        nonce = str(details["nonce"])
        digest = str(details["digest"])
    except (KeyError, ValueError, TypeError):
        return Said(J_NOT_A_REQUEST)
    requester = None if actor == RECOVERY_ACTOR else actor
    if digest != digest_of(session.keyfile.desk_id, act, params, requester, expires_at, nonce):
        return Said(J_DIGEST_MISMATCH)
    if expires_at - at > VALID_FOR + timedelta(minutes=1):
        return Said(J_TOO_LONG)
    ledger_.requests[seq] = Request(seq, act, params, digest, nonce, requester, at, expires_at)
    return ""


# --- what the window and the command line call --------------------------------


def second_person_needed(session: Session, act: GraveAct) -> bool:
    """Whether someone other than this user could approve the act on this desk."""
    authority = session.audit.authority(session.pins.root)
    return bool(_second_persons(authority, act, _actor(session.user_id)))


def request(session: Session, act: GraveAct, params: Mapping[str, Any]) -> Request:
    """Ask for a second person's approval of the act with exactly these parameters."""
    session.require(RULES[act].action)
    clean = json.loads(_canonical(params))  # only what JSON keeps
    now = utcnow()
    expires_at = now + VALID_FOR
    nonce = os.urandom(16).hex()
    digest = digest_of(session.keyfile.desk_id, act, clean, session.user_id, expires_at, nonce)
    details = {
        "act": act.value,
        "params": clean,
        "digest": digest,
        "expires_at": to_iso(expires_at),
        "nonce": nonce,
    }
    with session.audited():
        seq = session.record(REQUEST, OBJECT, None, details)
    return Request(seq, act, clean, digest, nonce, session.user_id, now, expires_at)


def requests(session: Session) -> list[Request]:
    """Every request, newest first (administrators and supervisors)."""
    session.require(Action.READ_AUDIT)
    return sorted(ledger(session).requests.values(), key=lambda r: -r.id)


def waiting_for(session: Session) -> list[Request]:
    """The requests this user may approve now: someone else's, pending, oldest first."""
    if not session.can(Action.READ_AUDIT):
        return []
    seen = overview(session)
    return sorted((r for r in seen.requests if r.id in seen.may_approve), key=lambda r: r.id)


def _decide(session: Session, request_id: int, action: str) -> Request:
    found = ledger(session)
    request_ = found.requests.get(request_id)
    if request_ is None:
        raise ApprovalUnusable(NOT_FOUND, id=request_id)
    me = _actor(session.user_id)
    if me == _actor(request_.requested_by):
        session.audit_event("permission.denied", OBJECT, request_id, {"action": action})
        raise ApprovalUnusable(OWN_REQUEST, id=request_id)
    if not (session.roles & RULES[request_.act].approvers) or not _may_approve(
        found.authority, me, request_.act
    ):
        session.audit_event("permission.denied", OBJECT, request_id, {"action": action})
        raise ApprovalUnusable(NOT_AN_APPROVER, id=request_id)
    if request_.state != State.PENDING:
        raise ApprovalUnusable(NOT_PENDING, id=request_id, state=STATE_LABELS[request_.state])
    with session.audited():
        session.record(
            action, OBJECT, request_id, {"act": request_.act.value, "digest": request_.digest}
        )
    return ledger(session).requests[request_id]


def approve(session: Session, request_id: int) -> Request:
    """The second person's yes, signed with their own key in their own session."""
    return _decide(session, request_id, GRANT)


def refuse(session: Session, request_id: int) -> Request:
    return _decide(session, request_id, REFUSE)


def withdraw(session: Session, request_id: int) -> Request:
    """The requester takes back a request not carried out yet."""
    found = ledger(session)
    request_ = found.requests.get(request_id)
    if request_ is None:
        raise ApprovalUnusable(NOT_FOUND, id=request_id)
    if _actor(request_.requested_by) != _actor(session.user_id):
        raise ApprovalUnusable(NOT_YOURS, id=request_id)
    if request_.state not in (State.PENDING, State.APPROVED):
        raise ApprovalUnusable(NOT_PENDING, id=request_id, state=STATE_LABELS[request_.state])
    with session.audited():
        session.record(
            WITHDRAW, OBJECT, request_id, {"act": request_.act.value, "digest": request_.digest}
        )
    return ledger(session).requests[request_id]


def _matching(
    session: Session,
    found: Ledger,
    act: GraveAct,
    params: Mapping[str, Any],
    states: tuple[State, ...],
) -> Request | None:
    """This user's newest request for exactly this act, in one of `states`."""
    me = _actor(session.user_id)
    for request_ in sorted(found.requests.values(), key=lambda r: -r.id):
        if request_.act != act or _actor(request_.requested_by) != me:
            continue
        if request_.state not in states:
            continue
        digest = digest_of(
            session.keyfile.desk_id,
            act,
            params,
            session.user_id,
            request_.expires_at,
            request_.nonce,
        )
        if digest == request_.digest:
            return request_
    return None


def open_request(session: Session, act: GraveAct, params: Mapping[str, Any]) -> Request | None:
    """This user's request for exactly this act still waiting or approved, if any: a page
    says "waiting for approval (request N)" instead of asking twice, and the act, done
    again once it is approved, finds it by itself."""
    clean = json.loads(_canonical(params))
    return _matching(session, ledger(session), act, clean, (State.PENDING, State.APPROVED))


@dataclass(frozen=True)
class Clearance:
    """Whether an act may go ahead now: `clear` (nobody else could approve, or it is
    approved), else the request that waits (made now when `asked_now`)."""

    clear: bool
    request: Request | None = None
    asked_now: bool = False


def clearance(session: Session, act: GraveAct, params: Mapping[str, Any]) -> Clearance:
    """Before a long act: go ahead, or the request for it (asked now if there was none)."""
    session.require(RULES[act].action)
    if not second_person_needed(session, act):
        return Clearance(True)
    asked = open_request(session, act, params)
    if asked is not None:
        return Clearance(asked.state == State.APPROVED, asked)
    return Clearance(False, request(session, act, params), asked_now=True)


@dataclass(frozen=True)
class Authorised:
    alone: bool
    request_id: int | None
    approved_by: int | None


def authorise(
    session: Session, act: GraveAct, params: Mapping[str, Any], request_id: int | None
) -> Authorised:
    """Called by the act inside its own audited step, before it changes anything:
    records the approval's use (or that it was approved alone) or raises.

    request_id None: this user's approved request for exactly this act, if there is one
    (so an act done again after its approval needs no number)."""
    rule = RULES[act]
    if not session.can(rule.action):
        raise PermissionDenied(action=rule.action.value)
    found = ledger(session)
    me = _actor(session.user_id)
    clean = json.loads(_canonical(params))
    if not _second_persons(found.authority, act, me):
        digest = digest_of(session.keyfile.desk_id, act, clean, session.user_id, utcnow(), "")
        details = {"act": act.value, "params": clean, "digest": digest, "reason": ALONE_REASON}
        session.record(ALONE, OBJECT, None, details)
        return Authorised(True, None, None)
    if request_id is None:
        mine = _matching(session, found, act, clean, (State.APPROVED,))
        if mine is None:
            raise ApprovalNeeded()
        request_id = mine.id
    request_ = found.requests.get(request_id)
    if request_ is None or request_.act != act:
        raise ApprovalUnusable(NOT_FOUND, id=request_id)
    if _actor(request_.requested_by) != me:
        raise ApprovalUnusable(NOT_YOURS, id=request_id)
    if request_.state == State.USED:
        raise ApprovalUnusable(USED_ALREADY, id=request_id)
    if request_.state == State.EXPIRED:
        raise ApprovalUnusable(EXPIRED, id=request_id)
    if request_.state != State.APPROVED:
        raise ApprovalUnusable(NOT_APPROVED, id=request_id, state=STATE_LABELS[request_.state])
    expected = digest_of(
        session.keyfile.desk_id, act, clean, session.user_id, request_.expires_at, request_.nonce
    )
    if expected != request_.digest:
        raise ApprovalUnusable(OTHER_ACT, id=request_id)
    approver = _actor(request_.decided_by)
    if not _may_approve(found.authority, approver, act):
        raise ApprovalUnusable(APPROVER_GONE, id=request_id)
    session.record(
        USE,
        OBJECT,
        request_id,
        {"act": act.value, "digest": request_.digest, "approved_by": request_.decided_by},
    )
    return Authorised(False, request_id, request_.decided_by)


def problems(session: Session) -> list[str]:
    """For verify: every approval entry that breaks the rules."""
    return ledger(session).problems


@dataclass(frozen=True)
class Overview:
    """What the Approvals page shows: every request, the users' names, this user's part."""

    requests: list[Request]
    names: dict[int, str]
    me: int | None
    may_approve: frozenset[int]  # the ids of the requests this user may approve now


def overview(session: Session) -> Overview:
    session.require(Action.READ_AUDIT)
    found = ledger(session)
    me = _actor(session.user_id)
    return Overview(
        sorted(found.requests.values(), key=lambda r: -r.id),
        {u.id: u.name for u in UserRepository(session.db).all()},
        session.user_id,
        frozenset(
            r.id
            for r in found.requests.values()
            if r.state == State.PENDING
            and _actor(r.requested_by) != me
            and _may_approve(found.authority, me, r.act)
        ),
    )
