"""Sealed calls on a centre's server (schema_sealing.py): the decisions, the destruction
of a call's keys, texts and vault rows, the legal holds and the retention setting.

The destruction runs as the centre's administrator inside the caller's transaction:
the rows are deleted (the administrator may read only their ``call_id``), the call's
pseudonym is taken out of its coded fields, and the mark is written; then its tasks'
notes are emptied and its open tasks closed, as the desk's sealing does (a note sealed
to the case-text key would outlive the call's keys otherwise). The data keys
gone, no copy of the text on the server opens with any key any more; a backup taken
before still holds the keys (services/centre_sealing.py lists those backups).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import psycopg

from hotline.crypto.person_keys import CLEAR_FIELDS, ENTITY_FIELD, KEY_FIELDS, STORED_FIELDS

# Coded fields that name a person rather than count a call: removed when sealed (their
# keyed lookup values and ciphertexts, and the pseudonyms in clear a centre made before
# the keyed lookup holds), and the lookup values of the entities the call names.
PERSON_FIELDS = (*CLEAR_FIELDS, *STORED_FIELDS, ENTITY_FIELD)


@dataclass(frozen=True)
class ServerDestroyed:
    """How much one sealing destroyed on the server (counts only)."""

    calls: int = 0
    keys: int = 0
    text_fields: int = 0
    vault_entries: int = 0
    task_notes: int = 0  # the calls' tasks, emptied of their note, open ones closed


@dataclass(frozen=True)
class ServerHold:
    id: int
    call_id: int
    reason_sealed: bytes
    placed_by: int
    placed_at: datetime


class ServerSealRepository:
    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.conn = conn

    def add_decision(
        self,
        kind: str,
        body: str,
        number: str,
        decided_on: date,
        acted_by: int,
        approved_by: int | None,
        calls: int,
    ) -> tuple[int, datetime]:
        row = self.conn.execute(
            "INSERT INTO hotline.seal_decisions(kind, body, number, decided_on, acted_by,"
            " approved_by, calls) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id, at",
            (kind, body, number, decided_on, acted_by, approved_by, calls),
        ).fetchone()
        assert row is not None
        return int(row[0]), row[1]

    def destroy(self, call_ids: Sequence[int], decision_id: int) -> ServerDestroyed:
        """Seal these calls under the decision (in the caller's transaction)."""
        ids = list(call_ids)
        keys = self.conn.execute(
            "DELETE FROM hotline.call_keys WHERE call_id = ANY(%s)", (ids,)
        ).rowcount
        texts = self.conn.execute(
            "DELETE FROM hotline.call_texts WHERE call_id = ANY(%s)", (ids,)
        ).rowcount
        vault = self.conn.execute(
            "DELETE FROM hotline.vault_entries WHERE call_id = ANY(%s)", (ids,)
        ).rowcount
        marked = self.conn.execute(
            "INSERT INTO hotline.sealed_calls(call_id, decision_id)"
            " SELECT id, %s FROM hotline.calls WHERE id = ANY(%s) ON CONFLICT DO NOTHING",
            (decision_id, ids),
        ).rowcount
        self.conn.execute(
            "UPDATE hotline.calls SET coded = coded - %s::text[] WHERE id = ANY(%s)"
            " AND coded ?| %s::text[]",
            (list(PERSON_FIELDS), ids, list(PERSON_FIELDS)),
        )
        return ServerDestroyed(marked, keys, texts, vault, self._close_tasks(ids))

    def _close_tasks(self, ids: list[int]) -> int:
        """The sealed calls' tasks: notes emptied, open ones closed (after the marks:
        row-level security lets an administrator change only a sealed call's tasks)."""
        present = self.conn.execute("SELECT to_regclass('hotline.tasks') IS NOT NULL").fetchone()
        if not present or not present[0]:  # a dump restored from before schema step 5
            return 0
        return self.conn.execute(
            "UPDATE hotline.tasks SET note = NULL,"
            " done_at = coalesce(done_at, now()), status = 'done',"
            " done_by = coalesce(done_by,"
            " (SELECT m.user_id FROM hotline.members m WHERE m.db_role = session_user))"
            " WHERE call_id = ANY(%s)",  # (an administrator does not read the notes)
            (ids,),
        ).rowcount

    def sealed_ids(self, call_ids: Sequence[int]) -> set[int]:
        rows = self.conn.execute(
            "SELECT call_id FROM hotline.sealed_calls WHERE call_id = ANY(%s)", (list(call_ids),)
        ).fetchall()
        return {int(r[0]) for r in rows}

    def existing(self, call_ids: Sequence[int]) -> list[int]:
        rows = self.conn.execute(
            "SELECT id FROM hotline.calls WHERE id = ANY(%s) ORDER BY started_at, id",
            (list(call_ids),),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def by_person(self, lookup: str) -> list[int]:
        """Every call naming the person (as caller or concerned) by their keyed lookup
        value (hotline.crypto.person_keys), oldest first."""
        if not lookup:
            return []
        rows = self.conn.execute(
            "SELECT id FROM hotline.calls WHERE "
            + " OR ".join("coded @> jsonb_build_object(%s::text, %s::text)" for _ in KEY_FIELDS)
            + " ORDER BY started_at, id",
            [v for name in KEY_FIELDS for v in (name, lookup)],
        ).fetchall()
        return [int(r[0]) for r in rows]

    # --- retention and holds ---------------------------------------------------
    def retention_years(self) -> int | None:
        row = self.conn.execute("SELECT years FROM hotline.retention").fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def set_retention(self, years: int | None) -> None:
        self.conn.execute("UPDATE hotline.retention SET years = %s", (years,))

    def due_before(self, cutoff: datetime) -> list[int]:
        """Reviewed calls started before the cutoff, not sealed, not held, that still
        have text, keys or vault rows: what retention destroys."""
        rows = self.conn.execute(
            "SELECT c.id FROM hotline.calls c WHERE c.started_at < %s"
            ' AND c.coded @> \'{"review_state": "reviewed"}\''
            " AND NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)"
            " AND NOT EXISTS (SELECT 1 FROM hotline.legal_holds h"
            "  WHERE h.call_id = c.id AND h.lifted_at IS NULL)"
            " ORDER BY c.started_at, c.id",
            (cutoff,),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def add_hold(self, call_id: int, reason_sealed: bytes, user_id: int) -> int | None:
        """The hold's id; None when the call holds one already."""
        row = self.conn.execute(
            "INSERT INTO hotline.legal_holds(call_id, reason_sealed, placed_by)"
            " VALUES (%s, %s, %s) ON CONFLICT (call_id) WHERE lifted_at IS NULL DO NOTHING"
            " RETURNING id",
            (call_id, reason_sealed, user_id),
        ).fetchone()
        return None if row is None else int(row[0])

    def lift_hold(self, hold_id: int, user_id: int) -> bool:
        return (
            self.conn.execute(
                "UPDATE hotline.legal_holds SET lifted_at = now(), lifted_by = %s"
                " WHERE id = %s AND lifted_at IS NULL",
                (user_id, hold_id),
            ).rowcount
            == 1
        )

    def holds(self) -> list[ServerHold]:
        rows = self.conn.execute(
            "SELECT id, call_id, reason_sealed, placed_by, placed_at FROM hotline.legal_holds"
            " WHERE lifted_at IS NULL ORDER BY id"
        ).fetchall()
        return [ServerHold(int(r[0]), int(r[1]), bytes(r[2]), int(r[3]), r[4]) for r in rows]


def unexplained(conn: psycopg.Connection[tuple[Any, ...]]) -> dict[str, list[Any]]:
    """What the audit chain does not explain, for verify (rows this connection sees):

    * ``marks``: (call, decision) of seal marks with no signed ``call.seal`` entry for
      that call and decision (a mark written with an administrator's own SQL);
    * ``decisions``: decisions with no ``seal.decision`` entry of the same kind, body,
      number and date;
    * ``keyless``: calls not sealed that have no data key left (keys deleted outside a
      sealing: their text opens with no key)."""
    marks = conn.execute(
        "SELECT s.call_id, s.decision_id FROM hotline.sealed_calls s WHERE NOT EXISTS ("
        " SELECT 1 FROM hotline.audit a WHERE a.action = 'call.seal'"
        " AND a.object_id = s.call_id AND a.details::jsonb ->> 'decision' = s.decision_id::text)"
        " ORDER BY s.call_id"
    ).fetchall()
    decisions = conn.execute(
        "SELECT d.id FROM hotline.seal_decisions d WHERE NOT EXISTS ("
        " SELECT 1 FROM hotline.audit a WHERE a.action = 'seal.decision' AND a.object_id = d.id"
        " AND a.details::jsonb @> jsonb_build_object('kind', d.kind, 'body', d.body,"
        " 'number', d.number, 'decided_on', d.decided_on::text)) ORDER BY d.id"
    ).fetchall()
    keyless = conn.execute(
        "SELECT c.id FROM hotline.calls c WHERE"
        " NOT EXISTS (SELECT 1 FROM hotline.call_keys k WHERE k.call_id = c.id)"
        " AND NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)"
        " ORDER BY c.id"
    ).fetchall()
    return {
        "marks": [(int(r[0]), int(r[1])) for r in marks],
        "decisions": [int(r[0]) for r in decisions],
        "keyless": [int(r[0]) for r in keyless],
    }


def sealing_tables(conn: psycopg.Connection[tuple[Any, ...]]) -> bool:
    """Whether the centre has the sealing tables (one set up before them has none)."""
    row = conn.execute("SELECT to_regclass('hotline.sealed_calls') IS NOT NULL").fetchone()
    return bool(row and row[0])
