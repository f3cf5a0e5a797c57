"""The Settings page: the idle lock changed with the keyboard, audited, in force at once."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import settings
from hotline.ui.admin.settings_page import SettingsPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.ui.conftest import settle, sign_in


def _admin_window(qtbot: QtBot, worker: DbWorker, desk: Desk) -> MainWindow:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    return window


def test_settings_change_the_idle_lock_at_once(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _admin_window(qtbot, worker, staffed_desk)
    assert window.idle_ms == 5 * 60_000
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    window.show_page("settings")
    settle(qtbot, worker)
    box = page.boxes[settings.IDLE_LOCK.key]
    assert box.value() == 5 and not page.save_button.isEnabled()
    # the offline sign-in's limit is a centre's: not on a single desk's page
    assert settings.OFFLINE_DAYS.key not in page.boxes
    # a wheel turned over the box scrolls the page, never the value
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(box.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, wheel)
    assert box.value() == 5
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "2")
    assert box.value() == 2 and page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert window.idle_ms == 2 * 60_000 and window.idle.interval() == 2 * 60_000
    assert "in force now" in page.message.text()
    entries = worker.session.audit.entries_of(settings.CHANGE)
    assert [e.details for e in entries] == [{"key": "idle_lock_minutes", "value": 2, "old": 5}]
    # an idle screen now locks after two minutes: the timer fires
    window.idle.timeout.emit()
    assert window.locked


def test_a_refused_value_says_why_and_keeps_what_was_typed(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _admin_window(qtbot, worker, staffed_desk)
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    window.show_page("settings")
    settle(qtbot, worker)
    box = page.boxes[settings.SIGN_IN_LIMIT.key]
    box.setValue(7)
    worker.call(lambda s: s.close())  # the session ends under the page (the desk closed)
    settle(qtbot, worker)
    worker.session = None
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.message.isVisible() and "nothing was changed" in page.message.text()
    assert box.value() == 7
