"""The Sealing page, driven as an administrator would: find, preview, ask for approval,
the supervisor approves in their own session, seal with the backups, see the sealed
call in the call log; the retention setting and the holds; screenshots in az, ru, en."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import utcnow
from hotline.services import approvals, backup, calls
from hotline.ui import i18n
from hotline.ui.admin.sealing_page import SealingPage
from hotline.ui.main_window import MainWindow
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.supervisor.tasks_page import TasksPage
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.ui.clipping import clipped
from tests.ui.conftest import settle, sign_in

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
PERSON = "Limon Dolu 101"
ROLES = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})


def _calls(desk: Desk) -> tuple[list[int], int]:
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    uid = leyla.user.id
    mine = [
        calls.save_call(
            leyla, job_in_dubai(uid, notes=f"qeyd {i}", started_at=utcnow() - timedelta(hours=i))
        ).call_id
        for i in (3, 2)
    ]
    other = calls.save_call(
        leyla, job_in_dubai(uid, notes="başqa", caller_pseudonym="Alma Bağı 3")
    ).call_id
    leyla.close()
    return mine, other


def _window(qtbot: QtBot, worker: DbWorker, desk: Desk) -> MainWindow:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, ROLES)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    return window


def _page(window: MainWindow) -> SealingPage:
    page = window.pages["sealing"]
    assert isinstance(page, SealingPage)
    window.show_page("sealing")
    return page


def test_find_preview_approve_seal_and_see_it_in_the_call_log(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, tmp_path: Path
) -> None:
    mine, other = _calls(staffed_desk)
    admin = staffed_desk.open()
    kept = backup.backup(admin, tmp_path / "kept.tar").path
    admin.close()
    window = _window(qtbot, worker, staffed_desk)
    page = _page(window)
    assert "kept until a decision seals them" in page.retention_state.text()
    # 1. find and preview, with the keyboard
    page.value.setFocus()
    QTest.keyClicks(page.value, "limon dolu 101")
    QTest.keyClick(page.value, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert page.preview.rowCount() == 2
    assert {page.preview.item(r, 0).text() for r in range(2)} == {str(i) for i in mine}
    assert "2 calls to seal" in page.summary.text()
    # No number: refused with a clear message, nothing asked.
    QTest.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "number of the decision" in page.status.text()
    QTest.keyClicks(page.number, "2-77/2026")
    page.day.setDate(QDate.currentDate().addDays(-2))
    assert not page.seal_button.isEnabled()  # a second person must approve first
    QTest.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.request is not None and "waits for a second" in page.approval_state.text()
    request_id = page.request.id
    window.sign_out()
    settle(qtbot, worker)
    # 3. the supervisor approves in their own session
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    approvals.approve(rashad, request_id)
    rashad.close()
    # 4. the administrator signs in again, chooses the approved request and seals
    window = _window(qtbot, worker, staffed_desk)
    page = _page(window)
    index = page.requests.findData(request_id)
    assert index > 0 and "approved" in page.requests.itemText(index)
    page.requests.setFocus()
    page.requests.setCurrentIndex(index)
    page.requests.activated.emit(index)
    settle(qtbot, worker)
    assert page.number.text() == "2-77/2026" and page.preview.rowCount() == 2
    assert page.seal_button.isEnabled()
    QTest.keyClicks(page.password, ADMIN_PW)
    QTest.mouseClick(page.seal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    result = page.result.toPlainText()
    assert "Sealed 2 calls" in result, page.status.text()
    assert f"Sealed: {kept}" in result
    assert page.progress.value() == page.progress.maximum()
    assert all("Sealed by decision 2-77/2026" in page.preview.item(r, 7).text() for r in range(2))
    # 5. the call log shows the decision, and nothing else of the calls
    log = window.pages["calllog"]
    assert isinstance(log, CallLogPage)
    window.show_page("calllog")
    log.model.reload()
    settle(qtbot, worker)
    day = QDate.currentDate().addDays(-2).toString("dd.MM.yyyy")
    shown = {}
    for row in range(log.model.rowCount()):
        call_id = log.model.data(log.model.index(row, 0), CALL_ID_ROLE)
        shown[call_id] = [
            log.model.data(log.model.index(row, c)) for c in range(log.model.columnCount())
        ]
    for call_id in mine:
        texts = [t for t in shown[call_id] if t]
        assert texts == [f"Sealed by decision 2-77/2026 of {day}"], texts
    assert PERSON not in str(shown[other])  # the other call is shown as before
    assert any(t for t in shown[other] if t and "Sealed" not in t)
    # the detail pane of a sealed call: the decision, and nothing else
    log.detail.show_call(mine[0])
    settle(qtbot, worker)
    assert log.detail.status.text() == f"Sealed by decision 2-77/2026 of {day}"
    assert not log.detail.record_box.isVisibleTo(log.detail)
    assert not log.detail.notes_box.isVisibleTo(log.detail)
    assert not log.detail.review.isVisibleTo(log.detail)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "en_sealing_calllog.png"))
    # the tasks of the sealed calls: closed, the decision as their note
    tasks = window.pages["tasks"]
    assert isinstance(tasks, TasksPage)
    window.show_page("tasks")
    tasks.show_status.setCurrentIndex(tasks.show_status.findData("done"))
    settle(qtbot, worker)
    cells = [tasks.table.item(r, 5) for r in range(tasks.table.rowCount())]
    notes = [c.text() for c in cells if c is not None]
    assert notes.count(f"Sealed by decision 2-77/2026 of {day}") == 2, notes
    window.sign_out()
    settle(qtbot, worker)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_sealing_page_fits_and_holds(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, language: str
) -> None:
    _calls(staffed_desk)
    i18n.install(language)
    window = _window(qtbot, worker, staffed_desk)
    page = _page(window)
    window.resize(1366, 728)
    page.years.setValue(5)
    QTest.mouseClick(page.years_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    page.hold_target.setCurrentIndex(0)
    QTest.keyClicks(page.hold_value, PERSON)
    QTest.mouseClick(page.hold_add, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.hold_status.text()  # no reason: refused with a message
    assert page.holds.rowCount() == 0
    QTest.keyClicks(page.hold_reason, "Case 1-77/2026")
    QTest.mouseClick(page.hold_add, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.holds.rowCount() == 1 and page.holds.item(0, 1).text() == PERSON
    QTest.keyClicks(page.value, PERSON)
    QTest.keyClick(page.value, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert page.preview.rowCount() == 2
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{language}_sealing.png"))
    assert clipped(page) == []
    page.holds.selectRow(0)
    QTest.mouseClick(page.hold_lift, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.holds.rowCount() == 0
    window.sign_out()
    settle(qtbot, worker)
