"""The worker contract: no exception vanishes, idle/job-done signals, a lane beside the database."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hotline.errors import DeskError
from hotline.services import calls
from hotline.services.session import Session
from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker, show_unhandled
from tests.ui.conftest import page_of, run_on_worker, settle
from tests.ui.keys import press, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
# What a job's exception may carry and must never be shown or logged.
SECRET = "caller Leyla Mammadova, +994 50 123 45 67"


def leaking_job(_session: Session) -> None:
    raise RuntimeError(SECRET)


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_an_unhandled_failure_is_shown_translated_and_never_its_text(
    qtbot: QtBot, worker: DbWorker, caplog: pytest.LogCaptureFixture
) -> None:
    assert worker.on_unhandled is show_unhandled
    worker.session = object()  # type: ignore[assignment]  # the job never uses it
    try:
        i18n.install("ru")
        with caplog.at_level(logging.INFO, logger="hotline"):
            worker.call(leaking_job)
            settle(qtbot, worker)
        [box] = message_boxes()
        qtbot.addWidget(box)
        assert (
            box.text()
            == "Что-то пошло не так; ничего из введённого не потеряно. Попробуйте ещё раз."
        )
        assert SECRET not in box.text()
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "leaking_job" in logged and "RuntimeError" in logged
        assert "Leyla" not in logged and "994" not in logged
    finally:
        worker.session = None


def test_a_handler_given_by_the_caller_is_used_instead(qtbot: QtBot, worker: DbWorker) -> None:
    got: list[BaseException] = []
    unhandled: list[BaseException] = []
    worker.on_unhandled = unhandled.append
    worker.run(lambda: 1 / 0, on_error=got.append)
    worker.run(lambda: 1 / 0)
    settle(qtbot, worker)
    assert len(got) == 1 and isinstance(got[0], ZeroDivisionError)
    assert len(unhandled) == 1 and isinstance(unhandled[0], ZeroDivisionError)


def test_the_main_window_shows_a_dropped_failure_in_its_status_line(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job submitted without on_error fails: its message is shown."""

    def refused(_session: Session) -> str:
        raise DeskError("The desk could not do that.")

    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    assert page.call_open
    worker.call(refused)  # a job submitted without on_error
    settle(qtbot, worker)
    assert operator_window.statusBar().isVisible()
    assert "The desk could not do that." in operator_window.warning_label.text()
    assert not message_boxes()
    operator_window.set_language("az")
    assert "The desk could not do that." not in operator_window.warning_label.text()
    assert operator_window.warning_label.text().startswith("⚠ ")
    worker.call(leaking_job)
    settle(qtbot, worker)
    assert SECRET not in operator_window.warning_label.text()
    assert "Nəsə alınmadı" in operator_window.warning_label.text()
    operator_window.resize(1366, 768)
    SHOTS.mkdir(exist_ok=True)
    for language in ("az", "ru", "en"):
        operator_window.set_language(language)
        qtbot.wait(20)
        label = operator_window.warning_label
        assert label.isVisible() and label.height() >= label.heightForWidth(label.width())
        assert operator_window.grab().save(str(SHOTS / f"status_problem_{language}.png"))


def test_idle_comes_once_after_a_chain_and_job_done_after_each(
    qtbot: QtBot, worker: DbWorker
) -> None:
    done: list[int] = []
    idle: list[bool] = []
    finished: list[bool] = []
    worker.idle.connect(lambda: idle.append(True))
    worker.job_done.connect(lambda: finished.append(True))

    def second(value: int) -> None:
        done.append(value)

    def first(value: int) -> None:
        done.append(value)
        worker.run(lambda: 2, on_done=second)  # submitted from a callback: still busy

    with qtbot.waitSignal(worker.idle, timeout=10_000):
        worker.run(lambda: 1, on_done=first)
        assert worker.in_flight == 1
    assert done == [1, 2] and idle == [True] and len(finished) == 2
    assert worker.in_flight == 0 and not worker.busy


def test_an_autosave_completes_while_a_long_job_runs_beside_the_database(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    """The export's protection and audit run on the second lane: the draft is saved meanwhile."""
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    release = threading.Event()
    started = threading.Event()
    results: list[str] = []

    def long_protection() -> str:  # stands for export.protect: minutes of LP audit, no database
        started.set()
        assert release.wait(60)
        return "protected"

    worker.run_aside(long_protection, on_done=results.append)
    assert started.wait(10)
    before = page.autosaves
    type_into(qtbot, page.form.notes.edit, "Ana zəng edir")
    qtbot.waitUntil(lambda: page.autosaves > before, timeout=10_000)
    [draft] = run_on_worker(worker, calls.pending_drafts)
    assert draft.record.notes == "Ana zəng edir"
    assert not release.is_set() and not results  # the long job is still running
    release.set()
    settle(qtbot, worker)
    assert results == ["protected"]


def test_shutdown_waits_for_the_database_lane_only(qtbot: QtBot, worker: DbWorker) -> None:
    """Closing the window waits for an autosave, never for an export's long audit."""
    gate = threading.Event()
    saved = threading.Event()

    def autosave() -> None:
        time.sleep(0.2)
        saved.set()

    worker.run_aside(gate.wait, 30)
    worker.run(autosave)
    assert worker.wait_idle(10)
    assert saved.is_set()  # the database job has run
    assert worker.busy and not gate.is_set()  # the second lane is still working
    gate.set()
    settle(qtbot, worker)
    assert not worker.busy


def test_a_callback_that_fails_is_shown_too(qtbot: QtBot, worker: DbWorker) -> None:
    unhandled: list[BaseException] = []
    worker.on_unhandled = unhandled.append

    def broken(_value: object) -> None:
        raise KeyError(SECRET)

    with qtbot.captureExceptions() as raised:
        worker.run(lambda: 1, on_done=broken)
        settle(qtbot, worker)
    assert [type(e) for e in unhandled] == [KeyError]
    assert len(raised) == 1 and raised[0][0] is KeyError  # still raised: a test fails on it
    assert worker.in_flight == 0  # and the worker is idle again
