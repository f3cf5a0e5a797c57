"""Removing an enrolled workstation from a centre (schema step 10).

A workstation reaches the server with its own login role ``<db>_w<n>`` (made when its
enrolment code ``n`` was redeemed: schema_enrolment). ``hotline.remove_workstation``,
``SECURITY DEFINER`` as the schema's owner and granted to the administrators, makes
exactly that login NOLOGIN and records when and by which login in the enrolment's row
(two new columns): only this centre's workstation logins, each once. Nobody can then
sign in on that workstation (the key file is read with its login first).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

# SQLSTATE of a workstation number that names no enrolled workstation still in use.
NO_SUCH_WORKSTATION = "HL802"


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...
    @property
    def admin(self) -> str: ...


SCHEMA = """
ALTER TABLE hotline.enrolments ADD COLUMN removed_at timestamptz, ADD COLUMN removed_by name;

CREATE FUNCTION hotline.remove_workstation(number integer) RETURNS name
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    login text := current_database() || '_w' || number;
BEGIN
    UPDATE hotline.enrolments SET removed_at = now(), removed_by = session_user
        WHERE id = number AND workstation = login AND used_at IS NOT NULL
          AND removed_at IS NULL;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login
                                AND NOT rolsuper) THEN
        RAISE EXCEPTION 'no enrolled workstation % in use', number
            USING ERRCODE = '{unknown}';
    END IF;
    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    RETURN login;
END $fn$;
"""


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """Made as the schema's owner, in the caller's transaction."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(SCHEMA.replace("{unknown}", NO_SUCH_WORKSTATION))
    conn.execute("REVOKE ALL ON FUNCTION hotline.remove_workstation(integer) FROM PUBLIC")
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline.remove_workstation(integer) TO {}").format(
            ident(roles.admin)
        )
    )
    conn.execute("RESET ROLE")
