"""Scheduled backups: a destination folder chosen once, daily (in any user's session, when
due) and at each administrator's sign-out, the last N kept; each verified by opening it
before it counts.

The schedule (folder, daily, keep N) is a setting of the desk (the meta table),
changed by an administrator and audited. The destination is checked before a
byte is written (gone, read-only, too little room), each with its own message;
the backup itself is written by services/backup.py into the folder and recorded
in the backup register. Only backups the register says this desk wrote, with the
SHA-256 it recorded, are ever deleted when the oldest are rotated out.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from hotline import logs
from hotline.errors import DeskError, InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.records import utcnow
from hotline.said import Said, from_json, joined
from hotline.services import backup as backup_service
from hotline.services import backup_register
from hotline.services.backup import BackupCancelled, BackupResult, Cancel, Progress, sha256_of
from hotline.services.session import Session

META_FOLDER, META_DAILY, META_KEEP = "backup_folder", "backup_daily", "backup_keep"
DEFAULT_KEEP, MAX_KEEP = 7, 365
DAILY = timedelta(hours=24)
TRIGGER_MANUAL, TRIGGER_DAILY, TRIGGER_SIGN_OUT = "manual", "daily", "sign-out"


class NoFolder(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "No backup folder is chosen yet: choose one on the Backups page first."
    )


@dataclass(frozen=True)
class Schedule:
    folder: Path | None
    daily: bool
    keep: int


def schedule(session: Session) -> Schedule:
    folder = session.meta(META_FOLDER)
    try:
        keep = int(session.meta(META_KEEP, str(DEFAULT_KEEP)))
    except ValueError:
        keep = DEFAULT_KEEP
    return Schedule(Path(folder) if folder else None, session.meta(META_DAILY) == "1", keep)


KEEP_RANGE = QT_TRANSLATE_NOOP("findings", "between 1 and {most}")
INSIDE_DESK = QT_TRANSLATE_NOOP(
    "findings", "a backup kept inside the desk's own folder is no backup"
)


def set_schedule(session: Session, folder: Path | None, daily: bool, keep: int) -> Schedule:
    """Change the schedule (administrators); the folder must be there and writable."""
    session.require(Action.SETTINGS)
    if not 1 <= keep <= MAX_KEEP:
        raise InvalidInput(field="keep", problem=Said(KEEP_RANGE, most=MAX_KEEP))
    if folder is not None:
        folder = folder.expanduser().absolute()
        if folder == session.paths.root or session.paths.root in folder.parents:
            raise InvalidInput(field="folder", problem=Said(INSIDE_DESK))
        backup_service.check_folder(folder, 0)
    before = schedule(session)
    after = Schedule(folder, daily, keep)
    if after == before:
        return after
    with session.audited():
        session.set_meta(META_FOLDER, "" if folder is None else str(folder))
        session.set_meta(META_DAILY, "1" if daily else "0")
        session.set_meta(META_KEEP, str(keep))
        session.record(
            "desk.settings",
            details={
                "backup_folder": "" if folder is None else str(folder),
                "backup_daily": daily,
                "backup_keep": keep,
            },
        )
    return after


def backup_path(session: Session, folder: Path, now: datetime) -> Path:
    """hotline-<desk>-<date>-<time>.tar, with -2, -3... when one is there already or the
    register ever named it (a name freed by rotation is never given to another backup:
    two register lines for one file would let a check of one speak for the other)."""
    stem = f"hotline-{session.keyfile.desk_id[:8]}-{now.strftime('%Y%m%d-%H%M%S')}"
    try:
        named = {e.path for e in backup_register.known(session)}
    except backup_register.RegisterDamaged:
        named = set()  # the register is begun anew before this backup is recorded
    path, n = folder / f"{stem}.tar", 1
    while path.exists() or path in named:
        n += 1
        path = folder / f"{stem}-{n}.tar"
    return path


def due(session: Session, now: datetime | None = None) -> bool:
    """A daily backup is due: daily chosen, a folder set, no verified backup in 24 hours.
    Any user's session asks it (the daily backup needs no administrator signed in)."""
    plan = schedule(session)
    if not plan.daily or plan.folder is None:
        return False
    try:
        newest = backup_register.newest_of(backup_register.known(session))
    except backup_register.RegisterDamaged:
        # An administrator's backup sets the damaged register aside; another session's
        # would be due again at every check until then (its failure is on Desk health).
        return session.export_private is not None
    return newest is None or (now or utcnow()) - newest.created_at >= DAILY


def back_up_now(
    session: Session,
    trigger: str = TRIGGER_MANUAL,
    progress: Progress | None = None,
    *,
    scheduled: bool = False,
    cancel: Cancel | None = None,
) -> BackupResult:
    """One backup into the schedule's folder, verified and recorded, then the oldest beyond
    the last N rotated out. `scheduled` (the daily one) is written by any user's session;
    without the export key it is recorded in the audit and rotation waits for the next
    administrator's backup (marking a file removed is a signed line of the register)."""
    if not scheduled:
        session.require(Action.BACKUP)
    plan = schedule(session)
    if plan.folder is None:
        raise NoFolder()
    out = backup_path(session, plan.folder, utcnow())
    # A backup cut off before (the program killed while writing) left its partial file.
    for stale in plan.folder.glob(f".hotline-{session.keyfile.desk_id[:8]}-*.tar.partial"):
        with contextlib.suppress(OSError):
            stale.unlink()
    result = backup_service.backup(
        session, out, trigger=trigger, progress=progress, scheduled=scheduled, cancel=cancel
    )
    if session.export_private is not None:
        rotate(session, plan)
    return result


FAILED = "desk.backup_failed"


