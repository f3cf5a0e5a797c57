"""Disabling a member on a centre ends her sessions already open (schema step 9): her
login role is made NOLOGIN and its backends are ended by ``hotline.end_sessions``. Her
open session's next request is refused in words (az, ru, en), and the calls her outbox
keeps stay kept. The attacks: an administrator cannot end the sessions of a member still
active, and an operator's login may not call the function at all."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from hotline.permissions import Role
from hotline.services import calls, centre_people
from hotline.services.centre_session import open_centre
from hotline.storage.server.errors import LoginEnded
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.factories import job_in_dubai
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.said import said_in_each
from tests.server.test_people import _connect, _server_password


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
        ],
    )


def _backends(centre: JoinedCentre, login: str) -> int:
    with psycopg.connect(centre.server.url(db=centre.database)) as root:
        row = root.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (login,)
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_disabling_ends_her_open_session_and_her_outbox_keeps_its_calls(
    centre: JoinedCentre, qapp: object
) -> None:
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    raw = _connect(centre, login, password)  # her own SQL session, open too
    session = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        calls.save_call(session, job_in_dubai(session.user_id or 0, notes="kept here"))
        assert session.outbox is not None and session.outbox.store.count() == 1
        assert calls.recent_calls(session)  # the session works
        assert _backends(centre, login) >= 2
        admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
        try:
            centre_people.disable_user(admin, OPERATOR)
        finally:
            admin.close()
        assert _backends(centre, login) == 0
        with pytest.raises(psycopg.OperationalError):
            raw.execute("SELECT 1")
        # her session's next request: refused in words, not a traceback nor "away"
        with pytest.raises(LoginEnded) as refused:
            calls.recent_calls(session)
        texts = said_in_each(refused.value)
        assert "outbox" in texts["en"] and texts["en"] == refused.value.message()
        assert "очереди отправки" in texts["ru"], texts["ru"]
        assert "növbəsində" in texts["az"], texts["az"]
        # the call she saved stays in the outbox: not sent, not lost
        state = session.outbox.send_now()
        assert state.pending == 1 and session.outbox.store.count() == 1
        # a colleague's session goes on
        assert supervisor.conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        raw.close()
        session.close()
        supervisor.close()


def test_sessions_of_a_member_still_active_are_not_ended(centre: JoinedCentre) -> None:
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    s_login, s_password = _server_password(centre, SUPERVISOR, SUPERVISOR_PW)
    colleague = _connect(centre, s_login, s_password)
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        operator_id = next(
            m.user_id for m, _ in centre_people.listed(admin) if m.user_name == OPERATOR
        )
        supervisor_id = next(
            m.user_id for m, _ in centre_people.listed(admin) if m.user_name == SUPERVISOR
        )
        # an administrator's own SQL: a member still active is not thrown out
        with pytest.raises(psycopg.errors.RaiseException):
            admin.conn.execute("SELECT hotline.end_sessions(%s)", (supervisor_id,))
        # nor a disabled member's row whose login can still connect (set back by SQL)
        with pytest.raises(psycopg.errors.RaiseException):
            admin.conn.execute("SELECT hotline.end_sessions(1)")
        assert colleague.execute("SELECT 1").fetchone() == (1,)
        # an operator's login may not call it
        with _connect(centre, login, password) as own, pytest.raises(errors.InsufficientPrivilege):
            own.execute("SELECT hotline.end_sessions(%s)", (supervisor_id,))
        assert colleague.execute("SELECT 1").fetchone() == (1,)
        assert operator_id != supervisor_id
    finally:
        colleague.close()
        admin.close()
