"""Entities across calls for the calls saved before their lookup values (schema step 13).

A call saved on a centre since the entities' lookup values came in carries them among
its coded fields (``entity_keys``, crypto/person_keys.py), made on the workstation at its
save; a call saved before has none, so the log's "Calls mentioning" filter and the
detail pane's other calls do not find it. Only a workstation holding the case-text key
and the persons secret can make them (services/centre_entity_keys.py); the server lets
a supervisor's login add them through ``hotline.key_entities`` only, ``SECURITY
DEFINER`` as the reviewer role (schema_review.py), which adds the field and nothing
else:

* the caller an active member of ``<db>_supervisor`` (an operator's login is not
  granted it; her own SQL cannot ``UPDATE`` another's call either);
* the call not sealed (sealing took its lookup values out: they do not come back);
* the call naming entities (its sealed ``entities`` text) and holding no lookup values
  yet: values made at a save, or added once, are never overwritten;
* the values a non-empty JSON array of lowercase hex HMAC-SHA-256s.

It writes no audit entry: the workstation appends ``call.entities_keyed`` in the same
transaction with the rows' new digests (call_digest.REVIEW_REPINS), so ``verify`` stays
clean and a call changed around the desk is still named.
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

from hotline.crypto.person_keys import ENTITY_FIELD
from hotline.storage.server.schema_review import ENTITIES_TEXT


class CentreRoles(Protocol):
    @property
    def reviewer(self) -> str: ...
    @property
    def supervisor(self) -> str: ...


SIGNATURE = "key_entities(bigint, jsonb)"
FUNCTION = """
CREATE FUNCTION hotline.key_entities(target bigint, lookups jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
BEGIN
    IF NOT pg_has_role(session_user, (current_database() || '_supervisor')::name, 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM hotline.members m
                      WHERE m.db_role = session_user AND m.active) THEN
        RAISE EXCEPTION 'only an active supervisor adds the lookup values of a call'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = target) THEN
        RAISE EXCEPTION 'the call is sealed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF lookups IS NULL OR jsonb_typeof(lookups) <> 'array' OR jsonb_array_length(lookups) = 0
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(lookups) e(v)
                  WHERE jsonb_typeof(e.v) <> 'string' OR e.v #>> '{}' !~ '^[0-9a-f]{64}$') THEN
        RAISE EXCEPTION 'not lookup values' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE hotline.calls c SET coded = c.coded || jsonb_build_object('{field}', lookups)
        WHERE c.id = target AND NOT (c.coded ? '{field}')
          AND EXISTS (SELECT 1 FROM hotline.call_texts t
                      WHERE t.call_id = target AND t.field = '{text}');
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such call naming entities, or its lookup values are there'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $fn$;
"""


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """The function, made as the reviewer (which holds the calls' ``coded`` and reads the
    texts' names, the members and the seals: schema_review.GRANTS) and granted to the
    supervisors, in the caller's transaction (the superuser's connection)."""
    ident = sql.Identifier
    role = ident(roles.reviewer)
    conn.execute(sql.SQL("GRANT CREATE ON SCHEMA hotline TO {}").format(role))
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(role))
    conn.execute(FUNCTION.replace("{field}", ENTITY_FIELD).replace("{text}", ENTITIES_TEXT))
    conn.execute(sql.SQL("REVOKE ALL ON FUNCTION hotline." + SIGNATURE + " FROM PUBLIC"))
    conn.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION hotline." + SIGNATURE + " TO {}").format(
            ident(roles.supervisor)
        )
    )
    conn.execute("RESET ROLE")
    conn.execute(sql.SQL("REVOKE CREATE ON SCHEMA hotline FROM {}").format(role))