def back_up_if_due(
    session: Session, progress: Progress | None = None, cancel: Cancel | None = None
) -> BackupResult | None:
    """The daily backup when it is due, in any user's session. A failure is audited
    (`desk.backup_failed`: the message's template and its parameters, a folder's path at
    most), so that Desk health shows it, and raised for the status line."""
    if session.export_private is not None:
        take_in_pending(session)
    if not due(session):
        return None
    try:
        return back_up_now(session, TRIGGER_DAILY, progress, scheduled=True, cancel=cancel)
    except BackupCancelled:
        raise  # the window is quitting: asked again at the next session
    except DeskError as exc:
        # a reason that is a Said keeps what translates it (read back by last_failure)
        params = {
            k: v if isinstance(v, int | float) else v.as_json() if isinstance(v, Said) else str(v)
            for k, v in exc.params.items()
        }
        session.audit_event(
            FAILED,
            backup_register.OBJECT_TYPE,
            details={"error": exc.template, "params": params},
        )
        raise


def take_in_pending(session: Session) -> int:
    """An administrator's session takes the daily backups other sessions wrote into the
    register (see backup.take_in_pending); how many."""
    return len(backup_service.take_in_pending(session))


@dataclass(frozen=True)
class Failure:
    at: datetime
    error: DeskError  # rebuilt from the audit entry: its template and parameters


def last_failure(session: Session) -> Failure | None:
    """The newest failed daily backup, unless a verified backup was written since."""
    failed = session.audit.entries_of(FAILED)
    if not failed:
        return None
    last = failed[-1]
    try:
        newest = backup_register.newest_of(backup_register.known(session))
    except backup_register.RegisterDamaged:
        newest = None
    if newest is not None and newest.created_at >= last.at:
        return None
    details = last.details or {}
    params = details.get("params")
    error = DeskError(str(details.get("error", DeskError.template)))
    if isinstance(params, dict):
        error.params = {
            str(k): from_json(v, str(v)) if isinstance(v, dict) else v for k, v in params.items()
        }
    return Failure(last.at, error)


def back_up_at_sign_out(
    session: Session, progress: Progress | None = None, cancel: Cancel | None = None
) -> BackupResult | None:
    """The administrator's sign-out backup, when a folder is chosen."""
    if not session.can(Action.BACKUP) or schedule(session).folder is None:
        return None
    return back_up_now(session, TRIGGER_SIGN_OUT, progress, cancel=cancel)


def rotate(session: Session, plan: Schedule) -> list[Path]:
    """Delete the verified backups in the folder beyond the newest `keep`; returns them.

    A file whose SHA-256 is no longer the one recorded is left alone (it is not the
    backup this desk wrote); one already gone is marked removed."""
    if plan.folder is None:
        return []
    register = backup_register.writable(session)
    mine = [e for e in register.entries() if e.usable and e.path.parent == plan.folder]
    mine.sort(key=lambda e: (e.created_at, e.seq), reverse=True)
    removed: list[Path] = []
    for entry in mine[plan.keep :]:
        try:
            if not entry.path.exists():
                register.mark_removed(entry.seq, session.user_id, "missing")
                continue
            if sha256_of(entry.path) != entry.sha256:
                logs.get().warning("backup %d changed since written: kept", entry.seq)
                continue
            entry.path.unlink()
        except OSError as exc:
            logs.get().warning("backup %d not rotated out (%s)", entry.seq, type(exc).__name__)
            continue
        register.mark_removed(entry.seq, session.user_id, "rotated")
        removed.append(entry.path)
    if removed:
        session.audit_event("desk.backup_rotated", details={"removed": len(removed)})
    return removed


@dataclass(frozen=True)
class Overview:
    """What the Backups page shows: the schedule, the register, the newest verified backup."""

    schedule: Schedule
    entries: tuple[backup_register.BackupEntry, ...]
    newest: backup_register.BackupEntry | None
    may_change_schedule: bool
    # The register was found damaged (the next backup sets it aside and begins anew).
    register_problem: backup_register.RegisterDamaged | None = None


def overview(session: Session) -> Overview:
    session.require(Action.BACKUP)
    plan = schedule(session)
    may = session.can(Action.SETTINGS)
    try:
        found = backup_register.entries(session)
    except backup_register.RegisterDamaged as exc:
        return Overview(plan, (), None, may, exc)
    usable = [e for e in found if e.usable]
    newest = max(usable, key=lambda e: (e.created_at, e.seq)) if usable else None
    return Overview(plan, tuple(found), newest, may)


CHECK_MISSING = backup_register.NOT_THERE
CHECK_CHANGED = backup_register.CHANGED


def recheck(session: Session, seq: int) -> backup_register.BackupEntry:
    """Open a recorded backup again (its checksum, then as a restore would) and mark the
    result in the register; returns the entry as it now stands."""
    session.require(Action.BACKUP)
    backup_service.take_in_pending(session)  # a pending backup is taken in first
    register = backup_register.writable(session)
    if seq < 0:  # one known from its audit entry when the page listed it
        seq = next((e.seq for e in register.entries() if e.audit_seq == -seq), seq)
    entry = next((e for e in register.entries() if e.seq == seq), None)
    if entry is None:
        raise backup_register.RegisterDamaged(
            path=str(register.path), line=seq, reason="no such backup"
        )
    problem = ""
    if not entry.path.is_file():
        problem = CHECK_MISSING
    elif sha256_of(entry.path) != entry.sha256:
        problem = CHECK_CHANGED
    else:
        problem = joined(backup_service.check_archive(session, entry.path).problems[:3])
    register.mark_verified(seq, session.user_id, not problem, problem)
    session.audit_event("desk.backup_checked", details={"register": seq, "ok": not problem})
    return next(e for e in register.entries() if e.seq == seq)
