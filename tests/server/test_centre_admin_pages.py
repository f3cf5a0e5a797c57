"""The administrator's pages on a centre (issue 15), in the real window signed in on a
joined workstation: the Users page lists the centre's members and adds, resets,
changes the roles of and disables people on the server (four eyes as on the desk);
the pages that do not work on a centre yet say so plainly and show nothing of this
workstation's cache as the centre's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from hotline.errors import UnknownUser, WrongPassword
from hotline.permissions import Role
from hotline.services import centre_people, sealing
from hotline.services.centre_session import CentreSession
from hotline.storage.server import dumps
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.users import UserRepository
from hotline.ui import i18n
from hotline.ui.admin.approvals_page import ApprovalsPage
from hotline.ui.admin.audit_page import AuditViewerPage
from hotline.ui.admin.centre_backups_page import CentreBackupsPage
from hotline.ui.admin.desk_check_page import DeskCheckPage
from hotline.ui.admin.not_on_centre import NotOnCentrePage
from hotline.ui.admin.password_dialog import (
    AddUserDialog,
    OwnPasswordDialog,
    ResetPasswordDialog,
)
from hotline.ui.admin.sealing_page import SealingPage
from hotline.ui.admin.users_page import RolesDialog, UsersPage
from hotline.ui.app import Desk
from hotline.ui.pages import PAGES
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, save_through_outbox
from tests.server.offline import own_server, running
from tests.server.postgres import SUPERUSER, PostgresServer
from tests.server.test_centre_window import _centre, _close, _open_window
from tests.ui.conftest import settle

NEW_NAME = "nigar"
NEW_PW = "the kettle sings before dawn"
RESET_PW = "a quieter night for everyone"
NOT_YET_EN = (
    "This page is not available on a centre yet. Here it would show only this computer's "
    "own copy, not the centre's, so it shows nothing and changes nothing. Nothing was changed."
)
SHOTS = Path("/tmp/h15-admin-shots")


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _members(joined: JoinedCentre) -> dict[str, tuple[frozenset[str], bool]]:
    """The centre's people as its server holds them: name -> (roles, active)."""
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        rows = conn.execute("SELECT user_name, roles, active FROM hotline.members").fetchall()
    return {str(r[0]): (frozenset(r[1]), bool(r[2])) for r in rows}


def _requests(joined: JoinedCentre) -> list[tuple[int, dict[str, Any]]]:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        rows = conn.execute("SELECT id, body FROM hotline.approvals ORDER BY id").fetchall()
    return [(int(r[0]), dict(r[1])) for r in rows]


def _dialog(parent: QWidget, kind: type[QWidget]) -> Any:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _ok(qtbot: QtBot, box: QDialogButtonBox) -> None:
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _row(page: UsersPage, name: str) -> list[str]:
    row = [line.user.name for line in page.lines].index(name)
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def _roles(qtbot: QtBot, desk: Desk, page: UsersPage, name: str, tick: Role) -> None:
    page.select(name)
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page, RolesDialog)
    dialog.boxes[tick].click()
    _ok(qtbot, dialog.buttons)
    settle(qtbot, desk.worker)


