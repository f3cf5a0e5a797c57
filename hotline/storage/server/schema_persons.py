"""A returning caller found on the server by a keyed lookup value, never by name.

The server keeps a call's pseudonyms only as an HMAC under the centre's persons
secret (``caller_key``, ``concerned_key``) and a ciphertext for display
(hotline.crypto.person_keys), both among the coded fields. An operator's own login
reads only her own calls (row-level security), yet a returning caller may have
spoken to another operator: ``hotline.calls_of_person`` (``SECURITY DEFINER`` as the
schema's owner, who gets a read policy on calls for it) gives the coded fields of
the calls whose key is exactly the one asked, at most ``LIMIT`` of them, newest
first, without the call's digest salt. Only the desk roles may call it; only a
workstation holding the persons secret can make a key worth asking.

``create`` is run by ``schema.create``; on a centre made before, the same call is
the server's half of the migration (``hotline.services.centre_pseudonyms``).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

LIMIT = 200
SIGNATURE = "calls_of_person(text)"

FUNCTION = """
CREATE OR REPLACE FUNCTION hotline.calls_of_person(person text)
RETURNS TABLE(id bigint, started_at timestamptz, coded jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
    SELECT c.id, c.started_at, c.coded - 'digest_salt' FROM hotline.calls c
    WHERE person ~ '^[0-9a-f]{64}$'
      AND (c.coded @> jsonb_build_object('caller_key', person)
           OR c.coded @> jsonb_build_object('concerned_key', person))
    ORDER BY c.started_at DESC, c.id DESC LIMIT {limit}
$fn$;
"""


class CentreRoles(Protocol):
    """hotline.storage.server.schema.CentreRoles (which calls create, so not imported)."""

    @property
    def owner(self) -> str: ...
    @property
    def desk_roles(self) -> tuple[str, str, str]: ...


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """The lookup function and its grants, in the caller's transaction (the server's
    superuser's connection). Run again, it changes nothing."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    found = conn.execute(
        "SELECT 1 FROM pg_policies WHERE schemaname = 'hotline' AND tablename = 'calls'"
        " AND policyname = 'owner_finds_person'"
    ).fetchone()
    if found is None:
        conn.execute(
            sql.SQL(
                "CREATE POLICY owner_finds_person ON hotline.calls FOR SELECT TO {} USING (true)"
            ).format(ident(roles.owner))
        )
    conn.execute(FUNCTION.replace("{limit}", str(LIMIT)))
    conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + SIGNATURE + " FROM PUBLIC"))
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + SIGNATURE + " TO {}").format(
            sql.SQL(", ").join(ident(r) for r in roles.desk_roles)
        )
    )
    conn.execute("RESET ROLE")
