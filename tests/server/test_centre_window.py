"""The window on a centre (issue 15): `hotline` on a workstation that joined a centre
signs in against the server and opens the real main window; an operator saves a call by
keyboard, a supervisor's real call log on a second session shows it (LISTEN/NOTIFY)
and claims it for review, exclusively; with the server stopped the call is kept on the
operator's computer, the status line says so, and it is sent once the server is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.errors import WrongPassword
from hotline.permissions import Role
from hotline.services import calls, centre_people, review
from hotline.services.centre_session import CentreSession, open_centre
from hotline.storage.server import connection
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.claims import ClaimRepository
from hotline.storage.server.errors import ServerUnreachable
from hotline.storage.server.workstation import ENV_CONFIG_DIR
from hotline.ui import i18n
from hotline.ui.app import Desk
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.ui.conftest import page_of, run_on_worker, settle, shown
from tests.ui.keys import choose, press, tab_to, tick, to_topics, type_into

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Qz7WINDOWmarker: iş təklifi Rusiyada"
OFFLINE_EN = "The server cannot be reached: 1 call kept on this computer"


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _centre(server: PostgresServer, root: Path) -> tuple[JoinedCentre, Path, Path]:
    """A centre; the administrator's (supervisor's) workstation and an operator's."""
    if not running(server):
        server.start()
    joined = set_up_joined(server, root / "supervisor-ws")
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        added = centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    finally:
        admin.close()
    joined.join(root / "operator-ws", added.enrolment_code)
    return joined, root / "supervisor-ws", root / "operator-ws"


def _open_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path, name: str, password: str
) -> Desk:
    """`hotline` started as on the workstation (its config folder), signed in by keyboard."""
    i18n.install("en")
    monkeypatch.setenv(ENV_CONFIG_DIR, str(folder))
    monkeypatch.delenv("HOTLINE_DATA_DIR", raising=False)
    desk = Desk(None, demo=False)
    assert desk.workstation is not None  # the joined centre, not a desk folder
    desk.start()
    login = desk.window
    assert isinstance(login, LoginWindow)
    assert desk.workstation.database in login.subtitle.text()
    qtbot.keyClicks(login.user, name)
    qtbot.keyClick(login.user, Qt.Key.Key_Return)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(desk.main, MainWindow), timeout=30_000)
    shown(qtbot, desk.main, desk.worker)
    assert isinstance(desk.worker.session, CentreSession)
    return desk


def _take_call(qtbot: QtBot, desk: Desk) -> None:
    """Scenario 2 by keyboard: a quick information call, Ctrl+S."""
    page = page_of(desk.main)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, desk.worker)
    assert page.call_open
    choose(qtbot, form.nature, "information_request")
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)  # work abroad
    choose(qtbot, form.caller.relation, "self")
    choose(qtbot, form.caller.region, "ganja_dashkasan")
    tick(qtbot, form.outcomes.boxes["information_given"])
    type_into(qtbot, form.notes.edit, NOTE)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, desk.worker)
    assert not page.call_open, page.status.text()


def _claim_as_operator(session: Any, call_id: int) -> str:
    """An operator's session asks the server for the review claim (the service refuses
    the role; the server's policy refuses the statement itself)."""
    from hotline.errors import PermissionDenied
    from hotline.services import review

    try:
        review.claim(session, call_id)
    except PermissionDenied:
        pass
    else:
        return "taken"
    try:
        ClaimRepository(session.conn).claim(call_id, session.user_id)
    except psycopg.errors.InsufficientPrivilege:
        return "refused"
    return "taken by SQL"


def _reopen(qtbot: QtBot, desk: Desk, queue: Any) -> None:
    """The call chosen again in a page with a table and a detail pane (the review queue
    or the call log, reloaded after a step), until its panel may approve it."""
    qtbot.waitUntil(lambda: queue.model.rowCount() >= 1, timeout=10_000)
    settle(qtbot, desk.worker)
    queue.table.clearSelection()
    queue.table.selectRow(0)
    settle(qtbot, desk.worker)
    qtbot.waitUntil(
        lambda: queue.detail.detail is not None and queue.detail.review.approve_button.isEnabled(),
        timeout=10_000,
    )


def _close(desk: Desk) -> None:
    if isinstance(desk.main, MainWindow):
        desk.main.close()
    desk.shutdown()


def _server_calls(joined: JoinedCentre) -> list[tuple[Any, ...]]:
    with connection.connect(joined.server.url(db=joined.database)) as conn:
        return conn.execute("SELECT id, coded FROM hotline.calls").fetchall()


