"""The database worker: one thread owns the session; the GUI sends it jobs.

Like Anki's CollectionOp or securedrop-client's job queue: the GUI thread
never touches the database or runs key derivation. A job is a function run
on a worker thread; its result (or its exception) comes back to the GUI
thread through a queued signal and is handed to `on_done` / `on_error`.

The contract:
- Two lanes. `call` and `run` go to the database lane, one job at a time, in
  order (the session is not shared). `run_aside` goes to the second lane, for
  work that needs no database (the export's disclosure protection and audit), so
  an autosave never waits behind a long computation.
- A job's exception never vanishes: without `on_error` it goes to
  `on_unhandled` (so does an exception raised by a callback itself), which by
  default shows the problem in the user's language (ui/problems: a desk error's
  translated message, or one sentence for anything else, never the exception's
  own text) and logs the job's name and the exception's type only. The main
  window points `on_unhandled` at its status line.
- `job_done` is emitted on the GUI thread after each job's callback ran, and
  `idle` when no job of either lane is left to run or to deliver (tests wait for
  it with qtbot.waitSignal instead of polling).
- Lifetimes (issue 16: a segfault with three supervisor pages in one test). A job
  outlives the page that asked for it when the page is closed and deleted while the
  job runs (a test's end, a sign-out). Its callbacks are then dropped, not called:
  one that reached a deleted widget raised RuntimeError, or crashed in C++ where
  the widget was one Qt owns (a header, a selection model). And only the GUI thread
  ever holds the last reference to a job (its function, arguments, callbacks and
  result may hold widgets): the lanes keep a job's number, the worker the job, so a
  widget is never destroyed on a lane's thread.
"""

from __future__ import annotations

import functools
import itertools
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from hotline import logs

if TYPE_CHECKING:  # imported lazily: the login window paints before the crypto loads
    from hotline.services.session import Session

Callback = Callable[[Any], None]
_shown: list[Any] = []  # the message boxes of show_unhandled still open


@dataclass
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: Callback | None
    on_error: Callback | None
    with_session: bool
    value: Any = None
    failed: bool = False


def _qobjects(callback: object) -> list[QObject]:
    """The Qt objects a callback acts on: a bound method's object, a partial's function
    and arguments, the variables a lambda closes over (one level: what a callback
    written in this code holds)."""
    found: list[QObject] = []
    pending: list[object] = [callback]
    while pending:
        item = pending.pop()
        if isinstance(item, QObject):
            found.append(item)
        elif isinstance(item, functools.partial):
            pending += [item.func, *item.args, *item.keywords.values()]
        elif hasattr(item, "__self__") and isinstance(item.__self__, QObject):
            found.append(item.__self__)
        else:
            for cell in getattr(item, "__closure__", None) or ():
                try:
                    content = cell.cell_contents
                except ValueError:  # a cell not yet filled
                    continue
                if isinstance(content, QObject):
                    found.append(content)
    return found


def alive(callback: object) -> bool:
    """False when a Qt object the callback acts on was deleted (its page closed)."""
    return all(shiboken6.isValid(obj) for obj in _qobjects(callback))


def job_name(fn: Callable[..., Any]) -> str:
    """The job's function as the log names it: module and qualified name, nothing passed."""
    module = getattr(fn, "__module__", None) or "?"
    return f"{module}.{getattr(fn, '__qualname__', type(fn).__name__)}"


