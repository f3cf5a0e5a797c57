"""Row-level security as the second wall: an operator's own login role, with any SQL
it may run (psycopg and psql), reads no other operator's text and no vault row."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import psycopg
import pytest
from psycopg import errors

from hotline.crypto import kem
from hotline.crypto.calltext import TextUnreadable
from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.storage.server.calls import ServerCallRepository
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer

NOTES = "Caller described the flat on Nizami street; wants a call back"
IDENTITY = IdentityDetails(name="Günel Əliyeva", phone="+994 50 123 45 67")


@pytest.fixture
def centre(postgres: PostgresServer) -> ServerCentre:
    found = set_up(postgres)
    found.add_person("leyla", frozenset({Role.OPERATOR}))
    found.add_person("aysel", frozenset({Role.OPERATOR}))
    return found


def _leylas_call(centre: ServerCentre) -> int:
    call_id = centre_service.new_call_id()
    sealed = centre_service.seal_call(
        centre.text_of("leyla"),
        centre.info.vault_public,
        call_id,
        datetime(2026, 11, 3, 22, 15, tzinfo=UTC),
        {"topic": "labour", "channel": "phone"},
        {"notes": NOTES},
        IDENTITY,
    )
    with centre.connect_as("leyla") as conn:
        assert ServerCallRepository(conn).save(sealed) is True
        assert ServerCallRepository(conn).save(sealed) is False  # sent again: one call
    return call_id


def test_the_author_reads_her_own_call_and_nobody_elses(centre: ServerCentre) -> None:
    call_id = _leylas_call(centre)
    with centre.connect_as("leyla") as conn:
        mine = ServerCallRepository(conn).load(call_id)
        assert mine is not None
        assert centre_service.open_texts(centre.text_of("leyla"), mine) == {"notes": NOTES}
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT sealed FROM hotline.vault_entries")
    with centre.connect_as("aysel") as conn:
        assert ServerCallRepository(conn).load(call_id) is None
        for table in ("calls", "call_keys", "call_texts"):
            count = conn.execute(f"SELECT count(*) FROM hotline.{table}").fetchone()
            assert count == (0,), table
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT sealed FROM hotline.vault_entries")


def test_the_supervisor_opens_every_call_with_the_keys_of_the_servers_key_file(
    centre: ServerCentre,
) -> None:
    call_id = _leylas_call(centre)
    supervisor = centre.add_person("rashad", frozenset({Role.SUPERVISOR}))
    assert supervisor.login.endswith("_u4")
    with centre.connect_as("rashad") as conn:
        call = ServerCallRepository(conn).load(call_id, with_vault=True)
    assert call is not None and len(call.vault) == 1
    assert centre_service.open_texts(centre.supervisor_text(), call) == {"notes": NOTES}
    vault = centre.vault_private()
    assert centre_service.open_identity(vault, centre.info.desk_id, call) == [IDENTITY]
    moved = replace(call, id=call.id + 1)  # the entry shown under another call
    with pytest.raises(kem.OpenFailed):
        centre_service.open_identity(vault, centre.info.desk_id, moved)
    # Another operator's keys open nothing even when handed the ciphertext.
    with pytest.raises(TextUnreadable):
        centre_service.open_texts(centre.text_of("aysel"), call)


def test_the_other_operators_attacks_fail(centre: ServerCentre) -> None:
    call_id = _leylas_call(centre)
    leyla = centre.people["leyla"].login
    with centre.connect_as("aysel") as conn:
        attacks = [
            # a text row slipped into another operator's call
            (
                "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'notes', 'x')",
                (call_id,),
            ),
            # a row claiming to be hers
            (
                "INSERT INTO hotline.calls(id, author, started_at, coded)"
                " VALUES (7, %s, now(), '{}')",
                (leyla,),
            ),
            ("UPDATE hotline.call_texts SET body = 'x' WHERE call_id = %s", (call_id,)),
            ("DELETE FROM hotline.calls WHERE id = %s", (call_id,)),
            ("ALTER TABLE hotline.call_texts DISABLE ROW LEVEL SECURITY", None),
            ("DROP POLICY operator_reads_own ON hotline.call_texts", None),
            (f'SET ROLE "{centre.database}_supervisor"', None),
            (f'SET ROLE "{centre.database}_owner"', None),
            ("CREATE TABLE public.copy AS SELECT 1", None),
            ("CREATE TABLE hotline.copy AS SELECT 1", None),
        ]
        for statement, params in attacks:
            with pytest.raises((errors.InsufficientPrivilege, errors.UndefinedTable)):
                conn.execute(statement, params)
        # Other sessions' statements are hidden from her.
        with centre.connect_as("leyla") as other:
            other.execute("SELECT 1")
            seen = conn.execute(
                "SELECT query FROM pg_stat_activity WHERE usename = %s", (leyla,)
            ).fetchall()
            assert seen and all(q == ("<insufficient privilege>",) for q in seen)
        # SET ROLE to her own group role changes nothing: session_user stays hers.
        conn.execute(f'SET ROLE "{centre.database}_operator"')
        assert conn.execute("SELECT count(*) FROM hotline.call_texts").fetchone() == (0,)
    with centre.connect_as("leyla") as conn:
        assert conn.execute("SELECT count(*) FROM hotline.call_texts").fetchone() == (1,)


def test_psql_as_the_other_operator_selects_nothing(centre: ServerCentre) -> None:
    _leylas_call(centre)
    psql = centre.server.tool("psql")
    query = "SELECT count(*) FROM hotline.calls, hotline.call_texts"
    out = subprocess.run(
        [psql, centre.url_of("aysel"), "-At", "-c", query],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "0"
    vault = subprocess.run(
        [psql, centre.url_of("aysel"), "-At", "-c", "SELECT * FROM hotline.vault_entries"],
        capture_output=True,
        text=True,
    )
    assert vault.returncode != 0 and "permission denied" in vault.stderr
    own = subprocess.run(
        [psql, centre.url_of("leyla"), "-At", "-c", query], capture_output=True, text=True
    )
    assert own.stdout.strip() == "1"


def test_a_member_of_another_centre_cannot_connect_to_this_one(
    centre: ServerCentre, postgres: PostgresServer
) -> None:
    other = set_up(postgres)
    stranger = other.add_person("nigar", frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    with other.connect_as("nigar") as conn:  # her own centre opens
        assert conn.execute("SELECT count(*) FROM hotline.calls").fetchone() == (0,)
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        psycopg.connect(postgres.url(stranger.login, stranger.db_password, centre.database)).close()
