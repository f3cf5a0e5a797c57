"""A person's own login role on the centre's server, member of the desk roles they hold."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

from hotline.permissions import Role
from hotline.storage.server.schema import CentreRoles


def login_role(database: str, user_id: int) -> str:
    """The login role of user ``user_id``: no user name on the server's role list."""
    return f"{database}_u{user_id}"


def group_roles(roles: CentreRoles, held: frozenset[Role]) -> list[str]:
    by_role = {
        Role.OPERATOR: roles.operator,
        Role.SUPERVISOR: roles.supervisor,
        Role.ADMINISTRATOR: roles.admin,
    }
    return [by_role[role] for role in sorted(held, key=lambda r: r.value) if role in by_role]


def add_login(
    conn: psycopg.Connection[tuple[Any, ...]],
    database: str,
    user_id: int,
    held: frozenset[Role],
    db_password: str,
) -> str:
    """Create the login role (on a superuser's connection); returns its name. The
    password leaves the workstation only as its SCRAM verifier (made by libpq here),
    in a statement the server does not log."""
    roles = CentreRoles.for_database(database)
    name = login_role(database, user_id)
    verifier = conn.pgconn.encrypt_password(
        db_password.encode(), name.encode(), b"scram-sha-256"
    ).decode()
    conn.execute("SET LOCAL log_statement = 'none'")
    conn.execute(
        sql.SQL("CREATE ROLE {} LOGIN INHERIT PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(verifier)
        )
    )
    conn.execute("RESET log_statement")
    for group in group_roles(roles, held):
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name)))
    conn.execute("UPDATE hotline.members SET db_role = %s WHERE user_id = %s", (name, user_id))
    return name
