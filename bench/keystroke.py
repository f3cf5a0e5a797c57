"""The GUI thread is never blocked more than 50 ms while autosave runs on a desk
with 100,000 calls; and the time from Ctrl+S to the saved call shown in the
operator's list (median and worst of SAVES saves) against the service's save_call
alone, both in this run (issue 16: a person felt 1-2 s per save; aim: at most 2x).

A desk is filled with demo calls, an operator signs in (on the worker thread),
starts a call and types into the form continuously: every keystroke changes the
draft and autosaves go through the worker. A 5 ms QTimer on the GUI thread
records how late each tick arrives; the longest lateness is the longest stall.

The saves: the time runs from Ctrl+S to the paint of the operator's list holding
the saved call (an event filter on the list's viewport), and each save through the
window is followed by one save_call alone on the same worker, so that the ratio
compares the two under the same load of the machine (issue 16 saw 6.6x on a loaded
machine; the window's share was the form's reset and the whole list rebuilt and
measured before the list was painted).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import demo, desk, users
from hotline.ui.operator.page import OperatorPage
from hotline.ui.sign_in import unlock_job
from hotline.ui.worker import DbWorker

CALLS = int(os.environ.get("BENCH_CALLS", "100000"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "8"))
SAVES = int(os.environ.get("BENCH_SAVES", "50"))
PAUSE_S = 0.3  # between the last field filled and Ctrl+S
TICK_MS = 5
TARGET_MS = 50
ADMIN_PW = "night shift on the quiet line"
OPERATOR_PW = "tea gets cold at three in the morning"
TEXT = "Agentlik pasportu saxlayıb, borc tələb edir; Агентство забрало паспорт. "


def build_desk(paths: DeskPaths) -> None:
    started = time.perf_counter()
    desk.init_desk(paths, "admin", ADMIN_PW, bind_device=False)
    session = desk.unlock(paths, "admin", ADMIN_PW)
    try:
        users.add_user(session, "leyla", frozenset({Role.OPERATOR}), OPERATOR_PW)
        demo.generate(session, CALLS, seed=1, months=12)
    finally:
        session.close()
    print(f"desk with {CALLS} calls built in {time.perf_counter() - started:.1f} s")


def wait(app: QApplication, done: object, what: str, timeout_s: float = 30.0) -> None:
    """Run the event loop until done(): polled by a 1 ms timer, so that the GUI thread
    sleeps in the event loop as in the real window (a busy loop of processEvents would
    hold the GIL and slow the worker down)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: loop.quit() if done() else None)  # type: ignore[operator]
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    poll.start()
    if not done():  # type: ignore[operator]
        loop.exec()
    poll.stop()
    del app
    if not done():  # type: ignore[operator]
        raise SystemExit(f"the window did not answer: {what}")


def timed_service_save(session: object, operator_id: int) -> float:
    """On the worker: one save_call of a small call with its draft, as the window
    saves it, in milliseconds."""
    from hotline.services import calls

    draft = calls.start_call(session)  # type: ignore[arg-type]  # as the window does
    record = draft.record.with_changes(
        operator_id=operator_id,
        topics=("work_abroad",),
        primary_topic="work_abroad",
        outcomes=("information_given",),
        notes="Ölçü zəngi",
    )
    started = time.perf_counter()
    calls.save_call(session, record, draft.id)  # type: ignore[arg-type]
    return (time.perf_counter() - started) * 1000


class PaintClock(QObject):
    """When the operator's list is painted, and how many calls it held: the moment the
    saved call is on the screen, not when a poll of the event loop noticed it."""

    def __init__(self, page: OperatorPage) -> None:
        super().__init__()
        self.page = page
        self.painted: list[tuple[float, int]] = []
        page.recent.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append((time.perf_counter(), len(self.page.recent.records)))
        return False

    def shown_at(self, after: float, rows: int) -> float | None:
        return next((t for t, n in self.painted if t >= after and n >= rows), None)


def pause(app: QApplication, seconds: float) -> None:
    """The event loop runs for a while, as it does between a person's keystrokes."""
    end = time.perf_counter() + seconds
    wait(app, lambda: time.perf_counter() >= end, "pause", seconds + 5)


