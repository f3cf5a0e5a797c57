"""Issue 16: discarding a correction of a saved call said "The call was discarded."
while the saved call stays. It says the correction was dropped and the call is unchanged,
in the operator's language; the saved call is indeed unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.ui.conftest import page_of, settle
from tests.ui.keys import press, tab_to, tick, to_topics
from tests.ui.test_calls import saved_calls

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_discarding_a_correction_says_the_saved_call_stays(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, language: str
) -> None:
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_2)
    tick(qtbot, page.form.outcomes.boxes["information_given"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [before] = saved_calls(worker)
    i18n.install(language)
    page.recent.table.selectRow(0)
    tab_to(qtbot, page.recent.correct_button)
    press(qtbot, Qt.Key.Key_Space)
    settle(qtbot, worker)
    assert page.correcting is not None
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_4)  # a change, then thrown away
    for _ in range(2):  # the discard button asks twice
        qtbot.mouseClick(page.bar.discard_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    shown = page.status.text()
    expected = QCoreApplication.translate(
        "OperatorPage", "The correction was dropped; the saved call is unchanged."
    )
    assert expected in shown
    if language != "en":
        assert "correction" not in shown  # translated
    discarded = QCoreApplication.translate("OperatorPage", "The call was discarded.")
    assert discarded not in shown
    [after] = saved_calls(worker)
    assert after.topics == before.topics
