"""Issue 16: a segfault seen once when three supervisor pages were shown in one test.

The cause found: a page closed and deleted (pytest-qt's teardown, a sign-out) while
its jobs were still running got their results afterwards. The callback then reached
a deleted widget: a RuntimeError where PySide knew of the deletion, a crash in C++
where the widget was one Qt owns (a table's header, a selection model). And the lane
thread held its last job until the next one came, so a page, or a widget its job
held, could be destroyed on the lane's thread, which Qt forbids.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.supervisor.review_queue import ReviewQueuePage
from hotline.ui.supervisor.tasks_page import TasksPage
from hotline.ui.worker import DbWorker, alive
from tests.ui.conftest import settle
from tests.ui.test_supervisor_pages import desk, worker

__all__ = ["desk", "worker"]


def _delete_now(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_result_for_a_deleted_page_is_dropped_not_delivered(
    qtbot: QtBot, worker: DbWorker
) -> None:
    """Three supervisor pages shown, deleted while their first reads still run: nothing
    of theirs is called afterwards, no error, and the worker goes on working."""
    gate = threading.Event()
    worker.run(gate.wait, 30)  # holds the database lane: the pages' reads queue behind it
    pages: list[QWidget] = [CallLogPage(worker), ReviewQueuePage(worker), TasksPage(worker)]
    for page in pages:
        page.resize(1366, 768)
        page.show()
    waiting = worker.in_flight
    assert waiting > 3
    for page in pages:
        _delete_now(page)
    del pages, page
    gate.set()
    with qtbot.captureExceptions() as raised:
        settle(qtbot, worker)
    assert raised == []  # before: RuntimeError "Internal C++ object ... already deleted"
    assert worker.dropped >= waiting - 2  # every read of a deleted page (not gate.wait's)
    assert worker.in_flight == 0
    # the worker still serves a page shown next
    fresh = CallLogPage(worker)
    qtbot.addWidget(fresh)
    fresh.show()
    settle(qtbot, worker)
    assert (fresh.model.total or 0) > 0


def test_alive_sees_the_widgets_a_callback_acts_on() -> None:
    import functools

    label = QLabel()
    other = QLabel()

    def closure(text: str) -> None:
        label.setText(text)

    assert alive(label.setText) and alive(closure) and alive(lambda _v: None)
    assert alive(functools.partial(print, other))
    _delete_now(other)
    assert not alive(functools.partial(print, other))
    _delete_now(label)
    assert not alive(label.setText) and not alive(closure)


class _Held:
    """Stands for a widget a job holds: where its last reference is let go."""

    def __init__(self, where: list[str]) -> None:
        self.where = where

    def __del__(self) -> None:
        self.where.append(threading.current_thread().name)


def test_the_last_reference_to_what_a_job_holds_goes_on_the_gui_thread(
    qtbot: QtBot, worker: DbWorker
) -> None:
    where: list[str] = []
    results: list[object] = []
    for _ in range(20):
        held = _Held(where)
        worker.run(lambda h: h is not None, held, on_done=results.append)
        del held
        settle(qtbot, worker)
        gc.collect()
    worker.run(lambda: None)  # the lane takes its next job: before, it let go of the last
    settle(qtbot, worker)
    gc.collect()
    assert results == [True] * 20
    assert where == [threading.main_thread().name] * 20
