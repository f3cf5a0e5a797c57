"""Issue 13: the daily backup in any user's session (no administrator signed in), while the
operator keeps typing; its failure on Desk health and in the status line; quitting waits
for a running backup, shown, and a cancelled one leaves nothing counted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import to_iso, utcnow
from hotline.services import backup as backup_service
from hotline.services import backup_register, backup_schedule, calls, health, integrity
from hotline.services.health import Check
from hotline.ui.admin.health_page import HealthPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, Desk
from tests.factories import job_in_dubai
from tests.ui.conftest import drain, open_call, run_on_worker, settle, sign_in
from tests.ui.keys import type_text

SLOW_S = 1.5  # how long the injected slowness holds the backup (packing the tar)


@pytest.fixture(autouse=True)
def _no_message_box_left() -> Iterator[None]:
    yield
    drain()
    for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
        shiboken6.delete(box)


def _daily_into(desk: Desk, usb: Path, calls_saved: int = 2) -> None:
    """The administrator chose the folder and "every day" once, then signed out."""
    usb.mkdir(exist_ok=True)
    session = desk.open()
    try:
        backup_schedule.set_schedule(session, usb, True, 7)
        assert session.user is not None
        for _ in range(calls_saved):
            calls.save_call(session, job_in_dubai(session.user.id))
    finally:
        session.close()


def _slow_packing(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Packing the tar takes SLOW_S (a slow USB drive); the times it began."""
    began: list[float] = []
    real = backup_service.pack

    def slow(work: Path, manifest: object, partial: Path) -> None:
        began.append(time.monotonic())
        time.sleep(SLOW_S)
        real(work, manifest, partial)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_service, "pack", slow)
    return began


def _window(
    qtbot: QtBot, worker: DbWorker, desk: Desk, name: str, pw: str, roles: frozenset[Role]
) -> MainWindow:
    sign_in(worker, desk, name, pw)
    window = MainWindow(worker, name, roles)
    window.notes = _notes(window)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def _notes(window: MainWindow) -> list[str]:
    """Every note the status line shows from now on (a note goes after some seconds)."""
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    return shown


def _tars(usb: Path) -> list[Path]:
    return sorted(p for p in usb.iterdir() if p.suffix == ".tar")


