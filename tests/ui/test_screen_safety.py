"""The lock, the privacy screen, the idle lock and the clipboard."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from hotline.ui.main_window import MainWindow
from hotline.ui.operator.page import OperatorPage
from hotline.ui.worker import DbWorker
from tests.conftest import OPERATOR_PW, Desk
from tests.ui.conftest import page_of, settle
from tests.ui.keys import focused, press, tick, to_topics, type_into, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def visible_texts(widget: QWidget) -> str:
    texts: list[str] = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QLineEdit):
        if child.isVisible():
            texts.append(child.text())
    for edit in widget.findChildren(QPlainTextEdit):
        if edit.isVisible():
            texts.append(edit.toPlainText())
    return "\n".join(texts) + "\n" + widget.windowTitle()


def start_call_with_notes(qtbot: QtBot, window: MainWindow, worker: DbWorker) -> OperatorPage:
    page = page_of(window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    type_into(qtbot, page.form.notes.edit, "Agentlik pasportu saxlayıb, borc tələb edir")
    return page


def test_lock_in_the_middle_of_a_call(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = start_call_with_notes(qtbot, operator_window, worker)
    pseudonym = page.bar.pseudonym.text()
    press(qtbot, Qt.Key.Key_L, CTRL)
    settle(qtbot, worker)
    assert operator_window.locked
    assert operator_window.stack.currentWidget() is operator_window.lock_screen
    shown = visible_texts(operator_window)
    assert pseudonym not in shown and "pasportu" not in shown
    assert not page.isVisible()
    # the draft was autosaved before the lock
    assert focused() is operator_window.lock_screen.password
    type_text(operator_window.lock_screen.password, "not my password at all!")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert operator_window.locked
    assert "wrong" in operator_window.lock_screen.message.text()
    operator_window.lock_screen.password.clear()
    type_text(operator_window.lock_screen.password, OPERATOR_PW)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert not operator_window.locked
    assert page.isVisible() and page.call_open
    assert page.bar.pseudonym.text() == pseudonym
    assert page.form.notes.text() == "Agentlik pasportu saxlayıb, borc tələb edir"
    assert page.bar.timer.running


def test_privacy_screen_on_esc_twice(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = start_call_with_notes(qtbot, operator_window, worker)
    notes = page.form.notes.edit
    press(qtbot, Qt.Key.Key_Escape)
    assert not operator_window.private
    press(qtbot, Qt.Key.Key_Escape)
    assert operator_window.private
    assert not page.isVisible()
    assert "pasportu" not in visible_texts(operator_window)
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Escape)
    assert not operator_window.private
    assert page.isVisible() and focused() is notes


def test_idle_lock(qtbot: QtBot, operator_window: MainWindow, worker: DbWorker) -> None:
    start_call_with_notes(qtbot, operator_window, worker)
    operator_window.idle_ms = 150
    operator_window.idle.start(150)
    qtbot.waitUntil(lambda: operator_window.locked, timeout=3000)


def test_idle_time_comes_from_the_desk(qtbot: QtBot, operator_window: MainWindow) -> None:
    assert operator_window.idle_ms == 5 * 60_000


def test_pseudonym_copy_is_cleared(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hotline.ui.operator import call_bar

    monkeypatch.setattr(call_bar, "CLIPBOARD_CLEAR_MS", 100)
    page = start_call_with_notes(qtbot, operator_window, worker)
    page.bar.copy_pseudonym()
    assert QGuiApplication.clipboard().text() == page.bar.pseudonym.text()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2000)
    page.bar.copy_pseudonym()
    operator_window.lock()  # locking takes it off the clipboard at once
    assert QGuiApplication.clipboard().text() == ""


def test_caller_text_is_plain_text(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    labels = [
        page.bar.pseudonym,
        page.history.body,
        page.status,
        page.banner_text,
        page.form.child_notice,
        page.form.outcomes.refusal,
    ]
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableWidget

    page = start_call_with_notes(qtbot, operator_window, worker)
    tick(qtbot, page.form.indicators.toggle)
    page.form.entities.add_row()
    missing = []
    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTableWidget):
        for widget in operator_window.findChildren(kind):
            if widget.isVisible() and not widget.accessibleName():
                missing.append(f"{type(widget).__name__}: {getattr(widget, 'text', lambda: '')()}")
    assert not missing, missing


def test_sign_out_keeps_the_draft_for_the_next_sign_in(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, staffed_desk: Desk
) -> None:
    from hotline.permissions import Role
    from hotline.ui.main_window import MainWindow
    from tests.ui.conftest import sign_in

    start_call_with_notes(qtbot, operator_window, worker)
    signed_out: list[bool] = []
    operator_window.signed_out.connect(lambda: signed_out.append(True))
    operator_window.out_action.trigger()
    settle(qtbot, worker)
    assert signed_out and worker.session is None
    sign_in(worker, staffed_desk)
    again = MainWindow(worker, "leyla", frozenset({Role.OPERATOR}))
    qtbot.addWidget(again)
    again.show()
    settle(qtbot, worker)
    page = page_of(again)
    assert page.banner.isVisible()
    page.resume_button.click()
    settle(qtbot, worker)
    assert page.form.notes.text() == "Agentlik pasportu saxlayıb, borc tələb edir"


def test_session_warnings_are_shown(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> None:
    from hotline.permissions import Role
    from hotline.services.desk import WARN_UNBOUND
    from hotline.ui.main_window import MainWindow
    from tests.ui.conftest import sign_in

    sign_in(worker, staffed_desk)
    window = MainWindow(worker, "leyla", frozenset({Role.OPERATOR}), warnings=[WARN_UNBOUND])
    qtbot.addWidget(window)
    window.show()
    assert "not bound" in window.warning_label.text()


def test_sign_in_and_set_up_controls_have_accessible_names(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    from hotline.paths import DeskPaths
    from hotline.ui.login import LoginWindow
    from hotline.ui.setup_wizard import SetupWizard

    login = LoginWindow(worker, staffed_desk.paths)
    wizard = SetupWizard(worker, DeskPaths(tmp_path / "x"), keychain=(False, "none"))
    for window in (login, wizard):
        qtbot.addWidget(window)
        window.show()
        for kind in (QAbstractButton, QComboBox, QLineEdit):
            for widget in window.findChildren(kind):
                if widget.isVisible():
                    assert widget.accessibleName(), widget


def test_no_call_content_in_logs_or_settings(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from hotline.ui import i18n

    caplog.set_level(logging.DEBUG)
    page = start_call_with_notes(qtbot, operator_window, worker)
    pseudonym = page.bar.pseudonym.text()
    page.form.outcomes.boxes["information_given"].setChecked(True)
    operator_window.set_language("ru")
    page.save()
    settle(qtbot, worker)
    operator_window.close()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert pseudonym not in logged and "pasportu" not in logged
    settings = i18n.settings()
    assert set(settings.allKeys()) <= {"ui/language", "ui/geometry"}
    assert settings.value("ui/language") == "ru"


@pytest.mark.slow
def test_gui_thread_not_blocked_while_autosaving_on_a_big_desk() -> None:
    """bench/keystroke.py in small (20,000 calls); the full run uses 100,000."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, BENCH_CALLS="20000", BENCH_SECONDS="3", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(root / "bench" / "keystroke.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    # The bench exits 1 when the longest stall is over its 50 ms target: that is a
    # measurement for bench/ on a quiet machine, not a timed assertion here (shared CI
    # cores). The test holds that the bench runs whole: it typed, it autosaved, it
    # measured, and nothing raised.
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    typed = re.search(r"(\d+) keystrokes, (\d+) autosaves", result.stdout)
    assert typed and int(typed.group(1)) > 0 and int(typed.group(2)) > 0, result.stdout
    assert re.search(r"max stall \d+ ms \(target < 50 ms\)", result.stdout), result.stdout
