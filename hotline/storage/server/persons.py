"""The calls of a person on the centre's server, found by their keyed lookup value
(schema_persons.py), and the conversion of calls saved with the pseudonym in clear."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from hotline.crypto.person_keys import CLEAR_FIELDS

Connection = psycopg.Connection[tuple[Any, ...]]
BLOCK = 500


def calls_of(conn: Connection, lookup: str) -> list[tuple[int, datetime, dict[str, Any]]]:
    """(id, start, coded fields) of every call naming the person, newest first."""
    if not lookup:
        return []
    rows = conn.execute("SELECT * FROM hotline.calls_of_person(%s)", (lookup,)).fetchall()
    return [(int(r[0]), r[1], dict(r[2])) for r in rows]


def clear_calls(conn: Connection) -> Iterator[list[tuple[int, datetime, dict[str, Any]]]]:
    """Blocks of the calls whose coded fields still hold a pseudonym in clear (a centre
    made before the keyed lookup), by id."""
    after = 0
    while True:
        block = conn.execute(
            "SELECT id, started_at, coded FROM hotline.calls WHERE id > %s"
            " AND coded ?| %s::text[] ORDER BY id LIMIT %s",
            (after, list(CLEAR_FIELDS), BLOCK),
        ).fetchall()
        if not block:
            return
        after = int(block[-1][0])
        yield [(int(r[0]), r[1], dict(r[2])) for r in block]


def rewrite(conn: Connection, call_id: int, coded: dict[str, Any]) -> None:
    """The call's coded fields replaced (the administrator's login, in the caller's
    transaction)."""
    conn.execute("UPDATE hotline.calls SET coded = %s WHERE id = %s", (Jsonb(coded), call_id))
