"""A message a page said before a language switch is said again in the new language
(page_parts.MessageLabel), not left in the old one: the Users page after a real
disable and the Settings page after a real save and a refused one, switched to az and ru."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import settings
from hotline.ui import i18n
from hotline.ui.admin.settings_page import SettingsPage
from hotline.ui.admin.users_page import UsersPage
from hotline.ui.main_window import MainWindow
from hotline.ui.page_parts import message_label
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, Desk
from tests.ui.conftest import settle, sign_in


def _words(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _admin_window(qtbot: QtBot, worker: DbWorker, desk: Desk) -> MainWindow:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    return window


def test_the_users_page_says_its_message_again_in_the_new_language(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _admin_window(qtbot, worker, staffed_desk)
    window.show_page("users")
    page = window.pages["users"]
    assert isinstance(page, UsersPage)
    page.select(OPERATOR)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.message.text() == f"{OPERATOR} was disabled."
    for language in ("az", "ru"):
        i18n.install(language)
        expected = _words("UsersPage", "%1 was disabled.").replace("%1", OPERATOR)
        assert expected != f"{OPERATOR} was disabled."  # translated: the test can fail
        assert page.message.text() == expected
    i18n.install("en")
    assert page.message.text() == f"{OPERATOR} was disabled."


def test_the_settings_page_says_saved_and_refused_again_in_the_new_language(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _admin_window(qtbot, worker, staffed_desk)
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    settle(qtbot, worker)
    box = page.boxes[settings.IDLE_LOCK.key]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "3")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    saved = "Saved and recorded in the audit log; in force now."
    assert page.message.text() == saved
    i18n.install("ru")
    assert page.message.text() == _words("SettingsPage", saved) != saved
    # a refusal said in Russian follows a switch to Azerbaijani; what was typed stays
    worker.call(lambda s: s.close())
    settle(qtbot, worker)
    worker.session = None
    qtbot.keyClicks(box, "4")
    typed = box.value()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    in_russian = page.message.text()
    assert in_russian and in_russian != saved
    i18n.install("az")
    in_azerbaijani = page.message.text()
    assert in_azerbaijani and in_azerbaijani != in_russian
    assert any(letter in in_azerbaijani for letter in "əışğöüç")
    assert box.value() == typed
    i18n.install("en")


def test_fixed_words_set_later_are_not_replaced_by_an_earlier_message(qtbot: QtBot) -> None:
    label = message_label(None)  # type: ignore[arg-type]
    qtbot.addWidget(label)
    label.say(lambda: _words("SettingsPage", "Saved and recorded in the audit log; in force now."))
    label.setText("")
    i18n.install("ru")
    assert label.text() == ""
    i18n.install("en")
