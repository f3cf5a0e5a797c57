"""The Sealing page's acts, on the single-file desk or on a centre.

On the desk they are services/sealing.py's (and seal_copies.py's for the backups). On a
centre's session they are ``hotline seal``/``retention``/``hold``'s on a joined
workstation (services/centre_sealing.py): the calls found and previewed on the server,
four eyes with the centre's signed requests and grants (centre_people), the sealing in
one server transaction signed here and witnessed, the centre's retention and its legal
holds (a hold's reason sealed to the vault's key, opened here). What the page shows is
the desk's own shapes (SealPreview, Request, SealResult, Scheduled, Hold), filled from
the server.

Not on a centre yet (NotOnCentreYet, nothing changed): choosing the calls by the
person concerned, and a legal hold on a person rather than a call (the centre's holds
are per call). A centre's backups are pg_dumps on the server: the sealing page does
not open them (``hotline seal --backup`` marks those taken before in their register).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hotline.crypto import kem
from hotline.permissions import Action
from hotline.records import SealMark
from hotline.services import approvals_view, centre_people, centre_sealing, seal_copies, sealing
from hotline.services.approvals import Request
from hotline.services.call_backend import NotOnCentreYet
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_session import CentreSession, LockedWitness, signin_of
from hotline.services.centre_session import on_centre as on_centre
from hotline.services.sealing import (
    BY_CALL,
    BY_PSEUDONYM,
    Decision,
    PreviewLine,
    Progress,
    Scheduled,
    SealPreview,
    SealResult,
)
from hotline.services.session import Session
from hotline.storage.seals import Destroyed, Hold
from hotline.storage.server.errors import on_server

Outcome = tuple[SealResult, list[seal_copies.CopyOutcome]]


def _witness(session: Session) -> LockedWitness | None:
    return session.witness if isinstance(session, CentreSession) else None


# --- 1. find and preview -----------------------------------------------------------------
@on_server
def find_and_preview(session: Session, by: str, value: str) -> tuple[list[int], SealPreview]:
    signin = signin_of(session)
    if signin is None:
        ids = sealing.find(session, by, value)
        return ids, sealing.preview(session, ids)
    if by not in (BY_CALL, BY_PSEUDONYM):
        raise NotOnCentreYet()
    ids = centre_sealing.find(signin, by, value)
    return ids, _preview(signin, ids)


@on_server
def preview(session: Session, call_ids: Sequence[int]) -> SealPreview:
    signin = signin_of(session)
    if signin is None:
        return sealing.preview(session, call_ids)
    return _preview(signin, call_ids)


def _preview(signin: CentreSignIn, call_ids: Sequence[int]) -> SealPreview:
    marks = _marks(signin, call_ids)
    return SealPreview(
        tuple(
            PreviewLine(
                call_id=line.call_id,
                started_at=line.started_at,
                channel="",
                no_content=None,
                primary_topic=line.primary_topic,
                pseudonyms=(),
                text_fields=line.text_fields,
                vault_entries=line.vault_entries,
                entities=line.entities,  # their lookup values: the values are in the text
                open_tasks=line.open_tasks,
                held=line.held,
                sealed=marks.get(line.call_id),
            )
            for line in centre_sealing.preview(signin, call_ids)
        )
    )


def _marks(signin: CentreSignIn, call_ids: Sequence[int]) -> dict[int, SealMark]:
    """The decision that sealed each of these calls, as the server holds it."""
    rows = signin.conn.execute(
        "SELECT s.call_id, d.id, d.kind, d.body, d.number, d.decided_on"
        " FROM hotline.sealed_calls s JOIN hotline.seal_decisions d ON d.id = s.decision_id"
        " WHERE s.call_id = ANY(%s)",
        (list(call_ids),),
    ).fetchall()
    return {int(r[0]): SealMark(int(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5]) for r in rows}


# --- 2-3. four eyes ------------------------------------------------------------------------
def _mine(signin: CentreSignIn) -> list[centre_people.Approval]:
    return [
        a
        for a in centre_people.pending_approvals(signin)
        if a.body.get("act") == centre_sealing.SEAL_ACT and a.requested_by == signin.user_id
    ]


@on_server
def approval_needed(session: Session) -> bool:
    signin = signin_of(session)
    if signin is None:
        return sealing.approval_needed(session)
    return bool(centre_people._approvers(signin))


@on_server
def seal_requests(session: Session) -> list[Request]:
    signin = signin_of(session)
    if signin is None:
        return sealing.seal_requests(session)
    if not session.can(Action.SEAL_RECORD):
        return []
    return [approvals_view.request_of(a) for a in _mine(signin)]


@on_server
def request_approval(session: Session, chosen: Decision, call_ids: Sequence[int]) -> Request:
    signin = signin_of(session)
    if signin is None:
        return sealing.request_approval(session, chosen, call_ids)
    session.require(Action.SEAL_RECORD)
    params = sealing.act_params(chosen, call_ids)
    approval, waiting = centre_people.approved_request(signin, centre_sealing.SEAL_ACT, params)
    number = approval.number if approval is not None else waiting
    found = next((a for a in _mine(signin) if a.number == number), None)
    if found is None:  # nobody else could approve: the page seals alone
        raise sealing.NothingToSeal()
    return approvals_view.request_of(found)


@on_server
def from_request(session: Session, request_id: int) -> tuple[Decision, list[int]]:
    signin = signin_of(session)
    if signin is None:
        return sealing.from_request(session, request_id)
    session.require(Action.SEAL_RECORD)
    found = next((a for a in _mine(signin) if a.number == request_id), None)
    if found is None:
        raise centre_people.ApprovalNotValid(number=request_id)
    params: dict[str, Any] = found.body["params"]
    fields = params["decision"]
    chosen = sealing.decision(str(fields["body"]), str(fields["number"]), str(fields["decided_on"]))
    return chosen, [int(i) for i in params["calls"]]


# --- 4. sealing ------------------------------------------------------------------------------
@on_server
def seal(
    session: Session,
    call_ids: Sequence[int],
    chosen: Decision,
    request_id: int | None,
    password: str,
    progress: Progress | None = None,
) -> Outcome:
    """The calls sealed, and on the desk its backups and replaced folders sealed too."""
    if not isinstance(session, CentreSession):
        result = sealing.seal(session, call_ids, chosen, request_id, progress)
        return result, seal_copies.seal_copies(session, password, (), progress)
    done = seal_on_centre(session, call_ids, chosen, progress=progress)
    d = done.destroyed
    destroyed = Destroyed(
        calls=d.calls, keys=d.keys, text_fields=d.text_fields, vault_entries=d.vault_entries
    )
    return SealResult(done.decision_id, destroyed, index_cleared=False), []


@on_server
def seal_on_centre(
    session: Session,
    call_ids: Sequence[int],
    chosen: Decision,
    registers: Sequence[Path] = (),
    progress: Progress | None = None,
) -> centre_sealing.CentreSealResult:
    """The centre's sealing for this session (the page's and ``hotline seal``'s on a
    joined workstation): four eyes by the centre's requests, this person's witness of
    the chain checked and moved, the backup registers given marked."""
    if not isinstance(session, CentreSession):
        raise NotOnCentreYet()
    signin = signin_of(session)
    assert signin is not None
    return centre_sealing.seal(
        signin, call_ids, chosen, registers=registers, seen=session.witness, progress=progress
    )


# --- retention ---------------------------------------------------------------------------------
@on_server
def scheduled(session: Session) -> Scheduled:
    """On the desk, what the page runs at an administrator's sign-in; on a centre the
    sign-in ran it already (centre_session.open_centre): what it did, and the run again
    when asked for it (``again``)."""
    if not isinstance(session, CentreSession):
        return sealing.scheduled(session)
    done = session.scheduled
    if session.scheduled_error is not None:
        raise session.scheduled_error
    signin = signin_of(session)
    assert signin is not None
    if done is None:
        done = centre_sealing.scheduled(signin, session.witness)
    return Scheduled(done.resealed, done.retained, done.years, done.due_soon)


@on_server
def run_retention(session: Session) -> Scheduled:
    if not isinstance(session, CentreSession):
        return sealing.scheduled(session)
    signin = signin_of(session)
    assert signin is not None
    done = session.scheduled = centre_sealing.scheduled(signin, session.witness)
    return Scheduled(done.resealed, done.retained, done.years, done.due_soon)


@on_server
def set_retention(session: Session, years: int | None) -> Scheduled:
    signin = signin_of(session)
    if signin is None:
        sealing.set_retention(session, years)
        soon = len(sealing.retention_due(session, sealing.NOTICE_DAYS))
        return Scheduled(0, 0, sealing.retention_years(session), soon)
    centre_sealing.set_retention(signin, years, _witness(session))
    return Scheduled(0, 0, centre_sealing.retention_years(signin), centre_sealing.due_soon(signin))


# --- legal holds ---------------------------------------------------------------------------------
@on_server
def holds(session: Session) -> list[Hold]:
    signin = signin_of(session)
    if signin is None:
        return sealing.holds(session)
    names = {u.id: u.name for u in session.granted_users()}
    vault = session.vault_private
    return [
        Hold(
            h.id,
            h.call_id,
            None,
            None,
            _reason(vault, signin.keyfile.desk_id, h.call_id, h.reason_sealed),
            names.get(h.placed_by),
            h.placed_at,
        )
        for h in centre_sealing.holds(signin)
    ]


def _reason(vault: kem.KemPrivateKey | None, desk_id: str, call_id: int, sealed: bytes) -> str:
    """A hold's reason, opened with the vault's key ("" where this person has none)."""
    if vault is None:
        return ""
    info = centre_sealing._hold_context(desk_id, call_id)
    try:
        return kem.open_sealed(vault, sealed, info, kem.DEFAULT_SUITE).decode("utf-8")
    except kem.OpenFailed:
        return ""


@on_server
def add_hold(session: Session, by: str, value: str, reason: str) -> int:
    signin = signin_of(session)
    if signin is None:
        return sealing.add_hold(session, by, value, reason)
    if by != BY_CALL:
        raise NotOnCentreYet()
    call_id = centre_sealing.find(signin, BY_CALL, value)[0]
    return centre_sealing.add_hold(signin, call_id, reason, _witness(session))


@on_server
def lift_hold(session: Session, hold_id: int) -> None:
    signin = signin_of(session)
    if signin is None:
        sealing.lift_hold(session, hold_id)
        return
    centre_sealing.lift_hold(signin, hold_id, _witness(session))
