"""Backups: an encrypted, verified copy; restore into a new file, verify, then swap.

A backup is a tar holding the SQLCipher copy (made with sqlcipher_export into
an attachment that has the key: an empty key would write plaintext), the key
file that opens it, the audit head and a manifest with SHA-256 sums. Nothing
in it is readable without a password or the recovery code.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

from hotline import __version__, logs
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import DeskPaths, harden_process, make_private_dir
from hotline.permissions import Action
from hotline.records import to_iso, utcnow
from hotline.services import desk as desk_service
from hotline.services import sealing
from hotline.services.session import Session
from hotline.storage import seal_register
from hotline.storage.calls import CallRepository
from hotline.storage.checks import database_checks
from hotline.storage.database import Database
from hotline.storage.keyfile import SECRET_DB
from hotline.storage.lock import DeskLock

MEMBERS = ("desk.db", "desk.keys", "audit.head")


class BackupFailed(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The backup {path} is not usable ({reason}). Nothing was changed."
    )


@dataclass(frozen=True)
class BackupResult:
    path: Path
    calls: int
    size: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup(session: Session, out: Path) -> BackupResult:
    session.require(Action.BACKUP)
    harden_process()
    out = out.absolute()
    if out.exists():
        raise BackupFailed(path=str(out), reason="a file is already there")
    work = out.with_name(f".{out.name}.partial")
    shutil.rmtree(work, ignore_errors=True)
    make_private_dir(work)
    try:
        copy = work / "desk.db"
        key = session.secrets[SECRET_DB]
        session.db.checkpoint()
        session.db.export_copy(copy, key)
        # Verified by opening it before it counts.
        check = Database(copy, key)
        try:
            problems = database_checks(check)
            calls = CallRepository(check).count()
        finally:
            check.close()
        if problems:
            raise BackupFailed(path=str(out), reason="; ".join(problems[:3]))
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
            "calls": calls,
            # The head, so that the backup is an outside witness of the log (verify --witness).
            "audit_head": {"seq": head.seq, "hash": head.hash.hex()},
            "sha256": {name: _sha256(work / name) for name in MEMBERS},
        }
        partial = out.with_name(f".{out.name}.tar.partial")
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
        os.replace(partial, out)
        session.audit_event("desk.backup", details={"calls": calls, "sha256": _sha256(out)})
        logs.get().info("backup written and verified (%d calls)", calls)
        return BackupResult(out, calls, out.stat().st_size)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _extract(archive: Path, into: Path) -> dict[str, object]:
    try:
        with tarfile.open(archive, mode="r") as tar:
            names = set(tar.getnames())
            if names != {"manifest.json", *MEMBERS}:
                raise BackupFailed(path=str(archive), reason="unexpected contents")
            tar.extractall(into, filter="data")
    except (tarfile.TarError, OSError) as exc:
        raise BackupFailed(path=str(archive), reason=str(exc)) from exc
    try:
        manifest = json.loads((into / "manifest.json").read_bytes().decode("utf-8"))
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are both
        raise BackupFailed(path=str(archive), reason="its manifest.json is not JSON") from None
    if not isinstance(manifest, dict):
        raise BackupFailed(path=str(archive), reason="its manifest.json is not a JSON object")
    sums = manifest.get("sha256")
    if not isinstance(sums, dict):
        raise BackupFailed(path=str(archive), reason="no checksums")
    for name in MEMBERS:
        if sums.get(name) != _sha256(into / name):
            raise BackupFailed(path=str(archive), reason=f"{name} does not match its checksum")
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
        raise BackupFailed(path=str(session.paths.root), reason="; ".join(problems[:3]))
    return done


def restore(paths: DeskPaths, archive: Path, name: str, password: str) -> Path:
    """Unpack beside the desk, unlock and verify the copy, then swap it in.

    The live files are moved aside into `replaced-<time>/`, never deleted;
    returns that folder.
    """
    harden_process()
    make_private_dir(paths.root)
    stamp = to_iso(utcnow()).replace(":", "").replace("-", "")
    staging = paths.root / f"restore-{stamp}"
    make_private_dir(staging)
    try:
        _extract(archive.absolute(), staging)
        os.replace(staging / "manifest.json", staging / "backup-manifest.json")
        staged = DeskPaths(staging)
        session = desk_service.unlock(staged, name, password)
        try:
            session.require(Action.RESTORE)
            problems = database_checks(session.db) + session.audit.verify()
            if problems:
                raise BackupFailed(path=str(archive), reason="; ".join(problems[:3]))
            resealed = _apply_seals(paths, session)
            session.audit_event(
                "desk.restore", details={"from": archive.name, "sealed_again": resealed}
            )
        finally:
            session.close()
        with DeskLock(paths.lock_file):
            aside = paths.root / f"replaced-{stamp}"
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
