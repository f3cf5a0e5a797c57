"""The centre's schema versioning (issue 15): a centre made by the code of one step
before (the steps applied up to N-1) is refused at sign-in until its owner upgrades it,
then works and has the schema a new centre gets; a step refused midway leaves the centre
as it was; a workstation whose code is older than the server's schema is refused; only
the server's superuser upgrades; the command line says so in ru, with no traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from hotline.permissions import Role
from hotline.services import calls, centre_audit, centre_backup, centre_people
from hotline.services import centre as centre_service
from hotline.services.centre_session import open_centre
from hotline.storage.server import schema_steps
from hotline.storage.server.schema import CentreRoles
from hotline.storage.server.schema_steps import (
    CentreNeedsUpgrade,
    CodeOlderThanCentre,
    UpgradeNeedsOwner,
    UpgradeStepRefused,
)
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.factories import job_in_dubai
from tests.helpers import hotline
from tests.server.centre import set_up
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_joined, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_centre_backup import _address

Connection = psycopg.Connection[tuple[Any, ...]]

# What makes up a schema, with the database's name (in the role names) taken out.
SHAPE = (
    "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
    " WHERE table_schema = 'hotline'",
    "SELECT tablename, policyname, permissive, roles::text, cmd, coalesce(qual, ''),"
    " coalesce(with_check, '') FROM pg_policies WHERE schemaname = 'hotline'",
    "SELECT table_name, grantee, privilege_type FROM information_schema.table_privileges"
    " WHERE table_schema = 'hotline'",
    "SELECT table_name, column_name, grantee, privilege_type"
    " FROM information_schema.column_privileges WHERE table_schema = 'hotline'",
    "SELECT p.proname, pg_get_function_identity_arguments(p.oid), p.prosecdef,"
    " coalesce(p.proacl::text, '') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
    " WHERE n.nspname = 'hotline'",
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'hotline'",
    "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'hotline'"
    " AND c.relkind = 'r'",
)


def _shape(server: PostgresServer, database: str) -> list[set[tuple[str, ...]]]:
    with psycopg.connect(server.url(db=database)) as conn:
        return [
            {tuple(str(v).replace(database, "<db>") for v in row) for row in conn.execute(q)}
            for q in SHAPE
        ]


def _version(server: PostgresServer, database: str) -> int:
    with psycopg.connect(server.url(db=database)) as conn:
        row = conn.execute("SELECT schema_version FROM hotline.centre").fetchone()
    assert row is not None
    return int(row[0])


def _older_centre(
    server: PostgresServer, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> JoinedCentre:
    """A centre as the code of one step before made it: the steps up to N-1."""
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:-1])
        return set_up_with(server, folder, [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)])


def test_a_centre_of_the_older_schema_is_upgraded_and_works(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = schema_steps.known()
    assert newest >= 2
    old = _older_centre(postgres, tmp_path / "ws", monkeypatch)
    fresh = set_up(postgres)
    assert _version(postgres, old.database) == newest - 1
    assert _shape(postgres, old.database) != _shape(postgres, fresh.database)
    # this code is newer than the server's schema: nobody signs in before the upgrade
    with pytest.raises(CentreNeedsUpgrade):
        centre_people.sign_in(old.first, ADMIN, ADMIN_PW)

    done = centre_service.upgrade_centre(postgres.url(db=old.database))
    assert (done.before, done.after) == (newest - 1, newest)
    assert _version(postgres, old.database) == newest
    # the upgraded centre has exactly the schema init makes today
    assert _shape(postgres, old.database) == _shape(postgres, fresh.database)
    again = centre_service.upgrade_centre(postgres.url(db=old.database))
    assert (again.before, again.after) == (newest, newest)
    with psycopg.connect(postgres.url(db=fresh.database)) as conn:
        made = conn.execute("SELECT step FROM hotline.schema_history ORDER BY step").fetchall()
    assert [int(r[0]) for r in made] == list(range(1, newest + 1))

    # and works: a call typed, saved through the outbox, on the server, verify clean
    save_through_outbox(old, OPERATOR, OPERATOR_PW, "after the upgrade")
    signin = centre_people.sign_in(old.first, ADMIN, ADMIN_PW)
    try:
        row = signin.conn.execute("SELECT count(*) FROM hotline.calls").fetchone()
        assert row is not None and row[0] == 1
        assert centre_audit.verify_centre(signin.conn, signin.secrets.pins.root) == []
    finally:
        signin.close()


def _half_done(conn: Connection, roles: CentreRoles, database: str) -> None:
    """A step refused midway: a table made, then a statement the server refuses."""
    conn.execute("CREATE TABLE hotline.half_done (id integer)")
    conn.execute("ALTER TABLE hotline.calls ADD COLUMN half integer")
    conn.execute(sql.SQL("SELECT no_such_function({})").format(sql.Literal(database)))


def _good(conn: Connection, roles: CentreRoles, database: str) -> None:
    conn.execute("CREATE TABLE hotline.good_step (id integer)")


def _tables(server: PostgresServer, database: str) -> set[str]:
    with psycopg.connect(server.url(db=database)) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'hotline'"
        ).fetchall()
    return {str(r[0]) for r in rows}


def test_a_step_refused_midway_leaves_the_centre_as_it_was(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    joined = set_up_joined(postgres, tmp_path / "ws")
    newest = schema_steps.known()
    before = _shape(postgres, joined.database)
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", (*schema_steps.STEPS, _good, _half_done))
        with pytest.raises(UpgradeStepRefused) as refused:
            centre_service.upgrade_centre(postgres.url(db=joined.database))
    assert refused.value.params["step"] == newest + 2
    # the good step stayed applied, the refused one left nothing: no table, no column
    assert _version(postgres, joined.database) == newest + 1
    tables = _tables(postgres, joined.database)
    assert "good_step" in tables and "half_done" not in tables
    with psycopg.connect(postgres.url(db=joined.database)) as conn:
        conn.execute("DROP TABLE hotline.good_step")
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest,))
    assert _shape(postgres, joined.database) == before
    # the code of today still signs in (its schema untouched)
    centre_people.sign_in(joined.first, ADMIN, ADMIN_PW).close()


def test_a_workstation_older_than_the_server_is_refused_and_only_the_owner_upgrades(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    joined = set_up_joined(postgres, tmp_path / "ws")
    newest = schema_steps.known()
    with psycopg.connect(postgres.url(db=joined.database)) as conn:
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest + 1,))
    with pytest.raises(CodeOlderThanCentre):
        centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    with pytest.raises(CodeOlderThanCentre):
        centre_service.upgrade_centre(postgres.url(db=joined.database))
    assert _version(postgres, joined.database) == newest + 1

    # an administrator's own login is not the schema's owner: refused, nothing done
    centre = set_up(postgres)
    person = centre.add_person("aysel2", frozenset({Role.ADMINISTRATOR}))
    with psycopg.connect(postgres.url(db=centre.database)) as conn:
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest - 1,))
    with pytest.raises(UpgradeNeedsOwner):
        centre_service.upgrade_centre(
            postgres.url(person.login, person.db_password, centre.database)
        )
    assert _version(postgres, centre.database) == newest - 1


def test_server_upgrade_from_the_command_line_in_russian(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    centre = set_up(postgres)
    newest = schema_steps.known()
    with psycopg.connect(postgres.url(db=centre.database)) as conn:
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest + 1,))
    args = ("--language", "ru", "server", "upgrade", "--server")
    refused = hotline(
        tmp_path / "unused",
        *args,
        _address(postgres, centre.database),
        stdin=f"{postgres.password}\n",
    )
    assert refused.returncode != 0
    assert "Traceback" not in refused.stderr
    assert f"версия схемы {newest + 1}" in refused.stderr
    assert "schema version" not in refused.stderr
    with psycopg.connect(postgres.url(db=centre.database)) as conn:
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest,))
    done = hotline(
        tmp_path / "unused",
        "server",
        "upgrade",
        "--server",
        _address(postgres, centre.database),
        stdin=f"{postgres.password}\n",
    )
    assert done.returncode == 0, done.stderr
    assert f"schema version {newest} already" in done.stdout


def test_a_restored_dump_of_an_older_centre_is_upgraded_and_a_newer_one_refused(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newest = schema_steps.known()
    old = _older_centre(postgres, tmp_path / "ws", monkeypatch)
    dump = centre_backup.backup_centre(
        postgres.url(db=old.database), ADMIN, ADMIN_PW, tmp_path / "old.dump"
    ).path
    into = f"{old.database}_new"
    restored = centre_backup.restore_centre(postgres.url(db=into), dump, ADMIN, ADMIN_PW)
    assert (restored.upgraded_from, _version(postgres, into)) == (newest - 1, newest)
    assert "schema_history" in _tables(postgres, into)

    with psycopg.connect(postgres.url(db=old.database)) as conn:
        conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest + 1,))
    newer = centre_backup.backup_centre(
        postgres.url(db=old.database), ADMIN, ADMIN_PW, tmp_path / "newer.dump"
    ).path
    refused = f"{old.database}_newer"
    with pytest.raises(CodeOlderThanCentre):
        centre_backup.restore_centre(postgres.url(db=refused), newer, ADMIN, ADMIN_PW)
    with psycopg.connect(postgres.url()) as conn:
        found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (refused,))
        assert found.fetchone() is None


def test_a_call_saved_after_the_server_was_upgraded_under_a_workstation_is_kept(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    """The server upgraded while an operator works on an older hotline: her outbox sends
    nothing to a schema its code does not know, keeps the call, and sends it once the
    code and the server agree again."""
    joined = set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )
    newest = schema_steps.known()
    session = open_centre(joined.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        with psycopg.connect(postgres.url(db=joined.database)) as conn:
            conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest + 1,))
        calls.save_call(session, job_in_dubai(session.user_id or 0, notes="kept"))
        assert session.outbox is not None
        session.outbox.send_now()  # refused here: kept, and said on the status line
        assert isinstance(session.outbox.problem, CodeOlderThanCentre)
        assert len(session.outbox.store.pending()) == 1
        with psycopg.connect(postgres.url(db=joined.database)) as conn:
            row = conn.execute("SELECT count(*) FROM hotline.calls").fetchone()
            assert row is not None and row[0] == 0
            conn.execute("UPDATE hotline.centre SET schema_version = %s", (newest,))
        session.outbox.send_now()
        assert session.outbox.store.pending() == [] and session.outbox.problem is None
    finally:
        session.close()


def test_two_upgrades_at_once_apply_each_step_once(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two owners run ``server upgrade`` at the same moment: the centre's row, locked
    first, serialises them; the second finds the step applied and does nothing. Both end
    without an error, each step is applied (and remembered) once, and the schema is the
    one init makes."""
    import threading
    import time

    old = _older_centre(postgres, tmp_path / "ws", monkeypatch)
    fresh = set_up(postgres)
    newest = schema_steps.known()
    last = schema_steps.STEPS[-1]
    entered: list[str] = []

    def slow_last(conn: Connection, roles: CentreRoles, database: str) -> None:
        entered.append(threading.current_thread().name)
        time.sleep(1.0)  # the other upgrade arrives meanwhile and waits on the row
        last(conn, roles, database)

    results: dict[str, object] = {}

    def run(name: str) -> None:
        try:
            results[name] = centre_service.upgrade_centre(postgres.url(db=old.database))
        except Exception as exc:  # reported by the assertion below
            results[name] = exc

    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", (*schema_steps.STEPS[:-1], slow_last))
        threads = [threading.Thread(target=run, args=(n,), name=n) for n in ("one", "two")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert all(isinstance(r, schema_steps.Upgraded) for r in results.values()), results
    assert len(results) == 2 and len(entered) == 1  # the step ran in one of them only
    assert _version(postgres, old.database) == newest
    assert _shape(postgres, old.database) == _shape(postgres, fresh.database)
    with psycopg.connect(postgres.url(db=old.database)) as conn:
        made = conn.execute("SELECT step FROM hotline.schema_history ORDER BY step").fetchall()
    assert [int(r[0]) for r in made].count(newest) == 1
