"""The progress bar and Cancel of a page's long jobs on the database worker, one piece
for every page that has them (Import, Export, Backups, Desk check, Audit log, Sealing).

The job is told `run.report` as its progress callback: it is called on the worker's
thread and only emits a signal, which the bar follows on the GUI thread. `start()`
hands out the event the job checks between its steps, which `cancel()` sets; a page
that is gone by the time a report arrives is left alone.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget
from shiboken6 import isValid


class ProgressRun(QObject):
    progressed = Signal(int, int)  # emitted on the worker thread, shown on the GUI thread

    def __init__(self, bar: QProgressBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.bar = bar
        self.cancel_event: threading.Event | None = None
        self.progressed.connect(self.show)

    def start(self, steps: int | None = None) -> threading.Event:
        """A new job: the bar back at 0 (of `steps`, when known) and its cancel event."""
        self.cancel_event = threading.Event()
        if steps is not None:
            self.bar.setRange(0, max(steps, 1))
        self.bar.setValue(0)
        return self.cancel_event

    def report(self, done: int, total: int) -> None:
        """The job's progress callback (from the worker's thread)."""
        self.progressed.emit(done, total)

    def show(self, done: int, total: int) -> None:
        if isValid(self.bar):
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)

    def cancel(self) -> bool:
        """Ask the running job to stop; False when none was started."""
        if self.cancel_event is None:
            return False
        self.cancel_event.set()
        return True

    def finish(self) -> None:
        """The job ended: the bar full."""
        self.bar.setValue(self.bar.maximum())
