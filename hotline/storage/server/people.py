"""The server's side of enrolment and of the centre's people: the functions of
schema_enrolment called, the key file locked and written, members' signed rows.

Passwords never reach these functions: only SCRAM verifiers made here by libpq.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from hotline.permissions import Role
from hotline.storage.server.members import group_roles
from hotline.storage.server.schema import CentreRoles

Connection = psycopg.Connection[tuple[Any, ...]]


def verifier(conn: Connection, password: str, login: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, made on this side of the connection."""
    return conn.pgconn.encrypt_password(
        password.encode(), login.encode(), b"scram-sha-256"
    ).decode()


def issue_enrolment(conn: Connection, verifier_: str, hours: int, for_user: int | None) -> int:
    row = conn.execute(
        "SELECT hotline.issue_enrolment(%s, %s, %s)", (verifier_, hours, for_user)
    ).fetchone()
    assert row is not None
    return int(row[0])


def redeem_enrolment(conn: Connection, verifier_: str) -> str:
    """'joined', or why not: 'used', 'expired', 'unknown'."""
    row = conn.execute("SELECT hotline.redeem_enrolment(%s)", (verifier_,)).fetchone()
    assert row is not None
    return str(row[0])


def desk_id(conn: Connection) -> str | None:
    row = conn.execute("SELECT desk_id FROM hotline.centre").fetchone()
    return None if row is None else str(row[0])


def locked_key_file(conn: Connection) -> bytes:
    """The key file, locked until the transaction ends (two administrators at once
    change it one after the other, neither losing the other's slot)."""
    row = conn.execute("SELECT body FROM hotline.key_file FOR UPDATE").fetchone()
    assert row is not None
    return bytes(row[0])


def role_prefix(conn: Connection) -> str:
    """The name the centre's roles were made after (schema_role_prefix.py): the
    database's at init, kept by a centre restored into a database of another name; the
    database's own name on a schema before step 18 (as the code of that step named them)."""
    row = conn.execute(
        "SELECT to_regprocedure('hotline.role_prefix()') IS NULL, current_database()"
    ).fetchone()
    assert row is not None
    if row[0]:
        return str(row[1])
    made = conn.execute("SELECT hotline.role_prefix()").fetchone()
    assert made is not None
    return str(made[0])


def key_file(conn: Connection) -> bytes | None:
    row = conn.execute("SELECT body FROM hotline.key_file").fetchone()
    return None if row is None else bytes(row[0])


def write_key_file(conn: Connection, body: bytes) -> None:
    conn.execute("UPDATE hotline.key_file SET body = %s, updated_at = now()", (body,))


@dataclass(frozen=True)
class SignedMember:
    user_id: int
    user_name: str
    roles: frozenset[Role]
    signing_public: bytes
    active: bool
    db_role: str | None
    signed_by: int | None
    signature: bytes | None


KNOWN_ROLES = frozenset(r.value for r in Role)


def known_roles(values: Any) -> frozenset[Role]:
    """The roles a desk knows among a row's values: one written on the server that no
    desk knows is left out (verify names the row), never a crash at everyone's sign-in."""
    return frozenset(Role(v) for v in values or () if v in KNOWN_ROLES)


def signed_members(conn: Connection) -> list[SignedMember]:
    return [
        SignedMember(
            int(r[0]),
            str(r[1]),
            known_roles(r[2]),
            bytes(r[3]),
            bool(r[4]),
            None if r[5] is None else str(r[5]),
            None if r[6] is None else int(r[6]),
            None if r[7] is None else bytes(r[7]),
        )
        for r in conn.execute(
            "SELECT user_id, user_name, roles, signing_public, active, db_role, signed_by,"
            " signature FROM hotline.members ORDER BY user_id"
        ).fetchall()
    ]


def next_user_id(conn: Connection) -> int:
    row = conn.execute("SELECT coalesce(max(user_id), 0) + 1 FROM hotline.members").fetchone()
    assert row is not None
    return int(row[0])


def insert_member(conn: Connection, member: SignedMember) -> None:
    conn.execute(
        "INSERT INTO hotline.members(user_id, user_name, roles, signing_public, active,"
        " signed_by, signature) VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (
            member.user_id,
            member.user_name,
            sorted(r.value for r in member.roles),
            member.signing_public,
            member.active,
            member.signed_by,
            member.signature,
        ),
    )


def update_member(conn: Connection, member: SignedMember) -> None:
    conn.execute(
        "UPDATE hotline.members SET roles = %s, signing_public = %s, active = %s,"
        " signed_by = %s, signature = %s WHERE user_id = %s",
        (
            sorted(r.value for r in member.roles),
            member.signing_public,
            member.active,
            member.signed_by,
            member.signature,
            member.user_id,
        ),
    )


def add_login(
    conn: Connection, database: str, user_id: int, held: frozenset[Role], verifier_: str
) -> str:
    """The person's login role, made by the schema owner's function (an administrator's
    own role cannot create roles)."""
    groups = group_roles(CentreRoles.for_database(database), held)
    row = conn.execute(
        "SELECT hotline.add_login(%s, %s, %s::text[])", (user_id, verifier_, groups)
    ).fetchone()
    assert row is not None
    return str(row[0])


def set_login(
    conn: Connection,
    database: str,
    user_id: int,
    *,
    verifier_: str | None = None,
    held: frozenset[Role] | None = None,
    can_login: bool | None = None,
) -> None:
    groups = None if held is None else group_roles(CentreRoles.for_database(database), held)
    conn.execute(
        "SELECT hotline.set_login(%s, %s, %s::text[], %s)", (user_id, verifier_, groups, can_login)
    )


def replace_own_slot(conn: Connection, slot: dict[str, Any]) -> None:
    """The caller's own key slot in the key file, rewritten by the server's function
    (schema_own_slot), in the caller's transaction."""
    conn.execute("SELECT hotline.replace_own_slot(%s::jsonb)", (json.dumps(slot),))


def set_own_login_password(conn: Connection, verifier_: str) -> None:
    """The caller's own login role's password (any role may set its own), as a SCRAM
    verifier made here: the statement holds no password."""
    if not verifier_.startswith("SCRAM-SHA-256$"):
        raise ValueError("a SCRAM-SHA-256 verifier is expected")
    conn.execute(sql.SQL("ALTER ROLE SESSION_USER PASSWORD {}").format(sql.Literal(verifier_)))


def end_sessions(conn: Connection, user_id: int) -> int:
    """The open sessions of a disabled member's login ended on the server; how many."""
    row = conn.execute("SELECT hotline.end_sessions(%s)", (user_id,)).fetchone()
    assert row is not None
    return int(row[0])


def prune_enrolments(conn: Connection) -> int:
    """The login roles of used and expired enrolment codes dropped; how many (none on a
    centre of an older schema, whose superuser may still issue the first code)."""
    present = conn.execute("SELECT to_regprocedure('hotline.prune_enrolments()')").fetchone()
    if present is None or present[0] is None:
        return 0
    row = conn.execute("SELECT hotline.prune_enrolments()").fetchone()
    assert row is not None
    return int(row[0])
