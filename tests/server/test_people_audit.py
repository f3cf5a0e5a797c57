"""The centre's people in its audit chain: `users add`, `roles` (four eyes), `disable` and
`reset` each append their signed grant entry in the change's own transaction, so the
chain's replay vouches for every member's key and roles and verify is clean after each.
The attacks: a member row put on the server by SQL with no entry is named; a roles
entry an operator signs with her own key, on her own login, vouches for nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from hotline.errors import PermissionDenied
from hotline.permissions import Role
from hotline.services import centre_audit, centre_people
from hotline.services.centre_people import CentreSignIn
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.errors import ServerRefused
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import JoinedCentre, set_up_joined
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli
from tests.server.test_people import NEW_PW


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_joined(postgres, tmp_path / "admin-ws")


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSignIn]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    yield signin
    signin.close()


def _verify(admin: CentreSignIn) -> list[str]:
    return centre_audit.verify_centre(admin.conn, admin.secrets.pins.root)


def _last(admin: CentreSignIn) -> tuple[int | None, str, int | None, dict[str, object]]:
    row = admin.conn.execute(
        "SELECT user_id, action, object_id, details FROM hotline.audit ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert row is not None
    return row[0], str(row[1]), row[2], json.loads(row[3])


def test_each_change_of_people_writes_its_entry_and_verify_stays_clean(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    assert _verify(admin) == []
    added = centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    leyla_id = added.member.user_id
    assert _last(admin) == (
        admin.user_id,
        "user.create",
        leyla_id,
        {
            "user_id": leyla_id,
            "signing_key": added.member.signing_public.hex(),
            "roles": ["operator"],
        },
    )
    assert _verify(admin) == []
    centre_people.add_user(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    assert _verify(admin) == []

    # Roles under four eyes: nothing is written while the request waits.
    promoted = frozenset({Role.OPERATOR, Role.SUPERVISOR})
    before = centre_audit.chain_length(admin.conn)
    with pytest.raises(centre_people.ApprovalWaiting) as waiting:
        centre_people.set_roles(admin, OPERATOR, promoted)
    assert centre_audit.chain_length(admin.conn) == before
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        centre_people.approve(rashad, int(waiting.value.params["number"]))
    finally:
        rashad.close()
    centre_people.set_roles(admin, OPERATOR, promoted)
    assert _last(admin)[1:] == (
        "user.roles",
        leyla_id,
        {"user_id": leyla_id, "roles": ["operator", "supervisor"]},
    )
    assert _verify(admin) == []

    reset = centre_people.reset_password(admin, OPERATOR, NEW_PW)
    assert _last(admin)[1:] == (
        "user.reset",
        leyla_id,
        {"user_id": leyla_id, "signing_key": reset.signing_public.hex()},
    )
    assert _verify(admin) == []

    centre_people.disable_user(admin, OPERATOR)
    assert _last(admin)[1:] == ("user.disable", leyla_id, {"user_id": leyla_id})
    assert _verify(admin) == []
    assert ServerAuditLog(admin.conn).actions_of("user", leyla_id) == [
        "user.create",
        "user.roles",
        "user.reset",
        "user.disable",
    ]


def test_a_change_refused_by_the_server_leaves_no_entry_and_no_member(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    """The entry is in the change's transaction: the server refusing a later step of it
    (a code for 0 hours) takes the entry back with the member, the slot and the role."""
    before = centre_audit.chain_length(admin.conn)
    with pytest.raises(ServerRefused):
        centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW, hours=0)
    assert centre_audit.chain_length(admin.conn) == before
    assert [m.user_name for m, _signed in centre_people.listed(admin)] == [ADMIN]
    assert admin.keyfile.holder_for(OPERATOR) is None
    assert _verify(admin) == []
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    assert _verify(admin) == []


def test_a_member_row_added_by_sql_without_an_entry_is_named(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    """The server's superuser copies a real member's row under a new id (a key an
    administrator signed once, so only the chain can tell): verify names the member no
    entry vouches for; and a member's roles raised by SQL are named too."""
    centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as root:
        root.execute(
            "INSERT INTO hotline.members(user_id, user_name, roles, signing_public, active,"
            " signed_by, signature) SELECT 90, 'ghost', roles, signing_public, true,"
            " signed_by, signature FROM hotline.members WHERE user_name = %s",
            (OPERATOR,),
        )
    problems = _verify(admin)
    assert any("member 90 " in p and "vouches for them" in p for p in problems), problems
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as root:
        root.execute("DELETE FROM hotline.members WHERE user_id = 90")
        root.execute(
            "UPDATE hotline.members SET roles = %s WHERE user_name = %s",
            (["administrator", "operator"], OPERATOR),
        )
    problems = _verify(admin)
    assert any("roles on the server differ" in p for p in problems), problems
    with psycopg.connect(centre.server.url(db=centre.database), autocommit=True) as root:
        root.execute(
            "UPDATE hotline.members SET roles = %s WHERE user_name = %s", (["root"], OPERATOR)
        )
    problems = _verify(admin)  # a role no desk knows: named, not a crash
    assert any("roles on the server differ" in p for p in problems), problems
    with pytest.raises(centre_people.MemberUntrusted):  # its signature no longer holds
        centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    centre_people.sign_in(centre.first, ADMIN, ADMIN_PW).close()  # the others still sign in


