"""Signing in, first-run set-up, roles, the demo desk, and a crash mid-call."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow, visible_pages
from hotline.ui.setup_wizard import SetupWizard
from hotline.ui.sign_in import SignedIn
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.ui.conftest import page_of, settle
from tests.ui.keys import type_text

ROOT = Path(__file__).resolve().parents[2]


def sign_in_with_window(
    qtbot: QtBot, worker: DbWorker, desk: Desk, name: str, password: str
) -> tuple[LoginWindow, list[SignedIn]]:
    login = LoginWindow(worker, desk.paths)
    qtbot.addWidget(login)
    login.show()
    login.activateWindow()
    qtbot.waitActive(login)
    login.user.setFocus()
    results: list[SignedIn] = []
    login.signed_in.connect(results.append)
    type_text(login.user, name)
    login.password.setFocus()
    type_text(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.busy.isVisible()  # the key derivation runs on the worker
    qtbot.waitUntil(lambda: bool(results) or bool(login.message.text()), timeout=20000)
    return login, results


def test_wrong_password_then_slow_down_message(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    for _ in range(3):
        login, results = sign_in_with_window(
            qtbot, worker, staffed_desk, OPERATOR, "wrong wrong wrong wrong"
        )
        assert not results
    assert "wrong" in login.message.text() or "Try again in" in login.message.text()
    login, results = sign_in_with_window(qtbot, worker, staffed_desk, OPERATOR, OPERATOR_PW)
    assert not results and "Try again in" in login.message.text()


def test_roles_decide_the_pages(qtbot: QtBot, worker: DbWorker, staffed_desk: Desk) -> None:
    assert [p.key for p in visible_pages({Role.OPERATOR})] == ["operator"]
    assert "operator" not in [p.key for p in visible_pages({Role.ADMINISTRATOR})]
    _login, results = sign_in_with_window(qtbot, worker, staffed_desk, ADMIN, ADMIN_PW)
    [who] = results
    window = MainWindow(worker, who.user_name, who.roles)
    qtbot.addWidget(window)
    assert ("operator" in window.pages) == (Role.SUPERVISOR in who.roles)


def test_first_run_wizard_without_keychain(qtbot: QtBot, worker: DbWorker, tmp_path: Path) -> None:
    paths = DeskPaths(tmp_path / "new")
    wizard = SetupWizard(worker, paths, keychain=(False, "keyring.backends.fail.Keyring"))
    qtbot.addWidget(wizard)
    wizard.show()
    assert "No secure OS keychain" in wizard.keychain.text()
    finished: list[str] = []
    wizard.finished.connect(finished.append)
    type_text(wizard.name, "gulnar")
    type_text(wizard.password, "three quiet words at dawn")
    type_text(wizard.repeat, "three quiet words at dawn")
    wizard.create_button.click()
    assert "tick" in wizard.message.text()  # an explicit choice is required
    wizard.unbound.setChecked(True)
    wizard.create_button.click()
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 1, timeout=20000)
    assert wizard.result is not None and not wizard.result.bound_to_device
    assert "NOT bound" in wizard.bound_note.text()
    group = wizard.result.recovery_code.split("-")[wizard.check_group]
    wizard.written.setChecked(True)
    type_text(wizard.check_edit, "WRONG")
    assert not wizard.done.isEnabled()
    wizard.check_edit.clear()
    type_text(wizard.check_edit, group.lower())
    assert wizard.done.isEnabled()
    wizard.done.click()
    assert finished == ["gulnar"]
    assert paths.exists()


def test_demo_desk_is_throwaway(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from hotline.ui import app

    monkeypatch.setenv("HOTLINE_DATA_DIR", str(tmp_path / "real"))
    monkeypatch.setattr(app, "DEMO_CALLS", 50)
    desk = app.Desk(None, demo=True)
    try:
        assert desk.paths.root != tmp_path / "real"
        desk.worker.run(app.make_demo_desk, desk.paths, 50)
        assert desk.worker.wait_idle(60)
        desk.login()
        login = desk.window
        assert isinstance(login, LoginWindow)
        assert "supervisor" in login.demo_box.text() and "DEMO" in login.windowTitle()
        name, password, _role = app.DEMO_USERS[2]
        type_text(login.user, name)
        type_text(login.password, password)
        login.submit()
        qtbot.waitUntil(lambda: desk.main is not None or bool(login.message.text()), timeout=20000)
        assert desk.main is not None
        assert "DEMO" in desk.main.windowTitle()
        desk.main.close()
    finally:
        root = desk.paths.root
        desk.shutdown()
    assert not root.exists()
    assert not (tmp_path / "real").exists()


@pytest.mark.slow
def test_crash_mid_call_offers_the_draft_back_complete(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests" / "ui" / "crash_child.py"),
            str(staffed_desk.paths.root),
            OPERATOR,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(OPERATOR_PW + "\n")
    child.stdin.flush()
    line = child.stdout.readline()
    assert line.startswith("ready"), line
    os.kill(child.pid, signal.SIGKILL)  # the power cut
    child.wait(10)

    _login, results = sign_in_with_window(qtbot, worker, staffed_desk, OPERATOR, OPERATOR_PW)
    [who] = results
    window = MainWindow(worker, who.user_name, who.roles)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, worker)
    page = page_of(window)
    assert page.banner.isVisible()
    assert "unfinished call" in page.banner_text.text()
    page.resume_button.click()
    settle(qtbot, worker)
    form = page.form
    assert page.call_open
    assert page.bar.timer.elapsed() >= 2
    assert form.safe.safe_to_talk.value() == "unsure"
    assert form.safe.code_word.text() == "nar çiçəyi"
    assert form.nature.value() == "self_report"
    assert set(form.topics.topics()) == {"marriage_foreigner", "work_abroad"}
    assert form.topics.primary() == "marriage_foreigner"
    assert form.caller.person.age.value() == "18_24"
    assert form.indicators.indicators() == ("confiscated_documents",)
    assert form.outcomes.outcomes() == ("information_given",)
    assert [e.value for e in form.entities.entities()] == ["Xoşbəxt Ailə agentliyi"]
    assert form.notes.text() == "Broker pasportunu istəyir; Брокер просит паспорт"
    assert form.identity.held.isVisible()  # sealed; never shown again
    assert form.identity.fields["name"].text() == ""
    page.save()
    settle(qtbot, worker)
    assert "Identity details held" in page.status.text()


def test_first_run_then_sign_in_then_main_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hotline.services import desk as desk_service
    from hotline.ui import app

    monkeypatch.setattr(desk_service, "keychain_available", lambda: (False, "none"))
    desk = app.Desk(tmp_path / "fresh", demo=False)
    try:
        desk.start()
        wizard = desk.window
        assert isinstance(wizard, SetupWizard)
        type_text(wizard.name, "gulnar")
        type_text(wizard.password, "three quiet words at dawn")
        type_text(wizard.repeat, "three quiet words at dawn")
        wizard.unbound.setChecked(True)
        wizard.create_button.click()
        qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 1, timeout=20000)
        assert wizard.result is not None
        group = wizard.result.recovery_code.split("-")[wizard.check_group]
        wizard.written.setChecked(True)
        type_text(wizard.check_edit, group)
        wizard.done.click()
        login = desk.window
        assert isinstance(login, LoginWindow)
        assert login.user.text() == "gulnar"
        type_text(login.password, "three quiet words at dawn")
        login.submit()
        qtbot.waitUntil(lambda: desk.main is not None, timeout=20000)
        window = desk.main
        assert "gulnar" in window.windowTitle()
        assert "operator" in window.pages  # the first administrator is also a supervisor
        assert "not bound" in window.warning_label.text()
        window.close()
    finally:
        desk.shutdown()
