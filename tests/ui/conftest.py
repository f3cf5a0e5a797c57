"""Fixtures for the window tests: a staffed desk, a worker holding a session,
the main window signed in as the operator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.operator.page import OperatorPage
from hotline.ui.sign_in import unlock_job
from hotline.ui.worker import DbWorker
from tests.conftest import OPERATOR, OPERATOR_PW, Desk

# One QApplication for the whole run, made at collection time: if a test outside
# tests/ui (the PDF export) ran first it would make a bare QGuiApplication, and every
# QWidget after it would abort the process.
_APP = QApplication.instance() or QApplication([])
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings of the tests go to a temporary folder, English by default."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    w.stop()


def sign_in(
    worker: DbWorker, desk: Desk, name: str = OPERATOR, password: str = OPERATOR_PW
) -> None:
    worker.run(unlock_job, worker, desk.paths, name, password)
    assert worker.wait_idle(30)
    assert worker.session is not None


@pytest.fixture
def operator_window(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> MainWindow:
    sign_in(worker, staffed_desk)
    window = MainWindow(worker, OPERATOR, frozenset({Role.OPERATOR}))
    return shown(qtbot, window, worker)


def shown(qtbot: QtBot, window: MainWindow, worker: DbWorker) -> MainWindow:
    """The window up and active at a laptop's size, its first jobs done."""
    qtbot.addWidget(window)
    # the offscreen screen is 800x600; the desk's laptops are 1366x768 (a taskbar below)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    settle(qtbot, worker)
    return window


def page_of(window: MainWindow) -> OperatorPage:
    page = window.pages["operator"]
    assert isinstance(page, OperatorPage)
    return page


def open_call(qtbot: QtBot, window: MainWindow, worker: DbWorker) -> OperatorPage:
    """Ctrl+N, as an operator starts a call, and the page once the call is open."""
    from tests.ui.keys import press

    page = page_of(window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    assert page.call_open
    return page


def settle(qtbot: QtBot, worker: DbWorker, timeout_ms: int = 30_000) -> None:
    """Until the worker is idle: every job of both lanes run and its callback delivered.

    Waits on the worker's `idle` signal (no polling); a callback that submits another
    job keeps the worker busy, so a chain of jobs is waited for as a whole. Events
    already posted (a zero-delay timer about to submit a job, a layout to redo) are
    handled before and after.
    """
    drain()
    while worker.in_flight:
        with qtbot.waitSignal(worker.idle, timeout=timeout_ms):
            pass
        drain()


def drain(rounds: int = 5) -> None:
    """Handle what is already posted, and what that posts (layouts settle parent by parent),
    so a screen is grabbed and measured as the person sees it."""
    for _ in range(rounds):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _answer(worker: DbWorker, fn: Callable[..., object], *args: object) -> object:
    """Run fn(session, *args) on the worker; its result or its exception, once delivered."""
    box: list[object] = []
    loop = QEventLoop()

    def got(value: object) -> None:
        box.append(value)
        loop.quit()

    worker.call(fn, *args, on_done=got, on_error=got)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(30_000)
    loop.exec()  # the callback is delivered by this loop: it cannot come before it runs
    timer.stop()
    assert box, "the worker did not answer"
    return box[0]


def run_on_worker(worker: DbWorker, fn: Callable[..., T], *args: object) -> T:
    """Run fn(session, *args) on the worker and return its result (for checks)."""
    value = _answer(worker, fn, *args)
    if isinstance(value, BaseException):
        raise value
    return value  # type: ignore[return-value]


def failure_on_worker(worker: DbWorker, fn: Callable[..., object], *args: object) -> BaseException:
    """Run fn(session, *args) on the worker, which must refuse: the exception it raised."""
    value = _answer(worker, fn, *args)
    assert isinstance(value, BaseException), f"{fn} was not refused"
    return value
