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

from hotline import logs, said
from hotline.errors import PermissionDenied
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths
from hotline.permissions import Action
from hotline.records import from_iso, to_iso, utcnow
from hotline.said import Said
from hotline.services import signed_entries
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


NOT_THERE = QT_TRANSLATE_NOOP("errors", "the file is not there")
CHANGED = QT_TRANSLATE_NOOP("errors", "the file's SHA-256 is not the one recorded")


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


# A scheduled backup written by a session without the export key (an operator's, a
# supervisor's) is recorded in its `desk.backup` audit entry, about OBJECT_TYPE, with
# what the register line will hold under UNREGISTERED; the next administrator's session
# takes it into the register (services/backup.take_in_pending), after opening the file
# again.
OBJECT_TYPE = "backup"
UNREGISTERED = "unregistered"
ADOPTED = "desk.backup_adopted"


def pending(session: Session) -> list[BackupEntry]:
    """Scheduled backups known from the audit log only, oldest first: entries signed with
    the key the chain vouched for their user (one written with SQL is not one), not yet
    taken into the register. RegisterDamaged when the register was tampered with."""
    adopted = {e.audit_seq for e in open_register(session).entries() if e.audit_seq}
    found: list[BackupEntry] = []
    for judged, _authority in signed_entries.replayed(session, OBJECT_TYPE):
        entry = judged.entry
        info = entry.details.get(UNREGISTERED) if entry.details else None
        if entry.action != "desk.backup" or not judged.genuine or entry.seq in adopted:
            continue
        if not isinstance(info, dict):
            continue
        try:
            verified = bool(entry.details["verified"])
            found.append(
                BackupEntry(
                    seq=-entry.seq,
                    path=Path(str(info["path"])),
                    created_at=from_iso(str(info["created_at"])),
                    sha256=str(entry.details["sha256"]),
                    size=int(info["size"]),
                    calls=int(entry.details["calls"]),
                    audit_head_seq=int(info["audit_head"][0]),
                    audit_head_hash=str(info["audit_head"][1]),
                    by=entry.user_id,
                    trigger=str(info["trigger"]),
                    verified=verified,
                    verified_at=from_iso(str(info["created_at"])) if verified else None,
                    problem=said.read(info),
                    removed=not verified,
                    audit_seq=entry.seq,
                    pending=True,
                )
            )
        except (KeyError, IndexError, TypeError, ValueError):
            continue
    return found


def known(session: Session) -> list[BackupEntry]:
    """The register's backups and the pending ones, for any session (reading the register
    needs only the desk's public export key): what the daily schedule goes by."""
    return [*open_register(session).entries(), *pending(session)]


def newest_of(found: list[BackupEntry]) -> BackupEntry | None:
    usable = [e for e in found if e.usable]
    return max(usable, key=lambda e: (e.created_at, e.seq)) if usable else None


def entries(session: Session) -> list[BackupEntry]:
    """Every backup recorded, oldest first, the pending ones last (RegisterDamaged when
    the register was tampered with)."""
    session.require(Action.BACKUP)
    return known(session)


def newest_verified(session: Session) -> BackupEntry | None:
    session.require(Action.BACKUP)
    return newest_of(known(session))


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


LINE_GONE = QT_TRANSLATE_NOOP(
    "findings",
    "the backup register no longer holds line {line}, which audit entry {seq} recorded: it "
    "was cut or replaced",
)


def check(session: Session) -> list[str]:
    """For verify: the register's chain and signatures, and that it still holds every line
    the audit log says a backup added (a cut tail shows)."""
    register = open_register(session)
    found = register.check()
    if found:
        return found
    for entry in [*session.audit.entries_of("desk.backup"), *session.audit.entries_of(ADOPTED)]:
        line = (entry.details or {}).get("register")
        if (
            isinstance(line, list)
            and len(line) == 2
            and not register.holds(int(line[0]), str(line[1]))
        ):
            found.append(Said(LINE_GONE, line=str(line[0]), seq=entry.seq))
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
