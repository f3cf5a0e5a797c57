"""What can go wrong between a workstation and the centre's server, said plainly."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import psycopg

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP

P = ParamSpec("P")
R = TypeVar("R")


class CentreExists(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database {database} already holds a centre; it was left as it is."
    )


class ServerUnreachable(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server could not be reached or refused the connection ({reason}). "
        "Check its address, the password and that it is running.",
    )


class NotAvailableOffline(ServerUnreachable):
    """ServerUnreachable said to a session signed in offline (services/offline_signin.py)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Not available offline: this needs the centre's server, which cannot be reached "
        "({reason}). You signed in offline: calls you save are kept on this computer and "
        "sent when the server is back.",
    )


def on_server(method: Callable[P, R]) -> Callable[P, R]:
    """A line to the server that broke (it went away, restarted) is said as such, in
    the user's language (ServerUnreachable), never as the driver's own exception; the
    next request opens the connection again (CentreSession.conn)."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (psycopg.OperationalError, psycopg.InterfaceError) as exc:
            raise ServerUnreachable(reason=str(exc).strip().splitlines()[0][:200]) from exc

    return wrapped


class ServerNotSecure(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server's address must ask for a verified TLS connection "
        "(sslmode=verify-full and sslrootcert=<the server's certificate>); nothing was sent.",
    )


class ServerRightsMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The account in the server's address may not create the centre's roles and schema "
        "(a PostgreSQL superuser is needed for 'hotline init --server'); nothing was created.",
    )


class PasswordInAddress(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Leave the password out of the server's address (it would stay in the shell's "
        "history and the process list); it is asked next, or read from standard input.",
    )


class CentreRolesExist(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server already has roles named {roles} (left by an earlier centre in a database "
        "of this name?). Drop them, or use a database of another name; nothing was created.",
    )


class ServerRefused(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The server refused it ({reason}); nothing was changed on it."
    )


class CertificateMismatch(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server showed a certificate with another fingerprint than the one given "
        "({shown}). Nothing was sent to it: check the fingerprint with the administrator.",
    )


class NoTls(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The server does not offer TLS; a workstation does not connect to it."
    )


class AddressInvalid(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server's address {address} is not HOST:PORT/DATABASE (for example "
        "10.0.0.5:5432/centre152); nothing was written.",
    )


class CodeMistyped(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This is not an enrolment code as an administrator gives it (NUMBER-XXXXX-XXXXX): "
        "check it for a mistyped character. Nothing was sent or written.",
    )


class CodeRefused(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server did not accept this enrolment code: it is not the one the administrator "
        "gave, or it was withdrawn. Ask an administrator for a new code; nothing was written.",
    )


class CodeUsed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This enrolment code was already used: a code serves one workstation once. Ask an "
        "administrator for a new code; nothing was written.",
    )


class CodeExpired(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This enrolment code has expired. Ask an administrator for a new code; nothing was "
        "written.",
    )


class NotJoined(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This workstation has not joined a centre ({path}). Join one with 'hotline join "
        "ADDRESS --fingerprint SHA256:... --code CODE' (an administrator gives the code).",
    )


class WorkstationSecretMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This workstation's secret is missing from {where}, so it cannot reach the centre. "
        "Join the centre again with a new enrolment code.",
    )


class WorkstationRefused(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server refused this workstation (it was removed from the centre, or "
        "its secret changed). Join the centre again with a new enrolment code.",
    )


class RowsNotAsPinned(DeskError):
    """A review step refused because the call's rows already differ from its last pin:
    a correction must not bless a change made around the desk (call_digest.py)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Call {call} on the server no longer matches what the audit log pins (changed "
        "around the desk); nothing was changed. Ask an administrator to run verify.",
    )


class ReviewRefused(DeskError):
    """The server's review function refused the step (schema_review.py)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The server refused this review step for call {call}; nothing was changed.",
    )


class LoginEnded(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server no longer lets you in (your account was disabled, or your "
        "password was changed since you signed in): your session has ended. The calls you "
        "saved and this workstation has not sent yet stay kept in its outbox; sign in "
        "again, or ask an administrator.",
    )


class ChangedWhileOffline(LoginEnded):
    """Signed in offline, the server back: the member's record there is no longer the
    one the workstation's copy held (disabled, or other roles)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "The centre's server is back, but your account there was changed since this "
        "computer's copy of the centre's keys was made (disabled, or other roles): nothing "
        "is sent from this offline session. The calls you saved stay kept on this computer; "
        "sign in again, or ask an administrator.",
    )
