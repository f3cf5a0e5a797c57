"""The centre's enrolled workstations: listed, and one removed, by an administrator.

A workstation is listed by its enrolment (``hotline.enrolments``: its number, its login
role ``<db>_w<n>``, when it joined, when it was last seen (a sign-in there, schema step
12), and when it was removed and by which login). Removing
one (``remove``) makes its login NOLOGIN through the schema owner's
``hotline.remove_workstation`` and writes ``workstation.remove``, signed by the
administrator, in the same transaction: nobody can sign in there any more, and the
workstation is told so (storage.server.errors.WorkstationRefused). Removing a workstation
is like disabling a person: one administrator's act, without four eyes. The workstation
one is signed in on is not removed from itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import psycopg

from hotline.errors import DeskError, PermissionDenied
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.services.centre_people import CentreSignIn
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.errors import ServerRefused
from hotline.storage.server.schema_workstations import NO_SUCH_WORKSTATION

REMOVE = "workstation.remove"


class NoSuchWorkstation(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is no enrolled workstation {number} in use on this centre (see 'hotline "
        "server workstations'); nothing was changed.",
    )


class OwnWorkstation(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Workstation {number} is the one you are signed in on: remove it from another "
        "administrator's workstation. Nothing was changed.",
    )


@dataclass(frozen=True)
class EnrolledWorkstation:
    number: int
    login: str
    enrolled_at: datetime
    removed_at: datetime | None
    can_login: bool
    last_seen: datetime | None  # its last sign-in (schema step 12); None: not since


def _require_admin(signin: CentreSignIn) -> None:
    if Role.ADMINISTRATOR not in signin.roles:
        raise PermissionDenied(action="workstations")


def _refused(exc: psycopg.Error) -> ServerRefused:
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return ServerRefused(reason=first[:200])


def list_workstations(signin: CentreSignIn) -> list[EnrolledWorkstation]:
    _require_admin(signin)
    try:
        rows = signin.conn.execute(
            "SELECT e.id, e.workstation, e.used_at, e.removed_at, coalesce(r.rolcanlogin, false),"
            " e.last_seen"
            " FROM hotline.enrolments e LEFT JOIN pg_roles r ON r.rolname = e.workstation"
            " WHERE e.workstation IS NOT NULL AND e.used_at IS NOT NULL ORDER BY e.id"
        ).fetchall()
    except psycopg.Error as exc:
        raise _refused(exc) from exc
    return [EnrolledWorkstation(int(r[0]), str(r[1]), r[2], r[3], bool(r[4]), r[5]) for r in rows]


def remove_workstation(signin: CentreSignIn, number: int) -> str:
    """Workstation ``number``'s login made NOLOGIN, audited; its login's name."""
    _require_admin(signin)
    if signin.workstation.login == f"{signin.database}_w{number}":
        raise OwnWorkstation(number=number)
    private = signin.secrets.signing_private
    assert private is not None
    conn = signin.conn
    conn.execute("BEGIN")
    try:
        row = conn.execute("SELECT hotline.remove_workstation(%s)", (number,)).fetchone()
        assert row is not None
        login = str(row[0])
        ServerAuditLog(conn).append(
            signin.user_id, private, REMOVE, "workstation", number, {"login": login}
        )
        conn.execute("COMMIT")
    except psycopg.Error as exc:
        conn.execute("ROLLBACK")
        if exc.sqlstate == NO_SUCH_WORKSTATION:
            raise NoSuchWorkstation(number=number) from exc
        raise _refused(exc) from exc
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return login
