"""The Users page's acts, on the single-file desk or on a centre.

On the desk they are services/users.py's. On a centre's session (CentreSession, whose
``db`` is only this workstation's cache) they go to the centre's server through
services/centre_people.py, as ``hotline users`` does from the command line: the list
is the centre's members (their signed rows; a row changed on the server outside the
desk is shown as such), a new person gets their slot, grants, signed row, login role
and an enrolment code, and a role change follows the centre's four-eyes rule (requests
and grants signed on the workstations, kept on the server). Nothing of a centre's
people is written to the local cache. Changing one's own password (Desk menu) is not
on a centre yet: NotOnCentreYet, nothing changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline.permissions import Action, Role
from hotline.records import User, utcnow
from hotline.services import approvals, centre_people, enrolment, users
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_session import on_centre as on_centre
from hotline.services.centre_session import signin_of
from hotline.services.session import Session
from hotline.services.users import UserLine
from hotline.storage.server.errors import on_server

# The chain's entries after which a person's password is one an administrator set.
SET_BY_ADMIN = ("user.create", "user.reset")


@dataclass(frozen=True)
class AddedPerson:
    """Who was added; on a centre, the one-time code a workstation of theirs joins with."""

    name: str
    enrolment_code: str | None = None
    hours: int = 0


def _signin(session: Session, action: Action | None = Action.MANAGE_USERS) -> CentreSignIn | None:
    """The centre's signed-in person (their connection opened again if it broke), or
    None on the single-file desk; ``action``: what the session must be allowed first."""
    if action is not None and on_centre(session):
        session.require(action)
    return signin_of(session)


# --- the list ------------------------------------------------------------------------


@on_server
def user_lines(session: Session) -> list[UserLine]:
    signin = _signin(session)
    if signin is None:
        return users.user_lines(session)
    set_by = _password_setters(signin)
    return [
        UserLine(
            User(member.user_id, member.user_name, member.roles, member.active, utcnow()),
            None,  # a centre's chain does not record sign-ins
            member.active and set_by.get(member.user_id, "") in SET_BY_ADMIN,
            signed=signed,
        )
        for member, signed in centre_people.listed(signin)
    ]


def _password_setters(signin: CentreSignIn) -> dict[int, str]:
    """The last entry of the centre's chain that set each person's password."""
    rows = signin.conn.execute(
        "SELECT DISTINCT ON (object_id) object_id, action FROM hotline.audit"
        " WHERE object_type = 'user' AND action = ANY(%s) AND object_id IS NOT NULL"
        " ORDER BY object_id, seq DESC",
        (list(users.PASSWORD_SETTERS),),
    ).fetchall()
    return {int(r[0]): str(r[1]) for r in rows}


# --- the acts --------------------------------------------------------------------------


@on_server
def add_user(session: Session, name: str, roles: frozenset[Role], password: str) -> AddedPerson:
    signin = _signin(session)
    if signin is None:
        return AddedPerson(users.add_user(session, name, roles, password).name)
    added = centre_people.add_user(signin, name, roles, password)
    return AddedPerson(added.member.user_name, added.enrolment_code, enrolment.DEFAULT_HOURS)


@on_server
def reset_password(session: Session, name: str, new: str) -> str:
    signin = _signin(session)
    if signin is None:
        return users.reset_password(session, name, new).name
    return centre_people.reset_password(signin, name, new).user_name


@on_server
def disable_user(session: Session, name: str) -> str:
    signin = _signin(session)
    if signin is None:
        return users.disable_user(session, name).name
    return centre_people.disable_user(signin, name).user_name


@on_server
def change_own_password(session: Session, old: str, new: str) -> None:
    """One's own password, from the Desk menu. On a centre the slot and the login role's
    password are the server's: replaced there (centre_people.change_own_password, the
    server's replace_own_slot), never only in this workstation's copy of the key file."""
    signin = _signin(session, None)  # every member's own
    if signin is None:
        users.change_own_password(session, old, new)
        return
    centre_people.change_own_password(signin, old, new)


@on_server
def change_roles(session: Session, name: str, roles: frozenset[Role]) -> tuple[str, int]:
    """Carry the change out, or ask a second person first: ("done", user id), ("approved",
    request), ("requested", request) or ("waiting", request)."""
    signin = _signin(session)
    if signin is None:
        return _change_roles_on_desk(session, name, roles)
    waiting = {a.number: a for a in centre_people.pending_approvals(signin)}
    try:
        member = centre_people.set_roles(signin, name, roles)
    except centre_people.ApprovalWaiting as asked:
        number = int(asked.params["number"])
        return ("waiting" if number in waiting else "requested"), number
    wanted = {"user_id": member.user_id, "roles": sorted(r.value for r in roles)}
    used = [
        a.number
        for a in waiting.values()
        if a.approved_by is not None
        and a.requested_by == signin.user_id
        and a.body.get("act") == centre_people.CHANGE_ROLES
        and a.body.get("params") == wanted
    ]
    return ("approved", used[0]) if used else ("done", member.user_id)


def _change_roles_on_desk(session: Session, name: str, roles: frozenset[Role]) -> tuple[str, int]:
    target = next(u for u in users.list_users(session) if u.name == name)
    cleared = approvals.clearance(
        session, approvals.GraveAct.CHANGE_ROLES, users.roles_act(target, roles)
    )
    if not cleared.clear and cleared.request is not None:
        return ("requested" if cleared.asked_now else "waiting"), cleared.request.id
    user = users.set_roles(session, name, roles)  # its approval found, or approved alone
    return ("approved", cleared.request.id) if cleared.request else ("done", user.id)
