"""The call log's first page after a filter, on the centre's server: one query over the
coded fields (in clear on the server; the free text is not), newest first.

The coded fields are kept as the record's own JSON (``CallRecord.to_json`` without the
free text: ``topics``, ``primary_topic``, ``outcomes``, ``child_involved``, ...). Each
filter on them is a JSON containment (``coded @> {...}``), all of them one object, so
that one GIN index (``calls_coded``, jsonb_path_ops, made by ``create``) finds the
matching calls for a rare filter while a common one walks ``calls_started`` newest
first and stops at the page's end. bench/server_call_log.py measures it on 1,000,000
calls against the same query written by hand.

Later pages continue past the last row's sort keys (keyset paging, as the desk's log),
in each of the log's sorts. A search of the notes' words is answered by the
supervisor's own index on the workstation (services/centre_search.py), and the calls
it found are filtered here with the others (``only``). The open tasks (schema step 7's
``hotline.tasks``, in clear but for their notes) are counted for the page's rows only,
after the page is taken, and filtered by an ``EXISTS`` on ``tasks_call``: the unfiltered
page pays one index probe per row shown. What a login counts is what row-level security
lets it read of the tasks (a supervisor: all). The calls naming an entity are found by
its keyed lookup value among the coded fields (``entity_keys``, crypto/person_keys.py;
the value itself is sealed with the call's text).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from hotline.crypto.person_keys import ENTITY_FIELD, KEY_FIELDS, PERSONS
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import SealMark
from hotline.storage.calllog import UNREVIEWED, CallFilter, CallRow, Cursor, Sort

PAGE = 50
# Opens a row's caller pseudonym from its coded fields (PersonKeys.caller).
Shown = Callable[[int, Mapping[str, Any]], str | None]
CODED_INDEX = "calls_coded"
# A call's open tasks (the desk's storage/calllog.py counts the same: status 'open').
_OPEN_OF = "k.call_id = {call} AND k.status = 'open'"
CALLER_BOX = PERSONS[0][2]  # the caller's sealed pseudonym among the coded fields


class FilterNotOnCentre(DeskError):
    """A search of the notes' words asked of the server without the calls the
    supervisor's own index found (the server holds no word): nothing is guessed."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "This filter is not available on a centre yet; the others are.",
    )


def create(conn: psycopg.Connection[tuple[Any, ...]]) -> None:
    """The call log's index, in schema.create's transaction (as the superuser; the
    index belongs to the table's owner)."""
    conn.execute(f"CREATE INDEX {CODED_INDEX} ON hotline.calls USING gin (coded jsonb_path_ops)")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def where(f: CallFilter, only: list[int] | None = None) -> tuple[str, list[Any]]:
    """The WHERE text (without the keyword) and its parameters. A search of the notes'
    words is answered on the workstation (the supervisor's own index: the server holds
    no word); ``only`` is the calls it found, and the other filters apply to them."""
    if f.text.strip() and only is None:
        raise FilterNotOnCentre()
    contains: dict[str, Any] = {}
    if f.entity_kind and f.entity_key:
        # The entity's lookup value under the centre's key (crypto/person_keys.py): its
        # kind is bound into it.
        contains[ENTITY_FIELD] = [f.entity_key]
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
    if f.text.strip() and only is not None:
        clauses.append("c.id = ANY(%s)")
        params.append(list(only))
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
    if f.open_tasks:
        clauses.append(
            f"EXISTS (SELECT 1 FROM hotline.tasks k WHERE {_OPEN_OF.format(call='c.id')})"
        )
    if f.date_from is not None:
        clauses.append("c.started_at >= %s")
        params.append(_midnight(f.date_from))
    if f.date_to is not None:
        clauses.append("c.started_at < %s")
        params.append(_midnight(f.date_to + timedelta(days=1)))
    return (" AND ".join(clauses) or "true"), params


def open_tasks_of(alias: str) -> str:
    """How many open tasks the call ``alias``.id has (those the login reads)."""
    return f"(SELECT count(*) FROM hotline.tasks k WHERE {_OPEN_OF.format(call=alias + '.id')})"


