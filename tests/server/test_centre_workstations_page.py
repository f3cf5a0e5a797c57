"""The Workstations page on a centre (issue 15), in the real window signed in on a joined
workstation: the administrator sees the centre's enrolled workstations, when each
joined and was last seen (schema step 17: stamped by the workstation's own login at a
sign-in there), and removes one after a confirmation (No changes nothing); the removal
is audited and nobody signs in there any more; her own workstation is not removable;
a list gone stale says so in words. The step on an older centre: upgraded, the stamp
comes at the next sign-in. The attacks: an operator's own login cannot stamp, and a
workstation's own login stamps only itself. A single-file desk does not list the page.
And the banners of the Users and Backups pages follow a language switch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import centre as centre_service
from hotline.services import centre_audit, centre_people, centre_workstations, enrolment
from hotline.storage.server import schema_steps
from hotline.storage.server.errors import WorkstationRefused
from hotline.ui import i18n
from hotline.ui.admin.centre_backups_page import CentreBackupsPage
from hotline.ui.admin.users_page import UsersPage
from hotline.ui.admin.workstations_page import WorkstationsPage
from hotline.ui.app import Desk
from hotline.ui.main_window import visible_pages
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.offline import own_server
from tests.server.postgres import SUPERUSER, PostgresServer
from tests.server.test_centre_window import _centre, _close, _open_window
from tests.server.test_people import _connect, _server_password
from tests.ui.clipping import clipped
from tests.ui.conftest import settle

SHOTS = Path("/tmp/h15-logrow-shots")


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _enrolments(joined: JoinedCentre) -> dict[str, tuple[Any, ...]]:
    """login -> (last_seen, removed_at, can_login), as the server holds them."""
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        rows = conn.execute(
            "SELECT e.workstation, e.last_seen, e.removed_at, r.rolcanlogin"
            " FROM hotline.enrolments e JOIN pg_roles r ON r.rolname = e.workstation"
        ).fetchall()
    return {str(r[0]): tuple(r[1:]) for r in rows}


def _cells(page: WorkstationsPage, row: int) -> list[str]:
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def _answer(qtbot: QtBot, page: WorkstationsPage, button: QMessageBox.StandardButton) -> None:
    box = page.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def _shots(qtbot: QtBot, desk: Desk, page: WorkstationsPage) -> dict[str, str]:
    """The window at 1366x768 in each language, as PNG files to look at; the banner's
    text in each (said once, in English, before the switches)."""
    SHOTS.mkdir(exist_ok=True)
    main = desk.main
    main.resize(1366, 768)
    said: dict[str, str] = {}
    for language in ("az", "ru", "en"):
        i18n.install(language)
        settle(qtbot, desk.worker)
        qtbot.wait(50)
        said[language] = page.message.text()
        main.grab().save(str(SHOTS / f"workstations-{language}.png"))
        assert clipped(page, checklists=True) == [], language
    i18n.install("en")
    return said


def test_the_administrator_sees_and_removes_a_workstation_on_its_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, operator_ws = _centre(server, tmp_path)
    operator_station = enrolment.joined(operator_ws)
    centre_people.sign_in(operator_station, OPERATOR, OPERATOR_PW).close()  # she worked there
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("workstations")
        assert isinstance(page, WorkstationsPage)
        settle(qtbot, desk.worker)
        assert page.heading.text() == "Workstations of the centre"
        held = _enrolments(joined)
        assert [line.workstation.login for line in page.lines] == [
            joined.first.login,
            operator_station.login,
        ]
        mine, theirs = _cells(page, 0), _cells(page, 1)
        assert mine[1] == joined.first.login and mine[4] == "in use; the one you are signed in on"
        assert theirs[1] == operator_station.login and theirs[4] == "in use"
        for cells in (mine, theirs):  # both signed in on today: the server stamped them
            seen = held[cells[1]][0]
            assert isinstance(seen, datetime)
            assert cells[3] == seen.astimezone().strftime("%d.%m.%Y %H:%M")
        # her own workstation: not removable from itself
        page.select(page.lines[0].workstation.number)
        assert not page.remove_button.isEnabled()

        # No: nothing changed
        number = page.lines[1].workstation.number
        page.select(number)
        assert page.remove_button.isEnabled()
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        assert page.confirm_box is not None
        assert operator_station.login in page.confirm_box.text()
        _answer(qtbot, page, QMessageBox.StandardButton.No)
        settle(qtbot, desk.worker)
        assert _enrolments(joined)[operator_station.login][1:] == (None, True)

        # Yes: removed on the server, audited, the row says so
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        _answer(qtbot, page, QMessageBox.StandardButton.Yes)
        settle(qtbot, desk.worker)
        removed_at, can_login = _enrolments(joined)[operator_station.login][1:]
        assert isinstance(removed_at, datetime) and can_login is False
        assert page.message.isVisible()
        assert page.message.text() == (
            f"Workstation {number} ({operator_station.login}) was removed: nobody can sign "
            "in there any more."
        )
        assert _cells(page, 1)[4] == "removed on " + removed_at.astimezone().strftime(
            "%d.%m.%Y %H:%M"
        )
        page.select(number)
        assert not page.remove_button.isEnabled()
        with pytest.raises(WorkstationRefused):
            centre_people.sign_in(operator_station, OPERATOR, OPERATOR_PW)
        with psycopg.connect(joined.server.url(db=joined.database)) as conn:
            last = conn.execute(
                "SELECT user_id, action, object_type, object_id FROM hotline.audit"
                " ORDER BY seq DESC LIMIT 1"
            ).fetchone()
        assert last == (1, "workstation.remove", "workstation", number)

        # the banner said in English follows the language: az, ru, then en again
        said = _shots(qtbot, desk, page)
        assert said["en"] == page.message.text() and str(number) in said["ru"]
        assert len({said["az"], said["ru"], said["en"]}) == 3
        assert operator_station.login in said["az"] and operator_station.login in said["ru"]
    finally:
        _close(desk)
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []
    finally:
        admin.close()


def test_a_list_gone_stale_says_so_and_changes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, operator_ws = _centre(server, tmp_path)
    operator_station = enrolment.joined(operator_ws)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("workstations")
        assert isinstance(page, WorkstationsPage)
        settle(qtbot, desk.worker)
        never = [line for line in page.lines if line.workstation.login == operator_station.login]
        assert len(never) == 1
        number = never[0].workstation.number
        assert _cells(page, 1)[3] == "not yet recorded"  # joined, nobody signed in there
        page.select(number)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        # meanwhile another administrator's window removed it
        other = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
        try:
            centre_workstations.remove_workstation(other, number)
            entries = other.conn.execute("SELECT count(*) FROM hotline.audit").fetchone()
        finally:
            other.close()
        _answer(qtbot, page, QMessageBox.StandardButton.Yes)
        settle(qtbot, desk.worker)
        assert page.message.text() == (
            f"There is no enrolled workstation {number} in use on this centre (see 'hotline "
            "server workstations'); nothing was changed."
        )
        with psycopg.connect(joined.server.url(db=joined.database)) as conn:
            assert conn.execute("SELECT count(*) FROM hotline.audit").fetchone() == entries
    finally:
        _close(desk)


def test_the_page_is_a_centres_only() -> None:
    admin = {Role.ADMINISTRATOR}
    assert "workstations" not in [p.key for p in visible_pages(admin)]
    assert "workstations" in [p.key for p in visible_pages(admin, centre=True)]
    assert "workstations" not in [p.key for p in visible_pages({Role.SUPERVISOR}, centre=True)]


def _older_centre(
    server: PostgresServer, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> JoinedCentre:
    """A centre as the code before the "last seen" step made it (steps up to 11)."""
    step = schema_steps.STEPS.index(schema_steps._last_seen)
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:step])
        return set_up_with(server, folder, [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)])


def test_an_older_centre_upgraded_stamps_a_workstation_at_its_next_sign_in(
    server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _older_centre(server, tmp_path / "ws", monkeypatch)
    with psycopg.connect(server.url(db=old.database)) as conn:
        columns = conn.execute(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = 'hotline' AND table_name = 'enrolments'"
        ).fetchall()
    assert ("last_seen",) not in columns
    done = centre_service.upgrade_centre(server.url(db=old.database))
    assert done.after == schema_steps.known()
    assert _enrolments(old)[old.first.login][0] is None  # joined before: not seen since

    admin = centre_people.sign_in(old.first, ADMIN, ADMIN_PW)
    try:
        second = old.join(tmp_path / "second", centre_people.issue_code(admin))
        listed = {w.login: w for w in centre_workstations.list_workstations(admin)}
    finally:
        admin.close()
    seen = listed[old.first.login].last_seen
    assert isinstance(seen, datetime) and listed[second.login].last_seen is None
    centre_people.sign_in(second, OPERATOR, OPERATOR_PW).close()
    held = _enrolments(old)
    assert held[old.first.login][0] == seen and isinstance(held[second.login][0], datetime)


def test_nobody_stamps_another_workstation(
    server: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    joined = set_up_with(
        server, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        second = joined.join(tmp_path / "second", centre_people.issue_code(admin))
    finally:
        admin.close()
    login, password = _server_password(joined, OPERATOR, OPERATOR_PW)  # signs in: stamps
    before = _enrolments(joined)
    assert before[second.login][0] is None
    # the operator's own login, her own SQL: neither the function nor the table
    with _connect(joined, login, password) as own, pytest.raises(errors.InsufficientPrivilege):
        own.execute("SELECT hotline.workstation_seen()")
    with _connect(joined, login, password) as own, pytest.raises(errors.InsufficientPrivilege):
        own.execute("UPDATE hotline.enrolments SET last_seen = now()")
    # the first workstation's own login: the function stamps itself only, the table not
    with enrolment.connect_workstation(joined.first) as station:
        station.execute("SELECT hotline.workstation_seen()")
    with (
        pytest.raises(errors.InsufficientPrivilege),
        enrolment.connect_workstation(joined.first) as station,
    ):
        station.execute("UPDATE hotline.enrolments SET last_seen = now()")
    after = _enrolments(joined)
    assert after[second.login][0] is None
    first_seen = after[joined.first.login][0]
    assert isinstance(first_seen, datetime) and first_seen != before[joined.first.login][0]


def test_a_message_said_before_a_language_switch_is_said_again_in_the_new_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    """The Users and Backups pages' banners (page_parts.MessageLabel), switched to ru and az
    for real after a message in English: the message follows, names and all."""
    _joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    folder = tmp_path / "usb"
    folder.mkdir()
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        users = desk.main.show_page("users")
        assert isinstance(users, UsersPage)
        settle(qtbot, desk.worker)
        users.select(OPERATOR)
        qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
        box = users.confirm_box
        assert box is not None
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert users.message.text() == f"{OPERATOR} was disabled."

        backups = desk.main.show_page("backups")
        assert isinstance(backups, CentreBackupsPage)
        backups.ask_folder = lambda _start: str(folder)
        qtbot.mouseClick(backups.choose_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        backups.superuser.clear()
        qtbot.keyClicks(backups.superuser, SUPERUSER)
        qtbot.keyClicks(backups.server_password, server.password)
        qtbot.keyClicks(backups.password, "not my password at all")
        qtbot.mouseClick(backups.now_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert backups.status.text() == "The user name or the password is wrong."

        for language in ("ru", "az"):
            i18n.install(language)
            settle(qtbot, desk.worker)
            disabled = QCoreApplication.translate("UsersPage", "%1 was disabled.")
            wrong = QCoreApplication.translate("errors", "The user name or the password is wrong.")
            assert "disabled" not in disabled and "wrong" not in wrong  # translated
            assert users.message.text() == disabled.replace("%1", OPERATOR)
            assert backups.status.text() == wrong
            assert users.message.isVisible() or not users.isVisible()
        i18n.install("en")
        settle(qtbot, desk.worker)
        assert users.message.text() == f"{OPERATOR} was disabled."
        assert backups.status.text() == "The user name or the password is wrong."
    finally:
        i18n.install("en")
        _close(desk)
