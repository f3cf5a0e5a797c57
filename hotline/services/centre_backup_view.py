"""The Backups page on a centre: ``hotline backup --server`` from the window.

A centre's backup is pg_dump of its database on the server (services/centre_backup.py),
taken with the server's superuser login over the workstation's pinned TLS connection
(Workstation.url: verify-full against the certificate pinned at enrolment), for an
administrator whose password opens their slot holding the centre's export key. The
file goes into the folder the administrator chose and is recorded in the register
beside it (``centre-backups.jsonl``), which the page lists.
"""

from __future__ import annotations

from pathlib import Path

from hotline.crypto import signing
from hotline.errors import PermissionDenied
from hotline.permissions import Action
from hotline.records import utcnow
from hotline.services import centre_backup
from hotline.services.call_backend import NotOnCentreYet
from hotline.services.centre_session import CentreSession
from hotline.services.session import Session
from hotline.storage.backup_register import BackupEntry, BackupRegister
from hotline.storage.keyfile import SECRET_EXPORT
from hotline.storage.server.errors import on_server

FROM_THE_WINDOW = "manual"  # the register's trigger, as the desk's backups from the window


def _centre(session: Session) -> CentreSession:
    if not isinstance(session, CentreSession):
        raise NotOnCentreYet()
    session.require(Action.BACKUP)
    return session


def file_name(database: str) -> str:
    return f"centre-{database}-{utcnow().strftime('%Y%m%d-%H%M%S')}.dump"


@on_server
def back_up(
    session: Session, folder: Path, superuser: str, server_password: str, password: str
) -> centre_backup.CentreBackup:
    """pg_dump of the centre into a new file in ``folder``, recorded in its register."""
    centre = _centre(session)
    assert centre.user is not None
    ws = centre.workstation
    return centre_backup.backup_centre(
        ws.url(superuser.strip()),
        centre.user.name,
        password,
        folder / file_name(ws.database),
        server_password=server_password,
        trigger=FROM_THE_WINDOW,
    )


def written(session: Session, folder: Path) -> list[BackupEntry]:
    """The backups the register in ``folder`` holds, newest first (its lines checked
    with the centre's export key: a changed line is refused, RegisterDamaged)."""
    centre = _centre(session)
    path = folder / centre_backup.REGISTER_NAME
    if not path.exists():
        return []
    export = centre.secrets.get(SECRET_EXPORT)
    if not export:
        raise PermissionDenied(action=Action.BACKUP.value)
    register = BackupRegister(path, centre.keyfile.desk_id, signing.public_of(export))
    return sorted(register.entries(), key=lambda e: e.seq, reverse=True)
