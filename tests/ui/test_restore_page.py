"""The Restore page: pick a backup, see what it holds before anything changes, restore
into a new folder, verify, swap; the window says what was replaced and where it went."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hotline.paths import DeskPaths
from hotline.services import backup, backup_register, backup_schedule, desk, integrity
from hotline.services.session import Session
from hotline.ui import i18n
from hotline.ui.admin.restore_page import RestorePage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.ui.clipping import clipped
from tests.ui.conftest import drain, run_on_worker, settle
from tests.ui.test_backups_page import SHOTS, _no_message_box_left, _save_calls, _window

__all__ = ["_no_message_box_left"]


def _calls(session: Session) -> int:
    return int(session.db.scalar("SELECT count(*) FROM calls"))


def _page(window: MainWindow) -> RestorePage:
    page = window.pages["restore"]
    assert isinstance(page, RestorePage)
    window.show_page("restore")
    page.refresh()
    return page


def _with_a_backup(qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path) -> MainWindow:
    usb = tmp_path / "usb"
    usb.mkdir()
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 3)
    run_on_worker(worker, backup_schedule.set_schedule, usb, False, 7)
    run_on_worker(worker, backup_schedule.back_up_now, "manual")
    run_on_worker(worker, _save_calls, 2)  # saved after the backup
    return window


def _preview(qtbot: QtBot, worker: DbWorker, page: RestorePage, password: str) -> None:
    page.password.clear()
    QTest.keyClicks(page.password, password)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)


def test_restore_with_its_preview(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window = _with_a_backup(qtbot, worker, new_desk, tmp_path)
    page = _page(window)
    settle(qtbot, worker)
    assert page.table.rowCount() == 1 and not page.restore_button.isEnabled()
    page.table.selectRow(0)
    assert page.chosen_label.text().startswith("Backup: ")
    # A wrong password: said plainly, nothing opened, nothing changed.
    _preview(qtbot, worker, page, "not my password of that day")
    assert "password" in page.status.text().lower() and not page.restore_button.isEnabled()
    _preview(qtbot, worker, page, ADMIN_PW)
    text = page.preview.text()
    assert "3 calls: the first on" in text, text
    assert "Users (1): admin (Administrator, Supervisor)" in text, text
    assert "Audit log:" in text and "SHA-256:" in text
    assert page.restore_button.isEnabled()
    assert run_on_worker(worker, _calls) == 5  # before anything changes
    assert not list(new_desk.paths.root.glob("restore-*"))  # the staged copy is gone
    # Restore, confirmed: the window says what was replaced and where, and signs out.
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    page.confirm = confirm
    said: list[str] = []
    page.after_restore = said.append
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert asked and "Everything saved since then is replaced" in asked[0]
    assert worker.session is None
    (aside,) = list(new_desk.paths.root.glob("replaced-*"))
    assert (aside / "desk.db").exists()
    assert said and str(aside) in said[0] and "The desk was restored from" in said[0]
    assert page.password.text() == ""
    session = desk.unlock(new_desk.paths, ADMIN, ADMIN_PW)
    try:
        assert _calls(session) == 3
        assert integrity.verify(session).ok
        (entry,) = backup_register.entries(session)  # the register survived the restore
        assert entry.marks_of("restored")[0].fields == {"aside": aside.name}
    finally:
        session.close()


def test_the_real_message_and_the_sign_out(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window = _with_a_backup(qtbot, worker, new_desk, tmp_path)
    page = _page(window)
    settle(qtbot, worker)
    page.table.selectRow(0)
    _preview(qtbot, worker, page, ADMIN_PW)
    page.confirm = lambda _question: True
    with qtbot.waitSignal(window.signed_out, timeout=30_000):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    from hotline.ui import admin

    boxes = admin.restore_page._kept
    assert len(boxes) == 1 and "moved to" in boxes[0].text()
    box = boxes[0]
    box.close()  # deleted on close, and forgotten
    assert boxes == []
    shiboken6.delete(box)


def test_a_damaged_backup_and_one_of_another_desk(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window = _with_a_backup(qtbot, worker, new_desk, tmp_path)
    page = _page(window)
    settle(qtbot, worker)
    (written,) = list((tmp_path / "usb").iterdir())
    data = bytearray(written.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged = tmp_path / "damaged.tar"
    damaged.write_bytes(bytes(data))
    page.ask_file = lambda: str(damaged)
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    _preview(qtbot, worker, page, ADMIN_PW)
    assert "is not usable" in page.status.text() and not page.restore_button.isEnabled()
    # A file that is gone (a drive pulled out after it was picked).
    page.ask_file = lambda: str(tmp_path / "gone.tar")
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    _preview(qtbot, worker, page, ADMIN_PW)
    assert "gone.tar is not usable" in page.status.text()
    assert not page.restore_button.isEnabled() and page.preview_button.isEnabled()
    # Another desk's backup: shown, but not restored here.
    other = DeskPaths(tmp_path / "other")
    desk.init_desk(other, ADMIN, ADMIN_PW, bind_device=False)
    foreign = desk.unlock(other, ADMIN, ADMIN_PW)
    try:
        elsewhere = backup.backup(foreign, tmp_path / "other-desk.tar").path
    finally:
        foreign.close()
    page.ask_file = lambda: str(elsewhere)
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    _preview(qtbot, worker, page, ADMIN_PW)
    assert "backup of another desk" in page.preview.text()
    assert not page.restore_button.isEnabled()
    assert run_on_worker(worker, _calls) == 5
    assert window.problem is None


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_page_fits_and_is_looked_at(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, language: str
) -> None:
    window = _with_a_backup(qtbot, worker, new_desk, tmp_path)
    page = _page(window)
    settle(qtbot, worker)
    page.table.selectRow(0)
    _preview(qtbot, worker, page, ADMIN_PW)
    i18n.install(language)
    window.resize(1366, 768)
    drain()
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{language}_restore.png"))
    assert clipped(page) == []
