"""Fixtures for the window tests: a staffed desk, a worker holding a session,
the main window signed in as the operator."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

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
def worker(qtbot: object) -> Iterator[DbWorker]:
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
def operator_window(qtbot, worker: DbWorker, staffed_desk: Desk) -> MainWindow:  # type: ignore[no-untyped-def]
    sign_in(worker, staffed_desk)
    window = MainWindow(worker, OPERATOR, frozenset({Role.OPERATOR}))
    qtbot.addWidget(window)
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


def settle(qtbot, worker: DbWorker, ms: int = 30) -> None:  # type: ignore[no-untyped-def]
    """Let the worker finish and its results reach the GUI thread."""
    for _ in range(5):
        assert worker.wait_idle(30)
        qtbot.wait(ms)


def run_on_worker(worker: DbWorker, fn, *args):  # type: ignore[no-untyped-def]
    """Run fn(session, *args) on the worker and return its result (for checks)."""
    box: list[object] = []
    worker.call(fn, *args, on_done=box.append, on_error=box.append)
    deadline = time.monotonic() + 30
    while not box and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    assert box, "the worker did not answer"
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]
