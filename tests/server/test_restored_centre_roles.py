"""A centre restored into a database of another name keeps its roles (named after the
database at init), and the server's functions and policies name those roles, not the
current database's (schema step 18, schema_role_prefix.py): its members' work goes on,
and a role of another centre on the same server, named as the new database would name
its own, gains nothing on it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from psycopg.types.json import Jsonb

from hotline.permissions import Role
from hotline.services import (
    calls,
    centre_backup,
    centre_people,
    enrolment,
    export,
    review,
    settings,
)
from hotline.services.centre import new_call_id
from hotline.services.centre_session import open_centre
from hotline.storage.server import schema_steps
from hotline.storage.server.calls import ServerCallRepository
from tests.conftest import ADMIN, ADMIN_PW
from tests.factories import job_in_dubai
from tests.server.centre import ServerCentre, set_up
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_with
from tests.server.offline import sealed
from tests.server.postgres import PostgresServer

LOOKUP = "ab" * 32
PW = "Restored-centre-pw-2026"
NEW_PW = "Another-long-password-26"


def _restored(
    server: PostgresServer,
    folder: Path,
    other_centres_roles: bool = False,
    older: pytest.MonkeyPatch | None = None,
) -> tuple[ServerCentre, int]:
    """A centre with an operator and a supervisor, one call of the operator's, backed
    up and restored into ``<database>_restored``; with ``other_centres_roles`` the
    server already holds the roles another centre would have under that name; with
    ``older`` the centre and its dump are of the schema before step 18 (the restore
    upgrades it)."""
    with pytest.MonkeyPatch.context() as patch:
        if older is not None:
            before = schema_steps.STEPS.index(schema_steps._role_prefix)
            patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:before])
        centre = set_up(server)
        centre.add_person("leyla", frozenset({Role.OPERATOR}))
        centre.add_person("sona", frozenset({Role.SUPERVISOR}))
        with centre.connect_as("leyla") as conn:
            call = sealed(centre)
            assert ServerCallRepository(conn).save(call)
        dump = folder / "centre.dump"
        centre_backup.backup_centre(server.url(db=centre.database), ADMIN, ADMIN_PW, dump)
    second = f"{centre.database}_restored"
    if other_centres_roles:
        with psycopg.connect(server.url(), autocommit=True) as root:
            for part in ("operator", "supervisor", "admin"):
                role = sql.Identifier(f"{second}_{part}")
                root.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(role))
    centre_backup.restore_centre(server.url(db=second), dump, ADMIN, ADMIN_PW)
    return dataclasses.replace(centre, database=second), call.id


def _refusal(conn: psycopg.Connection[tuple[object, ...]], query: str, *args: object) -> str:
    """What the server said refusing ``query`` ("" when it ran)."""
    try:
        conn.execute(query, args)
    except psycopg.Error as exc:
        return str(exc).splitlines()[0]
    return ""


def test_the_members_work_on_a_centre_restored_under_another_name(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    restored, call_id = _restored(postgres, tmp_path)
    with restored.connect_as("leyla") as operator:
        assert ServerCallRepository(operator).save(sealed(restored))  # a new call
        # her own correction: her role passed (the call's age may still be said)
        row = operator.execute("SELECT coded FROM hotline.calls WHERE id = %s", (call_id,))
        coded = row.fetchone()[0]  # type: ignore[index]
        said = _refusal(
            operator,
            "SELECT hotline.own_correct(%s, %s::jsonb, '{}', '{}', '{}')",
            call_id,
            json.dumps(coded),
        )
        assert said in ("", "too old to correct"), said
        # her call has content: undone it is not, but for that reason, not her role's
        said = _refusal(operator, "SELECT hotline.undo_no_content(%s)", call_id)
        assert said and "role" not in said and "only an active operator" not in said
        # her own password: the slot's shape is looked at, her login passed
        said = _refusal(operator, "SELECT hotline.replace_own_slot(%s::jsonb)", json.dumps({}))
        assert said and "own login" not in said
    with restored.connect_as("sona") as supervisor:
        approve = "SELECT hotline.review_decide(%s, 'reviewed', NULL, NULL)"
        assert _refusal(supervisor, approve, call_id) == ""
        said = _refusal(
            supervisor, "SELECT hotline.key_entities(%s, %s::jsonb)", call_id, json.dumps([LOOKUP])
        )
        assert "role" not in said and "only an active supervisor" not in said
    with restored.superuser() as root:
        named = root.execute(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'hotline'"
            # a role's name; not an enrolment code's or a workstation's login ('_e', '_w')
            " AND p.prosrc ~ 'current_database\\(\\)\\s*\\|\\|\\s*''_(?![ew]'')'"
        ).fetchone()
        policies = root.execute(
            "SELECT count(*) FROM pg_policies WHERE schemaname = 'hotline'"
            " AND (qual LIKE '%current_database%' OR with_check LIKE '%current_database%')"
        ).fetchone()
    assert named == (0,) and policies == (0,)


def test_a_dump_from_before_step_18_restored_under_another_name_is_upgraded_and_works(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade from step 16, run by the restore: the prefix baked in is the dumped
    centre's (its schema owner's name), not the new database's."""
    restored, call_id = _restored(postgres, tmp_path, older=monkeypatch)
    source = restored.database.removesuffix("_restored")
    with restored.superuser() as root:
        version = root.execute("SELECT schema_version FROM hotline.centre").fetchone()
        prefix = root.execute("SELECT hotline.role_prefix()").fetchone()
    assert version == (schema_steps.known(),) and prefix == (source,)
    with restored.connect_as("sona") as supervisor:
        approve = "SELECT hotline.review_decide(%s, 'reviewed', NULL, NULL)"
        assert _refusal(supervisor, approve, call_id) == ""


