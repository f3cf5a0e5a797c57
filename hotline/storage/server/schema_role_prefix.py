"""The centre's roles named as made, not after the current database (schema step 18).

The centre's roles are named after its database at init (schema.CentreRoles), and a
centre restored into a database of another name keeps them (services/centre_backup.py).
The server's functions and policies of steps 1-16 built a role's name from
``current_database()``: on a restored centre they named roles that do not exist (every
supervisor's review refused) or, where another centre's database has that name on the
same server, that centre's roles (a member of them passed this centre's checks).

``hotline.role_prefix()`` gives the name the roles were made after, baked in when the
step runs (init: the database's name; an upgrade: the schema owner's, as
schema_steps' ``_roles_prefix``) and dumped with the schema, so a restore keeps it. The
step then recreates, from the server's own catalog, every function of the schema and
every policy on its tables that named a role by ``current_database()``, with
``hotline.role_prefix()`` in its place (a function's test of a database, not a role, is
left as it was, and so are the logins of enrolment codes and workstations, named
after the database they are made on). A later step names a role by ``hotline.role_prefix()``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

import psycopg
from psycopg import sql


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...


PREFIX = "hotline.role_prefix()"
OWNER_SUFFIX = "_owner"
# A role's name built in a function's body: current_database() || '_<part>'; not an
# enrolment code's nor a workstation's login ('_e' || n, '_w' || n): those are made
# anew on the database a workstation joins, named after it as the workstation names them
# (schema_enrolment.enrolment_login, workstation_login), in the centre's groups.
_IN_FUNCTION = re.compile(r"current_database\(\)(\s*\|\|\s*')_(?![ew]')")
# The same in a policy's expression as the server gives it back:
# (current_database())::text || '_<part>'::text.
_IN_POLICY = re.compile(r"current_database\(\)")


def prefix_of(roles: CentreRoles) -> str:
    """The name the roles were made after (``<prefix>_owner`` owns the schema)."""
    if not roles.owner.endswith(OWNER_SUFFIX):
        raise ValueError("the schema owner's role is not named <prefix>_owner")
    return roles.owner[: -len(OWNER_SUFFIX)]


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """In the caller's transaction, as the server's superuser (the functions keep their
    owners and grants: ``CREATE OR REPLACE``, ``ALTER POLICY``)."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(
        sql.SQL(
            "CREATE FUNCTION hotline.role_prefix() RETURNS text LANGUAGE sql IMMUTABLE"
            " SET search_path = pg_catalog, pg_temp AS {}"
        ).format(sql.Literal("SELECT " + sql.Literal(prefix_of(roles)).as_string(conn) + "::text"))
    )
    conn.execute("RESET ROLE")
    _functions(conn)
    _policies(conn)


def _functions(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
    rows = conn.execute(
        "SELECT pg_get_functiondef(p.oid) FROM pg_proc p"
        " JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE n.nspname = 'hotline' AND p.prosrc LIKE '%current_database()%'"
        " ORDER BY p.oid"
    ).fetchall()
    for (definition,) in rows:
        fixed = _IN_FUNCTION.sub(PREFIX + r"\1_", str(definition))
        if fixed != definition:
            conn.execute(sql.SQL(fixed))  # the server's own text, a role's name changed


def _policies(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
    rows = conn.execute(
        "SELECT p.policyname, p.tablename, p.qual, p.with_check FROM pg_policies p"
        " WHERE p.schemaname = 'hotline'"
        " AND (p.qual LIKE '%current_database()%' OR p.with_check LIKE '%current_database()%')"
        " ORDER BY p.tablename, p.policyname"
    ).fetchall()
    for name, table, qual, check in rows:
        parts = [sql.SQL("ALTER POLICY {} ON {}").format(ident(name), ident("hotline", table))]
        if qual is not None:
            parts.append(sql.SQL("USING ({})").format(sql.SQL(_IN_POLICY.sub(PREFIX, qual))))
        if check is not None:
            parts.append(sql.SQL("WITH CHECK ({})").format(sql.SQL(_IN_POLICY.sub(PREFIX, check))))
        conn.execute(sql.SQL(" ").join(parts))


def ident(*names: str) -> sql.Identifier:
    return sql.Identifier(*names)
