"""Services the operator's window needs beyond calls.py: re-checking the password
of the signed-in user when the screen is unlocked, and the operator's own open
tasks (the report to the Commission on Minors' Affairs stays on their list).

Written for the GUI (issue 3); no Qt, no SQL.
"""

from __future__ import annotations

from hotline.crypto import aead
from hotline.errors import TooSoon, WrongPassword
from hotline.permissions import Action
from hotline.records import Task
from hotline.services.keys import open_slot
from hotline.services.logins import LoginThrottle
from hotline.services.session import Session
from hotline.storage.calls import CallRepository
from hotline.storage.tasks import TaskRepository


def check_password(session: Session, password: str) -> None:
    """Raise WrongPassword (or TooSoon) unless `password` opens the user's own slot.

    Used to unlock a locked screen: the session stays open, so a draft call being
    taken survives the lock. Failures slow down like sign-in failures and are audited.
    """
    if session.user is None:
        raise WrongPassword()
    name = session.user.name
    throttle = LoginThrottle(session.paths.auth_state)
    wait = throttle.wait_seconds(name)
    if wait:
        raise TooSoon(seconds=wait)
    holder = session.keyfile.holder_for(name)
    if holder is None or holder not in session.keyfile.slots:
        raise WrongPassword()
    try:
        open_slot(session.keyfile, holder, password, session.device_secret)
    except aead.UnwrapFailed:
        throttle.failed(name)
        session.audit_event("unlock.failed", "user", session.user_id)
        raise WrongPassword() from None
    throttle.succeeded(name)
    session.audit_event("unlock", "user", session.user_id)


def own_open_tasks(session: Session) -> list[Task]:
    """Open tasks assigned to the signed-in user, and unassigned ones on their own calls
    (save_call creates the minors' report unassigned)."""
    session.require(Action.CLOSE_OWN_TASK)
    user_id = session.user_id
    if user_id is None:
        return []
    candidates = TaskRepository(session.db).open_tasks(user_id)
    unassigned = [t.call_id for t in candidates if t.assignee_id is None and t.call_id]
    own_calls = {
        r.id for r in CallRepository(session.db).get_many(unassigned) if r.operator_id == user_id
    }
    return [
        t
        for t in candidates
        if t.assignee_id == user_id or (t.assignee_id is None and t.call_id in own_calls)
    ]
