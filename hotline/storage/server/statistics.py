"""The supervisor's trends on a centre, counted in SQL on its server (issue 15): the
same counts, by the same rules, as storage/statistics.py's on the single-file desk.

The server keeps each call's coded fields in clear as the record's own JSON (``coded``:
``topics``, ``primary_topic``, ``outcomes``, ``no_content``, ``possible_victim``,
``destination``, ...) and never its free text; these counts read ``id``,
``started_at`` and ``coded`` of ``hotline.calls`` only, which the centre's supervisor
and administrator roles may select on every row (schema.py's grants and policies). On
an operator's connection row-level security would keep only her own calls: the
service asks for the supervisor's right (READ_STATISTICS) before anything is counted.

A call's month is the month of the desk's time zone it started in (desk_time: Asia/Baku
unless chosen), as the desk's ``calls.month``: each month of the period is handed to
the server as its first moment and the first moment after it (UTC), so the server
needs no time-zone database of its own and agrees with the desk by construction.

Sealed calls count as on the desk: sealing removes their keys, text and vault rows and
their pseudonyms, and keeps the coded fields counted here. A coded value an operator's
own SQL made odd (a topic list that is not a list, a flag that is not ``true``) is not
counted, and never makes the page fail for every supervisor.

One statement (one snapshot: the months' topics add up to the calls with content even
while operators save calls) reads each call's coded fields once into a few small
columns (``k``, materialised) and counts them every way the page shows, with
PostgreSQL's JIT off. bench/server_call_log.py, twelve months of 33,000 calls on a
test server: six queries with the JIT 0.84 s, this statement 0.15 s.
"""

from __future__ import annotations

from typing import Any

import psycopg

from hotline import desk_time
from hotline.storage.statistics import (
    COUNTED_CODES,
    COUNTED_FLAGS,
    MonthCount,
    MonthTotals,
    PeriodCounts,
    ValueCount,
)

Connection = psycopg.Connection[tuple[Any, ...]]

# The months of the period as rows: (month, its first moment, the first moment after).
MONTHS = "unnest(%s::text[], %s::timestamptz[], %s::timestamptz[]) AS m(month, start_at, end_at)"
VALUED = ("destination", *COUNTED_CODES)  # counted per value over the period


def _text(field: str) -> str:
    """A coded field's value when it is a JSON string, else NULL (as the desk's TEXT)."""
    return f"(CASE WHEN jsonb_typeof(c.coded->'{field}') = 'string' THEN c.coded->>'{field}' END)"


def _array(field: str) -> str:
    """A coded list (topics, outcomes) when it is one, else the empty list."""
    return (
        f"(CASE WHEN jsonb_typeof(c.coded->'{field}') = 'array'"
        f" THEN c.coded->'{field}' ELSE '[]'::jsonb END)"
    )


def _set(flag: str) -> str:
    """A coded yes/no set (JSON true), as the desk's 1."""
    return f"c.coded @> '{{\"{flag}\": true}}'"


