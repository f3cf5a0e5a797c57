"""Issue 16: at 1366x768 in az, ru and en no label, button, title, combo or table
header of the operator's window or the call log is narrower than its text. The
screens are saved into screenshots/ to be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from hotline.ui import i18n
from hotline.ui.main_window import MainWindow, default_size
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.worker import DbWorker
from tests.ui.clipping import clipped
from tests.ui.conftest import page_of, settle
from tests.ui.keys import press
from tests.ui.test_supervisor_pages import desk, show_page, worker

__all__ = ["desk", "worker"]
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SIZE = (1366, 768)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_operator_window_text_fits(
    qtbot: QtBot, operator_window: MainWindow, language: str
) -> None:
    i18n.install(language)
    operator_window.resize(*SIZE)
    qtbot.wait(50)
    idle = clipped(operator_window)
    SHOTS.mkdir(exist_ok=True)
    operator_window.grab().save(str(SHOTS / f"{language}_fit_idle.png"))
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, operator_window.worker)
    qtbot.wait(50)
    open_ = clipped(operator_window)
    operator_window.grab().save(str(SHOTS / f"{language}_fit_call.png"))
    assert page.call_open
    # the window can be as small as the screen of a 1366x768 laptop (a 40 px taskbar)
    assert operator_window.minimumSizeHint().height() <= SIZE[1] - 40
    assert operator_window.minimumSizeHint().width() <= SIZE[0]
    assert default_size(QSize(SIZE[0], SIZE[1] - 40)).height() <= SIZE[1] - 40
    assert idle == [] and open_ == []
    # nothing of the form hides to the left or right: it never scrolls sideways
    assert page.form.horizontalScrollBar().maximum() == 0, "the form is wider than its pane"


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_call_log_text_fits(qtbot: QtBot, worker: DbWorker, language: str) -> None:
    i18n.install(language)
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    page.resize(*SIZE)
    settle(qtbot, worker)
    page.grab().save(str(SHOTS / f"{language}_fit_call_log.png"))
    assert clipped(page) == []


def test_the_measure_catches_a_cut_label_combo_and_header(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("Продолжительность звонка")
    label.setFixedWidth(60)
    combo = QComboBox()
    combo.addItem("İstənilən operator")
    combo.setFixedWidth(70)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Продолжительность"])
    table.horizontalHeader().resizeSection(0, 40)
    for widget in (label, combo, table):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root)
    assert any("label" in f for f in found)
    assert any("combo" in f for f in found)
    assert any("header" in f for f in found)