def test_the_administrator_manages_the_centres_people_on_the_users_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        session = desk.worker.session
        assert isinstance(session, CentreSession)
        page = desk.main.show_page("users")
        assert isinstance(page, UsersPage)
        settle(qtbot, desk.worker)
        assert page.heading.text() == "Users of the centre"
        assert [line.user.name for line in page.lines] == [ADMIN, OPERATOR]
        assert _row(page, OPERATOR)[2] == "not recorded on a centre"  # never a false "never"

        # add: the slot, the signed row and the login role on the server
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        add = _dialog(page, AddUserDialog)
        qtbot.keyClicks(add.name, NEW_NAME)
        qtbot.keyClicks(add.fields.new, NEW_PW)
        qtbot.keyClicks(add.fields.again, NEW_PW)
        _ok(qtbot, add.buttons)
        settle(qtbot, desk.worker)
        assert _members(joined)[NEW_NAME] == (frozenset({"operator"}), True)
        assert UserRepository(session.db).by_name(NEW_NAME) is None  # not in the cache
        said = page.message.text()
        assert said.startswith(f"{NEW_NAME} was added to the centre.")
        code = said.rsplit(": ", 1)[1]
        assert code and code not in NEW_PW
        assert "has not yet changed the password" in _row(page, NEW_NAME)[3]
        centre_people.sign_in(joined.first, NEW_NAME, NEW_PW).close()  # their slot opens
        joined.join(tmp_path / "nigar-ws", code)  # and the code joins a workstation

        # reset: new keys under a new password, the login role follows
        page.select(NEW_NAME)
        qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
        reset = _dialog(page, ResetPasswordDialog)
        qtbot.keyClicks(reset.fields.new, RESET_PW)
        qtbot.keyClicks(reset.fields.again, RESET_PW)
        _ok(qtbot, reset.buttons)
        settle(qtbot, desk.worker)
        assert page.message.text() == f"{NEW_NAME} has a new password and new keys."
        with pytest.raises(WrongPassword):
            centre_people.sign_in(joined.first, NEW_NAME, NEW_PW)
        centre_people.sign_in(joined.first, NEW_NAME, RESET_PW).close()

        # roles: nobody else may approve yet, so the change goes ahead alone
        _roles(qtbot, desk, page, OPERATOR, Role.SUPERVISOR)
        assert _members(joined)[OPERATOR] == (frozenset({"operator", "supervisor"}), True)
        assert "approved alone" in page.message.text()
        assert _row(page, OPERATOR)[1] == "Operator, Supervisor"
        # now a supervisor can approve: the next change is a request on the server
        _roles(qtbot, desk, page, NEW_NAME, Role.SUPERVISOR)
        [(number, body)] = _requests(joined)
        assert body["act"] == "user.roles" and body["requested_by"] == session.user_id
        assert page.message.text().startswith(f"Request {number} was made")
        assert _members(joined)[NEW_NAME] == (frozenset({"operator"}), True)
        _roles(qtbot, desk, page, NEW_NAME, Role.SUPERVISOR)  # asked again: still waiting
        assert len(_requests(joined)) == 1
        assert page.message.text().startswith(f"Request {number} for this change is still")

        # disable: asked first; the slot goes, the row says so, the login cannot connect
        page.select(NEW_NAME)
        qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
        box = page.confirm_box
        assert isinstance(box, QMessageBox) and "any workstation" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.message.text() == f"{NEW_NAME} was disabled."
        assert _members(joined)[NEW_NAME] == (frozenset({"operator"}), False)
        assert _row(page, NEW_NAME)[3] == "disabled"
        with pytest.raises((WrongPassword, UnknownUser)):
            centre_people.sign_in(joined.first, NEW_NAME, RESET_PW)
        with psycopg.connect(joined.server.url(db=joined.database)) as conn:
            assert ServerAuditLog(conn).verify(None) == []
            actions = [str(r[0]) for r in conn.execute("SELECT action FROM hotline.audit")]
        assert {"user.create", "user.reset", "user.roles", "user.disable"} <= set(actions)
        _shots(qtbot, desk, ("users",))
    finally:
        _close(desk)


def test_a_row_changed_on_the_server_is_shown_untrusted_and_cannot_be_acted_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """The server's administrator gives the operator the administrator's role by SQL: the
    page does not show the role as hers; it says her record was changed outside."""
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    with psycopg.connect(joined.server.url(db=joined.database), autocommit=True) as conn:
        conn.execute(
            "UPDATE hotline.members SET roles = ARRAY['operator','administrator']"
            " WHERE user_name = %s",
            (OPERATOR,),
        )
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("users")
        assert isinstance(page, UsersPage)
        settle(qtbot, desk.worker)
        assert _row(page, OPERATOR)[3].startswith("not trusted")
        page.select(OPERATOR)
        assert not page.disable_button.isEnabled() and not page.roles_button.isEnabled()
    finally:
        _close(desk)


