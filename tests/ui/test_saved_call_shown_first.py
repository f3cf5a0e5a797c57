"""Issue 16: after Ctrl+S the operator waits for the saved call in their list. It is
painted there before the form is emptied (the form's reset, its fields disabled and
restyled, came first, and the list was painted with the rest of the window after it);
bench/keystroke.py measures the time from Ctrl+S to that paint against save_call."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from pytestqt.qtbot import QtBot

from hotline.ui.main_window import MainWindow
from hotline.ui.operator.page import OperatorPage
from hotline.ui.worker import DbWorker
from tests.ui.conftest import open_call, settle
from tests.ui.keys import press, tick, to_topics, type_into


class _Paints(QObject):
    """What the list held, and whether the call was still open, at each of its paints."""

    def __init__(self, page: OperatorPage) -> None:
        super().__init__()
        self.page = page
        self.seen: list[tuple[int, bool, str]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            table = self.page.recent.table
            first = table.item(0, 2).text() if table.rowCount() else ""
            self.seen.append((table.rowCount(), self.page.call_open, first))
        return False


def test_the_saved_call_is_painted_in_the_list_before_the_form_empties(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)  # work abroad
    tick(qtbot, page.form.outcomes.boxes["information_given"])
    type_into(qtbot, page.form.notes.edit, "Ana zəng edir, qızı Dubayda işləyir")
    settle(qtbot, worker)
    before = page.recent.table.rowCount()
    paints = _Paints(page)
    page.recent.table.viewport().installEventFilter(paints)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    assert not page.call_open and page.recent.table.rowCount() == before + 1
    with_it = [(open_, topic) for rows, open_, topic in paints.seen if rows == before + 1]
    # the first paint with the saved call came while the form still held it
    assert with_it and with_it[0][0] is True
    assert with_it[0][1] == page.recent.table.item(0, 2).text() != ""