# Each call of the period once, its coded fields as the desk's columns would hold them.
# The primary topic counts where it is one of the call's topics (the desk's call_topics
# row marked primary).
ROWS = (
    "SELECT m.month, c.id,"
    " c.coded->>'no_content' IS NULL AS content,"
    f" {_set('possible_victim')} AS victim,"
    f" CASE WHEN {_array('topics')} ? {_text('primary_topic')}"
    f" THEN {_text('primary_topic')} END AS topic,"
    f" {_array('outcomes')} AS outcomes,"
    + "".join(f" {_text(field)} AS {field}," for field in VALUED)
    + ", ".join(f"{_set(flag)} AS {flag}" for flag in COUNTED_FLAGS)
    + f" FROM {MONTHS} JOIN hotline.calls c"
    " ON c.started_at >= m.start_at AND c.started_at < m.end_at"
)
# (kind, month, value, calls, with content, possible victims) rows of every count.
COUNTS = (
    f"WITH k AS MATERIALIZED ({ROWS})"
    " SELECT 'month', k.month, NULL, count(*), count(*) FILTER (WHERE k.content),"
    " count(*) FILTER (WHERE k.victim) FROM k GROUP BY k.month"
    " UNION ALL SELECT 'topic', k.month, k.topic, count(*), 0, 0 FROM k"
    " WHERE k.topic IS NOT NULL GROUP BY k.month, k.topic"
    # an outcome listed twice in one call counts once, as the desk's row
    " UNION ALL SELECT 'outcome', NULL, o.value, count(DISTINCT k.id), 0, 0 FROM k"
    " CROSS JOIN LATERAL jsonb_array_elements_text(k.outcomes) AS o(value)"
    " WHERE o.value IS NOT NULL GROUP BY o.value"
    + "".join(
        f" UNION ALL SELECT '{field}', NULL, k.{field}, count(*), 0, 0 FROM k"
        f" WHERE k.{field} IS NOT NULL GROUP BY k.{field}"
        for field in VALUED
    )
    + "".join(
        f" UNION ALL SELECT 'flag', NULL, '{flag}', count(*) FILTER (WHERE k.{flag}), 0, 0 FROM k"
        for flag in COUNTED_FLAGS
    )
)


def months_of(first: str, last: str, zone_name: str | None) -> list[tuple[str, Any, Any]]:
    """Each month first..last with its first moment and the first moment after it in
    the desk's zone, in UTC."""
    out = []
    month = first
    while month <= last:
        after = desk_time.next_month(month)
        out.append(
            (
                month,
                desk_time.month_start(month, zone_name),
                desk_time.month_start(after, zone_name),
            )
        )
        month = after
    return out


def _most_first(found: list[tuple[str, int]]) -> tuple[ValueCount, ...]:
    """Most calls first, a tie by the value in byte order (the desk's SQLite order)."""
    ordered = sorted(found, key=lambda vn: (-vn[1], vn[0].encode()))
    return tuple(ValueCount(value, n) for value, n in ordered)


def period_counts(conn: Connection, zone_name: str | None, first: str, last: str) -> PeriodCounts:
    """The trends' counts for the months first..last (``YYYY-MM``, first <= last), on
    the server, in one statement."""
    months = months_of(first, last, zone_name)
    columns = [list(column) for column in zip(*months, strict=True)]
    totals: list[MonthTotals] = []
    topics: list[MonthCount] = []
    flags: dict[str, int] = dict.fromkeys(COUNTED_FLAGS, 0)
    valued: dict[str, list[tuple[str, int]]] = {kind: [] for kind in ("outcome", *VALUED)}
    with conn.transaction():
        # PostgreSQL's JIT compiles this statement for the rows it guesses the months'
        # join makes (four times those there are): 0.7 s of the 0.9 s it took on a
        # year of 33,000 calls (bench/server_call_log.py); without it, 0.15 s.
        conn.execute("SET LOCAL jit = off")
        found = conn.execute(COUNTS, columns).fetchall()
    for kind, month, value, calls, content, victims in found:
        if kind == "month":
            totals.append(MonthTotals(str(month), int(calls), int(content), int(victims)))
        elif kind == "topic":
            topics.append(MonthCount(str(month), str(value), int(calls)))
        elif kind == "flag":
            flags[str(value)] = int(calls)
        else:
            valued[str(kind)].append((str(value), int(calls)))
    return PeriodCounts(
        totals=tuple(sorted(totals, key=lambda t: t.month)),
        topics=tuple(topics),
        outcomes=_most_first(valued["outcome"]),
        destinations=_most_first(valued["destination"]),
        flags=tuple((flag, flags[flag]) for flag in COUNTED_FLAGS),
        codes=tuple((code, _most_first(valued[code])) for code in COUNTED_CODES),
    )
