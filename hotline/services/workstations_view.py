"""The Workstations page's acts, on a centre's session (a single-file desk has one
computer and no enrolled workstations: the page is listed on a centre only).

The list and the removal are ``hotline server workstations [remove N]``'s
(services/centre_workstations.py), for the administrator signed in here: the
enrolments on the server, each with when it was last seen (a sign-in there), and
the one this session runs on marked, since it is not removed from itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline.permissions import Action
from hotline.services import centre_workstations
from hotline.services.call_backend import NotOnCentreYet
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_session import on_centre, signin_of
from hotline.services.centre_workstations import EnrolledWorkstation
from hotline.services.session import Session
from hotline.storage.server.errors import on_server


@dataclass(frozen=True)
class WorkstationLine:
    workstation: EnrolledWorkstation
    this_one: bool  # the workstation this session is signed in on


def _signin(session: Session) -> CentreSignIn:
    if on_centre(session):
        session.require(Action.MANAGE_USERS)
    signin = signin_of(session)
    if signin is None:
        raise NotOnCentreYet()
    return signin


@on_server
def workstation_lines(session: Session) -> list[WorkstationLine]:
    signin = _signin(session)
    here = signin.workstation.login
    return [
        WorkstationLine(found, found.login == here)
        for found in centre_workstations.list_workstations(signin)
    ]


@on_server
def remove(session: Session, number: int) -> str:
    """Workstation ``number`` removed (its login NOLOGIN, audited); its login's name."""
    return centre_workstations.remove_workstation(_signin(session), number)
