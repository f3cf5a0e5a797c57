"""The call log's first page after a filter, on the centre's server: one query over the
coded fields (in clear on the server; the free text is not), newest first.

The coded fields are kept as the record's own JSON (``CallRecord.to_json`` without the
free text: ``topics``, ``primary_topic``, ``outcomes``, ``child_involved``, ...). Each
filter on them is a JSON containment (``coded @> {...}``), all of them one object, so
that one GIN index (``calls_coded``, jsonb_path_ops, made by ``create``) finds the
matching calls for a rare filter while a common one walks ``calls_started`` newest
first and stops at the page's end. bench/server_call_log.py measures it on 1,000,000
calls against the same query written by hand.

Not on a centre yet: the notes' text search, entities across calls, open tasks and
review claims (refused by ``NotOnCentreYet``: nothing is guessed).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import psycopg
from psycopg import sql

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import SealMark
from hotline.storage.calllog import UNREVIEWED, CallFilter, CallRow

PAGE = 50
# Opens a row's caller pseudonym from its coded fields (PersonKeys.caller).
Shown = Callable[[int, Mapping[str, Any]], str | None]
CODED_INDEX = "calls_coded"


class FilterNotOnCentre(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This filter is not available on a centre yet (the notes' words, people across "
        "calls, open tasks); the others are.",
    )


def create(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
    """The call log's index, in schema.create's transaction (as the superuser; the
    index belongs to the table's owner)."""
    conn.execute(f"CREATE INDEX {CODED_INDEX} ON hotline.calls USING gin (coded jsonb_path_ops)")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def where(f: CallFilter) -> tuple[str, list[Any]]:
    """The WHERE text (without the keyword) and its parameters."""
    if f.text.strip() or (f.entity_kind and f.entity_key) or f.open_tasks:
        raise FilterNotOnCentre()
    contains: dict[str, Any] = {}
    if f.topic:
        contains["topics"] = [f.topic]
    if f.outcome:
        contains["outcomes"] = [f.outcome]
    if f.operator_id is not None:
        contains["operator_id"] = f.operator_id
    if f.danger:
        contains["immediate_danger"] = True
    if f.possible_victim:
        contains["possible_victim"] = True
    if f.review_state and f.review_state != UNREVIEWED:
        contains["review_state"] = f.review_state
    if f.with_content:
        contains["no_content"] = None
    clauses: list[str] = []
    params: list[Any] = []
    if contains:
        # A literal, not a parameter, as the page's size below: the plan PostgreSQL
        # keeps for a statement run often is then made for this very filter (with a
        # parameter, danger over 90 days took 1.75 times the hand-written query on
        # 1,000,000 calls; with it, 1.1). Quoted by psycopg's sql.Literal.
        literal = sql.Literal(json.dumps(contains, sort_keys=True)).as_string(None)
        literal = literal.replace("%", "%%")  # the query's own placeholders are %s
        clauses.append(f"c.coded @> {literal}::jsonb")
    if f.child:
        clauses.append(
            "(c.coded @> '{\"child_involved\": true}' OR c.coded @> '{\"believed_child\": true}')"
        )
    if f.review_state == UNREVIEWED:
        clauses.append('NOT c.coded @> \'{"review_state": "reviewed"}\'')
    if f.date_from is not None:
        clauses.append("c.started_at >= %s")
        params.append(_midnight(f.date_from))
    if f.date_to is not None:
        clauses.append("c.started_at < %s")
        params.append(_midnight(f.date_to + timedelta(days=1)))
    return (" AND ".join(clauses) or "true"), params


def first_page_query(f: CallFilter, limit: int = PAGE) -> tuple[str, list[Any]]:
    text, params = where(f)
    # The page's size is written into the query, not sent as a parameter: psycopg
    # prepares a statement run five times, and PostgreSQL's generic plan for it, blind
    # to a LIMIT parameter, sorted every match instead of walking calls_started newest
    # first (danger over 90 days on 1,000,000 calls: 5 to 10 times the hand-written
    # query, bench/server_call_log.py). The page is taken on the calls alone and the
    # names and seal marks joined to its rows.
    return (
        "SELECT p.id, p.started_at, p.coded, o.user_name, e.user_name,"
        " d.id, d.kind, d.body, d.number, d.decided_on FROM"
        " (SELECT c.id, c.started_at, c.coded FROM hotline.calls c"
        f" WHERE {text} ORDER BY c.started_at DESC, c.id DESC LIMIT {int(limit)}) p"
        " LEFT JOIN hotline.members o ON o.user_id = (p.coded->>'operator_id')::integer"
        " LEFT JOIN hotline.members e ON e.user_id = (p.coded->>'entered_by')::integer"
        " LEFT JOIN LATERAL (SELECT d.id, d.kind, d.body, d.number, d.decided_on"
        "  FROM hotline.sealed_calls s JOIN hotline.seal_decisions d ON d.id = s.decision_id"
        "  WHERE s.call_id = p.id) d ON true"
        " ORDER BY p.started_at DESC, p.id DESC",
        params,
    )


def _row(
    shown: Shown | None,
    cid: int,
    started: datetime,
    coded: dict[str, Any],
    operator: Any,
    entered: Any,
    *decision: Any,
) -> CallRow:
    primary = coded.get("primary_topic")
    seal = None
    if decision and decision[0] is not None:
        did, kind, body, number, decided_on = decision
        seal = SealMark(int(did), str(kind), str(body), str(number), decided_on)
    return CallRow(
        id=int(cid),
        started_at=started.astimezone(UTC),
        duration_s=int(coded.get("duration_s") or 0),
        operator=str(operator or ""),
        pseudonym=None if shown is None else shown(int(cid), coded),
        channel=str(coded.get("channel") or ""),
        no_content=coded.get("no_content"),
        primary_topic=primary,
        other_topics=tuple(sorted(t for t in coded.get("topics") or () if t != primary)),
        outcomes=tuple(sorted(coded.get("outcomes") or ())),
        child=bool(coded.get("child_involved") or coded.get("believed_child")),
        danger=bool(coded.get("immediate_danger")),
        possible_victim=bool(coded.get("possible_victim")),
        review_state=str(coded.get("review_state") or "new"),
        claimed_by=None,
        open_tasks=0,
        entered_by=None if entered is None else str(entered),
        seal=seal,
    )


def first_page(
    conn: psycopg.Connection[tuple[Any, ...]],
    f: CallFilter,
    limit: int = PAGE,
    shown: Shown | None = None,
) -> list[CallRow]:
    """The newest ``limit`` calls the filter keeps (those this connection is shown:
    row-level security), as the call log's light rows; ``shown`` opens each row's
    pseudonym on the workstation (the server holds only its ciphertext)."""
    text, params = first_page_query(f, limit)
    return [_row(shown, *r) for r in conn.execute(text, params).fetchall()]


def rows_by_id(
    conn: psycopg.Connection[tuple[Any, ...]], call_ids: list[int], shown: Shown | None = None
) -> list[CallRow]:
    """The light rows of these calls (those the connection is shown), in the order asked."""
    found = conn.execute(
        "SELECT c.id, c.started_at, c.coded, o.user_name, e.user_name FROM hotline.calls c"
        " LEFT JOIN hotline.members o ON o.user_id = (c.coded->>'operator_id')::integer"
        " LEFT JOIN hotline.members e ON e.user_id = (c.coded->>'entered_by')::integer"
        " WHERE c.id = ANY(%s)",
        (list(call_ids),),
    ).fetchall()
    rows = {int(r[0]): _row(shown, *r) for r in found}
    return [rows[i] for i in call_ids if i in rows]


def count(conn: psycopg.Connection[tuple[Any, ...]], f: CallFilter) -> int:
    """How many calls the filter keeps (of those the connection is shown)."""
    text, params = where(f)
    row = conn.execute(f"SELECT count(*) FROM hotline.calls c WHERE {text}", params).fetchone()
    return int(row[0]) if row else 0
