"""The administrator's pages (every page of the Administration group) and dialogs at
1366x768 in az, ru and en: no text cut (tests/ui/clipping.py), and screenshots written
to screenshots/admin-*.png for review (`make screenshots`)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.ui import i18n
from hotline.ui.admin.password_dialog import AddUserDialog, OwnPasswordDialog
from hotline.ui.admin.users_page import RolesDialog, UsersPage
from hotline.ui.main_window import MainWindow
from hotline.ui.pages import ADMINISTRATION, PAGES
from hotline.ui.worker import DbWorker
from tests import four_eyes
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, Desk
from tests.ui.clipping import clipped
from tests.ui.conftest import settle, sign_in
from tests.ui.test_screenshots import save

# Every page of the administrator's group (ui/pages.py), in the order the window lists them.
ADMIN_PAGES = tuple(spec.key for spec in PAGES if spec.group == ADMINISTRATION and spec.on_desk)


@pytest.fixture
def admin_window(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> MainWindow:
    four_eyes.ask(staffed_desk, OPERATOR, frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    staffed_desk.paths.audit_head.unlink()  # a finding for the audit viewer to show
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    return window


def _dialog_fits(qtbot: QtBot, dialog: QDialog, name: str) -> list[str]:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.adjustSize()
    save(dialog, name)
    found = clipped(dialog)
    dialog.close()
    return found


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_admin_pages_fit_and_are_shot(
    qtbot: QtBot, worker: DbWorker, admin_window: MainWindow, language: str
) -> None:
    i18n.install(language)
    settle(qtbot, worker)
    cut: dict[str, list[str]] = {}
    for key in ADMIN_PAGES:
        page = admin_window.pages[key]
        admin_window.show_page(key)
        settle(qtbot, worker)
        qtbot.wait(20)
        save(admin_window, f"admin-{key}-{language}")
        cut[key] = clipped(page, checklists=True)
        if admin_window.width() > 1366:  # the page forced the window wider than the screen
            cut[key].append(f"window {admin_window.width()} px wide > 1366")
    users_page = admin_window.pages["users"]
    assert isinstance(users_page, UsersPage)
    users_page.select(OPERATOR)
    line = users_page.selected_line()
    assert line is not None
    dialogs: dict[str, QWidget] = {
        "add-user": AddUserDialog(worker, admin_window),
        "own-password": OwnPasswordDialog(worker, ADMIN, admin_window),
        "roles": RolesDialog(line.user, admin_window),
    }
    for name, dialog in dialogs.items():
        assert isinstance(dialog, QDialog)
        cut[name] = _dialog_fits(qtbot, dialog, f"admin-dialog-{name}-{language}")
    assert {k: v for k, v in cut.items() if v} == {}
