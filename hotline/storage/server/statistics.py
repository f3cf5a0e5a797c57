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
counted, and never makes the page fail for every supervisor. All the counts are read
in one read-only snapshot, so the months' topics add up to the calls with content even
while operators save calls.
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
IN_MONTH = "c.started_at >= m.start_at AND c.started_at < m.end_at"
IN_PERIOD = "c.started_at >= %s AND c.started_at < %s"


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


class ServerStatistics:
    """The trends' queries on the server; each covers the months first..last."""

    def __init__(self, conn: Connection, zone_name: str | None) -> None:
        self.conn = conn
        self.zone_name = zone_name

    def period(self, first: str, last: str) -> PeriodCounts:
        """Every count of the trends, in one read-only snapshot of the server."""
        months = months_of(first, last, self.zone_name)
        bounds = (months[0][1], months[-1][2])
        columns = [list(column) for column in zip(*months, strict=True)]
        with self.conn.transaction():
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return PeriodCounts(
                totals=tuple(self._totals(columns)),
                topics=tuple(self._topics(columns)),
                outcomes=tuple(self._outcomes(bounds)),
                destinations=tuple(self._values("destination", bounds)),
                flags=self._flags(bounds),
                codes=tuple((code, tuple(self._values(code, bounds))) for code in COUNTED_CODES),
            )

    def _totals(self, months: list[list[Any]]) -> list[MonthTotals]:
        found = self.conn.execute(
            "SELECT m.month, count(*),"
            " count(*) FILTER (WHERE c.coded->>'no_content' IS NULL),"
            f" count(*) FILTER (WHERE {_set('possible_victim')})"
            f" FROM {MONTHS} JOIN hotline.calls c ON {IN_MONTH}"
            " GROUP BY m.month ORDER BY m.month",
            months,
        ).fetchall()
        return [
            MonthTotals(str(m), int(n), int(content), int(victims))
            for m, n, content, victims in found
        ]

    def _topics(self, months: list[list[Any]]) -> list[MonthCount]:
        """Calls per month and primary topic: the primary topic counts where it is one
        of the call's topics (the desk's call_topics row marked primary)."""
        primary = _text("primary_topic")
        found = self.conn.execute(
            f"SELECT m.month, {primary}, count(*) FROM {MONTHS} JOIN hotline.calls c"
            f" ON {IN_MONTH} WHERE {_array('topics')} ? {primary}"
            f' GROUP BY m.month, {primary} ORDER BY m.month, {primary} COLLATE "C"',
            months,
        ).fetchall()
        return [MonthCount(str(m), str(topic), int(n)) for m, topic, n in found]

    def _outcomes(self, bounds: tuple[Any, Any]) -> list[ValueCount]:
        """Calls per outcome, most first (an outcome listed twice counts once)."""
        found = self.conn.execute(
            "SELECT o.value, count(DISTINCT c.id) FROM hotline.calls c"
            f" CROSS JOIN LATERAL jsonb_array_elements_text({_array('outcomes')}) AS o(value)"
            f" WHERE {IN_PERIOD} AND o.value IS NOT NULL GROUP BY o.value"
            ' ORDER BY count(DISTINCT c.id) DESC, o.value COLLATE "C"',
            bounds,
        ).fetchall()
        return [ValueCount(str(value), int(n)) for value, n in found]

    def _values(self, field: str, bounds: tuple[Any, Any]) -> list[ValueCount]:
        """Calls per value of one coded field (destination, COUNTED_CODES), most first."""
        if field not in ("destination", *COUNTED_CODES):
            raise ValueError(field)
        value = _text(field)
        found = self.conn.execute(
            f"SELECT {value}, count(*) FROM hotline.calls c WHERE {IN_PERIOD}"
            f' AND {value} IS NOT NULL GROUP BY {value} ORDER BY count(*) DESC, {value} COLLATE "C"',
            bounds,
        ).fetchall()
        return [ValueCount(str(v), int(n)) for v, n in found]

    def _flags(self, bounds: tuple[Any, Any]) -> tuple[tuple[str, int], ...]:
        """Calls with each of COUNTED_FLAGS set."""
        counts = ", ".join(f"count(*) FILTER (WHERE {_set(flag)})" for flag in COUNTED_FLAGS)
        row = self.conn.execute(
            f"SELECT {counts} FROM hotline.calls c WHERE {IN_PERIOD}", bounds
        ).fetchone()
        assert row is not None
        return tuple((flag, int(n)) for flag, n in zip(COUNTED_FLAGS, row, strict=True))


def period_counts(conn: Connection, zone_name: str | None, first: str, last: str) -> PeriodCounts:
    """The trends' counts for the months first..last (``YYYY-MM``, first <= last)."""
    return ServerStatistics(conn, zone_name).period(first, last)
