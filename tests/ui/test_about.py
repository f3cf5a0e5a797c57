"""Help ▸ About from the sign-in window and the main window: version, data folder, licences."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import hotline
from hotline import licences
from hotline.ui import i18n
from hotline.ui.about import AboutDialog, app_icon
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import Desk

OUT = Path(__file__).resolve().parents[2] / "screenshots"
# What the issue names, each with the licence it must show.
REQUIRED = {
    "Qt 6": "LGPL-3.0-only",
    "PySide6 (Qt for Python)": "LGPL-3.0-only",
    "SQLCipher": "BSD-3-Clause",
    "cryptography": "Apache-2.0 OR BSD-3-Clause",
    "keyring": "MIT",
    "SciPy": "BSD-3-Clause",
    "openpyxl": "MIT",
    "platformdirs": "MIT",
}


def rows(dialog: AboutDialog) -> dict[str, tuple[str, str, str]]:
    table = dialog.table
    out = {}
    for row in range(table.rowCount()):
        cells = [table.item(row, c).text() for c in range(table.columnCount())]
        out[cells[0]] = (cells[1], cells[2], cells[3])
    return out


def open_about(qtbot: QtBot, window: LoginWindow | MainWindow) -> AboutDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_menu.dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_on_the_sign_in_window_opens_about(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    login = LoginWindow(worker, staffed_desk.paths)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    dialog = open_about(qtbot, login)
    assert hotline.__version__ in dialog.version.text()
    assert dialog.folder.text() == str(staffed_desk.paths.root)
    found = rows(dialog)
    for name, licence in REQUIRED.items():
        version, shown_licence, source = found[name]
        assert shown_licence == licence
        assert version, name  # asked of the installed library, never left blank
        assert source.startswith("https://")
    assert licences.QT_SOURCE in dialog.lgpl.text()
    assert not app_icon().isNull()
    assert login.help_menu.title() == "&Help"
    dialog.close()


def test_the_main_windows_help_menu_names_its_desks_folder(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    window = MainWindow(worker, "leyla", (), data_dir=tmp_path / "desk")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert window.help_menu in menus
    window.help_menu.about_action.trigger()
    dialog = window.help_menu.dialog
    assert dialog is not None and dialog.folder.text() == str(tmp_path / "desk")
    dialog.close()


@pytest.mark.parametrize(
    ("language", "title", "header"),
    [("az", "&Kömək", "Lisenziya"), ("ru", "&Справка", "Лицензия"), ("en", "&Help", "Licence")],
)
def test_about_follows_the_language_and_is_looked_at(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, language: str, title: str, header: str
) -> None:
    login = LoginWindow(worker, staffed_desk.paths)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    dialog = open_about(qtbot, login)
    i18n.install(language)  # switched while the dialog is open: it retranslates
    QApplication.processEvents()
    assert login.help_menu.title() == title
    assert dialog.table.horizontalHeaderItem(2).text() == header
    assert "{" not in dialog.lgpl.text() and "{" not in dialog.version.text()
    dialog.resize(1000, 680)  # fits a 1366x768 screen with the taskbar
    qtbot.wait(50)
    OUT.mkdir(exist_ok=True)
    assert dialog.grab().save(str(OUT / f"{language}_9_about.png"))
    dialog.close()
