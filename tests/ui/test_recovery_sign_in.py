"""A lost password: the recovery code from the sign-in window, as an operator's
administrator would use it at the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.errors import WrongPassword
from hotline.services import desk
from hotline.ui.login import LoginWindow
from hotline.ui.worker import DbWorker
from tests.conftest import OPERATOR, OPERATOR_PW, Desk

NEW_PW = "a brand new passphrase after the loss"


@pytest.fixture
def login(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> LoginWindow:
    window = LoginWindow(worker, staffed_desk.paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_recovery_code_gives_a_new_password_and_signs_in(
    qtbot: QtBot, login: LoginWindow, worker: DbWorker, staffed_desk: Desk
) -> None:
    qtbot.keyClicks(login.user, OPERATOR)
    qtbot.mouseClick(login.forgot, Qt.MouseButton.LeftButton)
    panel = login.recovery
    assert panel.isVisible() and panel.user.text() == OPERATOR
    typed = staffed_desk.recovery_code.lower().replace("-", " ")
    qtbot.keyClicks(panel.code, typed)
    qtbot.keyClicks(panel.new, NEW_PW)
    qtbot.keyClicks(panel.again, NEW_PW)
    with qtbot.waitSignal(login.signed_in, timeout=20000) as signal:
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert signal.args[0].user_name == OPERATOR
    assert worker.session is not None and worker.session.user.name == OPERATOR
    assert panel.code.text() == "" and panel.new.text() == ""
    actions = [e.action for e in worker.session.audit.entries(limit=10)]
    assert "user.reset" in actions
    assert worker.session.audit.verify() == []
    worker.session.close()
    worker.session = None
    with pytest.raises(WrongPassword):
        desk.unlock(staffed_desk.paths, OPERATOR, OPERATOR_PW)


def test_a_wrong_code_is_explained_and_nothing_typed_is_lost(
    qtbot: QtBot, login: LoginWindow, worker: DbWorker, staffed_desk: Desk
) -> None:
    qtbot.mouseClick(login.forgot, Qt.MouseButton.LeftButton)
    panel = login.recovery
    qtbot.keyClicks(panel.code, "ABCDE-12345")
    qtbot.keyClicks(panel.user, OPERATOR)
    qtbot.keyClicks(panel.new, NEW_PW)
    qtbot.keyClicks(panel.again, NEW_PW)
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert "not a valid recovery code" in panel.message.text()
    assert panel.user.text() == OPERATOR and panel.new.text() == NEW_PW
    # A well-formed code of another desk: refused by the desk itself.
    from hotline.crypto import recovery

    panel.code.setText(recovery.generate())
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "does not open this desk" in panel.message.text(), timeout=20000)
    assert panel.new.text() == NEW_PW
    desk.unlock(staffed_desk.paths, OPERATOR, OPERATOR_PW).close()  # nothing changed


def test_mismatched_new_passwords(qtbot: QtBot, login: LoginWindow, staffed_desk: Desk) -> None:
    qtbot.mouseClick(login.forgot, Qt.MouseButton.LeftButton)
    panel = login.recovery
    panel.code.setText(staffed_desk.recovery_code)
    panel.user.setText(OPERATOR)
    panel.new.setText(NEW_PW)
    panel.again.setText(NEW_PW + "x")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert "differ" in panel.message.text()
