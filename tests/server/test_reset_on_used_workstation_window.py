"""The real sign-in window after a password reset, on the workstation the member used
before: name, new password, Return; the window opens and its status line says, in her
language, that calls kept here before the reset wait there, not sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from hotline.records import AuditEntry
from hotline.services import centre_people
from hotline.services.centre_session import WARN_EARLIER_KEY
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.workstation import ENV_CONFIG_DIR
from hotline.ui import i18n
from hotline.ui.admin.audit_words import WORDS, in_words, tr
from hotline.ui.app import Desk
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR
from tests.server.offline import own_server
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _close
from tests.server.test_offline_signin import _admin, _centre
from tests.server.test_reset_on_used_workstation import NEW_PW
from tests.ui.conftest import shown


def _says(window: MainWindow, said: str) -> bool:
    return said in window.warning_label.text()


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def test_the_window_signs_her_in_after_a_reset_and_says_her_kept_calls_wait(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    i18n.install("en")
    joined, ws = _centre(server, tmp_path)
    _admin(joined, "reset_password", OPERATOR, NEW_PW)
    monkeypatch.setenv(ENV_CONFIG_DIR, str(ws.folder))
    monkeypatch.delenv("HOTLINE_DATA_DIR", raising=False)
    desk = Desk(None, demo=False)
    desk.start()
    try:
        login = desk.window
        assert isinstance(login, LoginWindow)
        qtbot.keyClicks(login.user, OPERATOR)
        qtbot.keyClick(login.user, Qt.Key.Key_Return)
        qtbot.keyClicks(login.password, NEW_PW)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: isinstance(desk.main, MainWindow), timeout=60_000)
        window = desk.main
        assert isinstance(window, MainWindow)
        shown(qtbot, window, desk.worker)
        assert window.statusBar().isVisible()
        for language in ("az", "ru", "en"):
            i18n.install(language)
            QCoreApplication.processEvents()
            said = QCoreApplication.translate("warnings", WARN_EARLIER_KEY)
            assert language == "en" or said != WARN_EARLIER_KEY
            window.resize(1366, 768)
            QCoreApplication.processEvents()
            qtbot.waitUntil(partial(_says, window, said), timeout=10_000)
            window.grab().save(f"/tmp/h15-reset-window-{language}.png")
    finally:
        i18n.install("en")
        _close(desk)
    # The chain's entry of it, in words, in each language (the audit viewer's sentence).
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        [row] = [r for r in ServerAuditLog(admin.conn).rows() if r[3] == "witness.restarted"]
        reset = ServerAuditLog(admin.conn).last_reset_of(int(row[5]))
    finally:
        admin.close()
    assert reset is not None
    seq, at, user_id, action, object_type, object_id, details = row[:7]
    entry = AuditEntry(seq, at, user_id, action, object_type, object_id, json.loads(details))
    try:
        for language in ("az", "ru", "en"):
            i18n.install(language)
            words = in_words(entry, {int(user_id): OPERATOR})
            assert OPERATOR in words and str(reset[0]) in words and "{" not in words
            assert words != tr(WORDS["witness.restarted"])
    finally:
        i18n.install("en")
