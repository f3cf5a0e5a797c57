"""Pruning the login roles of used and expired enrolment codes (schema step 11).

Each enrolment code has a login role ``<db>_e<n>`` (schema_enrolment) that may only ask
``hotline.redeem_enrolment``; once the code is used or expired it can do nothing but be
told so, yet it stayed on the server's role list. ``hotline.prune_enrolments``,
``SECURITY DEFINER`` as the schema's owner and granted to the administrators, drops
those roles (only this centre's ``<db>_e<n>`` of that enrolment's own row) and marks the
row ``pruned_at``; the row itself stays, as the record of the code. A workstation that
then tries a pruned code is refused as for a code never given (CodeRefused). Every new
code an administrator issues prunes first (services/enrolment.issue).
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


SCHEMA = """
ALTER TABLE hotline.enrolments ADD COLUMN pruned_at timestamptz;

CREATE FUNCTION hotline.prune_enrolments() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
DECLARE
    one record;
    pruned integer := 0;
BEGIN
    FOR one IN SELECT id, role_name FROM hotline.enrolments
               WHERE pruned_at IS NULL AND (used_at IS NOT NULL OR expires_at <= now())
                 AND role_name = current_database() || '_e' || id
               FOR UPDATE LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = one.role_name AND NOT rolsuper) THEN
            EXECUTE format('DROP ROLE %I', one.role_name);
        END IF;
        UPDATE hotline.enrolments SET pruned_at = now() WHERE id = one.id;
        pruned := pruned + 1;
    END LOOP;
    RETURN pruned;
END $fn$;
"""


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """Made as the schema's owner, in the caller's transaction."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(SCHEMA)
    conn.execute("REVOKE ALL ON FUNCTION hotline.prune_enrolments() FROM PUBLIC")
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline.prune_enrolments() TO {}").format(
            ident(roles.admin)
        )
    )
    conn.execute("RESET ROLE")
