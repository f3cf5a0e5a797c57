"""The backup register as a session uses it: administrators read and write it.

The register itself (storage/backup_register.py) lives beside the desk and
survives a restore; here it is opened with the desk's export key, and a
register found damaged is set aside (never deleted) and begun anew, audited,
so that an insider who spoils it cannot stop the desk from backing up.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

from hotline import logs
from hotline.errors import PermissionDenied
from hotline.paths import DeskPaths
from hotline.permissions import Action
from hotline.records import to_iso, utcnow
from hotline.services.session import Session
from hotline.storage.backup_register import BackupEntry, BackupRegister, RegisterDamaged

__all__ = [
    "BackupEntry",
    "RegisterDamaged",
    "entries",
    "newest_verified",
    "open_register",
    "register_path",
]


def register_path(paths: DeskPaths) -> Path:
    return paths.root / "backups.jsonl"


def open_register(session: Session, *, writing: bool = False) -> BackupRegister:
    """The desk's register; `writing` needs the export key (administrators)."""
    private = session.export_private
    if writing and private is None:
        raise PermissionDenied(action=Action.BACKUP.value)
    return BackupRegister(
        register_path(session.paths),
        session.keyfile.desk_id,
        session.export_public,
        private,
    )


def entries(session: Session) -> list[BackupEntry]:
    """Every backup recorded, oldest first (RegisterDamaged when it was tampered with)."""
    session.require(Action.BACKUP)
    return open_register(session).entries()


def newest_verified(session: Session) -> BackupEntry | None:
    session.require(Action.BACKUP)
    return open_register(session).newest_verified()


def age_of_newest(session: Session, now: datetime | None = None) -> float | None:
    """Seconds since the newest verified backup was written; None when there is none."""
    newest = newest_verified(session)
    if newest is None:
        return None
    return ((now or utcnow()) - newest.created_at).total_seconds()


def writable(session: Session) -> BackupRegister:
    """The register to append to: a damaged one is moved aside first and a new one begun
    (audited `backup.register_damaged`), so the next backup is still recorded."""
    session.require(Action.BACKUP)
    register = open_register(session, writing=True)
    problems = register.check()
    if problems:
        stamp = to_iso(utcnow()).replace(":", "").replace("-", "")
        aside = register.path.with_name(f"backups-damaged-{stamp}.jsonl")
        os.replace(register.path, aside)
        digest = hashlib.sha256(aside.read_bytes()).hexdigest()
        register.restart(session.user_id, aside, digest)
        seq, line = register.head()
        session.audit_event(
            "backup.register_damaged",
            details={"set_aside": aside.name, "sha256": digest, "register": [seq, line]},
        )
        logs.get().warning("the backup register was damaged; set aside as %s", aside.name)
    return register


def mark_verified(session: Session, backup: int, ok: bool, problem: str = "") -> None:
    writable(session).mark_verified(backup, session.user_id, ok, problem)


def check(session: Session) -> list[str]:
    """For verify: the register's chain and signatures, and that it still holds every line
    the audit log says a backup added (a cut tail shows)."""
    register = open_register(session)
    found = register.check()
    if found:
        return found
    for entry in session.audit.entries_of("desk.backup"):
        line = (entry.details or {}).get("register")
        if (
            isinstance(line, list)
            and len(line) == 2
            and not register.holds(int(line[0]), str(line[1]))
        ):
            found.append(
                f"the backup register no longer holds line {line[0]}, which audit entry "
                f"{entry.seq} recorded: it was cut or replaced"
            )
    return found


KIND_RESTORED = "restored"


def note_restore(session: Session, archive: Path, sha256: str, aside: Path) -> None:
    """In the live desk, just before a restore replaces it: the audit entry (it goes aside
    with the replaced files) and a mark on the backup in the register, which stays."""
    session.require(Action.RESTORE)
    session.audit_event(
        "desk.restore_started",
        details={"from": archive.name, "sha256": sha256, "aside": aside.name},
    )
    try:
        register = writable(session)
        for entry in register.entries():
            if entry.sha256 == sha256:
                register.mark(entry.seq, KIND_RESTORED, session.user_id, {"aside": aside.name})
    except RegisterDamaged:
        logs.get().warning("the restore was not marked in the damaged backup register")
