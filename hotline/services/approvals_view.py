"""The Approvals page's requests, on the single-file desk or on a centre.

On the desk they are services/approvals.py's (the requests in the signed chain). On a
centre's session they are the centre's (services/centre_people.py): requests and grants
signed on the workstations and kept on the server (``hotline.approvals``), each checked
against its signer's signed member row; listed while they wait or are approved and not
carried out yet; approved here with this person's own key; a role change carried out by
its requester (centre_people.set_roles spends the approval).

Not on a centre yet (NotOnCentreYet): refusing or withdrawing a request (a centre's
request that nobody approves expires after 24 hours).
"""

from __future__ import annotations

from datetime import UTC, datetime

from hotline.permissions import Action, Role
from hotline.services import approvals, centre_people, users
from hotline.services.approvals import GraveAct, Overview, Request, State
from hotline.services.call_backend import NotOnCentreYet
from hotline.services.centre_people import Approval
from hotline.services.centre_session import on_centre as on_centre
from hotline.services.centre_session import signin_of
from hotline.services.session import Session
from hotline.storage.server.errors import on_server

APPROVERS = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})


def request_of(approval: Approval) -> Request:
    """A centre's request as the desk's pages show one."""
    body = approval.body
    expires = datetime.fromisoformat(str(body.get("expires_at")))
    return Request(
        id=approval.number,
        act=GraveAct(str(body.get("act"))),
        params=dict(body.get("params", {})),
        digest="",
        nonce=str(body.get("nonce", "")),
        requested_by=approval.requested_by,
        requested_at=expires - centre_people.VALID_FOR,
        expires_at=expires,
        state=State.APPROVED if approval.approved_by is not None else State.PENDING,
        decided_by=approval.approved_by,
        # the server keeps no time of the grant; the page shows who granted it, not when
        decided_at=datetime.now(UTC) if approval.approved_by is not None else None,
    )


@on_server
def overview(session: Session) -> Overview:
    signin = signin_of(session)
    if signin is None:
        return approvals.overview(session)
    session.require(Action.READ_AUDIT)
    live = [request_of(a) for a in centre_people.pending_approvals(signin)]
    may = signin.roles & APPROVERS
    return Overview(
        sorted(live, key=lambda r: -r.id),
        {u.id: u.name for u in session.granted_users()},  # signed rows only
        signin.user_id,
        frozenset(
            r.id
            for r in live
            if may and r.state == State.PENDING and r.requested_by != signin.user_id
        ),
    )


@on_server
def approve(session: Session, request_id: int) -> Request:
    signin = signin_of(session)
    if signin is None:
        return approvals.approve(session, request_id)
    return request_of(centre_people.approve(signin, request_id))


def refuse(session: Session, request_id: int) -> Request:
    if on_centre(session):
        raise NotOnCentreYet()
    return approvals.refuse(session, request_id)


def withdraw(session: Session, request_id: int) -> Request:
    if on_centre(session):
        raise NotOnCentreYet()
    return approvals.withdraw(session, request_id)


@on_server
def carry_out(session: Session, request_id: int) -> str:
    """The requester carries out an approved role change; the name of the person."""
    seen = overview(session)
    found = next(r for r in seen.requests if r.id == request_id)
    name = seen.names[int(found.params["user_id"])]
    roles = frozenset(Role(r) for r in found.params["roles"])
    signin = signin_of(session)
    if signin is None:
        users.set_roles(session, name, roles, approval=request_id)
    else:
        centre_people.set_roles(signin, name, roles)  # finds and spends this approval
    return name