def measure_saves(app: QApplication, page: OperatorPage, worker: DbWorker) -> None:
    """Ctrl+S to the call shown in the list, against save_call alone, in turn: each
    save through the window is followed by one through the service on the same
    worker, so that both see the same load of the machine at the same moments. The
    form is filled, then the operator looks at it for PAUSE_S (the window paints and
    an autosave may run, as when a person reads back what they typed) before Ctrl+S."""
    shown: list[float] = []
    service: list[float] = []
    QTest.qWaitForWindowExposed(page)
    page.raise_()
    page.activateWindow()  # Ctrl+S is a window shortcut
    wait(app, page.isActiveWindow, "activation", 5.0)
    clock = PaintClock(page)
    assert worker.session is not None and worker.session.user is not None
    operator_id = worker.session.user.id
    for n in range(SAVES):
        page.new_call()
        wait(app, lambda: page.call_open and not worker.busy, "new call")
        page.form.topics.chips["work_abroad"].setChecked(True)
        page.form.outcomes.boxes["information_given"].setChecked(True)
        page.form.notes.edit.setPlainText(f"Zəng {n}: ölçü")
        pause(app, PAUSE_S)
        wait(app, lambda: not worker.busy, "autosave")
        before = len(page.recent.records)
        started = time.perf_counter()
        QTest.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        wait(app, lambda b=before, t=started: clock.shown_at(t, b + 1) is not None, "saved")
        shown.append(((clock.shown_at(started, before + 1) or started) - started) * 1000)
        wait(app, lambda: not worker.busy, "list read back")
        box: list[float] = []
        worker.call(timed_service_save, operator_id, on_done=box.append)
        wait(app, lambda b=box: bool(b), "service")
        service.append(box[0])
    ratio = statistics.median(shown) / statistics.median(service)
    print(
        f"Ctrl+S to shown in the list ({SAVES} saves, {CALLS} calls): median"
        f" {statistics.median(shown):.0f} ms, worst {max(shown):.0f} ms"
    )
    print(
        f"service save_call alone, in turn with them: median {statistics.median(service):.0f}"
        f" ms, worst {max(service):.0f} ms"
    )
    print(f"ratio of medians {ratio:.2f} (aim: at most 2)")


def main() -> int:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        paths = DeskPaths(Path(tmp) / "desk")
        build_desk(paths)
        worker = DbWorker()
        worker.run(unlock_job, worker, paths, "leyla", OPERATOR_PW)
        worker.wait_idle(60)
        page = OperatorPage(worker)
        page.resize(1280, 860)
        page.show()
        while worker.busy:
            app.processEvents()
        page.new_call()
        while not page.call_open:
            app.processEvents()
        notes = page.form.notes.edit
        notes.setFocus()

        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]
        stalls: list[int] = []

        def tick() -> None:
            now = clock.elapsed()
            stalls.append(now - last[0] - TICK_MS)
            last[0] = now

        position = [0]

        def keystroke() -> None:
            char = TEXT[position[0] % len(TEXT)]
            position[0] += 1
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(
                    notes, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                )
            if position[0] % 7 == 0:  # a coded field changes too
                chip = page.form.topics.chips[page.form.topics.ids[position[0] % 9]]
                chip.toggle()

        ticker = QTimer()
        ticker.setTimerType(Qt.TimerType.PreciseTimer)
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(tick)
        typist = QTimer()
        typist.setInterval(40)  # a fast typist: 25 keys a second
        typist.timeout.connect(keystroke)
        saves_before = page.autosaves
        ticker.start()
        typist.start()
        # exit, not quit: Qt 6's quit() closes the windows, and the saves come next
        QTimer.singleShot(int(SECONDS * 1000), lambda: app.exit(0))
        app.exec()
        ticker.stop()
        typist.stop()
        page.flush()
        worker.wait_idle(30)
        app.processEvents()
        saves = page.autosaves - saves_before
        page.discard()
        wait(app, lambda: not page.call_open and not worker.busy, "discard")
        measure_saves(app, page, worker)
        worker.stop()
    worst = max(stalls) if stalls else 0
    print(f"{position[0]} keystrokes, {saves} autosaves in {SECONDS:.0f} s")
    print(f"GUI timer lateness: median {statistics.median(stalls):.1f} ms, max stall {worst} ms")
    print(
        f"max stall {worst} ms (target < {TARGET_MS} ms): {'OK' if worst < TARGET_MS else 'TOO SLOW'}"
    )
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
