"""Users and roles on a centre: slots in the key file the server holds, rows signed by
an administrator, a login role per person whose password is derived from the slot
key; disabling makes the role NOLOGIN; roles change under four eyes. Each promise
tried against the tests' own PostgreSQL, with psycopg and psql."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors

from hotline.crypto import aead
from hotline.crypto import enrolment as codes
from hotline.errors import (
    InvalidInput,
    PermissionDenied,
    UnknownUser,
    WeakPassword,
    WrongPassword,
)
from hotline.permissions import Role
from hotline.services import centre_people
from hotline.services.centre_people import CentreSignIn
from hotline.services.keys import open_slot, open_slot_keeping_key
from hotline.storage.keyfile import SECRET_CASETEXT, SECRET_VAULT
from hotline.storage.server import schema_enrolment
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.postgres import HOST, PostgresServer

NEW_PW = "the kettle sings before the dawn call"


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_joined(postgres, tmp_path / "admin-ws")


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def _server_password(centre: JoinedCentre, name: str, password: str) -> tuple[str, str]:
    """(login role, its password) as the person's workstation derives them."""
    signin = centre_people.sign_in(centre.first, name, password)
    try:
        _secrets, key = open_slot_keeping_key(signin.keyfile, signin.holder, password, None)
        login = str(signin.conn.execute("SELECT session_user").fetchone()[0])  # type: ignore[index]
        return login, centre_people.login_password(signin.keyfile.desk_id, signin.holder, key)
    finally:
        signin.close()


def _base(centre: JoinedCentre, login: str) -> str:
    return (
        f"postgresql://{login}@{HOST}:{centre.server.port}/{centre.database}"
        f"?sslmode=verify-full&sslrootcert={centre.server.cert}"
    )


def _connect(centre: JoinedCentre, login: str, password: str) -> psycopg.Connection[Any]:
    return psycopg.connect(_base(centre, login), password=password, autocommit=True)