def test_an_operators_call_reaches_the_supervisors_call_log_and_is_claimed_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, supervisor_ws, operator_ws = _centre(server, tmp_path)
    supervisor = _open_window(qtbot, monkeypatch, supervisor_ws, ADMIN, ADMIN_PW)
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        log_page = supervisor.main.pages["calllog"]
        assert log_page.model.rowCount() == 0
        _take_call(qtbot, operator)
        assert page_of(operator.main).recent.table.rowCount() == 1
        # Sent by the operator's outbox thread; the supervisor's log reloads on NOTIFY.
        qtbot.waitUntil(lambda: log_page.model.rowCount() == 1, timeout=10_000)
        [(call_id, coded)] = _server_calls(joined)
        assert coded["primary_topic"] == "work_abroad" and coded["region"] == "ganja_dashkasan"
        assert "notes" not in coded and NOTE not in str(coded)  # sealed on the workstation
        index = log_page.model.index(0, 0)
        shown = [
            str(log_page.model.data(log_page.model.index(0, c)) or "")
            for c in range(log_page.model.columnCount())
        ]
        assert index.isValid() and any(OPERATOR in s for s in shown), shown
        # The supervisor claims it in the real review queue; a second claim by another
        # session of the operator's role is refused by the server.
        queue = supervisor.main.pages["review"]
        supervisor.main.show_page("review")
        qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10_000)
        queue.table.selectRow(0)
        queue.claim_next()
        settle(qtbot, supervisor.worker)
        # The claimed call opens beside the queue, its notes opened on this workstation.
        assert queue.detail.notes.toPlainText() == NOTE
        assert queue.model.rowCount() == 1
        assert f"claimed by {ADMIN}" in queue.detail.status.text()
        # She corrects a coded field with the panel's own controls and a reason, returns
        # the call with a comment, then approves it: each through the server's review
        # functions, each with its entry re-pinning the rows.
        # The call log's detail pane has the same review panel; she goes on there.
        supervisor.main.show_page("calllog")
        _reopen(qtbot, supervisor, log_page)
        panel = log_page.detail.review
        panel.field.setCurrentIndex(panel.field.findData("region"))
        panel.value_combo.setCurrentIndex(panel.value_combo.findData("baku"))
        qtbot.keyClicks(panel.reason, "The caller lives in Baku")
        qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
        settle(qtbot, supervisor.worker)
        qtbot.waitUntil(lambda: _server_calls(joined)[0][1]["region"] == "baku", timeout=10_000)
        assert "error" not in panel.message.text().lower(), panel.message.text()
        _reopen(qtbot, supervisor, log_page)
        panel.comment.clear()
        qtbot.keyClicks(panel.comment, "Ask where the job was offered")
        qtbot.mouseClick(panel.return_button, Qt.MouseButton.LeftButton)
        settle(qtbot, supervisor.worker)
        qtbot.waitUntil(
            lambda: _server_calls(joined)[0][1].get("review_state") == "returned", timeout=10_000
        )
        _reopen(qtbot, supervisor, log_page)
        panel.comment.clear()
        qtbot.keyClicks(panel.comment, "Checked with the caller")
        qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
        settle(qtbot, supervisor.worker)
        qtbot.waitUntil(
            lambda: _server_calls(joined)[0][1].get("review_state") == "reviewed", timeout=10_000
        )
        assert "error" not in panel.message.text().lower(), panel.message.text()
        with connection.connect(joined.server.url(db=joined.database)) as conn:
            claim = conn.execute(
                "SELECT user_id FROM hotline.review_claims WHERE call_id = %s", (call_id,)
            ).fetchone()
            actions = ServerAuditLog(conn).actions_of("call", call_id)
            fields = conn.execute(
                "SELECT field FROM hotline.call_texts WHERE call_id = %s", (call_id,)
            ).fetchall()
            problems = ServerAuditLog(conn).verify(None)
        assert claim is None  # given back with the decision
        assert [a for a in actions if a != "call.notes_read"] == [
            "call.save",
            "call.claim",
            "call.correct",
            "call.review",
            "call.review",
        ]
        assert {"returned_comment", "review_comment"} <= {f for (f,) in fields}
        assert problems == []  # every step re-pinned the rows it changed
        # Another supervisor's claim, with that supervisor's own SQL, is refused.
        others = run_on_worker(operator.worker, _claim_as_operator, call_id)
        assert others == "refused"
    finally:
        _close(operator)
        _close(supervisor)
    # Signed out: the operator's draft and outbox files hold nothing of the note in clear.
    for file in operator_ws.rglob("*"):
        if file.is_file():
            assert NOTE.encode() not in file.read_bytes(), file


