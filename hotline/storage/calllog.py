"""The supervisor's call log: filtered, sorted id queries and light rows, in SQL.

Filtering and sorting happen in SQL, over indexes: the caller gets ids one page
at a time (keyset pagination on the sort key and the id, so page 5,000 costs
what page 1 costs), then the light rows for the ids it shows. Never every row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from hotline.records import from_iso, to_iso, utcnow
from hotline.storage.database import Database
from hotline.textfold import fold_az

CLAIM_MINUTES = 30  # an abandoned claim is released after this

REVIEW_STATES = ("new", "claimed", "returned", "reviewed")
UNREVIEWED = "unreviewed"  # a filter value: every state but "reviewed"


@dataclass(frozen=True)
class CallFilter:
    """What the supervisor narrows the log to; every field optional."""

    date_from: date | None = None  # inclusive, UTC
    date_to: date | None = None  # inclusive, UTC
    topic: str | None = None
    operator_id: int | None = None
    child: bool = False
    danger: bool = False
    possible_victim: bool = False
    outcome: str | None = None
    review_state: str | None = None  # one of REVIEW_STATES or UNREVIEWED
    open_tasks: bool = False
    with_content: bool = False
    text: str = ""
    entity_kind: str | None = None
    entity_key: str | None = None

    def to_json(self) -> str:
        data = asdict(self)
        for name in ("date_from", "date_to"):
            if data[name] is not None:
                data[name] = data[name].isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> CallFilter:
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        for name in ("date_from", "date_to"):
            if kwargs.get(name):
                kwargs[name] = date.fromisoformat(str(kwargs[name]))
        return cls(**kwargs)


# Sortable columns: the key columns (each ends with the id as tie-breaker), all indexed.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "date": ("started_at",),
    "duration": ("duration_s",),
    "operator": ("operator_id", "started_at"),
    "review": ("review_state", "started_at"),
}


@dataclass(frozen=True)
class Sort:
    column: str = "date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.column not in SORT_KEYS:
            raise ValueError(f"cannot sort by {self.column!r}")


Cursor = tuple[Any, ...]  # the sort key values and the id of the last row of a page


@dataclass(frozen=True, slots=True)
class CallRow:
    """What one line of the call log shows; no notes, no identity."""

    id: int
    started_at: datetime
    duration_s: int
    operator: str
    pseudonym: str | None
    channel: str
    no_content: str | None
    primary_topic: str | None
    other_topics: tuple[str, ...]
    outcomes: tuple[str, ...]
    child: bool
    danger: bool
    possible_victim: bool
    review_state: str
    claimed_by: str | None
    open_tasks: int
    entered_by: str | None


def fts_query(text: str) -> str:
    """User text as a safe FTS5 query: every word quoted, prefix-matched, all required.

    Words are folded like the indexed notes (ə->e, ı->i, see hotline.textfold), so a
    word typed on a keyboard without those letters finds them too.
    """
    parts: list[str] = []
    for raw in fold_az(text).split():
        word = raw.strip().replace('"', "")
        if word:
            parts.append(f'"{word}"' + ("*" if len(word) >= 3 else ""))
    return " AND ".join(parts)


def where_clause(f: CallFilter) -> tuple[str, list[Any]]:
    """The WHERE text (without the keyword; "1" when empty) and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        clauses.append("c.started_at >= ?")
        params.append(f"{f.date_from.isoformat()}T00:00:00Z")
    if f.date_to is not None:
        clauses.append("c.started_at < ?")
        params.append(f"{(f.date_to + timedelta(days=1)).isoformat()}T00:00:00Z")
    if f.topic:
        clauses.append(
            "EXISTS (SELECT 1 FROM call_topics t WHERE t.call_id = c.id AND t.topic = ?)"
        )
        params.append(f.topic)
    if f.operator_id is not None:
        clauses.append("c.operator_id = ?")
        params.append(f.operator_id)
    if f.child:
        clauses.append("(c.child_involved = 1 OR c.believed_child = 1)")
    if f.danger:
        clauses.append("c.immediate_danger = 1")
    if f.possible_victim:
        clauses.append("c.possible_victim = 1")
    if f.outcome:
        clauses.append(
            "EXISTS (SELECT 1 FROM call_outcomes o WHERE o.call_id = c.id AND o.outcome = ?)"
        )
        params.append(f.outcome)
    if f.review_state == UNREVIEWED:
        clauses.append("c.review_state <> 'reviewed'")
    elif f.review_state:
        clauses.append("c.review_state = ?")
        params.append(f.review_state)
    if f.open_tasks:
        clauses.append(
            "EXISTS (SELECT 1 FROM tasks k WHERE k.call_id = c.id AND k.status = 'open')"
        )
    if f.with_content:
        clauses.append("c.no_content IS NULL")
    if f.entity_kind and f.entity_key:
        clauses.append(
            "c.id IN (SELECT e.call_id FROM call_entities e WHERE e.kind = ? AND e.value_key = ?)"
        )
        params += [f.entity_kind, f.entity_key]
    query = fts_query(f.text) if f.text.strip() else ""
    if query:
        clauses.append("c.id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)")
        params.append(query)
    return (" AND ".join(clauses) or "1"), params