def show_unhandled(exc: BaseException) -> None:
    """The default for a failed job nobody handles: a message box in the user's language."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hotline.ui.problems import error_text

    if not isinstance(QApplication.instance(), QApplication):
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(error_text(exc))
    box.setModal(False)
    _shown.append(box)  # without a parent window only this reference keeps it open
    box.finished.connect(lambda _result: _shown.remove(box))
    box.show()


class _Lane:
    """One thread running the jobs of one queue in order."""

    def __init__(self, worker: DbWorker, name: str) -> None:
        self.worker = worker
        self.running = 0  # submitted to this lane and not yet run (under worker._lock)
        self.queue: queue.Queue[int | None] = queue.Queue()  # job numbers
        self.thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        worker = self.worker
        while True:
            number = self.queue.get()
            if number is None:
                return
            with worker._lock:
                job = worker._jobs[number]
            failed = False
            try:
                if job.with_session:
                    if worker.session is None:
                        raise RuntimeError("the desk is not open")
                    value = job.fn(worker.session, *job.args)
                else:
                    value = job.fn(*job.args)
            except BaseException as exc:  # handed to the GUI, never lost
                value, failed = exc, True
            finally:
                with worker._lock:
                    self.running -= 1
            job.value, job.failed = value, failed
            # this thread lets go of the job before the GUI thread can: the last
            # reference to anything it holds is dropped there, never here
            del job, value
            worker._finished.emit(number)


class DbWorker(QObject):
    """Runs jobs on two lanes: the database's, in order, and one for work without it."""

    _finished = Signal(int)  # the number of a job that has run
    job_done = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        # Where a failed job without on_error goes; the main window shows it in its status line.
        self.on_unhandled: Callback = show_unhandled
        self._lock = threading.Lock()
        self._in_flight = 0  # submitted and not yet delivered to the GUI thread
        self._jobs: dict[int, _Job] = {}  # submitted and not yet delivered, by number
        self._numbers = itertools.count(1)
        self.dropped = 0  # callbacks not called: what they acted on was deleted
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._db = _Lane(self, "hotline-db")
        self._aside = _Lane(self, "hotline-aside")

    # --- submitting --------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """Run fn(*args) on the database lane (it may open or close the session)."""
        self._put(self._db, _Job(fn, args, on_done, on_error, False))

    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """Run fn(session, *args) on the database lane with the open session."""
        self._put(self._db, _Job(fn, args, on_done, on_error, True))

    def run_aside(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> None:
        """Run fn(*args) on the second lane: work that never touches the session."""
        self._put(self._aside, _Job(fn, args, on_done, on_error, False))

    def _put(self, lane: _Lane, job: _Job) -> None:
        with self._lock:
            number = next(self._numbers)
            self._jobs[number] = job
            lane.running += 1
            self._in_flight += 1
        lane.queue.put(number)

    # --- back on the GUI thread ------------------------------------------------
    def _deliver(self, number: int) -> None:
        with self._lock:
            job = self._jobs.pop(number)
        value, failed = job.value, job.failed
        try:
            callback = job.on_error if failed else job.on_done
            if callback is not None and not alive(callback):
                # its page was closed and deleted while the job ran: nobody to tell
                self.dropped += 1
                logs.get().info("job %s: its window is gone, result dropped", job_name(job.fn))
            elif not failed:
                if job.on_done is not None:
                    job.on_done(value)
            elif job.on_error is not None:
                job.on_error(value)
            else:
                logs.get().warning(
                    "job %s failed without a handler: %s", job_name(job.fn), type(value).__name__
                )
                self.on_unhandled(value)
        except Exception as exc:
            # A callback's own bug: shown like a failed job, then raised on (to stderr, and
            # to pytest-qt, which fails the test).
            logs.get().warning(
                "the callback of job %s failed: %s", job_name(job.fn), type(exc).__name__
            )
            self.on_unhandled(exc)
            raise
        finally:
            with self._lock:
                self._in_flight -= 1
                now_idle = self._in_flight == 0
            self.job_done.emit()
            if now_idle:
                self.idle.emit()

    # --- state ---------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A job of either lane is queued or running (its result may not have reached the GUI)."""
        with self._lock:
            return self._db.running + self._aside.running > 0

    @property
    def in_flight(self) -> int:
        """Jobs submitted whose callback has not yet run on the GUI thread."""
        with self._lock:
            return self._in_flight

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """For shutdown: wait until every database job has run (an autosave is on disk).

        The second lane is not waited for: a long protection of an export must not hold
        the window open; its result is dropped with the window.
        """
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if self._db.running == 0:
                    return True
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)

    def stop(self, timeout: float = 10.0) -> None:
        """Finish queued jobs, close the session, end both threads."""

        def close() -> None:
            if self.session is not None:
                self.session.close()
                self.session = None

        self._aside.queue.put(None)
        self._put(self._db, _Job(close, (), None, None, False))
        self._db.queue.put(None)
        self._db.thread.join(timeout)
        self._aside.thread.join(timeout)
