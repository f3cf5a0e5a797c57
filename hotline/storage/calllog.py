"""The supervisor's call log: filtered, sorted id queries and light rows, in SQL.

Filtering and sorting happen in SQL, over indexes: the caller gets ids one page
at a time (keyset pagination on the sort key and the id, so page 5,000 costs
what page 1 costs), then the light rows for the ids it shows. Never every row.

What surrounds one call lives beside it, in modules named after what they hold:
review_state (claims and decisions), call_history (corrections, comments),
readings (who read it), entities, saved_filters, tasks, statistics.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from hotline import desk_time
from hotline.records import SealMark, from_iso, to_iso, utcnow
from hotline.storage.calls import desk_zone
from hotline.storage.database import Database
from hotline.storage.review_state import CLAIM_MINUTES
from hotline.storage.seals import SealRepository
from hotline.textfold import fold_az

UNREVIEWED = "unreviewed"  # a filter value: every state but "reviewed"


@dataclass(frozen=True)
class CallFilter:
    """What the supervisor narrows the log to; every field optional."""

    date_from: date | None = None  # inclusive, a day of the desk's time zone
    date_to: date | None = None  # inclusive, a day of the desk's time zone
    topic: str | None = None
    operator_id: int | None = None
    child: bool = False
    danger: bool = False
    possible_victim: bool = False
    outcome: str | None = None
    review_state: str | None = None  # one of review_state.REVIEW_STATES or UNREVIEWED
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
class IdPage:
    """The ids of one page of the log, and the cursor to continue after it (None at the end)."""

    ids: tuple[int, ...]
    cursor: Cursor | None


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
    seal: SealMark | None = None  # sealed: the row shows the decision and nothing else


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


def where_clause(f: CallFilter, zone_name: str | None = None) -> tuple[str, list[Any]]:
    """The WHERE text (without the keyword; "1" when empty) and its parameters; days
    are those of the desk's time zone ``zone_name``."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from is not None:
        clauses.append("c.started_at >= ?")
        params.append(desk_time.day_start(f.date_from, zone_name))
    if f.date_to is not None:
        clauses.append("c.started_at < ?")
        params.append(desk_time.day_start(f.date_to + timedelta(days=1), zone_name))
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
        # The index lives in its own file, attached as `search` (hotline.storage.search_index).
        clauses.append("c.id IN (SELECT rowid FROM search.notes_fts WHERE notes_fts MATCH ?)")
        params.append(query)
    return (" AND ".join(clauses) or "1"), params


def page_sql(
    f: CallFilter, sort: Sort, after: Cursor | None, limit: int, zone_name: str | None = None
) -> tuple[str, list[Any]]:
    """SQL for one page of (sort keys..., id), continuing after `after`."""
    where, params = where_clause(f, zone_name)
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
        self._zone: str | None = None

    @property
    def zone_name(self) -> str:
        if self._zone is None:
            self._zone = desk_zone(self.db)
        return self._zone

    def count(self, f: CallFilter) -> int:
        where, params = where_clause(f, self.zone_name)
        return int(self.db.scalar(f"SELECT count(*) FROM calls c WHERE {where}", params))

    def page(
        self, f: CallFilter, sort: Sort, after: Cursor | None = None, limit: int = 200
    ) -> IdPage:
        """The ids of the next page and the cursor after it."""
        sql, params = page_sql(f, sort, after, limit, self.zone_name)
        rows = self.db.query(sql, params)
        cursor = tuple(rows[-1]) if len(rows) == limit else None
        return IdPage(tuple(int(r[-1]) for r in rows), cursor)

    def ids(self, f: CallFilter, sort: Sort, offset: int = 0, limit: int = 200) -> list[int]:
        """OFFSET paging, for comparison and small jumps; page() is the fast path."""
        sql, params = page_sql(f, sort, None, limit, self.zone_name)
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
        seals = SealRepository(self.db).marks(id_list)
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
                seal=seals.get(cid),
            )
        return [found[i] for i in ids if i in found]

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
