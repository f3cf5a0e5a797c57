"""Desk health, the administrator's first page: each fact with how it stands.

The window says each line in words with what to do; here are the facts and a
level (good, warn, bad) chosen by fixed thresholds.

On a centre's session every figure comes from the centre's server, never from this
workstation's local desk (which holds no calls): the last verify and the passwords
from the centre's chain, the tasks from its server; where a figure has no meaning on a
centre the line says so (``on_centre`` among its facts, said in words by the page): the
backups are pg_dumps registered in the folder they went to, which the workstation does
not know; the disk is this workstation's, which keeps only its drafts and outbox; a
witness that does not hold refuses the sign-in itself, so no finding waits.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from hotline.errors import DeskError
from hotline.permissions import Action
from hotline.records import AuditEntry, utcnow
from hotline.services import (
    audit_view,
    backup_register,
    backup_schedule,
    centre_audit_view,
    integrity,
    people_admin,
)
from hotline.services.centre_session import CentreSession, on_centre
from hotline.services.session import Session
from hotline.storage import device
from hotline.storage.audit_queries import AuditQueries
from hotline.storage.server.errors import on_server
from hotline.storage.tasks import MINORS_REPORT, TaskRepository

BACKUP_WARN = timedelta(days=1)
BACKUP_BAD = timedelta(days=7)
VERIFY_WARN = timedelta(days=7)
DISK_WARN = 5 * 1024**3
DISK_BAD = 1024**3
VERIFY_ACTION = "desk.verify"


class Level(StrEnum):
    GOOD = "good"
    WARN = "warn"
    BAD = "bad"


class Check(StrEnum):
    BACKUP = "backup"
    DISK = "disk"
    KEYCHAIN = "keychain"
    VERIFY = "verify"
    FINDINGS = "findings"
    PASSWORDS = "passwords"
    MINORS = "minors"
    FOLLOW_UPS = "follow_ups"


@dataclass(frozen=True)
class Line:
    check: Check
    level: Level
    facts: dict[str, Any] = field(default_factory=dict)


CENTRE = {"on_centre": True}


def _backup(session: Session, now: datetime) -> Line:
    if on_centre(session):  # pg_dumps, registered beside them: the Backups page
        return Line(Check.BACKUP, Level.WARN, CENTRE)
    line = _newest_backup(session, now)
    failure = backup_schedule.last_failure(session)
    if failure is None:
        return line
    # The daily backup failed since (in any user's session): said, at least a warning.
    level = Level.BAD if line.level == Level.BAD else Level.WARN
    return Line(Check.BACKUP, level, {**line.facts, "failed_at": failure.at, "failed": failure})


def _newest_backup(session: Session, now: datetime) -> Line:
    try:
        newest = backup_register.newest_verified(session)
    except DeskError:  # the register was tampered with or is unreadable
        return Line(Check.BACKUP, Level.BAD, {"damaged": True})
    if newest is None:
        return Line(Check.BACKUP, Level.BAD, {"none": True})
    age = now - newest.created_at
    level = Level.GOOD if age <= BACKUP_WARN else Level.WARN if age <= BACKUP_BAD else Level.BAD
    return Line(
        Check.BACKUP, level, {"at": newest.created_at, "hours": int(age.total_seconds() // 3600)}
    )


def _disk(session: Session) -> Line:
    try:
        free = shutil.disk_usage(session.paths.root).free
    except OSError:
        return Line(Check.DISK, Level.WARN, {"unknown": True})
    level = Level.GOOD if free >= DISK_WARN else Level.WARN if free >= DISK_BAD else Level.BAD
    facts: dict[str, Any] = {"free_gib": round(free / 1024**3, 1)}
    if on_centre(session):  # this workstation's: its drafts and outbox
        facts.update(CENTRE)
    return Line(Check.DISK, level, facts)


def _keychain(session: Session) -> Line:
    if isinstance(session, CentreSession):  # the workstation's secret, bound at `join`
        bound = session.workstation.keychain == device.MODE_KEYRING
        backend = device.backend_name() if bound else ""
        return Line(
            Check.KEYCHAIN, Level.GOOD if bound else Level.WARN, {**CENTRE, "backend": backend}
        )
    bound = session.keyfile.device.get("mode") == "keyring"
    return Line(
        Check.KEYCHAIN,
        Level.GOOD if bound else Level.WARN,
        {"backend": str(session.keyfile.device.get("backend", "")) if bound else ""},
    )


def _last_verify(session: Session) -> AuditEntry | None:
    if on_centre(session):  # the centre's chain (verify_now records it there)
        found = session.audit_entries(VERIFY_ACTION)
        return found[-1] if found else None
    return AuditQueries(session.db).last_of(VERIFY_ACTION)


def _verify(session: Session, now: datetime) -> Line:
    last = _last_verify(session)
    if last is None:
        return Line(Check.VERIFY, Level.WARN, {"never": True})
    ok = bool(last.details.get("ok"))
    facts = {"at": last.at, "problems": int(last.details.get("problems", 0) or 0)}
    if not ok:
        return Line(Check.VERIFY, Level.BAD, facts)
    return Line(Check.VERIFY, Level.GOOD if now - last.at <= VERIFY_WARN else Level.WARN, facts)


def _findings(session: Session) -> Line:
    open_ones = [f for f in centre_audit_view.findings(session) if not f.acknowledged]
    facts: dict[str, Any] = {"count": len(open_ones)}
    if on_centre(session):  # a witness that does not hold refuses the sign-in
        facts.update(CENTRE)
    return Line(Check.FINDINGS, Level.BAD if open_ones else Level.GOOD, facts)


def _passwords(session: Session) -> Line:
    names = sorted(
        line.user.name for line in people_admin.user_lines(session) if line.password_set_by_admin
    )
    return Line(Check.PASSWORDS, Level.WARN if names else Level.GOOD, {"names": names})


def _tasks(session: Session, now: datetime) -> list[Line]:
    remote = session.remote()  # a centre's tasks are on its server (no notes needed)
    tasks = (TaskRepository(session.db) if remote is None else remote.tasks()).listing("open")
    # A report is due a day after the call (storage/tasks.py): open past that, it is late.
    minors = [t for t in tasks if t.kind == MINORS_REPORT and t.overdue(now)]
    overdue = [t for t in tasks if t.kind != MINORS_REPORT and t.overdue(now)]
    return [
        Line(
            Check.MINORS,
            Level.BAD if minors else Level.GOOD,
            {"count": len(minors), "calls": sorted({t.call_id for t in minors if t.call_id})[:10]},
        ),
        Line(Check.FOLLOW_UPS, Level.WARN if overdue else Level.GOOD, {"count": len(overdue)}),
    ]


@on_server
def verify_now(
    session: Session, progress: Callable[[int, int], None] | None = None
) -> integrity.Report:
    """The page's "Verify now": the desk's whole verify (itself audited as desk.verify),
    or on a centre the centre's chain checked on its server, recorded on that chain."""
    if not on_centre(session):
        return audit_view.verify_chain(session, progress)
    report = centre_audit_view.verify(session)
    session.audit_event(VERIFY_ACTION, details={"ok": report.ok, "problems": len(report.problems)})
    return report


@on_server
def desk_health(session: Session, now: datetime | None = None) -> list[Line]:
    """Every line of the page, in the order shown."""
    session.require(Action.SETTINGS)
    now = now or utcnow()
    return [
        _backup(session, now),
        _disk(session),
        _keychain(session),
        _verify(session, now),
        _findings(session),
        _passwords(session),
        *_tasks(session, now),
    ]
