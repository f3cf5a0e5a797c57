"""When each enrolled workstation was last seen (schema step 17).

A workstation reaches the server first with its own login ``<db>_w<n>`` (it reads the
key file with it before anyone signs in: services/centre_people.sign_in). There it
calls ``hotline.workstation_seen``, ``SECURITY DEFINER`` as the schema's owner and
granted to the workstations' group only, which stamps ``last_seen`` on that login's
own enrolment row (a new column): a workstation stamps only itself (its session's
login), once it is enrolled and not removed, and nothing else. The administrators read
it with the enrolments (the Workstations page, ``hotline server workstations``).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

from hotline.storage.server.schema_enrolment import workstation_group


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...


SCHEMA = """
ALTER TABLE hotline.enrolments ADD COLUMN last_seen timestamptz;

CREATE FUNCTION hotline.workstation_seen() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    UPDATE hotline.enrolments SET last_seen = now()
        WHERE workstation = session_user AND used_at IS NOT NULL AND removed_at IS NULL;
END $fn$;
"""


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles, made_for: str) -> None:
    """Made as the schema's owner, in the caller's transaction; ``made_for``: the name
    the centre's roles are made after (schema_steps.Step's)."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(SCHEMA)
    conn.execute("REVOKE ALL ON FUNCTION hotline.workstation_seen() FROM PUBLIC")
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline.workstation_seen() TO {}").format(
            ident(workstation_group(made_for))
        )
    )
    conn.execute("RESET ROLE")


def seen(station: psycopg.Connection[tuple[Any, ...]]) -> None:
    """The workstation's own connection stamps its enrolment as seen now."""
    station.execute("SELECT hotline.workstation_seen()")