def member_of(alias: str, name: str) -> str:
    """A coded member id (operator_id, entered_by) as an integer, NULL for what is not
    one: a supervisor who also takes calls may file a call entered on behalf with any
    operator_id, and a cast that fails would refuse the log to every supervisor (the
    names are joined as text for the same reason: no cast at all)."""
    value = f"{alias}.coded->>'{name}'"
    return f"(CASE WHEN {value} ~ '^[0-9]{{1,9}}$' THEN ({value})::integer END)"


# The sorts of the log (storage/calllog.py's SORT_KEYS) on the server: each key an
# expression of the coded fields, the id the tie-breaker. Only the date is served by an
# index (calls_started); the others sort the filter's matches (a centre's thousands of
# calls a year; no index kept for them, which every save would pay for).
SORT_EXPRESSIONS: dict[str, tuple[str, ...]] = {
    "date": ("c.started_at",),
    # A number only: an operator's own INSERT may put anything in her coded fields, and
    # a cast that fails would refuse this sort to every supervisor.
    "duration": (
        "(CASE WHEN jsonb_typeof(c.coded->'duration_s') = 'number'"
        " THEN (c.coded->>'duration_s')::numeric ELSE 0 END)",
    ),
    "operator": (f"COALESCE({member_of('c', 'operator_id')}, 0)", "c.started_at"),
    "review": ("COALESCE(c.coded->>'review_state', 'new')", "c.started_at"),
}
NEWEST = Sort()


def _keys(sort: Sort) -> tuple[str, ...]:
    return (*SORT_EXPRESSIONS[sort.column], "c.id")


def _after(sort: Sort, after: Cursor | None) -> tuple[str, list[Any]]:
    """The keyset condition past ``after`` (the last row's sort keys and id)."""
    if after is None:
        return "", []
    keys = _keys(sort)
    if len(after) != len(keys):
        raise ValueError("cursor does not match the sort")
    compare = "<" if sort.descending else ">"
    return f" AND ({', '.join(keys)}) {compare} ({', '.join('%s' for _ in keys)})", list(after)


def page_query(
    f: CallFilter,
    sort: Sort = NEWEST,
    after: Cursor | None = None,
    limit: int = PAGE,
    only: list[int] | None = None,
) -> tuple[str, list[Any], int]:
    """The page's query, its parameters and how many sort keys (besides the start and
    the id, which every row has) follow the row's columns."""
    text, params = where(f, only)
    past, past_params = _after(sort, after)
    direction = "DESC" if sort.descending else "ASC"
    extra = [k for k in SORT_EXPRESSIONS[sort.column] if k != "c.started_at"]
    inner_keys = "".join(f", {k} AS k{n}" for n, k in enumerate(extra))
    inner_order = ", ".join(f"{k} {direction}" for k in _keys(sort))
    outer = [
        f"p.k{extra.index(k)}" if k in extra else "p.started_at"
        for k in SORT_EXPRESSIONS[sort.column]
    ]
    outer_order = ", ".join(f"{k} {direction}" for k in (*outer, "p.id"))
    outer_keys = "".join(f", p.k{n}" for n in range(len(extra)))
    # The page's size is written into the query, not sent as a parameter: psycopg
    # prepares a statement run five times, and PostgreSQL's generic plan for it, blind
    # to a LIMIT parameter, sorted every match instead of walking calls_started newest
    # first (danger over 90 days on 1,000,000 calls: 5 to 10 times the hand-written
    # query, bench/server_call_log.py). The page is taken on the calls alone and the
    # names and seal marks looked up for its rows only.
    return (
        f"SELECT {row_columns('p')}, {seal_column('p')}{outer_keys} FROM"
        f" (SELECT c.id, c.started_at, c.coded{inner_keys} FROM hotline.calls c"
        f" WHERE {text}{past} ORDER BY {inner_order} LIMIT {int(limit)}) p"
        f" ORDER BY {outer_order}",
        params + past_params,
        len(extra),
    )


def first_page_query(f: CallFilter, limit: int = PAGE) -> tuple[str, list[Any]]:
    """The newest page after a filter (bench/server_call_log.py's --explain)."""
    text, params, _extra = page_query(f, NEWEST, None, limit)
    return text, params


