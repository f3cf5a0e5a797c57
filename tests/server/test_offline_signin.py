"""Signing in while the centre's server cannot be reached (issue 15, offline): the
workstation's sealed copy of the key file opens the operator's slot with her password,
the calls she saves are kept and arrive once when the server is back; a wrong password
is refused and counted; a member reset, disabled or changed since the copy is refused
once the server is back and her calls stay kept; the copy is not readable on the disk,
and a copy changed on the disk is refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from hotline.errors import TooSoon, WrongPassword
from hotline.permissions import Role
from hotline.services import calls, centre_audit, centre_people, enrolment, offline_signin
from hotline.services.centre_session import CentreSession, open_centre, open_centre_offline
from hotline.storage.calllog import CallFilter
from hotline.storage.server import connection
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.errors import (
    ChangedWhileOffline,
    LoginEnded,
    NotAvailableOffline,
    ServerUnreachable,
)
from hotline.storage.server.offline_copy import NoOfflineCopy, OfflineCopyDamaged
from hotline.storage.server.workstation import Workstation
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.factories import job_in_dubai
from tests.helpers import damage
from tests.server.enrolled import JoinedCentre, fingerprint_of, set_up_joined
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.test_keychain import MemoryKeyring

NOTES = "Qz7OFFSIGNnotes"
PSEUDONYM = "Qz7OFFSIGNpseudonym"
MEMBER = "qz7offsignmember"
MEMBER_PW = "a quiet line on a winter night"


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _centre(
    server: PostgresServer, root: Path, name: str = OPERATOR, password: str = OPERATOR_PW
) -> tuple[JoinedCentre, Workstation]:
    """A centre, an operator's workstation joined, and her online sign-in there once
    (which keeps the workstation's copy)."""
    if not running(server):
        server.start()
    joined = set_up_joined(server, root / "admin-ws")
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        added = centre_people.add_user(admin, name, frozenset({Role.OPERATOR}), password)
    finally:
        admin.close()
    ws = joined.join(root / "operator-ws", added.enrolment_code)
    open_centre(ws, name, password, send=False).close()
    assert offline_signin.copy_path(ws).exists()
    return joined, ws


def _save(session: CentreSession, notes: str = NOTES) -> int:
    record = job_in_dubai(session.user_id or 0, notes=notes, caller_pseudonym=PSEUDONYM)
    return calls.save_call(session, record).call_id


def _server_ids(joined: JoinedCentre) -> list[int]:
    with connection.connect(joined.server.url(db=joined.database)) as conn:
        return [int(r[0]) for r in conn.execute("SELECT id FROM hotline.calls ORDER BY id")]


def _admin(joined: JoinedCentre, action: str, *args: object) -> None:
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        getattr(centre_people, action)(admin, *args)
    finally:
        admin.close()


def test_an_operator_signs_in_offline_and_her_calls_arrive_once_when_the_server_is_back(
    server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    server.stop()
    try:
        with pytest.raises(ServerUnreachable) as away:
            open_centre(ws, OPERATOR, OPERATOR_PW, send=False)
        assert offline_signin.offers_offline(away.value, ws)
        session = open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        try:
            assert session.signin is not None and session.signin.offline
            assert session.roles == frozenset({Role.OPERATOR})
            assert session.outbox is not None and session.outbox.state().offline
            first, second = _save(session), _save(session, "second call")
            assert session.outbox.store.count() == 2
            # Her own list shows them, opened with her own key; the server's pages say so.
            assert {r.id for r in calls.recent_calls(session)} == {first, second}
            with pytest.raises(NotAvailableOffline):
                session.remote().count(CallFilter())
            assert session.outbox.send_now().offline  # still away: kept
            assert session.outbox.store.count() == 2
            server.start()
            state = session.outbox.send_now()
            assert (state.sent, state.pending, state.offline) == (2, 0, False)
            assert session.outbox.send_now().sent == 0  # nothing twice
            assert _server_ids(joined) == sorted([first, second])
            # The session's own connection now opens (her login, her record checked).
            records = {r.id: r.notes for r in calls.recent_calls(session)}
            assert records == {first: NOTES, second: "second call"}
        finally:
            session.close()
    finally:
        if not running(server):
            server.start()
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        assert ServerAuditLog(admin.conn).actions_of("call", first) == ["call.save"]
        assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []
    finally:
        admin.close()


def test_wrong_passwords_before_a_right_one_offline_still_reach_the_chain(
    server: PostgresServer, tmp_path: Path
) -> None:
    """An offline sign-in cannot write to the chain: it resets her wait but keeps the
    failures, which the next online sign-in here audits (one count, online or not)."""
    joined, ws = _centre(server, tmp_path)
    server.stop()
    try:
        for typed in ("not her password", "nor this one"):
            with pytest.raises(WrongPassword):
                open_centre_offline(ws, OPERATOR, typed, send=False)
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
        assert len(offline_signin.throttle_of(ws).pending()) == 2
        assert offline_signin.throttle_of(ws).wait_seconds(OPERATOR) == 0
    finally:
        if not running(server):
            server.start()
    with pytest.raises(WrongPassword):  # and one online, on the same count
        open_centre(ws, OPERATOR, "wrong again", send=False)
    open_centre(ws, OPERATOR, OPERATOR_PW, send=False).close()
    with connection.connect(joined.server.url(db=joined.database)) as conn:
        rows = conn.execute(
            "SELECT details FROM hotline.audit WHERE action = 'login.failed'"
        ).fetchall()
    [(details,)] = rows
    body = json.loads(details)
    assert (body["count"], body["offline"]) == (3, True)
    assert [bool(a.get("offline")) for a in body["attempts"]] == [True, True, False]
    assert offline_signin.throttle_of(ws).pending() == []


def test_a_wrong_password_offline_is_refused_and_counted(
    server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    server.stop()
    try:
        for typed in ("not her password", "nor this one", "nor this"):
            with pytest.raises(WrongPassword):
                open_centre_offline(ws, OPERATOR, typed, send=False)
        with pytest.raises(WrongPassword):  # a name the copy does not hold: the same
            open_centre_offline(ws, "nobody", OPERATOR_PW, send=False)
        counted = json.loads(offline_signin.throttle_of(ws).path.read_text())
        assert counted["users"][OPERATOR]["failures"] == 3
        # Past the free failures, even the right password waits (as on the desk).
        with pytest.raises(TooSoon) as soon:
            open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        assert "Try again in" in soon.value.message()
        throttle = offline_signin.throttle_of(ws)
        assert throttle.wait_seconds(OPERATOR) > 0
    finally:
        if not running(server):
            server.start()
    # Online the same count holds: no fresh tries by reaching the server.
    with pytest.raises(TooSoon):
        open_centre(ws, OPERATOR, OPERATOR_PW, send=False)
    counted = json.loads(throttle.path.read_text())
    counted["users"][OPERATOR]["last"] = 0  # the wait is over
    throttle.path.write_text(json.dumps(counted))
    # Her next online sign-in here puts them in the centre's chain and clears the count.
    open_centre(ws, OPERATOR, OPERATOR_PW, send=False).close()
    with connection.connect(joined.server.url(db=joined.database)) as conn:
        rows = conn.execute(
            "SELECT details FROM hotline.audit WHERE action = 'login.failed'"
        ).fetchall()
    [(details,)] = rows
    body = json.loads(details)
    assert (body["count"], body["offline"]) == (4, True)
    assert offline_signin.throttle_of(ws).pending() == []
    assert offline_signin.throttle_of(ws).wait_seconds(OPERATOR) == 0
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        assert centre_audit.verify_centre(admin.conn, admin.secrets.pins.root) == []
    finally:
        admin.close()


def test_a_member_reset_since_the_copy_opens_it_offline_but_the_server_refuses_her_calls(
    server: PostgresServer, tmp_path: Path
) -> None:
    """What happens: the copy on her workstation is older than the reset, so her OLD
    password still opens her old slot there while the server is away (the copy cannot
    know); her calls are kept. Once the server is back it refuses her old login: nothing
    is sent, the calls stay kept and the status says so; the next online sign-in on the
    workstation writes a fresh copy, and the old password no longer opens anything.
    (Her own files here, outbox and witness, are keyed by her old keys: set aside at her
    next online sign-in, test_reset_on_used_workstation.py.)"""
    joined, ws = _centre(server, tmp_path)
    _admin(joined, "reset_password", OPERATOR, "a brand new password for the night")
    server.stop()
    try:
        session = open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        try:
            kept = _save(session)
            server.start()
            assert session.outbox is not None
            state = session.outbox.send_now()
            assert state.login_ended and state.pending == 1 and not state.sent
            assert session.outbox.store.holds(kept)
            with pytest.raises(LoginEnded):
                _ = session.conn
        finally:
            session.close()
        assert _server_ids(joined) == []
        # The next online sign-in on this workstation (anyone's) refreshes its copy.
        open_centre(ws, ADMIN, ADMIN_PW, send=False).close()
        server.stop()
        with pytest.raises(WrongPassword):
            open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
    finally:
        if not running(server):
            server.start()


def test_a_member_disabled_or_given_other_roles_since_the_copy_sends_nothing(
    server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    _admin(joined, "set_roles", OPERATOR, frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    server.stop()
    try:
        session = open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        try:
            assert session.roles == frozenset({Role.OPERATOR})  # as the copy says
            kept = _save(session)
            server.start()
            assert session.outbox is not None
            state = session.outbox.send_now()
            assert state.login_ended and state.pending == 1
            with pytest.raises(ChangedWhileOffline) as changed:
                _ = session.conn
            assert "was changed since" in changed.value.message()
            assert session.outbox.store.holds(kept)
            assert _server_ids(joined) == []
            _admin(joined, "disable_user", OPERATOR)
            state = session.outbox.send_now()
            assert state.login_ended and session.outbox.store.holds(kept)
            with pytest.raises(LoginEnded):
                _ = session.conn
        finally:
            session.close()
        assert _server_ids(joined) == []
    finally:
        if not running(server):
            server.start()


def _files_holding(folder: Path, needle: bytes) -> list[str]:
    return [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*"))
        if p.is_file() and needle in p.read_bytes()
    ]


def test_the_copy_and_everything_written_offline_hold_no_marker_in_clear(
    server: PostgresServer, tmp_path: Path
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())  # this workstation bound to its keychain
    try:
        if not running(server):
            server.start()
        joined = set_up_joined(server, tmp_path / "admin-ws")
        admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
        try:
            added = centre_people.add_user(admin, MEMBER, frozenset({Role.OPERATOR}), MEMBER_PW)
        finally:
            admin.close()
        ws = enrolment.join(
            joined.address, fingerprint_of(server), added.enrolment_code, tmp_path / "bound"
        )
        assert ws.keychain == "keyring"
        open_centre(ws, MEMBER, MEMBER_PW, send=False).close()
        server.stop()
        session = open_centre_offline(ws, MEMBER, MEMBER_PW, send=False)
        try:
            _save(session)
        finally:
            session.close()
        body = offline_signin.copy_path(ws).read_bytes()
        with pytest.raises(ValueError):
            json.loads(body)
        assert b"slots" not in body and b"wrapped" not in body
        for marker in (MEMBER, NOTES, PSEUDONYM):
            for form in (marker.encode(), marker.encode().hex().encode()):
                assert _files_holding(tmp_path, form) == [], marker
    finally:
        keyring.set_keyring(previous)
        if not running(server):
            server.start()


def test_a_copy_changed_on_the_disk_or_another_workstations_is_refused(
    server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    open_centre(joined.first, ADMIN, ADMIN_PW, send=False).close()  # the admin ws's copy
    mine = offline_signin.copy_path(ws)
    original = mine.read_bytes()
    server.stop()
    try:
        damage(mine)
        with pytest.raises(OfflineCopyDamaged) as damaged:
            open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        assert str(mine) in damaged.value.message()
        assert "Traceback" not in damaged.value.message()
        mine.write_bytes(offline_signin.copy_path(joined.first).read_bytes())
        with pytest.raises(OfflineCopyDamaged):  # sealed for another workstation
            open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        mine.unlink()
        with pytest.raises(NoOfflineCopy):
            open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        mine.write_bytes(original)
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
    finally:
        if not running(server):
            server.start()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_command_line_says_the_server_is_away_and_where_to_take_calls(
    server: PostgresServer, tmp_path: Path, language: str
) -> None:
    from tests.server.test_enrolment import centre_cli

    _joined, ws = _centre(server, tmp_path)
    server.stop()
    try:
        done = centre_cli(
            ws.folder, "verify", stdin=OPERATOR_PW + "\n", user=OPERATOR, language=language
        )
    finally:
        server.start()
    assert done.returncode != 0
    said = {"en": "sign in offline", "ru": "войдите офлайн"}[language]
    assert said in done.stderr + done.stdout, done.stderr
    assert "Traceback" not in done.stderr


def test_the_lock_screen_unlocks_offline_with_her_password_only(
    server: PostgresServer, tmp_path: Path
) -> None:
    """The idle lock comes after minutes: signed in offline she unlocks with her own
    password (her slot checked here; the chain's entry cannot be written), a wrong one
    is refused and counted."""
    from hotline.services import desk

    _joined, ws = _centre(server, tmp_path)
    server.stop()
    try:
        session = open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        try:
            desk.check_password(session, OPERATOR_PW)
            with pytest.raises(WrongPassword):
                desk.check_password(session, "not her password")
            counted = json.loads(session.paths.auth_state.read_text())
            assert counted["users"][OPERATOR]["failures"] == 1
            desk.check_password(session, OPERATOR_PW)
        finally:
            session.close()
    finally:
        if not running(server):
            server.start()


def test_a_workstation_removed_by_an_administrator_forgets_its_copy(
    server: PostgresServer, tmp_path: Path
) -> None:
    from hotline.services import centre_workstations
    from hotline.storage.server.errors import WorkstationRefused

    joined, ws = _centre(server, tmp_path)
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        numbers = {w.login: w.number for w in centre_workstations.list_workstations(admin)}
        centre_workstations.remove_workstation(admin, numbers[ws.login])
    finally:
        admin.close()
    with pytest.raises(WorkstationRefused):
        open_centre(ws, OPERATOR, OPERATOR_PW, send=False)
    assert not offline_signin.copy_path(ws).exists()
    with pytest.raises(NoOfflineCopy):
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)


def test_the_copys_head_catches_a_log_cut_while_she_was_offline(
    server: PostgresServer, tmp_path: Path
) -> None:
    """A member who never signed in on this workstation has no witness of her own here:
    signed in offline, hers starts at the head the copy saw, so the server's log cut
    below it is named at her first connection, and her call stays kept."""
    from hotline.storage.server.audit_errors import CentreLogCut

    joined, ws = _centre(server, tmp_path)
    _admin(joined, "add_user", MEMBER, frozenset({Role.OPERATOR}), MEMBER_PW)
    open_centre(ws, ADMIN, ADMIN_PW, send=False).close()  # the copy: her slot, the head
    with connection.connect(joined.server.url(db=joined.database)) as conn:
        row = conn.execute("SELECT max(seq) FROM hotline.audit").fetchone()
        assert row is not None
        conn.execute("DELETE FROM hotline.audit WHERE seq > %s", (int(row[0]) - 2,))
    server.stop()
    try:
        session = open_centre_offline(ws, MEMBER, MEMBER_PW, send=False)
        try:
            kept = _save(session)
            server.start()
            with pytest.raises(CentreLogCut):
                _ = session.conn
            assert session.outbox is not None
            state = session.outbox.send_now()  # refused here, said, kept
            assert isinstance(state.problem, CentreLogCut) and state.pending == 1
            assert session.outbox.store.holds(kept)
        finally:
            session.close()
        assert _server_ids(joined) == []
    finally:
        if not running(server):
            server.start()