def test_another_centres_role_named_as_the_new_database_gains_nothing(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    """The operator's login granted the supervisor role another centre has under the
    restored database's name: on this centre she is still an operator only."""
    restored, call_id = _restored(postgres, tmp_path, other_centres_roles=True)
    login = restored.people["leyla"].login
    with psycopg.connect(postgres.url(), autocommit=True) as root:
        for part in ("supervisor", "admin"):
            role = sql.Identifier(f"{restored.database}_{part}")
            root.execute(sql.SQL("GRANT {} TO {}").format(role, sql.Identifier(login)))
    sona = restored.people["sona"].user_id
    me = restored.people["leyla"].user_id
    with restored.connect_as("leyla") as operator:
        # "on behalf" of another operator is a supervisor's of THIS centre only
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            operator.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, now(), %s)",
                (new_call_id(), Jsonb({"operator_id": sona, "entered_by": me})),
            )
        assert ServerCallRepository(operator).save(sealed(restored))  # her own still goes in
    with restored.connect_as("sona") as supervisor:
        approve = "SELECT hotline.review_decide(%s, 'reviewed', NULL, NULL)"
        assert _refusal(supervisor, approve, call_id) == ""


def test_a_workstation_joined_to_the_restored_centre_signs_its_members_in(
    postgres: PostgresServer, tmp_path: Path
) -> None:
    """Through the desk's own services, on a workstation enrolled on the restored
    centre: its members' logins keep the old database's name, and the workstation finds
    them (people.role_prefix) where it would have named them after the new database."""
    people = [
        ("leyla", frozenset({Role.OPERATOR}), PW),
        ("sona", frozenset({Role.SUPERVISOR}), PW),
    ]
    joined = set_up_with(postgres, tmp_path / "first", people)
    save_through_outbox(joined, "leyla", PW, "before the backup")
    dump = tmp_path / "centre.dump"
    centre_backup.backup_centre(postgres.url(db=joined.database), ADMIN, ADMIN_PW, dump)
    second = f"{joined.database}_restored"
    centre_backup.restore_centre(postgres.url(db=second), dump, ADMIN, ADMIN_PW)
    code = enrolment.issue_as_superuser(postgres.url(db=second), None)
    restored = JoinedCentre(postgres, second, None)  # type: ignore[arg-type]
    restored.first = restored.join(tmp_path / "second", code)

    operator = open_centre(restored.first, "leyla", PW, send=False)
    try:
        silent = calls.log_no_content(operator, "silent")
        assert calls.undo_no_content(operator, silent.call_id) == "silent"
        saved = calls.save_call(operator, job_in_dubai(operator.user_id or 0, notes="first"))
        assert operator.outbox is not None
        operator.outbox.send_now()
        again = job_in_dubai(operator.user_id or 0, notes="corrected")
        calls.correct_own_call(operator, saved.call_id, again)
    finally:
        operator.close()
    supervisor = open_centre(restored.first, "sona", PW, send=False)
    try:
        assert review.claim(supervisor, saved.call_id)
        review.approve(supervisor, saved.call_id, "checked")
    finally:
        supervisor.close()
    desk = open_centre(restored.first, ADMIN, ADMIN_PW, send=False)
    try:
        settings.change(desk, settings.IDLE_LOCK.key, 9)
        assert settings.value(desk, settings.IDLE_LOCK) == 9
        month = export.export(
            desk, "calls_by_topic", "2026-11", "public", "csv", tmp_path / "m.csv"
        )
        assert month.path.exists()
    finally:
        desk.close()
    admin = centre_people.sign_in(restored.first, ADMIN, ADMIN_PW)
    try:
        assert admin.login == f"{joined.database}_u1"  # the login the centre was made with
        added = centre_people.add_user(admin, "aysel", frozenset({Role.OPERATOR}), PW)
        assert added.login.startswith(f"{joined.database}_u")
        centre_people.change_own_password(admin, ADMIN_PW, NEW_PW)
    finally:
        admin.close()
    centre_people.sign_in(restored.first, ADMIN, NEW_PW).close()
