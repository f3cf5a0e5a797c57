"""Backups on the database worker, one place for every session's window: the daily backup
(any user's session, when due: at sign-in and on a timer), "Back up now" of the Backups
page and the administrator's sign-out backup.

The lane knows whether a backup is queued or running (the window waits for it before it
quits, with "Finishing the backup…" and Cancel) and holds the cancel event each backup
checks between its steps: a cancelled one leaves no file behind and none in the register.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from hotline.services import backup_schedule
from hotline.services.backup import BackupResult
from hotline.services.session import Session
from hotline.ui.worker import Callback, DbWorker, alive

CHECK_EVERY_MS = 5 * 60_000  # how often an open window asks whether the daily backup is due
Job = Callable[..., BackupResult | None]


class BackupLane(QObject):
    """The backups of one worker (see `lane_of`)."""

    progressed = Signal(int, int)  # emitted on the worker thread
    started = Signal()
    # A backup ended (on the GUI thread): its result (None: none was due) or its error.
    written = Signal(object)
    failed = Signal(object)
    # The daily backup's own end: what the window's status line says.
    daily_written = Signal(object)
    daily_failed = Signal(object)

    def __init__(self, worker: DbWorker) -> None:
        super().__init__(worker)
        self.worker = worker
        self.cancel = threading.Event()
        self.active = 0  # queued or running
        self.daily_running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily)

    @property
    def busy(self) -> bool:
        return self.active > 0

    def run(
        self,
        job: Job,
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """job(session, *args, progress=..., cancel=...) on the database lane."""
        if self.active == 0:
            self.cancel.clear()  # a cancel is of the backups then running
        self.active += 1
        self.started.emit()
        progress, cancel = self.progressed.emit, self.cancel

        def backing_up(session: Session, *given: Any) -> BackupResult | None:
            return job(session, *given, progress=progress, cancel=cancel)

        def done(result: object) -> None:
            self.active -= 1
            self.written.emit(result)
            if on_done is not None and alive(on_done):
                on_done(result)

        def failed(exc: object) -> None:
            self.active -= 1
            self.failed.emit(exc)
            if on_error is None:
                self.worker.on_unhandled(exc)  # the sign-out backup's: a message box
            elif alive(on_error):
                on_error(exc)

        self.worker.call(backing_up, *args, on_done=done, on_error=failed)

    # --- the daily backup -----------------------------------------------------------
    def start_daily(self) -> None:
        """At sign-in: asked at once, then every CHECK_EVERY_MS while the window is open."""
        QTimer.singleShot(0, self.daily)
        self.timer.start()

    def stop_daily(self) -> None:
        self.timer.stop()

    def daily(self) -> None:
        if self.daily_running or self.worker.session is None:
            return
        self.daily_running = True

        def written(result: object) -> None:
            self.daily_running = False
            if result is not None:
                self.daily_written.emit(result)

        def failed(exc: object) -> None:
            self.daily_running = False
            self.daily_failed.emit(exc)

        self.run(backup_schedule.back_up_if_due, on_done=written, on_error=failed)

    # --- quitting --------------------------------------------------------------------
    def cancel_all(self) -> None:
        self.cancel.set()


_lanes: weakref.WeakKeyDictionary[DbWorker, BackupLane] = weakref.WeakKeyDictionary()


def lane_of(worker: DbWorker) -> BackupLane:
    """The one lane of a worker (the window's and its Backups page's)."""
    lane = _lanes.get(worker)
    if lane is None:
        lane = BackupLane(worker)
        _lanes[worker] = lane
    return lane
