"""The administrator's Users and Approvals pages and the own-password dialog, driven
with the keys and clicks a person would use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hotline.errors import DeskError
from hotline.permissions import Role
from hotline.services import users
from hotline.ui.admin.approvals_page import ApprovalsPage
from hotline.ui.admin.password_dialog import AddUserDialog, OwnPasswordDialog
from hotline.ui.admin.password_fields import MET, UNMET
from hotline.ui.admin.users_page import RolesDialog, UsersPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)
from tests.ui.conftest import settle, sign_in

NEW_NAME = "nigar"
NEW_PW = "the kettle sings before dawn"
ADMIN_ROLES = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})


def _window(
    qtbot: QtBot, worker: DbWorker, desk: Desk, name: str, pw: str, roles: frozenset[Role]
) -> MainWindow:
    sign_in(worker, desk, name, pw)
    window = MainWindow(worker, name, roles)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    return window


def _leave(qtbot: QtBot, window: MainWindow, worker: DbWorker) -> None:
    window.sign_out()
    settle(qtbot, worker)
    assert worker.session is None


def _users_page(window: MainWindow) -> UsersPage:
    window.show_page("users")
    page = window.pages["users"]
    assert isinstance(page, UsersPage)
    return page


def _dialog(parent: QWidget, kind: type[QWidget]) -> object:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_a_user_with_the_rules_shown_live_then_sign_in_as_them(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _window(qtbot, worker, staffed_desk, ADMIN, ADMIN_PW, ADMIN_ROLES)
    page = _users_page(window)
    assert {line.user.name for line in page.lines} == {ADMIN, OPERATOR, SUPERVISOR}
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, AddUserDialog)
    assert isinstance(dialog, AddUserDialog)
    qtbot.keyClicks(dialog.name, NEW_NAME)
    length_rule = dialog.fields.rule_labels[next(iter(dialog.fields.rule_labels))]
    qtbot.keyClicks(dialog.fields.new, "short one")
    assert length_rule.text().startswith(UNMET)
    assert not dialog.ok_button.isEnabled()
    dialog.fields.new.clear()
    qtbot.keyClicks(dialog.fields.new, NEW_PW)
    assert length_rule.text().startswith(MET)
    qtbot.keyClicks(dialog.fields.again, NEW_PW[:-1])
    assert not dialog.ok_button.isEnabled()  # the two entries differ
    qtbot.keyClicks(dialog.fields.again, NEW_PW[-1])
    assert all(label.text().startswith(MET) for label in dialog.fields.rule_labels.values())
    _ok(qtbot, dialog.buttons)
    settle(qtbot, worker)
    line = next(line for line in page.lines if line.user.name == NEW_NAME)
    assert line.user.roles == frozenset({Role.OPERATOR})
    assert line.password_set_by_admin and line.last_sign_in is None
    assert NEW_NAME in page.message.text()
    row = [line.user.name for line in page.lines].index(NEW_NAME)
    assert "has not yet changed the password" in page.table.item(row, 3).text()
    _leave(qtbot, window, worker)

    window = _window(qtbot, worker, staffed_desk, NEW_NAME, NEW_PW, frozenset({Role.OPERATOR}))
    assert worker.session is not None and worker.session.user is not None
    assert worker.session.user.name == NEW_NAME
    assert "users" not in window.pages and "approvals" not in window.pages
    # and changes the password from the Desk menu
    window.password_action.trigger()
    own = _dialog(window, OwnPasswordDialog)
    assert isinstance(own, OwnPasswordDialog)
    qtbot.keyClicks(own.old, "not my password at all")
    qtbot.keyClicks(own.fields.new, "a quieter night for everyone")
    qtbot.keyClicks(own.fields.again, "a quieter night for everyone")
    _ok(qtbot, own.buttons)
    settle(qtbot, worker)
    assert own.isVisible() and own.message.isVisible()  # wrong old password: said, kept
    assert own.fields.new.text() == "a quieter night for everyone"
    own.old.clear()
    qtbot.keyClicks(own.old, NEW_PW)
    _ok(qtbot, own.buttons)
    settle(qtbot, worker)
    assert not [d for d in window.findChildren(OwnPasswordDialog) if d.isVisible()]
    assert window.statusBar().currentMessage() == "Your password was changed."
    _leave(qtbot, window, worker)
    window = _window(qtbot, worker, staffed_desk, ADMIN, ADMIN_PW, ADMIN_ROLES)
    line = next(line for line in _users_page(window).lines if line.user.name == NEW_NAME)
    assert not line.password_set_by_admin and line.last_sign_in is not None
    _leave(qtbot, window, worker)


def test_roles_change_through_four_eyes_in_the_window(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _window(qtbot, worker, staffed_desk, ADMIN, ADMIN_PW, ADMIN_ROLES)
    page = _users_page(window)
    page.select(OPERATOR)
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, RolesDialog)
    assert isinstance(dialog, RolesDialog)
    dialog.boxes[Role.SUPERVISOR].click()
    _ok(qtbot, dialog.buttons)
    settle(qtbot, worker)
    assert "Request" in page.message.text() and "approves it" in page.message.text()
    approvals_page = window.pages["approvals"]
    assert isinstance(approvals_page, ApprovalsPage)
    window.show_page("approvals")
    settle(qtbot, worker)
    approvals_page.table.selectRow(0)
    assert not approvals_page.approve_button.isEnabled()  # not one's own request
    assert not approvals_page.carry_button.isEnabled()
    _leave(qtbot, window, worker)

    window = _window(
        qtbot, worker, staffed_desk, SUPERVISOR, SUPERVISOR_PW, frozenset({Role.SUPERVISOR})
    )
    approvals_page = window.pages["approvals"]
    assert isinstance(approvals_page, ApprovalsPage)
    window.show_page("approvals")
    settle(qtbot, worker)
    assert (
        "Change the roles of leyla to: Operator, Supervisor"
        in approvals_page.table.item(0, 1).text()
    )
    approvals_page.table.selectRow(0)
    qtbot.mouseClick(approvals_page.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert approvals_page.rows[0].decided_by == worker.session.user_id
    _leave(qtbot, window, worker)

    window = _window(qtbot, worker, staffed_desk, ADMIN, ADMIN_PW, ADMIN_ROLES)
    approvals_page = window.pages["approvals"]
    assert isinstance(approvals_page, ApprovalsPage)
    window.show_page("approvals")
    settle(qtbot, worker)
    approvals_page.table.selectRow(0)
    qtbot.mouseClick(approvals_page.carry_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "carried out" in approvals_page.message.text()
    roles = {u.name: u.roles for u in users.list_users(worker.session)}  # type: ignore[arg-type]
    assert roles[OPERATOR] == frozenset({Role.OPERATOR, Role.SUPERVISOR})
    _leave(qtbot, window, worker)


def test_disable_asks_first_and_reset_gives_new_keys(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    window = _window(qtbot, worker, staffed_desk, ADMIN, ADMIN_PW, ADMIN_ROLES)
    page = _users_page(window)
    page.select(OPERATOR)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert next(line for line in page.lines if line.user.name == OPERATOR).user.active
    page.select(SUPERVISOR)
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    fields = dialog.fields  # type: ignore[attr-defined]
    qtbot.keyClicks(fields.new, NEW_PW)
    qtbot.keyClicks(fields.again, NEW_PW)
    _ok(qtbot, dialog.buttons)  # type: ignore[attr-defined]
    settle(qtbot, worker)
    assert "new password" in page.message.text()
    page.select(OPERATOR)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    line = next(line for line in page.lines if line.user.name == OPERATOR)
    assert not line.user.active
    _leave(qtbot, window, worker)
    staffed_desk.open(SUPERVISOR, NEW_PW).close()  # the reset password opens the new slot
    with pytest.raises(DeskError):
        staffed_desk.open(OPERATOR, OPERATOR_PW)  # the disabled user's slot is gone
