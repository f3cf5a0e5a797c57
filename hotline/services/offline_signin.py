"""Signing in on a workstation while the centre's server cannot be reached.

At every online sign-in the workstation keeps its sealed copy of the centre's key
file, the members' signed rows, the centre's public keys and the chain's head it saw
(``keep_copy``; hotline.storage.server.offline_copy). When the server is away at
sign-in, ``sign_in_offline`` opens the person's slot in that copy with their password
exactly as online (centre_people.open_member_slot: the slot's own Argon2id cost; their
signed row trusted back to the root the slot pins, and active; the centre's keys only
as entry 1 of the chain, signed by that root, names them: ``check_centre``), with failed attempts
counted and slowed down on this workstation (services/logins.py, as the desk's). A
copy older than the centre's limit it carries (services/settings.py, OFFLINE_DAYS, as
set when the copy was made), or made "later" than the workstation's clock now says, is
refused before any password is tried (``check_age``): the workstation must reach the
server once, so a member disabled on the server since cannot sign in offline from an
old copy for long. The session opened from it (centre_session.open_centre_offline) takes calls into the
outbox and keeps drafts; every page that needs the server says it cannot be reached.

When the server is back, the person's own login is used (its password follows from the
slot's key, as online), and before anything is sent or read the server's record of
them is checked again (``check_back_online``): disabled, other roles, or other centre
keys since the copy was made, and nothing more is sent from that session
(ChangedWhileOffline); a password reset or a slot removed since makes the server refuse
the login itself (LoginEnded). Either way the calls stay kept in the outbox.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg

from hotline import logs
from hotline.errors import DeskError, TooSoon, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths
from hotline.records import from_iso, to_iso, utcnow
from hotline.services import centre_people, enrolment, settings
from hotline.services.centre_people import CentreSignIn
from hotline.services.logins import LoginThrottle
from hotline.storage.audit_log import Head
from hotline.storage.keyfile import KeyFile
from hotline.storage.server import audit, offline_copy, people
from hotline.storage.server.centre import Centre
from hotline.storage.server.errors import ChangedWhileOffline, ServerUnreachable
from hotline.storage.server.offline_copy import OfflineCopy, OfflineCopyDamaged
from hotline.storage.server.trusted_centre import trusted_centre
from hotline.storage.server.workstation import Workstation

Connection = psycopg.Connection[tuple[Any, ...]]

# A copy stamped this little ahead of the clock is taken as made now (the clock set
# right by a few seconds since); further ahead, the clock was set back.
CLOCK_SLACK = timedelta(minutes=5)


class OfflineCopyTooOld(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's copy of the centre's keys was made on {saved} (UTC), more than "
        "{days} days ago, and the centre allows signing in offline only from a copy at most "
        "{days} days old. This workstation must reach the server once (anyone signing in "
        "here online makes a fresh copy); until then wait for the server or use another "
        "workstation.",
    )


class OfflineCopyFromFuture(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's copy of the centre's keys says it was made on {saved} (UTC), later "
        "than this computer's clock says it is now: the clock was set back. Signing in "
        "offline is refused until this workstation reaches the server once; check the "
        "computer's date and time and tell an administrator.",
    )


def copy_path(ws: Workstation) -> Path:
    return offline_copy.path_in(ws.folder)


def throttle_of(ws: Workstation) -> LoginThrottle:
    """The workstation's one count of wrong passwords, online and offline alike (names
    of staff and times only, as the desk's): audited at the next online sign-in here."""
    return LoginThrottle(DeskPaths(ws.folder).auth_state)


def keep_copy(signin: CentreSignIn, centre: Centre, head: Head | None, days: int) -> None:
    """At an online sign-in: the workstation's copy written afresh, with the centre's
    limit on its age (``days``). A copy that cannot be written does not keep anyone out
    (logged by its kind only): the one before stays."""
    ws = signin.workstation
    try:
        secret = enrolment.workstation_secret(ws)
        found = OfflineCopy(
            signin.raw_key_file,
            signin.members,
            centre,
            head,
            to_iso(utcnow()),
            days,
            audit.entry_one(signin.conn),
        )
        offline_copy.write(copy_path(ws), secret, ws.login, found)
    except (DeskError, psycopg.Error) as exc:
        logs.get().warning("the offline copy was not written (%s)", type(exc).__name__)


def forget_copy(ws: Workstation) -> None:
    """The copy removed: the server refused this workstation (an administrator removed
    it), so nobody signs in offline here any more."""
    copy_path(ws).unlink(missing_ok=True)