def test_a_disabled_users_login_role_cannot_connect(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    _connect(centre, login, password).close()  # she connects today
    centre_people.disable_user(admin, OPERATOR)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        _connect(centre, login, password).close()
    psql = subprocess.run(
        [centre.server.tool("psql"), _base(centre, login), "-Atc", "SELECT 1"],
        capture_output=True,
        text=True,
        env={**os.environ, "PGPASSWORD": password},
    )
    assert psql.returncode != 0 and "not permitted to log in" in psql.stderr
    with pytest.raises(WrongPassword):  # her slot left the key file
        centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    assert admin.keyfile.holder_for(OPERATOR) is None
    listed = {m.user_name: (m.active, signed) for m, signed in centre_people.listed(admin)}
    assert listed[OPERATOR] == (False, True)
    with pytest.raises(UnknownUser):
        centre_people.disable_user(admin, OPERATOR)
    with pytest.raises(InvalidInput, match="your own account"):
        centre_people.disable_user(admin, ADMIN)


def test_the_server_password_is_not_the_desk_password_and_opens_no_slot(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    added = centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    assert login == added.login and password != OPERATOR_PW
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(centre, login, OPERATOR_PW).close()
    with pytest.raises(aead.UnwrapFailed):  # a stolen server password opens no slot
        open_slot(admin.keyfile, f"user:{added.member.user_id}", password, None)
    with psycopg.connect(centre.server.url(db=centre.database)) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
        ).fetchone()
    assert stored is not None and str(stored[0]).startswith("SCRAM-SHA-256$")
    # Neither the desk password, nor the server's, nor the code is in the server's logs.
    time.sleep(0.5)
    logged = b"".join(p.read_bytes() for p in centre.server.log_dir.rglob("*") if p.is_file())
    secret = (codes.parse(added.enrolment_code) or (0, ""))[1]
    for needle in (OPERATOR_PW, password, secret, added.enrolment_code):
        assert needle.encode() not in logged


def test_a_reset_gives_new_keys_and_a_new_server_password(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    login, old = _server_password(centre, OPERATOR, OPERATOR_PW)
    centre_people.reset_password(admin, OPERATOR, NEW_PW)
    with pytest.raises(WrongPassword):
        centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        _connect(centre, login, old).close()
    signin = centre_people.sign_in(centre.first, OPERATOR, NEW_PW)
    signin.close()
    with pytest.raises(WeakPassword):  # the desk's password rules hold on a centre too
        centre_people.reset_password(admin, OPERATOR, "short")


def test_changing_roles_waits_for_a_second_persons_signed_approval(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    centre_people.add_user(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    promoted = frozenset({Role.OPERATOR, Role.SUPERVISOR})
    with pytest.raises(centre_people.ApprovalWaiting) as waiting:
        centre_people.set_roles(admin, OPERATOR, promoted)
    number = int(waiting.value.params["number"])
    with pytest.raises(centre_people.ApprovalNotValid):  # not by the one who asked
        centre_people.approve(admin, number)
    # A "yes" written on the server with raw SQL (no valid signature) counts for nothing.
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as conn:
        conn.execute(
            "UPDATE hotline.approvals SET approved_by = 3, approval_sig = %s WHERE id = %s",
            (b"\x00" * 64, number),
        )
    with pytest.raises(centre_people.ApprovalWaiting) as again:
        centre_people.set_roles(admin, OPERATOR, promoted)
    fresh = int(again.value.params["number"])
    assert fresh != number  # the forged one is no request at all: a new one is asked
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        pending = centre_people.pending_approvals(rashad)
        assert [a.number for a in pending] == [fresh]
        with pytest.raises(centre_people.ApprovalNotValid):
            centre_people.approve(rashad, number)
        centre_people.approve(rashad, fresh)
    finally:
        rashad.close()
    row = centre_people.set_roles(admin, OPERATOR, promoted)
    assert row.roles == promoted
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        assert leyla.roles == promoted
        assert SECRET_VAULT in leyla.grants and SECRET_CASETEXT in leyla.grants
        assert leyla.conn.execute("SELECT count(*) FROM hotline.vault_entries").fetchone() == (0,)
    finally:
        leyla.close()
    # The approval served once: demoting needs a new one.
    with pytest.raises(centre_people.ApprovalWaiting):
        centre_people.set_roles(admin, OPERATOR, frozenset({Role.OPERATOR}))


def test_a_centre_with_nobody_to_ask_changes_roles_alone(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    centre_people.set_roles(admin, OPERATOR, frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    login, password = _server_password(centre, OPERATOR, OPERATOR_PW)
    with _connect(centre, login, password) as conn:
        held = conn.execute(
            "SELECT pg_has_role(session_user, %s, 'MEMBER')", (f"{centre.database}_supervisor",)
        ).fetchone()
    assert held == (True,)


def test_a_member_row_changed_on_the_server_is_not_trusted(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as conn:
        conn.execute(
            "UPDATE hotline.members SET roles = '{administrator,operator}' WHERE user_name = %s",
            (OPERATOR,),
        )
    with pytest.raises(centre_people.MemberUntrusted):
        centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    listed = {m.user_name: signed for m, signed in centre_people.listed(admin)}
    assert listed == {ADMIN: True, OPERATOR: False}
    with pytest.raises(centre_people.MemberUntrusted):
        centre_people.disable_user(admin, OPERATOR)


def test_only_administrators_manage_people_and_only_through_the_owners_functions(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    added = centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            centre_people.add_user(leyla, "nigar", frozenset({Role.OPERATOR}), NEW_PW)
        for statement in (
            "SELECT hotline.add_login(9, 'SCRAM-SHA-256$x', '{}')",
            "SELECT hotline.set_login(1, NULL, NULL, false)",
            "SELECT hotline.issue_enrolment('SCRAM-SHA-256$x', 1, NULL)",
            "UPDATE hotline.key_file SET body = 'x'",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                leyla.conn.execute(statement)
    finally:
        leyla.close()
    conn = admin.conn
    attacks = [
        ("CREATE ROLE intruder LOGIN", errors.InsufficientPrivilege),
        ("SELECT hotline.set_desk_groups('x', '{}')", errors.InsufficientPrivilege),
        (  # a plain password would be kept (and logged) as such: refused
            "SELECT hotline.set_login(%s, 'plain password', NULL, NULL)",
            errors.RaiseException,
        ),
        (  # only the centre's desk roles are granted, never the server's own
            "SELECT hotline.set_login(%s, NULL, '{postgres_test}', NULL)",
            errors.RaiseException,
        ),
    ]
    for statement, refusal in attacks:
        with pytest.raises(refusal):
            conn.execute(statement, (added.member.user_id,) if "%s" in statement else None)
    # The enrolment's own role may redeem and nothing else.
    code = centre_people.issue_code(admin)
    number, secret = codes.parse(code) or (0, "")
    password = codes.enrolment_password(centre.database, secret)
    login = schema_enrolment.enrolment_login(centre.database, number)
    with _connect(centre, login, password) as enrolling:
        for statement in ("SELECT body FROM hotline.key_file", "SELECT * FROM hotline.members"):
            with pytest.raises(errors.InsufficientPrivilege):
                enrolling.execute(statement)


def test_a_second_administrator_is_added_and_adds_people_too(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    roles = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
    centre_people.add_user(admin, "nigar", roles, NEW_PW)
    nigar = centre_people.sign_in(centre.first, "nigar", NEW_PW)
    try:
        centre_people.add_user(nigar, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    finally:
        nigar.close()
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)  # vouched by nigar
    leyla.close()
    with pytest.raises(InvalidInput, match="already exists"):
        centre_people.add_user(admin, OPERATOR.upper(), frozenset({Role.OPERATOR}), NEW_PW)
