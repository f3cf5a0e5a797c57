"""A sealed call stays stripped of what names persons (schema step 16).

Sealing takes a call's pseudonyms and lookup values out of its coded fields
(seals.PERSON_FIELDS: the pseudonyms in clear, their keyed lookup values and
ciphertexts, the entities' lookup values); an administrator's login may then update a
sealed call's coded fields (schema_sealing.py's ``admin_strips_sealed``, the strip
itself). Her own SQL could so put them back: the sealed call found again by the call
log's "Calls mentioning" filter and the pseudonym search, and the call's kept digest,
which leaves those fields out, would not change. This restrictive policy, ANDed with
every permissive one for every desk role, refuses a sealed call's row holding any of
them after an UPDATE (storage/server/call_digest.py's verify names one written by the
server's superuser).
"""

from __future__ import annotations

from typing import Any, Protocol

import psycopg
from psycopg import sql

from hotline.storage.server.schema_sealing import SEALED
from hotline.storage.server.seals import PERSON_FIELDS


class CentreRoles(Protocol):
    @property
    def owner(self) -> str: ...
    @property
    def desk_roles(self) -> tuple[str, str, str]: ...


POLICY = "sealed_stays_stripped"


def create(conn: psycopg.Connection[tuple[Any, ...]], roles: CentreRoles) -> None:
    """Made as the schema's owner, in the caller's transaction."""
    ident = sql.Identifier
    conn.execute(sql.SQL("SET LOCAL ROLE {}").format(ident(roles.owner)))
    conn.execute(
        sql.SQL(
            "CREATE POLICY {} ON hotline.calls AS RESTRICTIVE FOR UPDATE TO {}"
            " WITH CHECK (NOT " + SEALED + " OR NOT (coded ?| {}::text[]))"
        ).format(
            ident(POLICY),
            sql.SQL(", ").join(ident(r) for r in roles.desk_roles),
            sql.Literal(list(PERSON_FIELDS)),
        )
    )
    conn.execute("RESET ROLE")