def limit_of(found: OfflineCopy) -> int:
    """The copy's own limit in days; the setting's default for a copy written before
    there was one (or one outside the setting's bounds: never looser than its highest)."""
    days = found.offline_days
    setting = settings.OFFLINE_DAYS
    if days is None or not setting.low <= days <= setting.high:
        return setting.default
    return days


def check_age(found: OfflineCopy, path: Path, now: datetime) -> None:
    """The one rule on a copy's age: refused when older than its limit, or stamped later
    than ``now`` (the clock set back) beyond CLOCK_SLACK."""
    try:
        saved = from_iso(found.saved_at)
    except ValueError as exc:
        raise OfflineCopyDamaged(path=str(path)) from exc
    shown = saved.strftime("%Y-%m-%d %H:%M")
    if saved > now + CLOCK_SLACK:
        raise OfflineCopyFromFuture(saved=shown)
    days = limit_of(found)
    if now - saved > timedelta(days=days):
        raise OfflineCopyTooOld(saved=shown, days=days)


def check_centre(found: OfflineCopy, path: Path, desk_id: str, root: bytes | None) -> None:
    """The copy's centre keys (the ones calls taken offline are sealed to) trusted only as
    entry 1 of the chain, signed by ``root`` (the person's slot pins it), names them, as
    online (trusted_centre); a copy without entry 1 (written before it was kept) or
    naming other keys is refused as damaged."""
    centre = found.centre
    row = audit.centre_keys_of(
        centre.desk_id, centre.casetext_public, centre.vault_public, centre.export_public
    )
    if centre.desk_id != desk_id or audit.keys_pinned_by(found.entry_one, root) != row:
        raise OfflineCopyDamaged(path=str(path))


def sign_in_offline(ws: Workstation, name: str, password: str) -> tuple[CentreSignIn, OfflineCopy]:
    """The person signed in from the workstation's copy (no connection yet)."""
    throttle = throttle_of(ws)
    wait = throttle.wait_seconds(name)
    if wait:
        raise TooSoon(seconds=wait)
    found = offline_copy.read(copy_path(ws), enrolment.workstation_secret(ws), ws.desk_id, ws.login)
    check_age(found, copy_path(ws), utcnow())  # before any password: nothing counted
    try:
        keyfile = KeyFile.from_bytes(found.key_file, copy_path(ws))
    except DeskError as exc:
        raise OfflineCopyDamaged(path=str(copy_path(ws))) from exc
    try:
        holder, opened, key = centre_people.open_member_slot(keyfile, name, password)
    except WrongPassword:
        throttle.failed(name, offline=True)
        raise
    check_centre(found, copy_path(ws), keyfile.desk_id, opened.pins.root)
    user_id = int(holder.split(":")[1])
    me = centre_people.active_member(keyfile.desk_id, found.members, opened, user_id, name)
    throttle.reset(name)  # the failures stay, for the chain at the next online sign-in
    grants = keyfile.open_grants(holder, opened.kem_private)
    signin = CentreSignIn(
        ws,
        None,
        keyfile,
        user_id,
        me.user_name,
        me.roles,
        opened,
        grants,
        centre_people.login_password(keyfile.desk_id, holder, key),
        offline=True,
        role_prefix=_prefix_of(me.db_role, user_id),
    )
    return signin, found


def _prefix_of(db_role: str | None, user_id: int) -> str:
    """The name her login was made after, from her row of the copy (a centre restored
    into a database of another name keeps its logins' names); "" when it says none."""
    suffix = f"_u{user_id}"
    return db_role[: -len(suffix)] if db_role and db_role.endswith(suffix) else ""


def check_back_online(conn: Connection, signin: CentreSignIn, centre: Centre) -> None:
    """Signed in offline, the server reached: the server's signed record of the person
    still the one the copy held (active, the same roles) and the centre's keys the
    ones calls were sealed to, else ChangedWhileOffline."""
    trusted = centre_people.trusted_members(
        signin.keyfile.desk_id, people.signed_members(conn), signin.secrets.pins.root
    )
    me = trusted.get(signin.user_id)
    if me is None or not me.active or me.roles != signin.roles:
        raise ChangedWhileOffline()
    if trusted_centre(conn, signin.keyfile.desk_id, signin.secrets.pins.root) != centre:
        raise ChangedWhileOffline()


def offers_offline(exc: BaseException, ws: Workstation) -> bool:
    """Whether a failed online sign-in may be offered offline: the server could not be
    reached (not refused the person), and this workstation holds a copy."""
    return isinstance(exc, ServerUnreachable) and copy_path(ws).exists()
