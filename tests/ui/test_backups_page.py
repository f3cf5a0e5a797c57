"""The Backups page: the folder chosen once, a scheduled backup written and verified while
the desk stays open, back up now with progress, the register with the age of the newest,
a drive that is gone and a damaged backup told plainly, the sign-out backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import utcnow
from hotline.services import backup_register, backup_schedule, calls
from hotline.services.session import Session
from hotline.ui import i18n
from hotline.ui.admin.backups_page import BackupsPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.factories import job_in_dubai
from tests.helpers import damage
from tests.ui.clipping import clipped
from tests.ui.conftest import drain, run_on_worker, settle, sign_in


@pytest.fixture(autouse=True)
def _no_message_box_left() -> Iterator[None]:
    """A failure after the test (a sign-out backup at teardown) would leave a box for
    the next test module: none may be left."""
    yield
    drain()
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for box in left:
        shiboken6.delete(box)
    assert not left


SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ADMIN_ROLES = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})


def _window(qtbot: QtBot, worker: DbWorker, desk: Desk) -> MainWindow:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, ADMIN_ROLES)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, worker)
    return window


def _page(window: MainWindow) -> BackupsPage:
    page = window.pages["backups"]
    assert isinstance(page, BackupsPage)
    window.show_page("backups")
    return page


def _save_calls(session: Session, count: int) -> None:
    assert session.user is not None
    for _ in range(count):
        calls.save_call(session, job_in_dubai(session.user.id))


def _with_a_folder(
    qtbot: QtBot, worker: DbWorker, desk: Desk, tmp_path: Path
) -> tuple[MainWindow, BackupsPage, Path]:
    """The administrator's window with a USB drive chosen on the Backups page."""
    usb = tmp_path / "usb"
    usb.mkdir()
    window = _window(qtbot, worker, desk)
    page = _page(window)
    page.ask_folder = lambda _start: str(usb)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    return window, page, usb


def _entries(worker: DbWorker) -> list[backup_register.BackupEntry]:
    return run_on_worker(worker, backup_register.entries)


def test_a_scheduled_backup_while_the_desk_stays_open(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 3)
    page = _page(window)
    assert "No verified backup yet" in page.newest.text()
    # The administrator chooses the folder once and ticks "every day".
    page.ask_folder = lambda _start: str(usb)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.folder_value.text() == str(usb)
    assert list(usb.iterdir()) == []  # daily not chosen yet: nothing written
    page.daily_box.setChecked(True)
    page.keep_spin.setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # Saving makes the daily backup due: it runs on the worker, the window stays open.
    with qtbot.waitSignal(page.progressed, timeout=30_000):
        pass
    settle(qtbot, worker)
    written = list(usb.iterdir())
    assert len(written) == 1 and written[0].suffix == ".tar"
    entry = _entries(worker)[0]
    assert entry.verified and entry.trigger == "daily" and entry.calls == 3
    assert worker.session is not None  # the desk stayed open
    assert "Newest verified backup: 0 minutes ago" in page.newest.text()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 5).text() == "verified by opening it"
    assert page.table.item(0, 6).text() == "daily"
    settings = run_on_worker(worker, lambda s: s.audit.entries_of("desk.settings"))
    assert settings[-1].details["backup_folder"] == str(usb)
    # The timer asks again later: not due any more, nothing more is written.
    page.back_up_if_due()
    settle(qtbot, worker)
    assert len(list(usb.iterdir())) == 1
    # Back up now, twice: the last two are kept.
    for _ in range(2):
        qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
        assert page.progress.isVisible() and not page.now_button.isEnabled()
        settle(qtbot, worker)
        assert "Backup written and verified" in page.status.text()
    assert len(list(usb.iterdir())) == 2
    assert [e.removed for e in _entries(worker)] == [True, False, False]
    assert page.table.rowCount() == 3


def test_a_drive_that_is_gone_and_a_damaged_backup(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window, page, usb = _with_a_folder(qtbot, worker, new_desk, tmp_path)
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    (written,) = list(usb.iterdir())
    # Someone damages the file on the drive; the check opens it and says so.
    damage(written)
    page.table.selectRow(0)
    assert page.check_button.isEnabled()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.status.text().startswith("NOT usable")
    assert page.table.item(0, 5).text().startswith("NOT usable")
    assert "No verified backup yet" in page.newest.text()
    # The drive is pulled out: a plain message, no traceback, nothing recorded.
    for item in usb.iterdir():
        item.unlink()
    usb.rmdir()
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "is not there: plug in the backup drive" in page.status.text()
    assert page.now_button.isEnabled() and not page.progress.isVisible()
    assert len(_entries(worker)) == 1
    assert window.problem is None
    # At sign-out the drive is still gone: the sign-out backup's failure is shown in a
    # message box over the sign-in window (its handler), never lost.
    window.sign_out()
    settle(qtbot, worker)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert len(boxes) == 1 and "plug in the backup drive" in boxes[0].text()
    for box in boxes:
        box.close()
        shiboken6.delete(box)


def test_a_folder_that_cannot_be_chosen_keeps_the_stored_one(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, worker, new_desk)
    page = _page(window)
    page.ask_folder = lambda _start: str(new_desk.paths.root / "inside")
    (new_desk.paths.root / "inside").mkdir()
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "desk's own folder is no backup" in page.status.text()
    assert page.folder_value.text() == "none chosen yet"
    assert run_on_worker(worker, backup_schedule.schedule).folder is None


def test_a_backup_at_the_administrators_sign_out(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window, _page_shown, usb = _with_a_folder(qtbot, worker, new_desk, tmp_path)
    window.sign_out()
    assert worker.wait_idle(30)
    drain()
    assert worker.session is None
    (written,) = list(usb.iterdir())
    session = new_desk.open()
    try:
        (entry,) = backup_register.entries(session)
        assert entry.path == written and entry.trigger == "sign-out" and entry.verified
    finally:
        session.close()


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_page_fits_and_is_looked_at(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, language: str
) -> None:
    usb = tmp_path / "a-usb-drive-with-a-long-name" / "backups of the 152 desk"
    usb.mkdir(parents=True)
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 2)
    run_on_worker(worker, backup_schedule.set_schedule, usb, True, 7)
    for _ in range(2):
        run_on_worker(worker, backup_schedule.back_up_now, "manual")
    page = _page(window)
    page.refresh()
    settle(qtbot, worker)
    i18n.install(language)
    window.resize(1366, 768)
    drain()
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{language}_backups.png"))
    assert clipped(page) == []
    assert window.minimumSizeHint().width() <= 1366


def test_the_daily_backup_starts_by_itself_at_sign_in_when_due(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    session = new_desk.open()
    try:
        backup_schedule.set_schedule(session, usb, True, 7)
        backup_schedule.back_up_now(session, "daily")
    finally:
        session.close()
    # A day and an hour later the administrator signs in: nobody presses a button.
    monkeypatch.setattr(backup_schedule, "utcnow", lambda: utcnow() + timedelta(hours=25))
    window = _window(qtbot, worker, new_desk)
    settle(qtbot, worker)
    assert len(list(usb.iterdir())) == 2
    entries = _entries(worker)
    assert [e.trigger for e in entries] == ["daily", "daily"] and entries[-1].verified
    page = _page(window)
    assert page.table.rowCount() == 2
