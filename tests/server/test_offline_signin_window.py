"""The real sign-in window of a workstation whose centre's server is stopped: it says
the server cannot be reached and offers to sign in offline; by keyboard the operator
signs in from the workstation's copy, the status line says offline from the start, she
takes a call, and it is sent once the server is back. A supervisor signed in offline
sees the call log say the server cannot be reached, not a traceback nor a local copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from hotline.errors import WrongPassword
from hotline.services.centre_session import CentreSession, open_centre
from hotline.storage.server.errors import ServerUnreachable
from hotline.storage.server.workstation import ENV_CONFIG_DIR
from hotline.ui import i18n
from hotline.ui.app import Desk
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import OFFLINE_EN, _close, _server_calls, _take_call
from tests.server.test_offline_signin import _centre
from tests.ui.conftest import settle, shown

FROM_THE_START = "The server cannot be reached: calls saved now are kept on this computer"


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _login(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path, name: str, password: str
) -> tuple[Desk, LoginWindow]:
    """`hotline` on the workstation, the server away: name, password, Return; the
    window's offer to sign in offline shown."""
    monkeypatch.setenv(ENV_CONFIG_DIR, str(folder))
    monkeypatch.delenv("HOTLINE_DATA_DIR", raising=False)
    desk = Desk(None, demo=False)
    desk.start()
    login = desk.window
    assert isinstance(login, LoginWindow)
    qtbot.keyClicks(login.user, name)
    qtbot.keyClick(login.user, Qt.Key.Key_Return)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(login.offline_button.isVisible, timeout=30_000)
    return desk, login


def _offline_in(qtbot: QtBot, desk: Desk, login: LoginWindow) -> MainWindow:
    assert login.offline_button.hasFocus()
    qtbot.keyClick(login.offline_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(desk.main, MainWindow), timeout=30_000)
    assert isinstance(desk.main, MainWindow)
    shown(qtbot, desk.main, desk.worker)
    return desk.main


def test_the_window_offers_an_offline_sign_in_and_the_call_is_sent_when_the_server_is_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    i18n.install("en")
    joined, ws = _centre(server, tmp_path)
    server.stop()
    desk = None
    try:
        desk, login = _login(qtbot, monkeypatch, ws.folder, OPERATOR, OPERATOR_PW)
        away = ServerUnreachable(reason="").message().split("(")[0]
        assert login.message.text().startswith(away)
        assert "sign in offline" in login.message.text()
        assert login.password.text() == OPERATOR_PW and desk.main is None
        for language in ("az", "ru", "en"):
            i18n.install(language)
            QCoreApplication.processEvents()
            login.resize(1366, 768)
            login.grab().save(f"/tmp/h15-offline-login-{language}.png")
        # A wrong password offline is said, and the offer stays for the next try.
        login.password.clear()
        qtbot.keyClicks(login.password, "not her password")
        login.offline_button.setFocus()
        qtbot.keyClick(login.offline_button, Qt.Key.Key_Space)
        wrong = WrongPassword().message()
        qtbot.waitUntil(lambda: login.message.text() == wrong, timeout=30_000)
        assert login.offline_button.isVisible() and desk.main is None
        login.password.clear()
        qtbot.keyClicks(login.password, OPERATOR_PW)
        login.offline_button.setFocus()
        window = _offline_in(qtbot, desk, login)
        session = desk.worker.session
        assert isinstance(session, CentreSession) and session.outbox is not None
        line = window.warning_label
        qtbot.waitUntil(lambda: FROM_THE_START in line.text(), timeout=10_000)
        assert window.statusBar().isVisible()
        window.grab().save("/tmp/h15-offline-window-en.png")
        _take_call(qtbot, desk)
        qtbot.waitUntil(lambda: OFFLINE_EN in line.text(), timeout=15_000)
        assert session.outbox.store.count() == 1
        server.start()
        assert session.sender is not None
        session.sender.wake()
        qtbot.waitUntil(lambda: session.outbox.store.count() == 0, timeout=90_000)
        qtbot.waitUntil(lambda: "cannot be reached" not in line.text(), timeout=10_000)
        [(_call_id, coded)] = _server_calls(joined)
        assert coded["primary_topic"] == "work_abroad"
    finally:
        if not running(server):
            server.start()
        i18n.install("en")
        if desk is not None:
            _close(desk)


def test_a_supervisor_offline_is_told_the_call_log_needs_the_server(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    i18n.install("en")
    joined, _ws = _centre(server, tmp_path)
    open_centre(joined.first, ADMIN, ADMIN_PW, send=False).close()  # her workstation's copy
    server.stop()
    desk = None
    try:
        desk, login = _login(qtbot, monkeypatch, joined.first.folder, ADMIN, ADMIN_PW)
        window = _offline_in(qtbot, desk, login)
        window.show_page("calllog")
        settle(qtbot, desk.worker)
        page = window.pages["calllog"]
        window.grab().save("/tmp/h15-offline-calllog-en.png")
        texts = " ".join(w.text() for w in page.findChildren(type(login.message)))
        assert "Not available offline" in texts, texts
        assert "Traceback" not in texts
        assert page.model.rowCount() == 0  # type: ignore[attr-defined]
    finally:
        if not running(server):
            server.start()
        if desk is not None:
            _close(desk)


def test_the_status_line_says_plainly_when_the_server_refuses_her_login(qtbot: QtBot) -> None:
    """The outbox's state after the server refused the login (services/outbox.py
    login_ended) reaches the status line through the window's queued signal."""
    from hotline.services.outbox import OutboxState
    from hotline.ui.outbox_status import OutboxStatus
    from hotline.ui.status_line import StatusLine

    i18n.install("en")
    line = StatusLine()
    qtbot.addWidget(line)
    status = OutboxStatus(line.set_offline)
    status.report(OutboxState(pending=2, reachable=True, login_ended=True))
    qtbot.waitUntil(lambda: "refuses your sign-in" in line.text(), timeout=5_000)
    assert "2 calls are kept on this computer, not sent" in line.text()
    status.report(OutboxState(pending=0, reachable=True))
    qtbot.waitUntil(lambda: line.text() == "", timeout=5_000)
    # What the server showed refused here (a cut log) is said, the calls counted.
    from hotline.storage.server.audit_errors import CentreLogCut

    cut = CentreLogCut(seen=9, last=7)
    status.report(OutboxState(pending=1, reachable=True, problem=cut))
    qtbot.waitUntil(
        lambda: "1 call kept on this computer is not sent" in line.text(), timeout=5_000
    )
    assert "ends at entry 7, but this workstation saw it reach entry 9" in line.toolTip()
