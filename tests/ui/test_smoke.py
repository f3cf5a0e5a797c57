from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.ui.conftest import page_of, settle


def test_whole_call(qtbot: QtBot, operator_window: MainWindow, worker: DbWorker) -> None:
    page = page_of(operator_window)
    qtbot.keyClick(operator_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    assert page.call_open
    assert page.bar.pseudonym.text()
    qtbot.keyClick(page.form.nature, Qt.Key.Key_1)  # a digit on a field is the field's
    assert page.form.topics.topics() == ()
    qtbot.keyClick(page.form.topics.chips["migration"], Qt.Key.Key_1)
    settle(qtbot, worker)
    assert page.form.topics.topics() == ("work_abroad",)
