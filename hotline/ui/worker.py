"""The database worker: one thread owns the session; the GUI sends it jobs.

Like Anki's CollectionOp or securedrop-client's job queue: the GUI thread
never touches the database or runs key derivation. A job is a function run
on the worker thread; its result (or its exception) comes back to the GUI
thread through a queued signal and is handed to `on_done` / `on_error`.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:  # imported lazily: the login window paints before the crypto loads
    from hotline.services.session import Session

Callback = Callable[[Any], None]


@dataclass
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callback | None
    on_error: Callback | None
    with_session: bool


class DbWorker(QObject):
    """Runs jobs one at a time, in order, on a thread of its own."""

    _finished = Signal(object, object)  # callback, value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name="hotline-db", daemon=True)
        self._thread.start()

    # --- submitting --------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """Run fn(*args) on the worker thread."""
        self._put(_Job(fn, args, on_done, on_error, False))

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """Run fn(session, *args) on the worker thread with the open session."""
        self._put(_Job(fn, args, on_done, on_error, True))

    def _put(self, job: _Job) -> None:
        with self._lock:
            self._pending += 1
        self._queue.put(job)

    # --- the thread --------------------------------------------------------
    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                if job.with_session:
                    if self.session is None:
                        raise RuntimeError("the desk is not open")
                    value = job.fn(self.session, *job.args)
                else:
                    value = job.fn(*job.args)
                callback = job.on_done
            except BaseException as exc:  # handed to the GUI, never lost
                value, callback = exc, job.on_error
            finally:
                with self._lock:
                    self._pending -= 1
            self._finished.emit(callback, value)

    def _deliver(self, callback: Callback | None, value: Any) -> None:
        if callback is not None:
            callback(value)

    # --- state ---------------------------------------------------------------
    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """For tests and shutdown: wait until every submitted job has run."""
        deadline = time.monotonic() + timeout
        while self.busy:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True

    def stop(self, timeout: float = 10.0) -> None:
        """Finish queued jobs, close the session, end the thread."""

        def close() -> None:
            if self.session is not None:
                self.session.close()
                self.session = None

        self._put(_Job(close, (), None, None, False))
        self._queue.put(None)
        self._thread.join(timeout)
