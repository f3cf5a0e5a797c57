"""Sealed calls: the decisions that sealed them (no content), the destruction of what
could point at the person, and the legal holds that stop retention.

A call is sealed when `calls.sealed` holds the id of its decision. Sealing keeps
the coded fields (counts stay right) and destroys, inside the caller's
transaction: the call's data keys (so every sealed copy of its text is noise), the
free-text columns, comments, corrections' values and reasons, identity vault
entries, entity values, task notes (open tasks are closed) and the pseudonyms of
persons who have no call left unsealed. Secure delete is on for the database; the
caller VACUUMs and truncates the WAL afterwards.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from hotline import pseudonyms
from hotline.records import SealMark, from_iso, to_iso, utcnow
from hotline.storage.call_keys import TEXT_FIELDS
from hotline.storage.database import Database

COURT = "court"
PROSECUTOR = "prosecutor"
OTHER = "other"
BODIES: tuple[str, ...] = (COURT, PROSECUTOR, OTHER)
# Kinds of a seal: a decision of a body, or the retention rule (body "retention").
DECISION = "decision"
RETENTION = "retention"
SEALED_PREFIX = "sealed-"  # the pseudonym a person sealed away is left with
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class SealDecision:
    id: int
    kind: str
    body: str
    number: str
    decided_on: date
    at: datetime
    acted_by: int | None
    approved_by: int | None
    calls: int

    @property
    def mark(self) -> SealMark:
        return SealMark(self.id, self.kind, self.body, self.number, self.decided_on)


@dataclass(frozen=True, slots=True)
class Hold:
    id: int
    call_id: int | None
    person_id: int | None
    pseudonym: str | None
    reason: str
    placed_by: str | None
    placed_at: datetime


@dataclass(frozen=True, slots=True)
class Destroyed:
    """How much one sealing destroyed (counts only)."""

    calls: int = 0
    keys: int = 0
    text_fields: int = 0
    comments: int = 0
    corrections: int = 0
    vault_entries: int = 0
    entities: int = 0
    tasks_closed: int = 0
    persons: int = 0


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _marks(ids: Sequence[int]) -> str:
    return ",".join("?" for _ in ids)


class SealRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- decisions ---------------------------------------------------------
    def add_decision(
        self,
        kind: str,
        body: str,
        number: str,
        decided_on: date,
        acted_by: int | None,
        approved_by: int | None,
        calls: int,
        at: datetime | None = None,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO seal_decisions(kind, body, number, decided_on, at, acted_by,"
            " approved_by, calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                kind,
                body,
                number,
                decided_on.isoformat(),
                to_iso(at or utcnow()),
                acted_by,
                approved_by,
                calls,
            ),
        )
        return int(cur.lastrowid)

    def decisions(self) -> list[SealDecision]:
        return [
            SealDecision(
                int(r[0]),
                str(r[1]),
                str(r[2]),
                str(r[3]),
                date.fromisoformat(str(r[4])),
                from_iso(str(r[5])),
                None if r[6] is None else int(r[6]),
                None if r[7] is None else int(r[7]),
                int(r[8]),
            )
            for r in self.db.query(
                "SELECT id, kind, body, number, decided_on, at, acted_by, approved_by, calls"
                " FROM seal_decisions ORDER BY id DESC"
            )
        ]

    def marks(self, call_ids: Sequence[int]) -> dict[int, SealMark]:
        """The seal of each of these calls that is sealed."""
        out: dict[int, SealMark] = {}
        for chunk in _chunks(call_ids):
            for cid, did, kind, body, number, on in self.db.query(
                "SELECT c.id, d.id, d.kind, d.body, d.number, d.decided_on FROM calls c"
                " JOIN seal_decisions d ON d.id = c.sealed"
                f" WHERE c.sealed <> 0 AND c.id IN ({_marks(chunk)})",
                chunk,
            ):
                out[int(cid)] = SealMark(
                    int(did), str(kind), str(body), str(number), date.fromisoformat(str(on))
                )
        return out

    def sealed_ids(self, call_ids: Sequence[int]) -> set[int]:
        return set(self.marks(call_ids))

    def all_sealed(self) -> dict[int, int]:
        """Every sealed call's id and its decision's id."""
        return {
            int(r[0]): int(r[1])
            for r in self.db.query("SELECT id, sealed FROM calls WHERE sealed <> 0")
        }

    # --- destruction ---------------------------------------------------------
    def destroy(self, call_ids: Sequence[int], decision_id: int, user_id: int | None) -> Destroyed:
        """Seal these calls under the decision, inside the caller's transaction."""
        db = self.db
        totals = dict.fromkeys(Destroyed.__dataclass_fields__, 0)
        persons: set[int] = set()
        now = to_iso(utcnow())
        empty = " OR ".join(f"({c} IS NOT NULL AND {c} <> '')" for c in TEXT_FIELDS)
        for chunk in _chunks(call_ids):
            m = _marks(chunk)
            totals["calls"] += len(chunk)
            totals["text_fields"] += int(
                db.scalar(
                    "SELECT coalesce(sum("
                    + " + ".join(f"({c} IS NOT NULL AND {c} <> '')" for c in TEXT_FIELDS)
                    + f"), 0) FROM calls WHERE id IN ({m}) AND ({empty})",
                    chunk,
                )
                or 0
            )
            totals["keys"] += db.execute(
                f"DELETE FROM call_keys WHERE call_id IN ({m})", chunk
            ).rowcount
            totals["comments"] += db.execute(
                f"DELETE FROM call_comments WHERE call_id IN ({m})", chunk
            ).rowcount
            totals["corrections"] += db.execute(
                f"DELETE FROM call_history WHERE call_id IN ({m})", chunk
            ).rowcount
            totals["vault_entries"] += db.execute(
                f"DELETE FROM vault_entries WHERE call_id IN ({m})", chunk
            ).rowcount
            totals["entities"] += db.execute(
                f"UPDATE call_entities SET value = '', value_key = '' WHERE call_id IN ({m})"
                " AND (value <> '' OR value_key <> '')",
                chunk,
            ).rowcount
            totals["tasks_closed"] += db.execute(
                "UPDATE tasks SET status = 'done', done_at = ?, done_by = ?"
                f" WHERE status = 'open' AND call_id IN ({m})",
                (now, user_id, *chunk),
            ).rowcount
            db.execute(f"UPDATE tasks SET note = '' WHERE call_id IN ({m}) AND note <> ''", chunk)
            for caller, concerned in db.query(
                f"SELECT caller_id, concerned_id FROM calls WHERE id IN ({m})", chunk
            ):
                persons.update(int(p) for p in (caller, concerned) if p is not None)
            db.execute(
                "UPDATE calls SET "
                + ", ".join(f"{c} = ''" for c in TEXT_FIELDS)
                + f", returned_comment = '', sealed = ? WHERE id IN ({m})",
                (decision_id, *chunk),
            )
            db.executemany(
                "INSERT OR IGNORE INTO search_pending(call_id) VALUES (?)", [(i,) for i in chunk]
            )
        totals["persons"] = self._seal_persons(sorted(persons))
        return Destroyed(**totals)

    def _seal_persons(self, person_ids: Sequence[int]) -> int:
        """Persons with no unsealed call left lose their pseudonym (an unlinkable token
        in its place: the id stays, so counts of persons stay right)."""
        done = 0
        for person_id in person_ids:
            open_calls = self.db.scalar(
                "SELECT 1 FROM calls WHERE sealed = 0 AND (caller_id = ? OR concerned_id = ?)"
                " LIMIT 1",
                (person_id, person_id),
            )
            current = self.db.scalar("SELECT pseudonym FROM persons WHERE id = ?", (person_id,))
            if open_calls or current is None or str(current).startswith(SEALED_PREFIX):
                continue
            token = SEALED_PREFIX + secrets.token_hex(12)
            self.db.execute(
                "UPDATE persons SET pseudonym = ?, pseudonym_key = ? WHERE id = ?",
                (token, pseudonyms.key(token), person_id),
            )
            done += 1
        return done

    # --- legal holds ------------------------------------------------------------
    def add_hold(
        self, call_id: int | None, person_id: int | None, reason: str, user_id: int | None
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO legal_holds(call_id, person_id, reason, placed_by, placed_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (call_id, person_id, reason, user_id, to_iso(utcnow())),
        )
        return int(cur.lastrowid)

    def lift_hold(self, hold_id: int, user_id: int | None) -> bool:
        cur = self.db.execute(
            "UPDATE legal_holds SET lifted_by = ?, lifted_at = ? WHERE id = ? AND lifted_at IS NULL",
            (user_id, to_iso(utcnow()), hold_id),
        )
        return bool(cur.rowcount)

    def holds(self) -> list[Hold]:
        return [
            Hold(
                int(r[0]),
                None if r[1] is None else int(r[1]),
                None if r[2] is None else int(r[2]),
                None if r[3] is None else str(r[3]),
                str(r[4]),
                None if r[5] is None else str(r[5]),
                from_iso(str(r[6])),
            )
            for r in self.db.query(
                "SELECT h.id, h.call_id, h.person_id, p.pseudonym, h.reason, u.name, h.placed_at"
                " FROM legal_holds h LEFT JOIN persons p ON p.id = h.person_id"
                " LEFT JOIN users u ON u.id = h.placed_by"
                " WHERE h.lifted_at IS NULL ORDER BY h.id"
            )
        ]

    def open_hold(self, call_id: int | None, person_id: int | None) -> int | None:
        value = self.db.scalar(
            "SELECT id FROM legal_holds WHERE lifted_at IS NULL AND call_id IS ? AND person_id IS ?",
            (call_id, person_id),
        )
        return None if value is None else int(value)

    # --- retention ----------------------------------------------------------------
    def due_before(self, cutoff: datetime, limit: int = 100_000) -> list[int]:
        """Calls started before `cutoff` that still hold something to destroy, reviewed,
        with no open task, not sealed, and not under a legal hold (on the call or either of its persons)."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT c.id FROM calls c WHERE c.sealed = 0 AND c.started_at < ?"
                " AND c.review_state = 'reviewed'"
                " AND NOT EXISTS(SELECT 1 FROM tasks t WHERE t.call_id = c.id AND t.status = 'open')"
                " AND (EXISTS(SELECT 1 FROM call_keys k WHERE k.call_id = c.id)"
                "  OR EXISTS(SELECT 1 FROM vault_entries v WHERE v.call_id = c.id)"
                "  OR EXISTS(SELECT 1 FROM call_entities e WHERE e.call_id = c.id"
                "   AND e.value <> '')"
                "  OR "
                + " OR ".join(f"(c.{f} IS NOT NULL AND c.{f} <> '')" for f in TEXT_FIELDS)
                + ") AND NOT EXISTS(SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL"
                "  AND (h.call_id = c.id OR h.person_id = c.caller_id"
                "   OR h.person_id = c.concerned_id))"
                " ORDER BY c.started_at, c.id LIMIT ?",
                (to_iso(cutoff), limit),
            )
        ]
