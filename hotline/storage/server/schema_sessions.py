"""Ending the open sessions of a disabled member (schema step 9).

Disabling a member makes their login role NOLOGIN (schema_enrolment's ``set_login``),
which refuses new connections only: a session opened before kept its backend. Here a
role of its own, ``<db>_ender`` (no login), is given PostgreSQL's ``pg_signal_backend``
(it may then end the backends of non-superuser roles; the schema's owner is NOINHERIT,
so could not use it) and owns ``hotline.end_sessions``, ``SECURITY DEFINER``, granted
to the administrators, which ends the backends of one member's own login of this
centre, in this database, and only once that member is disabled and their login can no
longer connect: nobody is thrown out who may come straight back, and an administrator
cannot end a colleague's session who is still a member.
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...
    @property
    def admin(self) -> str: ...


FUNCTION = """
CREATE FUNCTION hotline.end_sessions(member integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    login text := current_database() || '_u' || member;
    ended integer := 0;
    one integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM hotline.members WHERE user_id = member AND NOT active
                   AND db_role = login)
       OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND NOT rolcanlogin
                      AND NOT rolsuper) THEN
        RAISE EXCEPTION 'only a disabled member''s sessions are ended, once their login is off';
    END IF;
    FOR one IN SELECT pid FROM pg_stat_activity
               WHERE usename = login AND datname = current_database()
                 AND pid <> pg_backend_pid() LOOP
        IF pg_terminate_backend(one, 5000) THEN  -- waits for the backend to be gone
            ended := ended + 1;
        END IF;
    END LOOP;
    RETURN ended;
END $fn$;
"""


def ender_role(owner: str) -> str:
    """The role owning ``end_sessions``, named as the centre's other roles (after the
    database they were made for: ``<db>_owner`` gives ``<db>_ender``)."""
    return owner.removesuffix("_owner") + "_ender"


def make_ender(conn: psycopg.Connection[tuple[Any, ...]], owner: str) -> str:
    """The ender role where the server lacks it (a step, or a restore onto a new server):
    no login, and the one role of the centre that inherits ``pg_signal_backend`` (the
    others are NOINHERIT)."""
    ender = ender_role(owner)
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ender,)).fetchone() is None:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN INHERIT").format(sql.Identifier(ender)))
    conn.execute(sql.SQL("GRANT pg_signal_backend TO {}").format(sql.Identifier(ender)))
    return ender


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """On the server's superuser's connection, in the caller's transaction: the ender
    role, what it reads, and its function (made as it, then given to the administrators)."""
    ident = sql.Identifier
    ender = ident(make_ender(conn, roles.owner))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA hotline TO {}").format(ender))
    conn.execute(sql.SQL("GRANT SELECT ON hotline.members TO {}").format(ender))
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ender))
    conn.execute(FUNCTION)
    conn.execute("REVOKE ALL ON FUNCTION hotline.end_sessions(integer) FROM PUBLIC")
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline.end_sessions(integer) TO {}").format(
            ident(roles.admin)
        )
    )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA hotline FROM {}").format(ender))
    conn.execute("RESET ROLE")