def page_sql(f: CallFilter, sort: Sort, after: Cursor | None, limit: int) -> tuple[str, list[Any]]:
    """SQL for one page of (sort keys..., id), continuing after `after`."""
    where, params = where_clause(f)
    keys = (*(f"c.{k}" for k in SORT_KEYS[sort.column]), "c.id")
    direction = "DESC" if sort.descending else "ASC"
    if after is not None:
        if len(after) != len(keys):
            raise ValueError("cursor does not match the sort")
        compare = "<" if sort.descending else ">"
        where += f" AND ({', '.join(keys)}) {compare} ({', '.join('?' for _ in keys)})"
        params += list(after)
    order = ", ".join(f"{k} {direction}" for k in keys)
    sql = f"SELECT {', '.join(keys)} FROM calls c WHERE {where} ORDER BY {order} LIMIT ?"
    return sql, [*params, limit]


class CallLogQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the log ------------------------------------------------------------
    def count(self, f: CallFilter) -> int:
        where, params = where_clause(f)
        return int(self.db.scalar(f"SELECT count(*) FROM calls c WHERE {where}", params))

    def page(
        self, f: CallFilter, sort: Sort, after: Cursor | None = None, limit: int = 200
    ) -> tuple[list[int], Cursor | None]:
        """The ids of the next page and the cursor after it (None at the end)."""
        sql, params = page_sql(f, sort, after, limit)
        rows = self.db.query(sql, params)
        ids = [int(r[-1]) for r in rows]
        cursor = tuple(rows[-1]) if len(rows) == limit else None
        return ids, cursor

    def ids(self, f: CallFilter, sort: Sort, offset: int = 0, limit: int = 200) -> list[int]:
        """OFFSET paging, for comparison and small jumps; page() is the fast path."""
        sql, params = page_sql(f, sort, None, limit)
        sql = sql.replace(" LIMIT ?", " LIMIT ? OFFSET ?")
        return [int(r[-1]) for r in self.db.query(sql, [*params, offset])]

    def rows(self, ids: Sequence[int]) -> list[CallRow]:
        """Light rows for the ids, in the order given."""
        if not ids:
            return []
        marks = ",".join("?" for _ in ids)
        id_list = list(ids)
        cutoff = to_iso(utcnow() - timedelta(minutes=CLAIM_MINUTES))
        topics: dict[int, list[tuple[str, int]]] = {}
        for cid, topic, primary in self.db.query(
            f"SELECT call_id, topic, is_primary FROM call_topics WHERE call_id IN ({marks})",
            id_list,
        ):
            topics.setdefault(int(cid), []).append((str(topic), int(primary)))
        outcomes: dict[int, list[str]] = {}
        for cid, outcome in self.db.query(
            f"SELECT call_id, outcome FROM call_outcomes WHERE call_id IN ({marks})", id_list
        ):
            outcomes.setdefault(int(cid), []).append(str(outcome))
        found: dict[int, CallRow] = {}
        for r in self.db.query(
            "SELECT c.id, c.started_at, c.duration_s, u.name, p.pseudonym, c.channel,"
            " c.no_content, c.child_involved OR c.believed_child, c.immediate_danger, c.possible_victim,"
            # A claim older than CLAIM_MINUTES is released: shown as not reviewed, no one's.
            " CASE WHEN c.review_state = 'claimed' AND c.claimed_at < ? THEN 'new'"
            " ELSE c.review_state END,"
            " CASE WHEN c.claimed_at < ? THEN NULL ELSE cu.name END,"
            " (SELECT count(*) FROM tasks k WHERE k.call_id = c.id AND k.status = 'open'),"
            " eu.name"
            " FROM calls c JOIN users u ON u.id = c.operator_id"
            " LEFT JOIN persons p ON p.id = c.caller_id"
            " LEFT JOIN users cu ON cu.id = c.claimed_by"
            " LEFT JOIN users eu ON eu.id = c.entered_by"
            f" WHERE c.id IN ({marks})",
            [cutoff, cutoff, *id_list],
        ):
            cid = int(r[0])
            mine = topics.get(cid, [])
            primary = next((t for t, p in mine if p), None)
            found[cid] = CallRow(
                id=cid,
                started_at=from_iso(r[1]),
                duration_s=int(r[2]),
                operator=str(r[3]),
                pseudonym=r[4],
                channel=str(r[5]),
                no_content=r[6],
                primary_topic=primary,
                other_topics=tuple(sorted(t for t, p in mine if not p)),
                outcomes=tuple(sorted(outcomes.get(cid, []))),
                child=bool(r[7]),
                danger=bool(r[8]),
                possible_victim=bool(r[9]),
                review_state=str(r[10]),
                claimed_by=r[11],
                open_tasks=int(r[12]),
                entered_by=r[13],
            )
        return [found[i] for i in ids if i in found]

    # --- one call's surroundings --------------------------------------------
    def linked_ids(self, call_id: int, limit: int = 50) -> list[int]:
        """Other calls of the same pseudonymous person(s), newest first."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT o.id FROM calls c JOIN calls o ON o.id <> c.id AND ("
                " (c.caller_id IS NOT NULL AND (o.caller_id = c.caller_id"
                "  OR o.concerned_id = c.caller_id))"
                " OR (c.concerned_id IS NOT NULL AND (o.caller_id = c.concerned_id"
                "  OR o.concerned_id = c.concerned_id)))"
                " WHERE c.id = ? ORDER BY o.started_at DESC LIMIT ?",
                (call_id, limit),
            )
        ]

    def history(self, call_id: int) -> list[tuple[str, str | None, str | None, str, str, str]]:
        """(field, old, new, reason, user name, at) oldest first."""
        return [
            (str(r[0]), r[1], r[2], str(r[3]), str(r[4]), str(r[5]))
            for r in self.db.query(
                "SELECT h.field, h.old_value, h.new_value, h.reason, u.name, h.at"
                " FROM call_history h JOIN users u ON u.id = h.user_id"
                " WHERE h.call_id = ? ORDER BY h.id",
                (call_id,),
            )
        ]

    def add_history(
        self,
        call_id: int,
        field: str,
        old: str | None,
        new: str | None,
        reason: str,
        user_id: int,
        at: datetime,
    ) -> None:
        self.db.execute(
            "INSERT INTO call_history(call_id, field, old_value, new_value, reason, user_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (call_id, field, old, new, reason, user_id, to_iso(at)),
        )

    def comments(self, call_id: int) -> list[tuple[str, str, str, str]]:
        """(user name, at, kind, body) oldest first."""
        return [
            (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
            for r in self.db.query(
                "SELECT u.name, m.at, m.kind, m.body FROM call_comments m"
                " JOIN users u ON u.id = m.user_id WHERE m.call_id = ? ORDER BY m.id",
                (call_id,),
            )
        ]

    def add_comment(self, call_id: int, user_id: int, at: datetime, kind: str, body: str) -> None:
        self.db.execute(
            "INSERT INTO call_comments(call_id, user_id, at, kind, body) VALUES (?, ?, ?, ?, ?)",
            (call_id, user_id, to_iso(at), kind, body),
        )

    def seen_by(self, call_id: int, actions: Sequence[str]) -> list[tuple[str, str, str]]:
        """(user name, action, at) of the audit entries on this call, newest first; with
        the readings of a returning caller's earlier calls that included this one."""
        marks = ",".join("?" for _ in actions)
        return [
            (str(r[0] or ""), str(r[1]), str(r[2]))
            for r in self.db.query(
                "SELECT u.name, a.action, a.at, a.seq FROM audit a"
                " LEFT JOIN users u ON u.id = a.user_id"
                f" WHERE a.object_type = 'call' AND a.object_id = ? AND a.action IN ({marks})"
                " UNION ALL"
                " SELECT u.name, a.action, a.at, a.seq FROM audit a"
                " LEFT JOIN users u ON u.id = a.user_id"
                " WHERE a.object_type = 'person' AND a.action = 'call.notes_read'"
                " AND EXISTS (SELECT 1 FROM json_each(a.details, '$.calls') j WHERE j.value = ?)"
                " ORDER BY 4 DESC LIMIT 200",
                (call_id, *actions, call_id),
            )
        ]

    def read_recently(self, call_id: int, user_id: int | None, since: datetime) -> bool:
        """Whether the user's reading of this call's notes is already audited since `since`."""
        return (
            self.db.scalar(
                "SELECT 1 FROM audit WHERE object_type = 'call' AND object_id = ?"
                " AND action = 'call.notes_read' AND user_id IS ? AND at >= ? LIMIT 1",
                (call_id, user_id, to_iso(since)),
            )
            is not None
        )

    # --- review state ---------------------------------------------------------
    def review_info(self, call_id: int) -> tuple[str, int | None, str | None, int] | None:
        """(review_state, claimed_by, claimed_at, operator_id)."""
        row = self.db.execute(
            "SELECT review_state, claimed_by, claimed_at, operator_id FROM calls WHERE id = ?",
            (call_id,),
        ).fetchone()
        if row is None:
            return None
        return str(row[0]), row[1], row[2], int(row[3])

    def try_claim(self, call_id: int, user_id: int, now: datetime, stale_before: datetime) -> bool:
        """Claim the call unless another supervisor holds a claim newer than stale_before."""
        cur = self.db.execute(
            "UPDATE calls SET claimed_by = ?, claimed_at = ?, review_state = 'claimed'"
            " WHERE id = ? AND review_state <> 'reviewed'"
            " AND (claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)",
            (user_id, to_iso(now), call_id, user_id, to_iso(stale_before)),
        )
        return int(cur.rowcount) == 1

    def set_review(
        self,
        call_id: int,
        state: str,
        user_id: int | None = None,
        at: datetime | None = None,
        returned_comment: str | None = None,
    ) -> None:
        """Move the call to a review state; the claim is released."""
        sets = ["review_state = ?", "claimed_by = NULL", "claimed_at = NULL"]
        params: list[Any] = [state]
        if state == "reviewed":
            sets += ["reviewed_by = ?", "reviewed_at = ?"]
            params += [user_id, to_iso(at) if at else None]
        if returned_comment is not None:
            sets.append("returned_comment = ?")
            params.append(returned_comment)
        self.db.execute(f"UPDATE calls SET {', '.join(sets)} WHERE id = ?", (*params, call_id))

    def claimable(self, user_id: int, stale_before: datetime, limit: int = 20) -> list[int]:
        """The oldest calls with content waiting for review (new, or a lapsed claim)."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT id FROM calls WHERE no_content IS NULL AND (review_state = 'new'"
                " OR (review_state = 'claimed' AND (claimed_by = ? OR claimed_at < ?)))"
                " ORDER BY started_at LIMIT ?",
                (user_id, to_iso(stale_before), limit),
            )
        ]

    def returned_comment(self, call_id: int) -> str:
        return str(
            self.db.scalar("SELECT returned_comment FROM calls WHERE id = ?", (call_id,)) or ""
        )

    def operator_ids(self, operator_id: int, since: datetime, limit: int = 500) -> list[int]:
        """An operator's calls: returned ones first (any age), then the newest since `since`."""
        return [
            int(r[0])
            for r in self.db.query(
                "SELECT id FROM calls WHERE operator_id = ? AND (review_state = 'returned'"
                " OR started_at >= ?) ORDER BY review_state = 'returned' DESC, started_at DESC"
                " LIMIT ?",
                (operator_id, to_iso(since), limit),
            )
        ]

    # --- entities -------------------------------------------------------------
    def entities_of(self, call_id: int) -> list[tuple[str, str, str]]:
        """(kind, value, value_key) of one call."""
        return [
            (str(r[0]), str(r[1]), str(r[2]))
            for r in self.db.query(
                "SELECT kind, value, value_key FROM call_entities WHERE call_id = ? ORDER BY id",
                (call_id,),
            )
        ]

    def entity_spread(self, kind: str, key: str) -> tuple[int, int, list[int]]:
        """(calls, distinct known regions, call ids newest first) mentioning the entity."""
        rows = self.db.query(
            "SELECT c.id, c.region FROM call_entities e JOIN calls c ON c.id = e.call_id"
            " WHERE e.kind = ? AND e.value_key = ? GROUP BY c.id ORDER BY c.started_at DESC",
            (kind, key),
        )
        regions = {r[1] for r in rows if r[1] and r[1] != "unknown"}
        return len(rows), len(regions), [int(r[0]) for r in rows]

    # --- saved filters -----------------------------------------------------------
    def save_filter(self, user_id: int, name: str, spec: str) -> None:
        self.db.execute(
            "INSERT INTO saved_filters(user_id, name, spec) VALUES (?, ?, ?)"
            " ON CONFLICT(user_id, name) DO UPDATE SET spec = excluded.spec",
            (user_id, name, spec),
        )

    def saved_filters(self, user_id: int) -> list[tuple[str, str]]:
        return [
            (str(r[0]), str(r[1]))
            for r in self.db.query(
                "SELECT name, spec FROM saved_filters WHERE user_id = ? ORDER BY name COLLATE NOCASE",
                (user_id,),
            )
        ]

    def delete_filter(self, user_id: int, name: str) -> None:
        self.db.execute("DELETE FROM saved_filters WHERE user_id = ? AND name = ?", (user_id, name))

    # --- tasks -----------------------------------------------------------------
    def task_rows(
        self, status: str | None, assignee_id: int | None = None
    ) -> list[tuple[Any, ...]]:
        """(id, call_id, kind, status, due_at, assignee name, assignee id, created_at, note,
        call started_at, done_at) by due date."""
        sql = (
            "SELECT k.id, k.call_id, k.kind, k.status, k.due_at, u.name, k.assignee_id,"
            " k.created_at, k.note, c.started_at, k.done_at FROM tasks k"
            " LEFT JOIN users u ON u.id = k.assignee_id LEFT JOIN calls c ON c.id = k.call_id"
            " WHERE 1"
        )
        params: list[Any] = []
        if status:
            sql += " AND k.status = ?"
            params.append(status)
        if assignee_id is not None:
            sql += " AND k.assignee_id = ?"
            params.append(assignee_id)
        sql += " ORDER BY k.status = 'done', k.due_at IS NULL, k.due_at, k.id LIMIT 5000"
        return [tuple(r) for r in self.db.query(sql, params)]

    # --- statistics (coded fields only) --------------------------------------------
    def monthly_totals(self, first: str, last: str) -> list[tuple[str, int, int, int]]:
        """(month, calls, calls with content, possible victims)."""
        return [
            (str(r[0]), int(r[1]), int(r[2] or 0), int(r[3] or 0))
            for r in self.db.query(
                "SELECT month, count(*), sum(no_content IS NULL), sum(possible_victim)"
                " FROM calls WHERE month BETWEEN ? AND ? GROUP BY month ORDER BY month",
                (first, last),
            )
        ]

    def monthly_topics(self, first: str, last: str) -> list[tuple[str, str, int]]:
        """(month, primary topic, calls)."""
        return [
            (str(r[0]), str(r[1]), int(r[2]))
            for r in self.db.query(
                "SELECT c.month, t.topic, count(*) FROM calls c"
                " JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
                " WHERE c.month BETWEEN ? AND ? GROUP BY c.month, t.topic",
                (first, last),
            )
        ]

    def outcome_counts(self, first: str, last: str) -> list[tuple[str, int]]:
        return [
            (str(r[0]), int(r[1]))
            for r in self.db.query(
                "SELECT o.outcome, count(*) FROM calls c JOIN call_outcomes o ON o.call_id = c.id"
                " WHERE c.month BETWEEN ? AND ? GROUP BY o.outcome ORDER BY count(*) DESC",
                (first, last),
            )
        ]

    def destination_counts(self, first: str, last: str) -> list[tuple[str, int]]:
        return [
            (str(r[0]), int(r[1]))
            for r in self.db.query(
                "SELECT destination, count(*) FROM calls WHERE month BETWEEN ? AND ?"
                " AND destination IS NOT NULL GROUP BY destination ORDER BY count(*) DESC",
                (first, last),
            )
        ]
