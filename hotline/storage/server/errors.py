"""What can go wrong between a workstation and the centre's server, said plainly."""

from __future__ import annotations

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP


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