def test_an_operators_session_writes_the_daily_backup_while_she_types(
    qtbot: QtBot,
    worker: DbWorker,
    staffed_desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.conftest import OPERATOR_PW

    usb = tmp_path / "usb"
    _daily_into(staffed_desk, usb)
    # Only the operator signs in: no administrator all day. The backup is due at once.
    window = _window(qtbot, worker, staffed_desk, OPERATOR, OPERATOR_PW, frozenset({Role.OPERATOR}))
    notes: list[str] = window.notes  # type: ignore[attr-defined]
    settle(qtbot, worker)
    (first,) = _tars(usb)
    assert notes == ["The daily backup was written and verified."]
    # A day later she is in a call, typing, when the window's timer finds it due again.
    page = open_call(qtbot, window, worker)
    edit = page.form.notes.edit
    edit.setFocus()
    typed = "Zəng edən deyir ki, pasportu götürüblər. "
    type_text(edit, typed)
    began = _slow_packing(monkeypatch)
    for module in (backup_schedule, backup_service):  # a day later
        monkeypatch.setattr(module, "utcnow", lambda: utcnow() + timedelta(hours=25))
    window.backups.timer.timeout.emit()
    qtbot.waitUntil(lambda: bool(began), timeout=20_000)  # the backup is being written
    # She types on while it runs on the worker: no dialog, every key kept.
    rounds = 1
    while window.backups.busy:
        type_text(edit, typed)
        rounds += 1
        qtbot.wait(100)
        assert not [w for w in QApplication.topLevelWidgets() if w.isModal() and w.isVisible()]
    settle(qtbot, worker)
    assert rounds >= 3 and edit.toPlainText() == typed * rounds  # nothing typed lost
    assert page.call_open
    assert worker.session is not None  # the desk stayed open
    assert notes[-1] == "The daily backup was written and verified."
    first_tar, tar = _tars(usb)
    assert first_tar == first
    # In the register (known from the operator's signed audit entries): verified, by her.
    known = run_on_worker(worker, backup_register.known)
    assert [e.path for e in known] == [first, tar]
    entry = known[-1]
    assert entry.verified and entry.trigger == "daily" and entry.pending and entry.calls == 2
    assert entry.by == worker.session.user_id
    assert not run_on_worker(worker, backup_schedule.due)
    # The timer asks again five minutes later: nothing more is written.
    window.backups.timer.timeout.emit()
    settle(qtbot, worker)
    assert len(_tars(usb)) == 2
    window.sign_out()
    settle(qtbot, worker)
    monkeypatch.undo()
    # The administrator signs in next: the two are opened again and taken into the
    # signed register, and verify finds it whole.
    admin = staffed_desk.open()
    try:
        assert backup_schedule.take_in_pending(admin) == 2
        register = backup_register.open_register(admin).entries()
        assert [(e.trigger, e.verified, e.audit_seq > 0) for e in register] == [
            ("daily", True, True),
            ("daily", True, True),
        ]
        assert backup_register.pending(admin) == []
        assert integrity.verify(admin).problems == []
    finally:
        admin.close()


def test_a_daily_backup_forged_into_the_audit_counts_for_nothing(
    staffed_desk: Desk, tmp_path: Path
) -> None:
    """An operator holds the database key and her own signing key. A verified daily backup
    she forges as the administrator is not believed (not his signature); one she forges as
    herself is hers to answer for, and the administrator's session opens the file before
    it counts: not there, it is recorded as not verified, and the backup stays due."""
    from tests.conftest import OPERATOR_PW
    from tests.security.attacker import forge_entry, own_signing_key, raw_sql

    usb = tmp_path / "usb"
    _daily_into(staffed_desk, usb)
    paths = staffed_desk.paths
    key = own_signing_key(paths, OPERATOR, OPERATOR_PW)
    claim = {
        "calls": 2,
        "sha256": "ab" * 32,
        "verified": True,
        backup_register.UNREGISTERED: {
            "path": str(usb / "hotline-forged.tar"),
            "created_at": to_iso(utcnow()),
            "size": 1000,
            "trigger": "daily",
            "problem": "",
            "audit_head": [1, "00" * 32],
        },
    }
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        forge_entry(sql, key, 1, "desk.backup", backup_register.OBJECT_TYPE, None, claim)
    admin = staffed_desk.open()
    try:
        assert backup_register.pending(admin) == []
        assert backup_schedule.due(admin)
    finally:
        admin.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    mine = operator.user_id
    operator.close()
    with raw_sql(paths, OPERATOR, OPERATOR_PW) as sql:
        forge_entry(sql, key, mine, "desk.backup", backup_register.OBJECT_TYPE, None, claim)
    admin = staffed_desk.open()
    try:
        (claimed,) = backup_register.pending(admin)
        assert claimed.by == mine
        backup_schedule.take_in_pending(admin)
        (entry,) = backup_register.open_register(admin).entries()
        assert not entry.verified and entry.removed and entry.problem == "the file is not there"
        assert backup_register.newest_verified(admin) is None
        assert backup_schedule.due(admin)
    finally:
        admin.close()


def test_a_failed_daily_backup_shows_in_the_status_line_and_on_desk_health(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, tmp_path: Path
) -> None:
    from tests.conftest import OPERATOR_PW

    usb = tmp_path / "usb"
    _daily_into(staffed_desk, usb)
    usb.rmdir()  # the drive was pulled out
    window = _window(qtbot, worker, staffed_desk, OPERATOR, OPERATOR_PW, frozenset({Role.OPERATOR}))
    notes: list[str] = window.notes  # type: ignore[attr-defined]
    settle(qtbot, worker)
    (note,) = [n for n in notes if n]
    assert "daily backup was not written" in note and "plug in the backup drive" in note
    assert window.problem is None  # a quiet note, no box
    window.sign_out()
    settle(qtbot, worker)
    # The administrator's Desk health says it, with the reason, in words.
    sign_in(worker, staffed_desk, ADMIN, ADMIN_PW)
    lines = run_on_worker(worker, health.desk_health)
    (line,) = [x for x in lines if x.check == Check.BACKUP]
    assert isinstance(line.facts["failed"], backup_schedule.Failure)
    page = HealthPage(worker)
    qtbot.addWidget(page)
    fact, _todo = page.words(line)
    assert "The daily backup failed" in fact and "plug in the backup drive" in fact


def _admin_with_folder(qtbot: QtBot, worker: DbWorker, desk: Desk, usb: Path) -> MainWindow:
    usb.mkdir()
    session = desk.open()
    try:
        backup_schedule.set_schedule(session, usb, False, 7)
    finally:
        session.close()
    window = _window(
        qtbot, worker, desk, ADMIN, ADMIN_PW, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
    )
    settle(qtbot, worker)
    return window


def _finishing(window: MainWindow) -> QProgressDialog:
    dialog = window.finishing
    assert dialog is not None and dialog.isVisible()
    assert dialog.labelText() == "Finishing the backup…"
    return dialog


def test_quitting_waits_for_the_sign_out_backup_shown(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    window = _admin_with_folder(qtbot, worker, new_desk, usb)
    began = _slow_packing(monkeypatch)
    window.close()  # Desk > Quit: the administrator's sign-out backup starts
    qtbot.waitUntil(lambda: bool(began), timeout=20_000)
    _finishing(window)
    assert window.isVisible()  # not cut: the window waits
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    settle(qtbot, worker)
    assert window.finishing is None and worker.session is None
    (tar,) = _tars(usb)
    session = new_desk.open()
    try:
        (entry,) = backup_register.entries(session)
        assert entry.path == tar and entry.trigger == "sign-out" and entry.verified
    finally:
        session.close()


def test_a_backup_cancelled_at_quitting_leaves_nothing_counted(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usb = tmp_path / "usb"
    window = _admin_with_folder(qtbot, worker, new_desk, usb)
    began = _slow_packing(monkeypatch)
    window.close()
    qtbot.waitUntil(lambda: bool(began), timeout=20_000)
    dialog = _finishing(window)
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel the backup"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.labelText() == "Cancelling the backup…"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)
    settle(qtbot, worker)
    assert list(usb.iterdir()) == []  # neither the tar nor a partial file
    assert not list(new_desk.paths.root.glob(".backup-*"))
    session = new_desk.open()
    try:
        assert backup_register.entries(session) == []
        assert integrity.verify(session).problems == []
    finally:
        session.close()


def test_the_command_line_beside_the_open_window_says_where_to_back_up(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    """The real window signed in (its worker's session holds the lock); `hotline backup`
    in another process refuses before asking for a password and names the window's way."""
    from tests.helpers import hotline

    window = _window(
        qtbot, worker, new_desk, ADMIN, ADMIN_PW, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
    )
    settle(qtbot, worker)
    out = tmp_path / "b.tar"
    result = hotline(
        new_desk.paths.root, "--language", "ru", "backup", "--out", str(out), user=ADMIN
    )
    assert result.returncode == 3, result.stderr
    assert "Страницы ▸ Администрирование ▸ Резервные копии" in result.stderr
    assert "«Сделать копию сейчас»" in result.stderr
    assert not out.exists()
    # The way it names is there: the page's button, with the text the message quotes.
    window.show_page("backups")
    assert window.pages["backups"].now_button.text() == "Back up now"  # type: ignore[attr-defined]
