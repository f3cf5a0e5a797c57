"""Backups: an encrypted, verified copy; restore into a new file, verify, then swap.

A backup is a tar holding the SQLCipher copy (made with sqlcipher_export into
an attachment that has the key: an empty key would write plaintext), the key
file that opens it, the audit head and a manifest with SHA-256 sums. Nothing
in it is readable without a password or the recovery code.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import tarfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from hotline import __version__, logs, said
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths, harden_process, make_private_dir
from hotline.permissions import Action
from hotline.records import from_iso, to_iso, utcnow
from hotline.said import Said, as_text, joined, said_of
from hotline.services import backup_register, sealing
from hotline.services import desk as desk_service
from hotline.services.session import Session
from hotline.storage import seal_register
from hotline.storage.calls import CallRepository
from hotline.storage.checks import database_checks
from hotline.storage.database import Database
from hotline.storage.desk_summary import DeskSummary, summarize
from hotline.storage.keyfile import SECRET_DB
from hotline.storage.lock import DeskLock

MARGIN = 1 << 20  # room beyond the copy itself: the key file, the manifest, the tar's blocks
MEMBERS = ("desk.db", "desk.keys", "audit.head")


class BackupFailed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The backup {path} is not usable ({reason}). Nothing was changed."
    )


class FolderMissing(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} is not there: plug in the backup drive or connect the "
        "network share, or choose another folder. No backup was written.",
    )


class FolderReadOnly(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} cannot be written to (it is read-only, or this user may "
        "not write there). Choose another folder. No backup was written.",
    )


class FolderFull(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} has too little free space ({free} MB free, about "
        "{needed} MB needed). Free some space or choose another folder; older backups "
        "were kept. No backup was written.",
    )


class BackupCancelled(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The backup was cancelled: no file of it was kept and none is counted."
    )


class Cancel(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class BackupResult:
    path: Path
    calls: int
    size: int
    sha256: str = ""
    register_seq: int = 0  # its line in the backup register


@dataclass(frozen=True)
class ArchiveCheck:
    """What opening a written backup found."""

    calls: int
    opened: bool  # the copy was opened with the desk's key (False: checksums only)
    problems: tuple[str, ...]


# Why a backup or a restore is refused (hotline/said.py: translated where it is shown).
FILE_THERE = QT_TRANSLATE_NOOP("findings", "a file is already there")
UNEXPECTED = QT_TRANSLATE_NOOP("findings", "unexpected contents")
MANIFEST_NOT_JSON = QT_TRANSLATE_NOOP("findings", "its manifest.json is not JSON")
MANIFEST_NOT_OBJECT = QT_TRANSLATE_NOOP("findings", "its manifest.json is not a JSON object")
NO_CHECKSUMS = QT_TRANSLATE_NOOP("findings", "no checksums")
CHECKSUM = QT_TRANSLATE_NOOP("findings", "{name} does not match its checksum")
CHANGED_SINCE = QT_TRANSLATE_NOOP("findings", "it changed since it was previewed")
OTHER_DESK = QT_TRANSLATE_NOOP("findings", "it belongs to another desk")


Progress = Callable[[int, int], None]
BACKUP_STEPS = 4  # copied, checked, written, verified by opening the file written


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_folder(folder: Path, needed: int) -> None:
    """The destination is there, writable and has `needed` bytes free, or a clear error."""
    if not folder.is_dir():
        raise FolderMissing(path=str(folder))
    probe = folder / f".hotline-probe-{os.urandom(4).hex()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise FolderFull(path=str(folder), free=0, needed=_mb(needed)) from None
        raise FolderReadOnly(path=str(folder)) from None
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise FolderFull(path=str(folder), free=_mb(free), needed=_mb(needed))


def _mb(size: int) -> int:
    return max(1, (size + (1 << 20) - 1) >> 20) if size else 0


def needed_bytes(session: Session) -> int:
    """About what a backup of this desk takes: the database (with its WAL) and the keys."""
    paths = session.paths
    files = (paths.database, paths.database.with_name("desk.db-wal"), paths.key_file)
    return sum(p.stat().st_size for p in files if p.exists()) + MARGIN


def _remove_stale_work(paths: DeskPaths) -> None:
    """Work folders a killed backup or check left beside the desk (this session holds the
    desk's lock, so none is in use)."""
    for pattern in (".backup-*", ".verify-*"):
        for stale in paths.root.glob(pattern):
            shutil.rmtree(stale, ignore_errors=True)


def _private_work_dir(paths: DeskPaths, kind: str) -> Path:
    """A private folder beside the desk for unpacking (never the system's temp folder)."""
    make_private_dir(paths.root)
    work = paths.root / f".{kind}-{os.urandom(6).hex()}"
    make_private_dir(work)
    return work


def check_archive(session: Session, archive: Path) -> ArchiveCheck:
    """Open a backup file as a restore would: its members against their checksums, then
    the database copy with the desk's key and its own checks. A backup written under an
    earlier database key (before a key rotation) is checked by its checksums only."""
    work = _private_work_dir(session.paths, "verify")
    try:
        try:
            manifest = _extract(archive, work)
        except BackupFailed as exc:
            return ArchiveCheck(0, False, (as_text(exc.params.get("reason", "")),))
        if manifest.get("desk_id") != session.keyfile.desk_id:
            return ArchiveCheck(0, False, (Said(OTHER_DESK),))
        generation = manifest.get("db_generation")
        if generation is not None and generation != session.keyfile.db_generation:
            return ArchiveCheck(int(str(manifest.get("calls", 0) or 0)), False, ())
        try:
            check = Database(work / "desk.db", session.secrets[SECRET_DB])
        except DeskError as exc:
            return ArchiveCheck(0, False, (said_of(exc),))
        try:
            problems = database_checks(check)
            calls = CallRepository(check).count() if not problems else 0
        finally:
            check.close()
        return ArchiveCheck(calls, True, tuple(problems))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_archive(session: Session, out: Path, progress: Progress) -> int:
    """The tar at `out` (written beside it, then renamed); returns the calls it holds."""
    # The copy is made beside the desk: the destination needs room for the backup only.
    work = _private_work_dir(session.paths, "backup")
    partial = out.with_name(f".{out.name}.tar.partial")
    try:
        copy = work / "desk.db"
        key = session.secrets[SECRET_DB]
        session.db.checkpoint()
        session.db.export_copy(copy, key)
        progress(1, BACKUP_STEPS)
        # The copy is checked before it is packed.
        check = Database(copy, key)
        try:
            problems = database_checks(check)
            calls = CallRepository(check).count()
        finally:
            check.close()
        if problems:
            raise BackupFailed(path=str(out), reason=joined(problems[:3]))
        progress(2, BACKUP_STEPS)
        session.audit.write_head(durable=True)
        head = session.audit.last()
        shutil.copy2(session.paths.key_file, work / "desk.keys")
        shutil.copy2(session.paths.audit_head, work / "audit.head")
        manifest = {
            "format": "hotline-backup/1",
            "desk_id": session.keyfile.desk_id,
            "created_at": to_iso(utcnow()),
            "software": __version__,
            "schema_version": session.db.user_version,
            "db_generation": session.keyfile.db_generation,
            "calls": calls,
            # The head, so that the backup is an outside witness of the log (verify --witness).
            "audit_head": {"seq": head.seq, "hash": head.hash.hex()},
            "sha256": {name: sha256_of(work / name) for name in MEMBERS},
        }
        pack(work, manifest, partial)
        os.replace(partial, out)
        progress(3, BACKUP_STEPS)
        return calls
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def pack(work: Path, manifest: Mapping[str, object], partial: Path) -> None:
    """Write the tar of a backup (its manifest and MEMBERS from `work`), fsynced."""
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w") as tar:
        data = json.dumps(manifest, indent=1).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        info.mode = 0o600
        tar.addfile(info, io.BytesIO(data))
        for name in MEMBERS:
            tar.add(work / name, arcname=name)
        tar.close()
        raw.flush()
        os.fsync(raw.fileno())


def _no_progress(_done: int, _total: int) -> None:
    return None


def backup(
    session: Session,
    out: Path,
    *,
    trigger: str = "command line",
    progress: Progress | None = None,
    scheduled: bool = False,
    cancel: Cancel | None = None,
) -> BackupResult:
    """Write an encrypted backup to `out`, open it again to verify it, and record it in the
    backup register (which says whether it was verified). A backup that does not open clean
    is recorded as failed, removed, and BackupFailed is raised.

    `scheduled`: the daily backup, which any user's session writes when it is due (the
    copy needs only the database key every slot opens). A session without the export key
    (not an administrator's) cannot sign a register line: the backup is recorded in its
    `desk.backup` audit entry, signed by the session's user, and taken into the register
    by the next administrator's session (services/backup_register.adopt)."""
    if not scheduled:
        session.require(Action.BACKUP)
    harden_process()
    told = progress or _no_progress

    def step(done: int, total: int) -> None:
        """Progress, and the point where a cancel is taken (the partial file is removed)."""
        if cancel is not None and cancel.is_set() and done < total:
            raise BackupCancelled()
        told(done, total)

    out = out.absolute()
    if out.exists():
        raise BackupFailed(path=str(out), reason=Said(FILE_THERE))
    check_folder(out.parent, needed_bytes(session))
    _remove_stale_work(session.paths)
    try:
        calls = _write_archive(session, out, step)
    except BackupCancelled:
        out.unlink(missing_ok=True)  # cancelled just after the tar took its name
        raise
    except OSError as exc:  # the destination went away, turned read-only or filled up
        if not str(exc.filename or out).startswith(str(out.parent)):
            raise BackupFailed(path=str(out), reason=exc.strerror or type(exc).__name__) from None
        if exc.errno == errno.ENOSPC:
            free = shutil.disk_usage(out.parent).free if out.parent.is_dir() else 0
            needed = _mb(needed_bytes(session))
            raise FolderFull(path=str(out.parent), free=_mb(free), needed=needed) from None
        if not out.parent.is_dir():
            raise FolderMissing(path=str(out.parent)) from None
        raise FolderReadOnly(path=str(out.parent)) from None
    # Verified by opening the file as written, before it counts.
    try:
        found = check_archive(session, out)
        step(3, BACKUP_STEPS)  # cancelled while opening it: the file goes, nothing counts
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    problem = joined(found.problems[:3])
    digest = sha256_of(out)
    size = out.stat().st_size
    head = session.audit.last()
    if session.export_private is None:
        return _recorded_in_the_audit(session, out, calls, digest, size, trigger, problem, step)
    take_in_pending(session)  # the register's lines in the order the backups were written
    register = backup_register.writable(session)
    seq = register.record(
        path=out,
        created_at=utcnow(),
        sha256=digest,
        size=size,
        calls=calls,
        audit_head=(head.seq, head.hash.hex()),
        by=session.user_id,
        trigger=trigger,
        verified=not problem,
        problem=problem,
    )
    if problem:
        out.unlink(missing_ok=True)
        register.mark_removed(seq, session.user_id, "failed verification")
    line = list(register.head())
    details = {"calls": calls, "sha256": digest, "verified": not problem, "register": line}
    session.audit_event("desk.backup", details=details)
    step(BACKUP_STEPS, BACKUP_STEPS)
    if problem:
        raise BackupFailed(path=str(out), reason=problem)
    logs.get().info("backup written and verified (%d calls)", calls)
    return BackupResult(out, calls, size, digest, seq)


def take_in_pending(session: Session) -> list[int]:
    """Take the daily backups other users' sessions wrote (known from their audit entries,
    backup_register.pending) into the register: an administrator's session, which holds
    the export key. Each file is opened again first; one gone, changed or not opening
    clean is recorded as not verified, with why. Returns the register lines added."""
    if session.export_private is None:
        return []
    register = backup_register.writable(session)  # a damaged one is set aside first
    found = backup_register.pending(session)
    added: list[int] = []
    for entry in found:
        problem = entry.problem
        if entry.verified:
            if not entry.path.is_file():
                problem = backup_register.NOT_THERE
            elif sha256_of(entry.path) != entry.sha256:
                problem = backup_register.CHANGED
            else:
                problem = joined(check_archive(session, entry.path).problems[:3])
        seq = register.record(
            path=entry.path,
            created_at=entry.created_at,
            sha256=entry.sha256,
            size=entry.size,
            calls=entry.calls,
            audit_head=(entry.audit_head_seq, entry.audit_head_hash),
            by=entry.by,
            trigger=entry.trigger,
            verified=entry.verified and not problem,
            problem=problem,
            from_audit=entry.audit_seq,
        )
        if not entry.verified or problem:
            register.mark_removed(seq, session.user_id, "failed verification")
        line = list(register.head())
        session.audit_event(
            backup_register.ADOPTED,
            backup_register.OBJECT_TYPE,
            details={"audit": entry.audit_seq, "verified": not problem, "register": line},
        )
        added.append(seq)
    return added


def _recorded_in_the_audit(
    session: Session,
    out: Path,
    calls: int,
    digest: str,
    size: int,
    trigger: str,
    problem: str,
    step: Progress,
) -> BackupResult:
    """A scheduled backup of a session that cannot sign the register: its audit entry
    holds what the register line will (adopted by the next administrator's session)."""
    if problem:
        out.unlink(missing_ok=True)
    head = session.audit.last()
    details = {
        "calls": calls,
        "sha256": digest,
        "verified": not problem,
        backup_register.UNREGISTERED: {
            "path": str(out),
            "created_at": to_iso(utcnow()),
            "size": size,
            "trigger": trigger,
            **said.kept(problem),
            "audit_head": [head.seq, head.hash.hex()],
        },
    }
    session.audit_event("desk.backup", backup_register.OBJECT_TYPE, details=details)
    step(BACKUP_STEPS, BACKUP_STEPS)
    if problem:
        raise BackupFailed(path=str(out), reason=problem)
    logs.get().info("scheduled backup written and verified (%d calls)", calls)
    return BackupResult(out, calls, size, digest, 0)


def _extract(archive: Path, into: Path) -> dict[str, object]:
    try:
        with tarfile.open(archive, mode="r") as tar:
            names = set(tar.getnames())
            if names != {"manifest.json", *MEMBERS}:
                raise BackupFailed(path=str(archive), reason=Said(UNEXPECTED))
            tar.extractall(into, filter="data")
    except (tarfile.TarError, OSError) as exc:
        raise BackupFailed(path=str(archive), reason=str(exc)) from exc
    try:
        manifest = json.loads((into / "manifest.json").read_bytes().decode("utf-8"))
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are both
        raise BackupFailed(path=str(archive), reason=Said(MANIFEST_NOT_JSON)) from None
    if not isinstance(manifest, dict):
        raise BackupFailed(path=str(archive), reason=Said(MANIFEST_NOT_OBJECT))
    sums = manifest.get("sha256")
    if not isinstance(sums, dict):
        raise BackupFailed(path=str(archive), reason=Said(NO_CHECKSUMS))
    for name in MEMBERS:
        if sums.get(name) != sha256_of(into / name):
            raise BackupFailed(path=str(archive), reason=Said(CHECKSUM, name=name))
    return manifest


def _apply_seals(live: DeskPaths, session: Session) -> int:
    """A restored copy never brings sealed text back: the live desk's seal register
    (it survives the restore) is applied to the copy before it is used, then the
    copy is checked again; the number of calls sealed in it."""
    register = seal_register.path_in(live.root)
    if not register.exists():
        return 0
    shutil.copy2(register, seal_register.path_in(session.paths.root))
    done = sealing.apply_register(session)
    problems = database_checks(session.db) + session.audit.verify()
    if problems:
        raise BackupFailed(path=str(session.paths.root), reason=joined(problems[:3]))
    return done


@dataclass(frozen=True)
class BackupPreview:
    """What a backup holds, read from a staged copy before anything of the desk changes."""

    archive: Path
    sha256: str
    written_at: datetime | None
    software: str
    schema_version: int
    same_desk: bool  # the backup is of this desk (its id)
    summary: DeskSummary
    problems: tuple[str, ...]  # what its checks found: a restore refuses it


Release = Callable[[Path], None]


def _staging(paths: DeskPaths) -> tuple[Path, str]:
    harden_process()
    make_private_dir(paths.root)
    stamp = to_iso(utcnow()).replace(":", "").replace("-", "")
    staging = paths.root / f"restore-{stamp}-{os.urandom(3).hex()}"
    make_private_dir(staging)
    return staging, stamp


def _unpack(
    archive: Path, staging: Path, name: str, password: str
) -> tuple[Session, dict[str, object]]:
    manifest = _extract(archive, staging)
    os.replace(staging / "manifest.json", staging / "backup-manifest.json")
    return desk_service.unlock(DeskPaths(staging), name, password), manifest


def _digest(archive: Path) -> str:
    try:
        return sha256_of(archive)
    except OSError as exc:
        raise BackupFailed(path=str(archive), reason=exc.strerror or type(exc).__name__) from None


def preview(
    paths: DeskPaths, archive: Path, name: str, password: str, desk_id: str = ""
) -> BackupPreview:
    """Unpack a backup beside the desk, open it with the password it had and read what it
    holds; the staged copy is removed again and the live desk is not touched."""
    archive = archive.absolute()
    digest = _digest(archive)
    staging, _stamp = _staging(paths)
    try:
        session, manifest = _unpack(archive, staging, name, password)
        try:
            session.require(Action.RESTORE)
            problems = database_checks(session.db) + session.audit.verify()
            summary = summarize(session.db)
            backup_desk = session.keyfile.desk_id
        finally:
            session.close()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    written = manifest.get("created_at")
    return BackupPreview(
        archive=archive,
        sha256=digest,
        written_at=from_iso(str(written)) if written else None,
        software=str(manifest.get("software", "")),
        schema_version=int(str(manifest.get("schema_version", 0) or 0)),
        same_desk=not desk_id or backup_desk == desk_id,
        summary=summary,
        problems=tuple(problems),
    )


def restore(
    paths: DeskPaths,
    archive: Path,
    name: str,
    password: str,
    *,
    expected_sha256: str = "",
    release: Release | None = None,
) -> Path:
    """Unpack beside the desk, unlock and verify the copy, then swap it in.

    The live files are moved aside into `replaced-<time>/`, never deleted;
    returns that folder. `expected_sha256`: the file must still be the one previewed.
    `release(aside)` is called once the copy checked clean, just before the swap: the
    window closes its own session there, so that the desk's lock is free.
    """
    archive = archive.absolute()
    staging, stamp = _staging(paths)
    try:
        if expected_sha256 and _digest(archive) != expected_sha256:
            raise BackupFailed(path=str(archive), reason=Said(CHANGED_SINCE))
        session, _manifest = _unpack(archive, staging, name, password)
        try:
            session.require(Action.RESTORE)
            problems = database_checks(session.db) + session.audit.verify()
            if problems:
                raise BackupFailed(path=str(archive), reason=joined(problems[:3]))
            resealed = _apply_seals(paths, session)
            session.audit_event(
                "desk.restore", details={"from": archive.name, "sealed_again": resealed}
            )
        finally:
            session.close()
        aside = paths.root / f"replaced-{stamp}"
        if release is not None:
            release(aside)
        with DeskLock(paths.lock_file):
            make_private_dir(aside)
            # The notes' index belongs to the replaced calls: aside with them, the next
            # supervisor's session builds it anew for the restored ones.
            index = paths.search_index.name
            files = (*MEMBERS, "desk.db-wal", "desk.db-shm", index, f"{index}-wal", f"{index}-shm")
            for member in files:
                live = paths.root / member
                if live.exists():
                    os.replace(live, aside / member)
            for member in MEMBERS:
                os.replace(staging / member, paths.root / member)
        return aside
    finally:
        shutil.rmtree(staging, ignore_errors=True)
