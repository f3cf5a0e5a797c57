"""Services the operator's window needs beyond calls.py: re-checking the password
of the signed-in user when the screen is unlocked.

Written for the GUI (issue 3); no Qt, no SQL.
"""

from __future__ import annotations

from hotline.crypto import aead
from hotline.errors import TooSoon, WrongPassword
from hotline.services.keys import open_slot
from hotline.services.logins import LoginThrottle
from hotline.services.session import Session


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
        with session.db.transaction():
            session.record("unlock.failed", "user", session.user_id)
        session.audit.write_head()
        raise WrongPassword() from None
    throttle.succeeded(name)
    with session.db.transaction():
        session.record("unlock", "user", session.user_id)
    session.audit.write_head()
