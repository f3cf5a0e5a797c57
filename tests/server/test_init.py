"""``hotline init --server``: the centre's roles and schema, all or nothing, refused
where it would be unsafe; run for real in a child process."""

from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from hotline.services import centre as centre_service
from hotline.storage.server.errors import (
    CentreExists,
    ServerNotSecure,
    ServerRefused,
    ServerRightsMissing,
)
from hotline.storage.server.schema import CentreRoles
from hotline.storage.server.schema_sessions import ender_role
from tests.conftest import ADMIN, ADMIN_PW
from tests.helpers import hotline
from tests.server.centre import new_database, set_up
from tests.server.postgres import HOST, SUPERUSER, PostgresServer


def _address(server: PostgresServer, database: str, user: str = SUPERUSER) -> str:
    return (
        f"postgresql://{user}@{HOST}:{server.port}/{database}"
        f"?sslmode=verify-full&sslrootcert={quote(str(server.cert))}"
    )


def _init(server: PostgresServer, database: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return hotline(
        folder,
        "init",
        "--admin",
        ADMIN,
        "--server",
        _address(server, database),
        stdin=f"{ADMIN_PW}\n{server.password}\n",
    )


def _assert_nothing_created(
    server: PostgresServer, database: str, *, roles_too: bool = True
) -> None:
    with psycopg.connect(server.url(db=database)) as conn:
        if roles_too:
            assert conn.execute(
                "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"{database}_%",)
            ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM pg_namespace WHERE nspname = 'hotline'"
        ).fetchone() == (0,)


def test_init_server_from_the_command_line(postgres: PostgresServer, tmp_path: Path) -> None:
    database = new_database(postgres)
    result = _init(postgres, database, tmp_path / "unused")
    assert result.returncode == 0, result.stderr
    assert "RECOVERY CODE" in result.stdout
    assert f"{database}_operator" in result.stdout
    assert not (tmp_path / "unused").exists()  # nothing of a single-file desk
    roles = CentreRoles.for_database(database)
    with psycopg.connect(postgres.url(db=database)) as conn:
        rows = conn.execute(
            "SELECT rolname, rolcanlogin, rolsuper FROM pg_roles WHERE rolname LIKE %s",
            (f"{database}_%",),
        ).fetchall()
        # The first administrator's own login role (the only one that logs in), then
        # the groups, none of which can.
        assert sorted(rows) == sorted(
            [(f"{database}_u1", True, False)]
            + [
                (name, False, False)
                for name in (
                    roles.owner,
                    roles.operator,
                    roles.supervisor,
                    roles.admin,
                    roles.reviewer,
                    f"{database}_enrolling",
                    f"{database}_workstation",
                    ender_role(roles.owner),  # ends a disabled member's sessions (step 9)
                )
            ]
        )
        members = conn.execute("SELECT user_name, roles FROM hotline.members").fetchall()
        assert members == [(ADMIN, ["administrator", "supervisor"])]
        owner = conn.execute(
            "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'hotline'"
        ).fetchone()
        assert owner == (roles.owner,)
        forced = conn.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = 'hotline'::regnamespace"
            " AND relkind = 'r' AND relrowsecurity AND relforcerowsecurity ORDER BY relname"
        ).fetchall()
        assert [r[0] for r in forced] == [
            "audit",
            "call_keys",
            "call_texts",
            "calls",
            "review_claims",
            "tasks",
            "vault_entries",
        ]
        granted = conn.execute(
            "SELECT table_name, string_agg(privilege_type, ',' ORDER BY privilege_type)"
            " FROM information_schema.role_table_grants WHERE grantee = %s"
            " GROUP BY table_name ORDER BY table_name",
            (roles.operator,),
        ).fetchall()
        assert dict(granted) == {  # least privilege: nothing more than this
            "audit": "INSERT,SELECT",
            "call_keys": "INSERT,SELECT",
            "call_texts": "INSERT,SELECT",
            "calls": "SELECT",  # and INSERT of three columns, below
            "centre": "SELECT",
            "key_file": "SELECT",
            "members": "SELECT",
            "referral_directory": "SELECT",  # schema_shared: read by every desk role
            "retention": "SELECT",  # schema_sealing: the setting, the seal marks and
            "seal_decisions": "SELECT",  # decisions, which hold no content
            "sealed_calls": "SELECT",
            "settings": "SELECT",
            "tasks": "SELECT",  # and INSERT, UPDATE of some columns (schema_tasks.py)
            "vault_entries": "INSERT",
        }
        columns = conn.execute(
            "SELECT column_name FROM information_schema.column_privileges WHERE grantee = %s"
            " AND table_name = 'calls' AND privilege_type = 'INSERT' ORDER BY column_name",
            (roles.operator,),
        ).fetchall()
        assert [c[0] for c in columns] == ["coded", "id", "started_at"]  # not saved_at
    again = _init(postgres, database, tmp_path / "unused")
    assert again.returncode != 0
    assert "already holds a centre" in again.stderr and "Traceback" not in again.stderr