def _whole(value: Any) -> int:
    """A coded count as a whole number; 0 for what is not one or is past a C int (an
    operator's own SQL may write anything there: the row is still shown)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0
    return int(value) if 0 <= value < 2**31 else 0  # nan compares false: 0


# The coded fields a light row shows, in _row's order (after the two names).
SHOWN_FIELDS = (
    "duration_s",
    CALLER_BOX,
    "channel",
    "no_content",
    "primary_topic",
    "topics",
    "outcomes",
    "child_involved",
    "believed_child",
    "immediate_danger",
    "possible_victim",
    "review_state",
)
# The members' names by their id as text, made once per query (an InitPlan), not a
# join per row: a coded member id is looked up in it as the text it is (a supervisor
# who also takes calls may file a call under any operator_id; no cast to fail).
_NAMES = "(SELECT jsonb_object_agg(m.user_id::text, m.user_name) FROM hotline.members m)"


def row_columns(alias: str) -> str:
    """The light row's columns of the call ``alias`` (in _row's order): its id, start
    and open tasks, and one small JSON list of the operator's and the on-behalf
    person's names and, of its coded fields, only those the row shows (the
    workstation decodes that, not the whole record's JSON object, per row; a column
    fewer is a value fewer to load per row)."""
    c = f"{alias}.coded"
    shown = ", ".join(f"{c}->'{name}'" for name in SHOWN_FIELDS)
    return (
        f"{alias}.id, {alias}.started_at, {open_tasks_of(alias)},"
        f" jsonb_build_array({_NAMES}->({c}->>'operator_id'),"
        f" {_NAMES}->({c}->>'entered_by'), {shown})::text"
    )


def seal_column(alias: str) -> str:
    """The seal mark of the call ``alias`` as a JSON list (its decision's id, kind,
    body, number and date), NULL for a call not sealed."""
    return (
        "(SELECT jsonb_build_array(d.id, d.kind, d.body, d.number, d.decided_on)::text"
        " FROM hotline.sealed_calls s JOIN hotline.seal_decisions d ON d.id = s.decision_id"
        f" WHERE s.call_id = {alias}.id)"
    )


def _seal(mark: str | None) -> SealMark | None:
    if mark is None:
        return None
    did, kind, body, number, decided_on = json.loads(mark)
    return SealMark(int(did), str(kind), str(body), str(number), date.fromisoformat(decided_on))


def _row(
    shown: Shown | None, cid: int, started: datetime, tasks: int, fields: str, seal: str | None
) -> CallRow:
    """A light row of row_columns' values and seal_column's."""
    (
        operator,
        entered,
        duration,
        sealed,
        channel,
        no_content,
        primary,
        topics,
        outcomes,
        child,
        believed_child,
        danger,
        victim,
        review,
    ) = json.loads(fields)
    return CallRow(
        id=cid,
        started_at=started.astimezone(UTC),
        duration_s=_whole(duration),
        operator=operator or "",
        pseudonym=None if shown is None or sealed is None else shown(cid, {CALLER_BOX: sealed}),
        channel=str(channel or ""),
        no_content=no_content,
        primary_topic=primary,
        other_topics=tuple(sorted([t for t in topics or () if t != primary])),
        outcomes=tuple(sorted(outcomes or ())),
        child=bool(child or believed_child),
        danger=bool(danger),
        possible_victim=bool(victim),
        review_state=str(review or "new"),
        claimed_by=None,
        open_tasks=tasks,
        entered_by=entered,
        seal=_seal(seal),
    )


def page(
    conn: psycopg.Connection[tuple[Any, ...]],
    f: CallFilter,
    sort: Sort = NEWEST,
    after: Cursor | None = None,
    limit: int = PAGE,
    only: list[int] | None = None,
    shown: Shown | None = None,
) -> tuple[list[CallRow], Cursor | None]:
    """A page of the log in the sort asked, continuing past ``after`` (keyset paging:
    a later page costs what the first did), as the log's light rows, and the cursor
    past its last row (None when the page is not full: the end)."""
    text, params, extra = page_query(f, sort, after, limit, only)
    found = conn.execute(text, params).fetchall()
    rows = [_row(shown, r[0], r[1], r[2], r[3], r[4]) for r in found]  # the sort keys after
    if len(found) < limit or not found:
        return rows, None
    last = found[-1]
    keys = SORT_EXPRESSIONS[sort.column]
    extras = [k for k in keys if k != "c.started_at"]
    values = [
        last[1] if k == "c.started_at" else last[len(last) - extra + extras.index(k)] for k in keys
    ]
    return rows, (*values, int(last[0]))


def page_ids(
    conn: psycopg.Connection[tuple[Any, ...]],
    f: CallFilter,
    sort: Sort,
    after: Cursor | None,
    limit: int,
    only: list[int] | None = None,
) -> tuple[list[int], Cursor | None]:
    """The ids of a later page and the cursor past it (the rows come when shown)."""
    text, params = where(f, only)
    past, past_params = _after(sort, after)
    keys = _keys(sort)
    direction = "DESC" if sort.descending else "ASC"
    order = ", ".join(f"{k} {direction}" for k in keys)
    found = conn.execute(
        f"SELECT {', '.join(keys)} FROM hotline.calls c WHERE {text}{past}"
        f" ORDER BY {order} LIMIT {int(limit)}",
        params + past_params,
    ).fetchall()
    ids = [int(r[-1]) for r in found]
    return ids, (tuple(found[-1]) if found and len(found) == limit else None)


def first_page(
    conn: psycopg.Connection[tuple[Any, ...]],
    f: CallFilter,
    limit: int = PAGE,
    shown: Shown | None = None,
) -> list[CallRow]:
    """The newest ``limit`` calls the filter keeps (those this connection is shown:
    row-level security), as the call log's light rows; ``shown`` opens each row's
    pseudonym on the workstation (the server holds only its ciphertext)."""
    return page(conn, f, NEWEST, None, limit, shown=shown)[0]


def rows_by_id(
    conn: psycopg.Connection[tuple[Any, ...]], call_ids: list[int], shown: Shown | None = None
) -> list[CallRow]:
    """The light rows of these calls (those the connection is shown), in the order asked."""
    found = conn.execute(
        f"SELECT {row_columns('c')} FROM hotline.calls c WHERE c.id = ANY(%s)",
        (list(call_ids),),
    ).fetchall()
    rows = {int(r[0]): _row(shown, r[0], r[1], r[2], r[3], None) for r in found}
    return [rows[i] for i in call_ids if i in rows]


def count(
    conn: psycopg.Connection[tuple[Any, ...]], f: CallFilter, only: list[int] | None = None
) -> int:
    """How many calls the filter keeps (of those the connection is shown)."""
    text, params = where(f, only)
    row = conn.execute(f"SELECT count(*) FROM hotline.calls c WHERE {text}", params).fetchone()
    return int(row[0]) if row else 0


LINKED = 50


def linked_ids(
    conn: psycopg.Connection[tuple[Any, ...]], call_id: int, limit: int = LINKED
) -> list[int]:
    """Other calls of the same pseudonymous person(s), newest first: those whose caller
    or person concerned has the keyed lookup value of this call's caller or person
    concerned (the server keeps no pseudonym, only its HMAC under the centre's persons
    secret: crypto/person_keys.py; the desk links them through its persons table).
    Each a JSON containment the coded fields' GIN index serves."""
    found = conn.execute("SELECT coded FROM hotline.calls WHERE id = %s", (call_id,)).fetchone()
    if found is None:
        return []
    names = sorted({str(found[0][k]) for k in KEY_FIELDS if found[0].get(k)})
    wanted = [Jsonb({k: name}) for name in names for k in KEY_FIELDS]
    if not wanted:
        return []
    same = " OR ".join("c.coded @> %s" for _ in wanted)
    return [
        int(r[0])
        for r in conn.execute(
            f"SELECT c.id FROM hotline.calls c WHERE c.id <> %s AND ({same})"
            f" ORDER BY c.started_at DESC, c.id DESC LIMIT {int(limit)}",
            [call_id, *wanted],
        ).fetchall()
    ]


def naming(conn: psycopg.Connection[tuple[Any, ...]], key: str) -> list[tuple[int, str]]:
    """(id, region) of the calls naming the entity of this lookup value, newest first
    (those the connection is shown; a sealed call holds none): a JSON containment the
    coded fields' GIN index serves."""
    if not key:
        return []
    return [
        (int(r[0]), str(r[1] or ""))
        for r in conn.execute(
            "SELECT c.id, c.coded->>'region' FROM hotline.calls c WHERE c.coded @> %s"
            " ORDER BY c.started_at DESC, c.id DESC",
            (Jsonb({ENTITY_FIELD: [key]}),),
        ).fetchall()
    ]
