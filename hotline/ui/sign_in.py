"""Signing in, as jobs that run on the worker thread: the key derivation and
opening the desk never freeze the window.

The sign-in window (:mod:`.login`) and the recovery panel (:mod:`.recovery_panel`)
both start these jobs; each returns a :class:`SignedIn` for the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.ui.worker import DbWorker

if TYPE_CHECKING:
    from hotline.services.centre_session import CentreLink
    from hotline.services.joined import Workstation


@dataclass(frozen=True)
class SignedIn:
    user_name: str
    roles: frozenset[Role]
    warnings: tuple[str, ...]
    centre: CentreLink | None = None  # signed in on a centre: its live feed and outbox


def unlock_job(worker: DbWorker, paths: DeskPaths, name: str, password: str) -> SignedIn:
    """Runs on the worker thread: the KDF, opening the desk, keeping the session there."""
    from hotline.services import desk  # imported here: the window paints before the crypto loads

    session = desk.unlock(paths, name, password)
    worker.session = session
    user = session.user.name if session.user else name
    return SignedIn(user, session.roles, tuple(session.warnings))


def recover_job(worker: DbWorker, paths: DeskPaths, code: str, name: str, new: str) -> SignedIn:
    """Runs on the worker thread: open with the code, reset the password, sign in."""
    from hotline.services import desk, users

    session = desk.unlock_with_recovery(paths, code)
    try:
        users.reset_password(session, name, new)
    finally:
        session.close()
    return unlock_job(worker, paths, name, new)


def centre_unlock_job(worker: DbWorker, ws: Workstation, name: str, password: str) -> SignedIn:
    """Runs on the worker thread: sign in on the centre this workstation joined."""
    from hotline.services import centre_session

    session = centre_session.open_centre(ws, name, password)
    worker.session = session
    user = session.user.name if session.user else name
    return SignedIn(user, session.roles, tuple(session.warnings), session.link())


def centre_offline_job(worker: DbWorker, ws: Workstation, name: str, password: str) -> SignedIn:
    """Runs on the worker thread: sign in from the workstation's copy of the centre's
    keys while its server cannot be reached (services/offline_signin.py)."""
    from hotline.services import centre_session

    session = centre_session.open_centre_offline(ws, name, password)
    worker.session = session
    user = session.user.name if session.user else name
    return SignedIn(user, session.roles, tuple(session.warnings), session.link())


def offers_offline(exc: BaseException, ws: Workstation) -> bool:
    """Whether the sign-in that failed with ``exc`` may be tried offline."""
    from hotline.services import offline_signin

    return offline_signin.offers_offline(exc, ws)