def test_an_operator_corrects_her_own_call_on_the_server_by_keyboard(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """Her own list's Correct, a topic added, Ctrl+S: the server's call has it (through
    its own_correct), the chain holds call.correct_own, and verify is clean."""
    joined, _supervisor_ws, operator_ws = _centre(server, tmp_path)
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        _take_call(qtbot, operator)
        qtbot.waitUntil(lambda: len(_server_calls(joined)) == 1, timeout=10_000)
        page = page_of(operator.main)
        settle(qtbot, operator.worker)
        page.recent.table.selectRow(0)
        qtbot.waitUntil(page.recent.correct_button.isEnabled, timeout=10_000)
        tab_to(qtbot, page.recent.correct_button)
        press(qtbot, Qt.Key.Key_Space)
        assert page.correcting is not None, page.status.text()
        to_topics(qtbot)
        press(qtbot, Qt.Key.Key_4)
        press(qtbot, Qt.Key.Key_S, CTRL)
        settle(qtbot, operator.worker)
        qtbot.waitUntil(lambda: len(_server_calls(joined)[0][1]["topics"]) == 2, timeout=10_000)
        [(call_id, coded)] = _server_calls(joined)
        assert set(coded["topics"]) == {"work_abroad", "migration"}
        assert page.correcting is None, page.status.text()
    finally:
        _close(operator)
    with connection.connect(joined.server.url(db=joined.database)) as conn:
        actions = ServerAuditLog(conn).actions_of("call", call_id)
        problems = ServerAuditLog(conn).verify(None)
    assert actions == ["call.save", "call.correct_own"]
    assert problems == []


def test_a_returned_call_shows_the_supervisors_comment_while_the_operator_corrects_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """The supervisor returns the call with a comment on her workstation; the operator's
    own list shows it returned, and Correct brings the comment into sight above the
    form (opened on her session from the server's ciphertext), by keyboard."""
    joined, _supervisor_ws, operator_ws = _centre(server, tmp_path)
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        _take_call(qtbot, operator)
        qtbot.waitUntil(lambda: len(_server_calls(joined)) == 1, timeout=10_000)
    finally:
        _close(operator)
    [(call_id, _coded)] = _server_calls(joined)
    supervisor = open_centre(joined.first, ADMIN, ADMIN_PW, send=False)
    try:
        review.return_to_operator(supervisor, call_id, "Hansı şəhər? Which city?")
    finally:
        supervisor.close()
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        page = page_of(operator.main)
        settle(qtbot, operator.worker)
        page.recent.table.selectRow(0)
        qtbot.waitUntil(page.recent.correct_button.isEnabled, timeout=10_000)
        tab_to(qtbot, page.recent.correct_button)
        press(qtbot, Qt.Key.Key_Space)
        assert page.correcting == call_id, page.status.text()
        qtbot.waitUntil(page.return_note.isVisible, timeout=10_000)
        assert "Hansı şəhər? Which city?" in page.return_note.text()
    finally:
        _close(operator)


def test_with_the_server_stopped_the_call_is_kept_said_and_sent_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, _supervisor_ws, operator_ws = _centre(server, tmp_path)
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        window = operator.main
        server.stop()
        _take_call(qtbot, operator)
        line = window.warning_label
        qtbot.waitUntil(lambda: OFFLINE_EN in line.text(), timeout=15_000)
        assert window.statusBar().isVisible()
        # Her own list shows the call kept here, its notes opened with her own key.
        assert page_of(window).recent.table.rowCount() == 1
        session = operator.worker.session
        assert isinstance(session, CentreSession) and session.outbox is not None
        assert session.outbox.store.count() == 1
        server.start()
        session.sender.wake() if session.sender else None
        qtbot.waitUntil(lambda: session.outbox.store.count() == 0, timeout=90_000)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: OFFLINE_EN not in line.text(), timeout=5_000)
        [(call_id, coded)] = _server_calls(joined)
        assert coded["primary_topic"] == "work_abroad"
        # The session's own connection, lost with the server, is opened again.
        [record] = run_on_worker(operator.worker, calls.recent_calls)
        assert (record.id, record.notes) == (call_id, NOTE)
        with connection.connect(joined.server.url(db=joined.database)) as conn:
            assert ServerAuditLog(conn).actions_of("call", call_id) == ["call.save"]
    finally:
        if not running(server):
            server.start()
        _close(operator)


@pytest.mark.parametrize("language", ["ru", "az"])
def test_a_wrong_password_and_a_server_away_are_said_at_sign_in_and_nothing_typed_is_lost(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    server: PostgresServer,
    tmp_path: Path,
    language: str,
) -> None:
    _joined, _supervisor_ws, operator_ws = _centre(server, tmp_path)
    i18n.install(language)
    monkeypatch.setenv(ENV_CONFIG_DIR, str(operator_ws))
    monkeypatch.delenv("HOTLINE_DATA_DIR", raising=False)
    desk = Desk(None, demo=False)
    desk.start()
    login = desk.window
    assert isinstance(login, LoginWindow)
    try:
        wrong = QCoreApplication.translate("errors", WrongPassword.template)
        away = QCoreApplication.translate("errors", ServerUnreachable.template).split("(")[0]
        assert wrong != WrongPassword.template and away not in ServerUnreachable.template
        qtbot.keyClicks(login.user, OPERATOR)
        qtbot.keyClicks(login.password, "not the password")
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: login.message.text() == wrong, timeout=30_000)
        assert login.user.text() == OPERATOR and login.password.hasFocus()
        server.stop()
        login.password.clear()
        qtbot.keyClicks(login.password, OPERATOR_PW)
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: login.message.text().startswith(away), timeout=30_000)
        assert login.user.text() == OPERATOR and login.password.text() == OPERATOR_PW
        assert desk.main is None and "Traceback" not in login.message.text()
    finally:
        if not running(server):
            server.start()
        i18n.install("en")
        desk.shutdown()
