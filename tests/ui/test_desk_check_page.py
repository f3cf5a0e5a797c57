"""The Desk check page: verify from the window on the worker with progress (clean, a
tampered row named, against a witness), and the database key rotated from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.services import backup, backup_schedule, integrity
from hotline.ui import i18n
from hotline.ui.admin.desk_check_page import DeskCheckPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.security.attacker import raw_sql
from tests.ui.clipping import clipped
from tests.ui.conftest import drain, run_on_worker, settle, sign_in
from tests.ui.test_backups_page import SHOTS, _no_message_box_left, _save_calls, _window

__all__ = ["_no_message_box_left"]


def _page(window: MainWindow) -> DeskCheckPage:
    page = window.pages["desk_check"]
    assert isinstance(page, DeskCheckPage)
    window.show_page("desk_check")
    return page


def _verify(qtbot: QtBot, worker: DbWorker, page: DeskCheckPage) -> list[int]:
    seen: list[int] = []
    page.progressed.connect(lambda done, _total: seen.append(done))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisibleTo(page) and not page.verify_button.isEnabled()
    settle(qtbot, worker)
    return seen


def test_verify_from_the_window(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 2)
    page = _page(window)
    settle(qtbot, worker)
    assert page.rotate_box.isVisibleTo(page)
    seen = _verify(qtbot, worker, page)
    # every part, and the audit chain entry by entry: forward only, to the end
    assert seen == sorted(seen) and seen[0] == 0 and len(seen) > 4
    assert page.progress.maximum() == seen[-1]
    assert page.result.text().startswith("The database, the key file and the audit chain")
    assert "Calls: 2" in page.result.text()
    assert not page.progress.isVisible() and page.verify_button.isEnabled()
    # An insider edits a call in SQL while the desk is open: the next verify names it.
    with raw_sql(new_desk.paths, ADMIN, ADMIN_PW) as sql:
        sql.execute("UPDATE calls SET possible_victim = 1 - possible_victim WHERE id = 1")
    _verify(qtbot, worker, page)
    assert page.result.text().startswith("Problems found (")
    assert "call 1 was changed outside the program" in page.result.text()


def test_verify_against_a_witness(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    window = _window(qtbot, worker, new_desk)
    made = run_on_worker(worker, backup.backup, tmp_path / "kept-elsewhere.tar")
    page = _page(window)
    page.ask_witness = lambda: str(made.path)
    qtbot.mouseClick(page.witness_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "check clean" in page.result.text()
    assert f"Checked against {made.path}" in page.result.text()
    page.ask_witness = lambda: str(tmp_path / "not-a-witness.txt")
    (tmp_path / "not-a-witness.txt").write_text("hello")
    qtbot.mouseClick(page.witness_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "is neither a backup nor an export manifest" in page.status.text()
    assert page.verify_button.isEnabled()


def test_rotate_the_key_from_the_window(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 2)
    run_on_worker(worker, backup_schedule.set_schedule, usb, False, 7)
    before = run_on_worker(worker, backup_schedule.back_up_now, "manual")
    page = _page(window)
    settle(qtbot, worker)
    page.confirm = lambda _question: False
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert run_on_worker(worker, lambda s: s.keyfile.db_generation) == 0
    page.confirm = lambda _question: True
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "new key (generation 1)" in page.status.text()
    assert worker.session is not None  # the desk stayed open
    _verify(qtbot, worker, page)
    assert "check clean" in page.result.text()
    # A backup of before still checks (by its checksums) and a new one opens with the new key.
    checked = run_on_worker(worker, backup_schedule.recheck, before.register_seq)
    assert checked.verified
    after = run_on_worker(worker, backup_schedule.back_up_now, "manual")
    assert run_on_worker(worker, lambda s: backup.check_archive(s, after.path)).opened
    window.close()
    settle(qtbot, worker)
    session = new_desk.open()
    try:
        assert integrity.verify(session).ok and session.keyfile.db_generation == 1
    finally:
        session.close()


def test_a_supervisor_verifies_but_does_not_rotate(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    from hotline.permissions import Role

    sign_in(worker, staffed_desk, SUPERVISOR, SUPERVISOR_PW)
    window = MainWindow(worker, SUPERVISOR, frozenset({Role.SUPERVISOR}))
    qtbot.addWidget(window)
    settle(qtbot, worker)
    assert "backups" not in window.pages and "restore" not in window.pages
    page = _page(window)
    assert not page.rotate_box.isVisibleTo(page)
    _verify(qtbot, worker, page)
    assert "check clean" in page.result.text()


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_page_fits_and_is_looked_at(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, language: str
) -> None:
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 2)
    page = _page(window)
    _verify(qtbot, worker, page)
    i18n.install(language)
    window.resize(1366, 768)
    drain()
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"{language}_desk_check.png"))
    assert clipped(page) == []