def test_pages_not_on_a_centre_yet_say_so_and_show_nothing_of_the_cache(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    if not running(server):
        server.start()
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        before = ServerAuditLog(conn).last()
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        not_yet = [spec.key for spec in PAGES if not spec.on_centre]
        assert set(not_yet) == {
            "restore",
        }
        for key in not_yet:
            page = desk.main.show_page(key)
            settle(qtbot, desk.worker)
            assert isinstance(page, NotOnCentrePage), key
            assert page.message.text() == NOT_YET_EN
            assert page.message.isVisible()
            assert page.hint.isVisible() == (key == "restore")
        restore = desk.main.show_page("restore")
        assert isinstance(restore, NotOnCentrePage)
        assert "'hotline restore --server'" in restore.hint.text()
        assert desk.main.problem is None
        _shots(qtbot, desk, ("restore",))
    finally:
        _close(desk)
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        assert ServerAuditLog(conn).last() == before


def _shots(qtbot: QtBot, desk: Desk, keys: tuple[str, ...]) -> None:
    """The window at 1366x768 in each language, as PNG files to look at."""
    SHOTS.mkdir(exist_ok=True)
    main = desk.main
    main.resize(1366, 768)
    for language in ("az", "ru", "en"):
        i18n.install(language)
        settle(qtbot, desk.worker)
        for key in keys:
            main.show_page(key)
            qtbot.wait(50)
            main.grab().save(str(SHOTS / f"{key}-{language}.png"))
    i18n.install("en")


def _server_entries(joined: JoinedCentre) -> list[tuple[int, str]]:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        rows = conn.execute("SELECT seq, action FROM hotline.audit ORDER BY seq DESC").fetchall()
    return [(int(r[0]), str(r[1])) for r in rows]


def test_the_audit_page_and_the_desk_check_read_and_verify_the_centres_chain(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """The entries are the server's (the operator's creation by the administrator, on
    this workstation's cache nowhere); the check walks the server's chain, and a member's
    roles changed there by SQL are found on both pages."""
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        session = desk.worker.session
        assert isinstance(session, CentreSession)
        page = desk.main.show_page("audit")
        assert isinstance(page, AuditViewerPage)
        settle(qtbot, desk.worker)
        on_server = _server_entries(joined)
        assert [e.seq for e in page.page.entries] == [seq for seq, _a in on_server]
        # the operator was added on the server (centre_people): no cache holds that entry
        assert page.rows()[0][1:] == (ADMIN, f"{ADMIN} added the user {OPERATOR} (Operator)", "2")
        assert not page.csv_button.isVisible() and not page.pdf_button.isVisible()
        # only the administrator's entries
        page.user.setCurrentIndex(page.user.findData(session.user_id))
        qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.page.entries and {e.user_id for e in page.page.entries} == {session.user_id}

        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.message.text() == (
            f"The centre's audit chain checks clean on the server: {len(on_server)} entries, "
            "every signature and link verified, and this workstation's witness of its head."
        )
        check = desk.main.show_page("desk_check")
        assert isinstance(check, DeskCheckPage)
        assert check.verify_box.title() == "Verify the centre"
        assert not check.witness_button.isVisible() and not check.rotate_box.isVisible()
        qtbot.mouseClick(check.verify_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert check.result.text().startswith("The centre's audit chain checks clean")
        assert f"Audit entries: {len(on_server)}" in check.result.text()

        # the server's administrator makes the operator an administrator by SQL
        with psycopg.connect(joined.server.url(db=joined.database), autocommit=True) as conn:
            conn.execute(
                "UPDATE hotline.members SET roles = ARRAY['operator','administrator']"
                " WHERE user_name = %s",
                (OPERATOR,),
            )
        qtbot.mouseClick(check.verify_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert check.result.text().startswith("Problems found (1):")
        assert "member 2's roles on the server differ" in check.result.text()
        page = desk.main.show_page("audit")
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.message.text().startswith("The check found 1 problems.")
        _shots(qtbot, desk, ("audit", "desk_check"))
    finally:
        _close(desk)


def _server_rows(joined: JoinedCentre, query: str, *params: object) -> list[tuple[Any, ...]]:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        return conn.execute(query, params).fetchall()


def _find(qtbot: QtBot, desk: Desk, page: SealingPage, call_id: int) -> None:
    page.target.setCurrentIndex(page.target.findData(sealing.BY_CALL))
    page.value.clear()
    qtbot.keyClicks(page.value, str(call_id))
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.worker)


def test_the_administrator_seals_a_call_on_the_centre_and_holds_another(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """The Sealing page on a centre: the call found and previewed on the server, sealed
    there (its keys and text deleted, the entries in the centre's chain), approved alone
    on a centre with nobody else to ask; a legal hold placed, its reason opened here, and
    lifted; the retention set on the server."""
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    first = save_through_outbox(joined, OPERATOR, OPERATOR_PW, "Qz7SEAL the first call")
    second = save_through_outbox(joined, OPERATOR, OPERATOR_PW, "Qz7SEAL the second call")
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("sealing")
        assert isinstance(page, SealingPage)
        settle(qtbot, desk.worker)
        assert [page.target.itemData(i) for i in range(page.target.count())] == [
            sealing.BY_PSEUDONYM,
            sealing.BY_CALL,
        ]
        assert not page.password.isVisible()
        _find(qtbot, desk, page, first)
        assert page.preview.rowCount() == 1
        assert page.preview.item(0, 0).text() == str(first)
        assert int(page.preview.item(0, 3).text()) >= 1  # its notes, at least
        assert page.preview.item(0, 7).text() == "to be sealed"
        assert page.approval_state.text().startswith("This centre has no second")
        qtbot.keyClicks(page.number, "2-14/2026")
        assert page.seal_button.isEnabled()
        qtbot.mouseClick(page.seal_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.result.toPlainText().startswith("Sealed 1 calls:"), page.status.text()
        [(decision,)] = _server_rows(
            joined, "SELECT decision_id FROM hotline.sealed_calls WHERE call_id = %s", first
        )
        for table in ("call_texts", "call_keys", "vault_entries"):
            assert (
                _server_rows(joined, f"SELECT 1 FROM hotline.{table} WHERE call_id = %s", first)
                == []
            ), table
        assert _server_rows(joined, "SELECT 1 FROM hotline.call_keys WHERE call_id = %s", second)
        actions = [a for _s, a in _server_entries(joined)]
        assert actions[:2] == ["seal.decision", "call.seal"]
        assert page.preview.item(0, 7).text().startswith("Sealed by decision 2-14/2026")
        _find(qtbot, desk, page, first)  # found again: nothing left to seal
        assert not page.seal_button.isEnabled()
        assert decision

        # a legal hold on the second call, its reason sealed on the server
        qtbot.keyClicks(page.hold_value, str(second))
        qtbot.keyClicks(page.hold_reason, "Prosecutor's request 77")
        qtbot.mouseClick(page.hold_add, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        [(hold_id, reason_sealed)] = _server_rows(
            joined,
            "SELECT id, reason_sealed FROM hotline.legal_holds WHERE call_id = %s"
            " AND lifted_at IS NULL",
            second,
        )
        assert b"Prosecutor" not in bytes(reason_sealed)
        assert page.holds.rowCount() == 1
        assert page.holds.item(0, 1).text() == f"call {second}"
        assert page.holds.item(0, 3).text() == "Prosecutor's request 77"
        page.holds.selectRow(0)
        qtbot.mouseClick(page.hold_lift, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.holds.rowCount() == 0
        assert _server_rows(
            joined, "SELECT lifted_at IS NOT NULL FROM hotline.legal_holds WHERE id = %s", hold_id
        ) == [(True,)]

        # retention on the server
        page.years.setValue(7)
        qtbot.mouseClick(page.years_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert _server_rows(joined, "SELECT years FROM hotline.retention") == [(7,)]
        assert "7 years after the call" in page.retention_state.text()
        with psycopg.connect(joined.server.url(db=joined.database)) as conn:
            assert ServerAuditLog(conn).verify(None) == []
        _shots(qtbot, desk, ("sealing",))
    finally:
        _close(desk)


def test_sealing_on_a_centre_waits_for_the_supervisors_signed_approval(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    call_id = save_through_outbox(joined, OPERATOR, OPERATOR_PW, "Qz7SEAL a call")
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    finally:
        admin.close()
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("sealing")
        assert isinstance(page, SealingPage)
        settle(qtbot, desk.worker)
        _find(qtbot, desk, page, call_id)
        qtbot.keyClicks(page.number, "5/2026")
        assert not page.seal_button.isEnabled() and page.request_button.isEnabled()
        qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        [(number, body)] = _requests(joined)
        assert body["act"] == "record.seal" and body["params"]["calls"] == [call_id]
        assert page.approval_state.text().startswith(f"Request {number} waits")
        assert not page.seal_button.isEnabled()
        assert _server_rows(joined, "SELECT 1 FROM hotline.sealed_calls") == []

        supervisor = centre_people.sign_in(joined.first, SUPERVISOR, SUPERVISOR_PW)
        try:
            centre_people.approve(supervisor, number)
        finally:
            supervisor.close()
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.approval_state.text() == f"Request {number} is approved: it can be sealed now."
        qtbot.mouseClick(page.seal_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.result.toPlainText().startswith("Sealed 1 calls:"), page.status.text()
        assert _server_rows(
            joined, "SELECT d.approved_by IS NOT NULL FROM hotline.seal_decisions d"
        ) == [(True,)]
        assert _server_rows(
            joined, "SELECT used_at IS NOT NULL FROM hotline.approvals WHERE id = %s", number
        ) == [(True,)]
    finally:
        _close(desk)


def test_the_administrator_backs_the_centre_up_from_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """pg_dump of the centre through the workstation's pinned TLS line, with the server's
    superuser typed on the page: the file and its register line in the folder chosen,
    the notes in it sealed; a wrong password of one's own writes nothing."""
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    marker = "Qz7BACKUPWINDOW notes"
    save_through_outbox(joined, OPERATOR, OPERATOR_PW, marker)
    folder = tmp_path / "usb"
    folder.mkdir()
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("backups")
        assert isinstance(page, CentreBackupsPage)
        assert not page.now_button.isEnabled()
        page.ask_folder = lambda _start: str(folder)
        qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        page.superuser.clear()
        qtbot.keyClicks(page.superuser, SUPERUSER)
        qtbot.keyClicks(page.server_password, server.password)
        qtbot.keyClicks(page.password, "not my password at all")
        qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.status.text() == "The user name or the password is wrong."
        assert list(folder.iterdir()) == []

        page.password.clear()
        qtbot.keyClicks(page.password, ADMIN_PW)
        qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.done is not None, page.status.text()
        dump = page.done.path
        assert dump.parent == folder and dump.exists() and page.done.calls == 1
        assert page.status.text().startswith(f"Backup of the centre written: {dump} (1 calls")
        assert page.server_password.text() == "" and page.password.text() == ""
        assert marker.encode() not in dump.read_bytes()
        assert marker.encode() not in dumps.script(dump).encode()
        assert (folder / "centre-backups.jsonl").exists()
        assert page.table.rowCount() == 1
        assert page.table.item(0, 1).text() == str(dump)
        assert page.table.item(0, 6).text() == "backed up from the window"
        _shots(qtbot, desk, ("backups",))
    finally:
        _close(desk)


def test_a_role_change_on_a_centre_approved_by_the_supervisor_in_her_own_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """Four eyes in the window on a centre: the administrator asks (Users page), the
    supervisor approves on her Approvals page signed in as herself, the administrator
    carries it out on his: the grant signed by her key, spent once, the roles changed."""
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    finally:
        admin.close()
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        users_page = desk.main.show_page("users")
        assert isinstance(users_page, UsersPage)
        settle(qtbot, desk.worker)
        _roles(qtbot, desk, users_page, OPERATOR, Role.SUPERVISOR)
        [(number, _body)] = _requests(joined)
        page = desk.main.show_page("approvals")
        assert isinstance(page, ApprovalsPage)
        settle(qtbot, desk.worker)
        assert not page.refuse_button.isVisible() and not page.withdraw_button.isVisible()
        assert page.table.rowCount() == 1
        page.table.selectRow(0)
        assert not page.approve_button.isEnabled()  # nobody approves their own request
        assert not page.carry_button.isEnabled()
    finally:
        _close(desk)

    desk = _open_window(qtbot, monkeypatch, admin_ws, SUPERVISOR, SUPERVISOR_PW)
    try:
        page = desk.main.show_page("approvals")
        assert isinstance(page, ApprovalsPage)
        settle(qtbot, desk.worker)
        row = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
        assert row[:3] == [
            str(number),
            f"Change the roles of {OPERATOR} to: Operator, Supervisor",
            ADMIN,
        ]
        assert row[4] == "waiting for approval"
        page.table.selectRow(0)
        assert page.approve_button.isEnabled()
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.message.text() == f"Request {number}: approved, not carried out yet."
        supervisor_id = desk.worker.session.user_id if desk.worker.session else None
        audit = desk.main.show_page("audit")  # a supervisor reads the centre's chain too
        assert isinstance(audit, AuditViewerPage)
        settle(qtbot, desk.worker)
        assert audit.page is not None and audit.page.total == len(_server_entries(joined))
    finally:
        _close(desk)
    [(approved_by, used)] = _server_rows(
        joined,
        "SELECT approved_by, used_at IS NOT NULL FROM hotline.approvals WHERE id = %s",
        number,
    )
    assert approved_by == supervisor_id and not used
    assert _members(joined)[OPERATOR] == (frozenset({"operator"}), True)

    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("approvals")
        assert isinstance(page, ApprovalsPage)
        settle(qtbot, desk.worker)
        page.table.selectRow(0)
        assert page.table.item(0, 5).text() == SUPERVISOR
        assert page.carry_button.isEnabled()
        qtbot.mouseClick(page.carry_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.message.text() == (
            f"Request {number} was carried out: the roles of {OPERATOR} were changed."
        )
        assert page.table.rowCount() == 0
        _shots(qtbot, desk, ("approvals",))
    finally:
        _close(desk)
    assert _members(joined)[OPERATOR] == (frozenset({"operator", "supervisor"}), True)
    assert _server_rows(
        joined, "SELECT used_at IS NOT NULL FROM hotline.approvals WHERE id = %s", number
    ) == [(True,)]


def test_ones_own_password_on_a_centre_is_changed_on_the_server_from_the_desk_menu(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """From the Desk menu, by keyboard: a wrong old password is said and changes nothing;
    then the slot is replaced on the server (not only this workstation's copy of the key
    file), so on another workstation the new password opens the centre and the old one
    no longer does."""
    joined, _admin_ws, operator_ws = _centre(server, tmp_path)
    desk = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        desk.main.password_action.trigger()
        own = _dialog(desk.main, OwnPasswordDialog)
        qtbot.keyClicks(own.old, "not my password at all")
        qtbot.keyClicks(own.fields.new, RESET_PW)
        qtbot.keyClicks(own.fields.again, RESET_PW)
        _ok(qtbot, own.buttons)
        settle(qtbot, desk.worker)
        assert own.isVisible()
        assert own.message.text() == "The user name or the password is wrong."
        own.old.clear()
        qtbot.keyClicks(own.old, OPERATOR_PW)
        _ok(qtbot, own.buttons)
        settle(qtbot, desk.worker)
        qtbot.waitUntil(
            lambda: desk.main.statusBar().currentMessage() == "Your password was changed.",
            timeout=10_000,
        )
    finally:
        _close(desk)
    ws = joined.join(tmp_path / "again-ws", _code(joined))
    centre_people.sign_in(ws, OPERATOR, RESET_PW).close()
    with pytest.raises(WrongPassword):
        centre_people.sign_in(ws, OPERATOR, OPERATOR_PW)


def _code(joined: JoinedCentre) -> str:
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        return centre_people.issue_code(admin)
    finally:
        admin.close()
