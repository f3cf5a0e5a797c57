"""Desk health, the administrator's first page: each line in words with what to do,
and each line moving when the desk changes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import utcnow
from hotline.services import backup, calls, health, integrity, users
from hotline.services.health import Check, Level
from hotline.storage.tasks import FOLLOW_UP, MINORS_REPORT, TaskRepository
from hotline.ui.admin.health_page import HealthPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.factories import child_begging
from tests.ui.conftest import settle, sign_in


def _levels(desk: Desk) -> dict[Check, Level]:
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        return {line.check: line.level for line in health.desk_health(admin)}
    finally:
        admin.close()


def test_each_line_of_desk_health_follows_the_desk(staffed_desk: Desk, tmp_path: Path) -> None:
    levels = _levels(staffed_desk)
    assert levels[Check.BACKUP] == Level.BAD  # no backup yet
    assert levels[Check.VERIFY] == Level.WARN  # never verified
    assert levels[Check.KEYCHAIN] == Level.WARN  # the test desk is not bound
    assert levels[Check.PASSWORDS] == Level.WARN  # leyla and rashad: passwords set for them
    assert levels[Check.MINORS] == Level.GOOD and levels[Check.FOLLOW_UPS] == Level.GOOD
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        call_id = calls.save_call(operator, child_begging(operator.user.id)).call_id
        users.change_own_password(operator, OPERATOR_PW, "a fresh password for leyla only")
    finally:
        operator.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        tasks = TaskRepository(admin.db)
        with admin.audited():
            if not any(t.kind == MINORS_REPORT for t in tasks.for_call(call_id)):
                tasks.add(call_id, MINORS_REPORT, 1)
            tasks.add(call_id, FOLLOW_UP, 1, due_at=utcnow() + timedelta(hours=3))
        lines = {line.check: line for line in health.desk_health(admin)}
        assert lines[Check.MINORS].level == Level.GOOD  # due a day after the call
        assert lines[Check.FOLLOW_UPS].level == Level.GOOD
        two_days = {
            line.check: line for line in health.desk_health(admin, now=utcnow() + timedelta(days=2))
        }
        assert two_days[Check.MINORS].level == Level.BAD
        assert two_days[Check.MINORS].facts["calls"] == [call_id]
        assert two_days[Check.FOLLOW_UPS].level == Level.WARN
        assert lines[Check.PASSWORDS].facts["names"] == ["rashad"]
        backup.backup(admin, tmp_path / "desk.tar")
        assert integrity.verify(admin).ok
        lines = {line.check: line for line in health.desk_health(admin)}
        assert lines[Check.BACKUP].level == Level.GOOD and lines[Check.BACKUP].facts["hours"] == 0
        assert lines[Check.VERIFY].level == Level.GOOD
        later = health.desk_health(admin, now=utcnow() + timedelta(days=8))
        assert {line.check: line.level for line in later}[Check.BACKUP] == Level.BAD
    finally:
        admin.close()


def test_desk_health_is_the_administrators_first_page(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    page = window.page("health")
    assert isinstance(page, HealthPage) and window.current_key() == "health"
    assert window.page_stack.currentWidget() is page
    mark, fact, todo = page.rows[Check.VERIFY]
    assert fact.text() == "The desk has never been verified." and mark.text() == "!"
    assert page.rows[Check.BACKUP][1].text() == "There is no verified backup yet."
    assert "rashad" in page.rows[Check.PASSWORDS][1].text()
    assert "Ask them to change it" in page.rows[Check.PASSWORDS][2].text()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    mark, fact, todo = page.rows[Check.VERIFY]
    assert fact.text().endswith("checked clean.") and mark.text() == "✓"
    assert todo.text() == "Nothing to do."
