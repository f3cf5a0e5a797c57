"""The desk's settings an administrator changes: the idle lock and the sign-in limit
(and, on a centre only, how old a workstation's copy may be for signing in offline).

Stored in the desk (the ``meta`` table), each change audited as a signed
``settings.change`` entry holding the new value. A value in the table that no
administrator's entry set (an insider's raw SQL that keeps screens unlocked
for a day) is not used: the desk falls back on the default, and verify names it.

The sign-in limit is needed before the database can be opened, so it is also
copied into the sign-in counter's file (services/logins.py) when it changes
and at each sign-in; deleting that file resets the counters to the default
limit, no looser than what any file could hold beyond MAX.
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.said import Said
from hotline.services.logins import FREE_FAILURES, LoginThrottle
from hotline.services.session import Session, SharedState
from hotline.services.signed_entries import by_administrators

CHANGE = "settings.change"
OBJECT = "setting"


@dataclass(frozen=True)
class Setting:
    key: str
    default: int
    low: int
    high: int
    label: str  # in the "settings" context
    hint: str
    centre_only: bool = False  # means nothing on a single desk: not shown there


IDLE_LOCK = Setting(
    "idle_lock_minutes",
    5,
    1,
    60,
    QT_TRANSLATE_NOOP("settings", "Lock the screen after this many idle minutes"),
    QT_TRANSLATE_NOOP(
        "settings",
        "The desk locks itself when nobody touches it; the call being taken is kept. "
        "Short is safer in a shared room.",
    ),
)
SIGN_IN_LIMIT = Setting(
    "sign_in_free_attempts",
    FREE_FAILURES,
    1,
    10,
    QT_TRANSLATE_NOOP("settings", "Failed sign-ins before the desk makes people wait"),
    QT_TRANSLATE_NOOP(
        "settings",
        "After this many wrong passwords in a row each further attempt waits longer "
        "(2 seconds, doubling, at most 5 minutes). The desk never locks anyone out for good.",
    ),
)
OFFLINE_DAYS = Setting(
    "offline_sign_in_days",
    7,
    1,
    30,
    QT_TRANSLATE_NOOP("settings", "Days a workstation may sign people in offline"),
    QT_TRANSLATE_NOOP(
        "settings",
        "A workstation that has not reached the server for longer refuses offline sign-in "
        "until it reaches the server once, so a member disabled since cannot sign in there "
        "from its older copy of the keys. Each copy keeps the value of its own sign-in.",
    ),
    centre_only=True,
)
SETTINGS = (IDLE_LOCK, SIGN_IN_LIMIT, OFFLINE_DAYS)
BY_KEY = {s.key: s for s in SETTINGS}


def of_place(on_centre: bool) -> tuple[Setting, ...]:
    """The settings that mean something where the session is (a desk or a centre)."""
    return tuple(s for s in SETTINGS if on_centre or not s.centre_only)


def of_session(session: Session) -> tuple[Setting, ...]:
    return of_place(session.remote() is not None)


class OutOfRange(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "Give a whole number from {low} to {high}.")


def _set_by_admin(session: SharedState, setting: Setting) -> int | None:
    """The value of the newest settings.change entry for it an administrator signed."""
    for entry in reversed(by_administrators(session, OBJECT, CHANGE)):
        if entry.details.get("key") == setting.key:
            value = entry.details.get("value")
            return value if isinstance(value, int) and not isinstance(value, bool) else None
    return None


def value(session: SharedState, setting: Setting) -> int:
    """The setting's value as an administrator set it (the default otherwise)."""
    stored = session.shared_setting(setting.key) or ""
    if not stored or not stored.isdigit():
        return setting.default
    audited = _set_by_admin(session, setting)
    number = int(stored)
    if audited is None:
        # The desk's own value from set-up (no entry yet) is the default itself.
        return setting.default
    return (
        number if number == audited and setting.low <= number <= setting.high else setting.default
    )


def current(session: Session) -> dict[str, int]:
    return {s.key: value(session, s) for s in of_session(session)}


def change(session: Session, key: str, new: int) -> int:
    """Set one setting (administrators), audited with the old and new values."""
    session.require(Action.SETTINGS)
    setting = BY_KEY[key]
    if setting not in of_session(session):
        raise KeyError(key)
    if not setting.low <= int(new) <= setting.high:
        raise OutOfRange(low=setting.low, high=setting.high)
    old = value(session, setting)
    with session.audited():
        session.set_shared_setting(setting.key, str(int(new)))
        session.record(CHANGE, OBJECT, None, {"key": key, "value": int(new), "old": old})
    if setting is SIGN_IN_LIMIT:
        LoginThrottle(session.sign_in_counter).set_free_failures(int(new))
    return int(new)


SETTING_UNAUDITED = QT_TRANSLATE_NOOP(
    "findings",
    "the setting {key} in the desk ({stored}) was not set by an administrator's audit entry; "
    "the desk uses the default",
)
SETTING_DIFFERS = QT_TRANSLATE_NOOP(
    "findings",
    "the setting {key} in the desk ({stored}) differs from the value an administrator set in "
    "the audit log ({audited}); the desk uses the default",
)


def problems(session: SharedState) -> list[str]:
    """For verify: a stored value that no administrator's entry set."""
    found: list[str] = []
    for setting in SETTINGS:
        stored = session.shared_setting(setting.key) or ""
        if not stored:
            continue
        audited = _set_by_admin(session, setting)
        if audited is None and stored != str(setting.default):
            found.append(Said(SETTING_UNAUDITED, key=setting.key, stored=stored))
        elif audited is not None and stored != str(audited):
            found.append(
                Said(SETTING_DIFFERS, key=setting.key, stored=stored, audited=str(audited))
            )
    return found
