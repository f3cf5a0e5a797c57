"""Issue 16, the set-up wizard by keyboard: Enter goes on, the focus stays on what is
wrong, a wrong recovery group says so, Tab follows the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.paths import DeskPaths
from hotline.ui.setup_wizard import SetupWizard
from hotline.ui.worker import DbWorker
from tests.ui.keys import focused, press, type_text


def test_the_wizard_by_keyboard(qtbot: QtBot, worker: DbWorker, tmp_path: Path) -> None:
    paths = DeskPaths(tmp_path / "new")
    wizard = SetupWizard(worker, paths, keychain=(False, "keyring.backends.fail.Keyring"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    finished: list[str] = []
    wizard.finished.connect(finished.append)
    wizard.name.setFocus()
    type_text(wizard.name, "gulnar")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.password
    type_text(wizard.password, "three quiet words at dawn")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.repeat
    type_text(wizard.repeat, "three quiet words at down")
    press(qtbot, Qt.Key.Key_Return)  # Enter submits
    assert "differ" in wizard.message.text()
    assert focused() is wizard.repeat  # the field that is wrong
    wizard.repeat.clear()
    type_text(wizard.repeat, "three quiet words at dawn")
    press(qtbot, Qt.Key.Key_Return)
    assert "tick" in wizard.message.text()
    assert focused() is wizard.unbound
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.create_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 1, timeout=20000)
    assert focused() is wizard.written
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is wizard.check_edit  # the order shown: ticked, then the group
    assert wizard.result is not None
    groups = wizard.result.recovery_code.split("-")
    wrong = groups[(wizard.check_group + 1) % len(groups)]
    type_text(wizard.check_edit, wrong)
    assert f"not group {wizard.check_group + 1}" in wizard.check_message.text()
    press(qtbot, Qt.Key.Key_Return)
    assert finished == [] and focused() is wizard.check_edit
    wizard.check_edit.clear()
    type_text(wizard.check_edit, groups[wizard.check_group].lower())
    assert wizard.check_message.text() == ""
    press(qtbot, Qt.Key.Key_Return)  # Enter finishes
    assert finished == ["gulnar"]