def test_init_server_refuses_an_address_without_verified_tls_or_with_a_password(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    plain = f"postgresql://{SUPERUSER}@{HOST}:{postgres.port}/postgres?sslmode=require"
    result = hotline(tmp_path, "init", "--admin", ADMIN, "--server", plain, stdin="x\ny\n")
    assert result.returncode != 0 and "verified TLS" in result.stderr
    assert "Traceback" not in result.stderr
    with_password = _address(postgres, "postgres").replace(
        f"{SUPERUSER}@", f"{SUPERUSER}:{postgres.password}@"
    )
    result = hotline(tmp_path, "init", "--admin", ADMIN, "--server", with_password, stdin="x\n")
    assert result.returncode != 0 and "Leave the password out" in result.stderr
    wrong = hotline(
        tmp_path,
        "init",
        "--admin",
        ADMIN,
        "--server",
        _address(postgres, "postgres"),
        stdin=f"{ADMIN_PW}\nnot-the-password\n",
    )
    assert wrong.returncode != 0 and "could not be reached" in wrong.stderr
    assert "not-the-password" not in wrong.stderr + wrong.stdout


def test_init_is_all_or_nothing_and_needs_a_superuser(postgres: PostgresServer) -> None:
    with pytest.raises(ServerNotSecure):
        centre_service.init_centre(f"postgresql://{HOST}/x", ADMIN, ADMIN_PW)
    first = set_up(postgres)
    with pytest.raises(CentreExists):
        centre_service.init_centre(postgres.url(db=first.database), ADMIN, ADMIN_PW)
    # A member's login role (no superuser) creates nothing, and leaves no role behind.
    database = new_database(postgres)
    person = first.add_person("leyla", frozenset())
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        conn.execute(f'GRANT CONNECT ON DATABASE "{database}" TO "{person.login}"')
    with pytest.raises(ServerRightsMissing):
        centre_service.init_centre(
            postgres.url(person.login, person.db_password, database), ADMIN, ADMIN_PW
        )
    _assert_nothing_created(postgres, database)


def test_roles_left_by_an_earlier_centre_are_named_and_nothing_is_created(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    database = new_database(postgres)
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{database}_operator" NOLOGIN')
    result = _init(postgres, database, tmp_path)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert f"{database}_operator" in result.stderr and "nothing was created" in result.stderr
    _assert_nothing_created(postgres, database, roles_too=False)


def test_a_refusal_midway_rolls_everything_back(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = new_database(postgres)

    def broken_policy(*_args: object) -> None:
        raise psycopg.errors.InsufficientPrivilege("refused by the test")

    monkeypatch.setattr("hotline.storage.server.centre.CentreRepository.add_member", broken_policy)
    with pytest.raises(ServerRefused, match="refused by the test"):
        centre_service.init_centre(postgres.url(db=database), ADMIN, ADMIN_PW)
    _assert_nothing_created(postgres, database)
