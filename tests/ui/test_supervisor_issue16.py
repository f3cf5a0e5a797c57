"""Issue 16, supervisor pages found in the same walk: the detail pane shows the
selected row and forgets decrypted identity details when the selection changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.services.calllog import CallFilter
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.worker import DbWorker
from tests.ui.conftest import settle
from tests.ui.test_supervisor_pages import desk, show_page, worker

__all__ = ["desk", "worker"]  # the fixtures of the supervisor pages' tests


def test_filtering_away_the_call_clears_its_identity_details(
    qtbot: QtBot, worker: DbWorker
) -> None:
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    page.select_row(1)  # the job in Dubai, with identity details in the vault
    settle(qtbot, worker)
    pane = page.detail
    assert pane.detail is not None and pane.detail.record.caller_pseudonym == "Limon Dolu 101"
    qtbot.keyClicks(pane.vault_reason, "Police unit request 152/2026 with consent")
    qtbot.mouseClick(pane.vault_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "Aynur M." in pane.vault_text.text()
    # the list is filtered to other calls: nothing of the Dubai call stays in sight
    page.set_filter(CallFilter(topic="trafficking_report", child=True))
    page.apply()
    settle(qtbot, worker)
    assert "Aynur" not in pane.vault_text.text() and pane.identity == []
    assert "+994 55" not in pane.vault_text.text()
    shown = pane.detail.record.id if pane.isVisible() and pane.detail is not None else None
    selected = page.table.selectionModel().selectedRows()
    if selected:
        assert shown == page.model.data(page.model.index(selected[0].row(), 0), CALL_ID_ROLE)
    else:
        assert shown is None, "the pane shows a call that is not selected"
    # choosing another row shows that row, never the identity of the one before
    page.select_row(0)
    settle(qtbot, worker)
    row_id = page.model.data(page.model.index(0, 0), CALL_ID_ROLE)
    assert pane.detail is not None and pane.detail.record.id == row_id
    assert pane.identity == []


def test_what_to_do_belongs_to_one_call(qtbot: QtBot, worker: DbWorker) -> None:
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    page.select_row(1)
    settle(qtbot, worker)
    panel = page.detail.review
    qtbot.keyClicks(panel.follow_note, "Call the mother back on Friday")
    page.select_row(2)
    settle(qtbot, worker)
    assert panel.follow_note.text() == ""  # never carried over to another call


@pytest.mark.parametrize(
    ("language", "n", "expected"),
    [("en", 1, "1 task"), ("en", 3, "3 tasks"), ("ru", 1, "1 задача"), ("ru", 3, "3 задачи")],
)
def test_task_counts_are_said_with_plurals(
    qtbot: QtBot, worker: DbWorker, language: str, n: int, expected: str
) -> None:
    from hotline.ui import i18n
    from hotline.ui.supervisor.tasks_page import TasksPage

    i18n.install(language)
    page = TasksPage(worker)
    show_page(qtbot, page, worker)
    settle(qtbot, worker)
    shown = len(page.lines)
    assert page.summary.text().startswith(page.tr("%n task(s)", "", shown))
    assert page.tr("%n task(s)", "", n) == expected


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_call_log_headers_are_distinct_words(language: str) -> None:
    """In az the Flags column read "Qeydlər", the word for Notes (issue 16)."""
    from PySide6.QtCore import QCoreApplication

    from hotline.ui import i18n
    from hotline.ui.supervisor.calllog_model import COLUMNS

    i18n.install(language)
    headers = [QCoreApplication.translate("CallLogModel", title) for _k, title, _s in COLUMNS]
    notes = QCoreApplication.translate("DetailPane", "Notes (reading them is recorded)")
    assert len(set(headers)) == len(headers)
    assert QCoreApplication.translate("CallLogModel", "Flags") not in notes
    outside = QCoreApplication.translate("pages", "Outside contact")
    assert "Növbədən" not in outside  # "out of turn", not "outside the line"