def test_a_roles_entry_forged_with_an_operators_own_key_vouches_for_nothing(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    """Leyla, holding her own slot and login, appends a `user.roles` entry making herself
    an administrator, signed with her own key: the chain takes it, verify names it, and
    neither her sign-in nor the chain's replay gives her the role."""
    added = centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    leyla_id = added.member.user_id
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        private = leyla.secrets.signing_private
        assert private is not None
        ServerAuditLog(leyla.conn).append(
            leyla_id,
            private,
            "user.roles",
            "user",
            leyla_id,
            {"user_id": leyla_id, "roles": ["administrator", "operator", "supervisor"]},
        )
        # Written in the administrator's name, it cannot carry the administrator's
        # signature; the server keeps her own login as its author.
        ServerAuditLog(leyla.conn).append(
            admin.user_id,
            private,
            "user.roles",
            "user",
            leyla_id,
            {"user_id": leyla_id, "roles": ["administrator", "operator"]},
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor her own row
            leyla.conn.execute(
                "UPDATE hotline.members SET roles = %s WHERE user_id = %s",
                (["administrator", "operator"], leyla_id),
            )
        author = leyla.conn.execute(
            "SELECT author FROM hotline.audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        assert author == (added.login,)
    finally:
        leyla.close()
    problems = _verify(admin)
    assert any("user.roles" in p and "not an administrator" in p for p in problems), problems
    assert any("signature that does not verify" in p for p in problems), problems
    again = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    try:
        assert again.roles == frozenset({Role.OPERATOR})
        with pytest.raises(PermissionDenied):
            centre_people.listed(again)
    finally:
        again.close()


def test_the_command_line_writes_the_entries_and_refuses_a_cut_log(
    centre: JoinedCentre,
) -> None:
    """`hotline users add|reset|disable` on a joined workstation: verify is clean after
    them; an administrator's reset of her own account is refused in az; a member row the superuser adds is named by `hotline verify` in az; and once the
    superuser has cut the last entry, the next `users add` is refused in ru, with nothing
    added and no traceback."""
    folder = centre.first.folder
    admin_in = f"{ADMIN_PW}\n"
    steps = [
        ("users", "add", OPERATOR, "--roles", "operator", f"{admin_in}{OPERATOR_PW}\n"),
        ("users", "reset", OPERATOR, f"{admin_in}{NEW_PW}\n"),
        ("users", "disable", OPERATOR, admin_in),
    ]
    for *args, stdin in steps:
        done = centre_cli(folder, *args, stdin=stdin, user=ADMIN)
        assert done.returncode == 0, done.stdout + done.stderr
        clean = centre_cli(folder, "verify", stdin=admin_in, user=ADMIN)
        assert clean.returncode == 0, clean.stdout + clean.stderr
    own = centre_cli(
        folder, "users", "reset", ADMIN, stdin=f"{admin_in}{NEW_PW}\n", user=ADMIN, language="az"
    )
    said = own.stdout + own.stderr
    assert own.returncode != 0 and "Traceback" not in said
    assert "heç nə edilmədi" in said, said
    url = centre.server.url(db=centre.database)
    with psycopg.connect(url, autocommit=True) as root:
        root.execute(
            "INSERT INTO hotline.members(user_id, user_name, roles, signing_public, active,"
            " signed_by, signature) SELECT 90, 'ghost', '{operator}', signing_public, true,"
            " signed_by, signature FROM hotline.members WHERE user_id = 1"
        )
    named = centre_cli(folder, "verify", stdin=admin_in, user=ADMIN, language="az")
    said = named.stdout + named.stderr
    assert named.returncode != 0 and "Traceback" not in said
    assert "üzv 90 serverdə aktivdir" in said, said
    with psycopg.connect(url, autocommit=True) as root:
        root.execute("DELETE FROM hotline.members WHERE user_id = 90")
        root.execute("DELETE FROM hotline.audit WHERE seq = (SELECT max(seq) FROM hotline.audit)")
    refused = centre_cli(
        folder,
        "users",
        "add",
        SUPERVISOR,
        "--roles",
        "supervisor",
        stdin=f"{admin_in}{SUPERVISOR_PW}\n",
        user=ADMIN,
        language="ru",
    )
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "Traceback" not in said
    assert "из журнала на сервере удалены записи" in said, said
    with psycopg.connect(url, autocommit=True) as root:
        names = [r[0] for r in root.execute("SELECT user_name FROM hotline.members").fetchall()]
    assert SUPERVISOR not in names


def test_a_reset_or_demotion_keeps_the_records_the_member_signed_trusted(
    centre: JoinedCentre, admin: CentreSignIn
) -> None:
    """Rows are checked with their signer's key as it is now: Rashad, an administrator,
    adds Leyla; the first administrator then resets Rashad (a new key) and takes his
    administrator role away. Leyla still signs in, and verify is clean after each. An
    administrator's reset of her own account (her record would be signed by herself)
    and the reset of the first administrator by someone she signed for are refused with
    nothing changed."""
    both = frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR})
    centre_people.add_user(admin, SUPERVISOR, both, SUPERVISOR_PW)
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        centre_people.add_user(rashad, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
        with pytest.raises(centre_people.SignaturesWouldBreak):
            centre_people.reset_password(rashad, ADMIN, NEW_PW)
    finally:
        rashad.close()
    centre_people.reset_password(admin, SUPERVISOR, NEW_PW)
    assert _verify(admin) == []
    centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW).close()
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, NEW_PW)
    try:
        with pytest.raises(centre_people.ApprovalWaiting) as waiting:
            centre_people.set_roles(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}))
        centre_people.approve(rashad, int(waiting.value.params["number"]))
    finally:
        rashad.close()
    centre_people.set_roles(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}))
    assert _verify(admin) == []
    leyla = centre_people.sign_in(centre.first, OPERATOR, OPERATOR_PW)
    assert leyla.roles == frozenset({Role.OPERATOR})
    leyla.close()
    before = centre_audit.chain_length(admin.conn)
    with pytest.raises(centre_people.SignaturesWouldBreak) as refused:
        centre_people.reset_password(admin, ADMIN, NEW_PW)
    assert "nothing was done" in str(refused.value.message())
    assert centre_audit.chain_length(admin.conn) == before
    admin.conn.close()
    centre_people.sign_in(centre.first, ADMIN, ADMIN_PW).close()  # her old password holds
