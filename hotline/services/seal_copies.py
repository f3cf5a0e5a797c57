"""Sealing the copies of a desk: its backups and the `replaced-<time>/` folders a
restore left, after the live desk was sealed.

Each copy opens with the password its slot had when it was written (a backup is
a whole desk). It is unpacked beside itself, unlocked, the seal register applied
(hotline.services.sealing.apply_register: every sealed call sealed there too,
audited in that copy's own log), checked (SQLCipher, integrity, the audit chain),
packed again with a new manifest and put in the old one's place with one rename.
A copy that cannot be reached (gone, another password, damaged) is listed: it
still holds sealed data until it is brought back to be sealed, or destroyed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from hotline import logs
from hotline.errors import DeskError, WrongPassword
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths, make_private_dir
from hotline.services import backup_register, sealing
from hotline.services import desk as desk_service
from hotline.services.backup import (
    MEMBERS,
    BackupFailed,
    _extract,
    pack,
    sha256_of,
    take_in_pending,
)
from hotline.services.session import Session
from hotline.storage import seal_register
from hotline.storage.audit_log import Head
from hotline.storage.checks import database_checks

REPLACED_PREFIX = "replaced-"
STILL_HOLDS = QT_TRANSLATE_NOOP(
    "findings", "still holds sealed data: bring it back to be sealed, or destroy it"
)
MARK_SEALED = "sealed"  # the backup register's mark: sealed through `seals` register lines
# Why a copy was not sealed (the window and the command line say it in words).
MISSING = "missing"
PASSWORD = "password"
DAMAGED = "damaged"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CopyOutcome:
    path: Path
    sealed: int  # calls sealed in it now (0: it held none of them)
    reached: bool
    reason: str = ""  # MISSING, PASSWORD or DAMAGED when not reached


def replaced_folders(session: Session) -> list[Path]:
    root = session.paths.root
    return sorted(p for p in root.glob(f"{REPLACED_PREFIX}*") if p.is_dir())


def seal_folder(root: Path, register: Path, name: str, password: str) -> int:
    """Apply the register to the desk in `root`; the calls sealed there."""
    if (root / "desk.db").exists() is False:
        raise BackupFailed(path=str(root), reason="no desk.db")
    if register.exists():
        shutil.copy2(register, seal_register.path_in(root))
    session = desk_service.unlock(DeskPaths(root), name, password)
    try:
        done = sealing.apply_register(session)
        problems = database_checks(session.db) + session.audit.verify()
        if problems:
            raise BackupFailed(path=str(root), reason="; ".join(problems[:3]))
    finally:
        session.close()
    for leftover in ("desk.db-wal", "desk.db-shm", "desk.lock", "logins.json"):
        (root / leftover).unlink(missing_ok=True)
    return done


def _pack(work: Path, manifest: dict[str, object], out: Path) -> None:
    """The sealed copy packed beside the backup, then put in its place with one rename."""
    partial = out.with_name(f".{out.name}.sealed.partial")
    try:
        pack(work, manifest, partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def seal_archive(archive: Path, register: Path, name: str, password: str) -> int:
    """Unpack a backup beside itself, seal it, pack it again in its place."""
    work = archive.with_name(f".{archive.name}.sealing")
    shutil.rmtree(work, ignore_errors=True)
    make_private_dir(work)
    try:
        manifest = _extract(archive, work)
        os.replace(work / "manifest.json", work / "backup-manifest.json")
        done = seal_folder(work, register, name, password)
        if not done:
            return 0
        head = Head.read(work / "audit.head")
        manifest["sha256"] = {member: sha256_of(work / member) for member in MEMBERS}
        if head is not None:
            manifest["audit_head"] = {"seq": head.seq, "hash": head.hash.hex()}
        manifest["sealed_calls"] = int(str(manifest.get("sealed_calls", 0))) + done
        _pack(work, manifest, archive)
        return done
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _seals_count(session: Session) -> int:
    return len(seal_register.read(seal_register.path_in(session.paths.root), session.export_public))


def still_holding(session: Session) -> list[Path]:
    """The backups of the register written before a seal and not sealed since (gone or
    not), and the replaced-<time>/ folders: each may still hold sealed data."""
    count = _seals_count(session)
    if not count:
        return []
    out = []
    for entry in backup_register.entries(session):
        if entry.removed:
            continue
        done = [int(m.fields.get("seals", 0)) for m in entry.marks_of(MARK_SEALED)]
        if max(done, default=0) < count:
            out.append(entry.path)
    return out


def seal_copies(
    session: Session,
    password: str,
    archives: Sequence[Path] = (),
    progress: Progress | None = None,
) -> list[CopyOutcome]:
    """Seal every backup of the register, the ones given, and every replaced-<time>/
    folder of the desk; mark in the register those sealed."""
    # The recovery code opens no backup's user slot: nothing to unlock them with.
    name = "" if session.user is None else session.user.name
    register = seal_register.path_in(session.paths.root)
    targets: list[tuple[Path, bool]] = [(p, False) for p in replaced_folders(session)]
    take_in_pending(session)  # the daily backups of other sessions, to be visited and marked
    registered = {e.path: e for e in backup_register.entries(session) if not e.removed}
    count_seals = _seals_count(session)
    listed = dict.fromkeys([*registered, *(Path(p).absolute() for p in archives)])
    targets += [(p, True) for p in listed]
    outcomes = []
    for done, (path, is_archive) in enumerate(targets, start=1):
        if not path.exists():
            outcomes.append(CopyOutcome(path, 0, False, MISSING))
            continue
        try:
            if not name:
                raise WrongPassword()
            count = (
                seal_archive(path, register, name, password)
                if is_archive
                else seal_folder(path, register, name, password)
            )
        except WrongPassword:
            outcomes.append(CopyOutcome(path, 0, False, PASSWORD))
        except (DeskError, OSError) as exc:
            logs.get().warning("a copy of the desk was not sealed (%s)", type(exc).__name__)
            outcomes.append(CopyOutcome(path, 0, False, DAMAGED))
        else:
            outcomes.append(CopyOutcome(path, count, True))
            entry = registered.get(path)
            if entry is not None:
                backup_register.writable(session).mark(
                    entry.seq,
                    MARK_SEALED,
                    session.user_id,
                    {"seals": count_seals, "calls": count, "sha256": sha256_of(path)},
                )
        if progress:
            progress(done, len(targets))
    if targets:
        session.audit_event(
            "seal.copies",
            details={
                "reached": sum(o.reached for o in outcomes),
                "unreached": sum(not o.reached for o in outcomes),
            },
        )
    return outcomes
