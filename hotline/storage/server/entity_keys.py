"""The calls on a centre's server still waiting for their entities' lookup values
(saved before them: schema_entity_keys.py), and their addition.

A call waits when it names entities (its sealed ``entities`` text is there), holds no
lookup values, is not sealed, and no supervisor's ``call.entities_keyed`` entry says it
was looked at already (one whose entities give nothing to match holds none after it
either). An entry by anyone else does not count: an operator's own entry does not stop
a call from being keyed.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from hotline.crypto.person_keys import ENTITY_FIELD
from hotline.storage.server.call_digest import ENTITIES_KEYED
from hotline.storage.server.schema_audit import LOCK_WAIT_S
from hotline.storage.server.schema_review import ENTITIES_TEXT

Connection = psycopg.Connection[tuple[Any, ...]]
# Two supervisors signing in at once take turns a batch at a time (a transaction-level
# advisory lock, of its own: not the chain's), so neither adds values the other just did.
# Any login may take it in a transaction it leaves open (a session-level one is revoked,
# schema_audit.HELD_LOCKS): the wait is bounded as the chain's is (LockNotAvailable).
KEYING_LOCK = 152_0012

WAITING = """
FROM hotline.calls c
WHERE NOT (c.coded ? %(field)s)
  AND EXISTS (SELECT 1 FROM hotline.call_texts t WHERE t.call_id = c.id AND t.field = %(text)s)
  AND NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM hotline.audit a JOIN hotline.members m ON m.user_id = a.user_id
                  WHERE a.object_type = 'call' AND a.object_id = c.id
                    AND a.action = %(action)s AND m.db_role = a.author
                    AND 'supervisor' = ANY(m.roles))
"""


def _params(**more: Any) -> dict[str, Any]:
    return {"field": ENTITY_FIELD, "text": ENTITIES_TEXT, "action": ENTITIES_KEYED, **more}


def waiting(conn: Connection) -> int:
    """How many calls (that the login reads) wait for their lookup values."""
    row = conn.execute("SELECT count(*) " + WAITING, _params()).fetchone()
    return int(row[0]) if row else 0


def take_turn(conn: Connection) -> None:
    """This transaction's turn at keying (waits for another workstation's batch, for
    LOCK_WAIT_S at most: then LockNotAvailable, the transaction undone by the caller)."""
    conn.execute("SELECT set_config('lock_timeout', %s, true)", (f"{LOCK_WAIT_S}s",))
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (KEYING_LOCK,))


def waiting_after(conn: Connection, after: int, limit: int) -> list[int]:
    """The next ``limit`` waiting calls by id, after the call ``after`` (a run goes on
    past the calls it had to leave as they are)."""
    rows = conn.execute(
        "SELECT c.id " + WAITING + " AND c.id > %(after)s ORDER BY c.id LIMIT %(limit)s",
        _params(after=after, limit=limit),
    ).fetchall()
    return [int(r[0]) for r in rows]


def add(conn: Connection, found: list[tuple[int, list[str]]]) -> None:
    """Each call's lookup values added by the server's ``key_entities``, in one statement
    (in the caller's transaction; refused there, all of them, for anyone but an active
    supervisor, on a sealed call or one holding lookup values already)."""
    if not found:
        return
    conn.execute(
        "SELECT hotline.key_entities(u.target, u.lookups)"
        " FROM unnest(%s::bigint[], %s::jsonb[]) AS u(target, lookups)",
        ([cid for cid, _ in found], [Jsonb(keys) for _, keys in found]),
    )
