"""Counting for the exports, the export ledger, closed months and the files exported.

Counting reads coded fields only (never notes, entities or pseudonyms; person
ids only inside COUNT-DISTINCT-like grouping for the persons table) and groups
by *reporting month* (the desk's months, hotline.desk_time): a call counts in its
own month unless that month was already closed when the call was saved, then in
the month it was saved, marked late (a correction).  A closed month is counted
from what it counted when it was closed (hotline.storage.counted), with the
corrections made since, so closed figures never change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hotline import desk_time
from hotline.storage.closed_counts import ClosedCounts
from hotline.storage.database import Database

SELF = "(c.relation IS NULL OR c.relation = 'self')"

# SQL for each dimension of the catalogue, over calls c (and call_topics t, call_outcomes o).
DIMENSION_SQL: dict[str, str] = {
    "topic": "t.topic",
    "kind": "c.no_content",
    "sex": f"coalesce(CASE WHEN {SELF} THEN c.caller_sex ELSE c.concerned_sex END, 'unknown')",
    "age": (
        f"CASE WHEN c.believed_child = 1 OR (CASE WHEN {SELF} THEN c.caller_age"
        " ELSE c.concerned_age END) = 'under_18' THEN 'child'"
        f" WHEN (CASE WHEN {SELF} THEN c.caller_age ELSE c.concerned_age END)"
        " IN ('18_24', '25_34', '35_49', '50_plus') THEN 'adult' ELSE 'unknown' END"
    ),
    "region": "coalesce(c.region, 'unknown')",
    "citizenship": (
        f"coalesce(CASE WHEN {SELF} THEN c.caller_citizenship ELSE c.concerned_citizenship END,"
        " 'unknown')"
    ),
    "exploitation": "coalesce(c.exploitation, 'none')",
    "destination": (
        "CASE WHEN c.destination IS NULL OR c.destination = '' THEN 'none'"
        " WHEN c.destination IN ('TR', 'AE', 'QA', 'IR', 'RU', 'AZ') THEN c.destination"
        " ELSE 'other' END"
    ),
    "outcome": "o.outcome",
}
PERSON_SQL = f"coalesce(c.concerned_id, CASE WHEN {SELF} THEN c.caller_id END)"


@dataclass(frozen=True)
class CountRow:
    """Calls (or referrals, persons) in one reporting month, by timing and coded values.

    ``timing`` is ``on_time`` (the month's own calls), ``late`` (counted anew in this
    month: saved into a month closed before, or a counted call's corrected values) or
    ``withdrawn`` (the values a correction in this month replaced)."""

    month: str
    timing: str
    values: tuple[str, ...]
    count: int

    @property
    def late(self) -> bool:
        return self.timing != "on_time"


@dataclass(frozen=True)
class LedgerEntry:
    id: int
    at: str
    user_id: int
    table_name: str
    period: str
    audience: str
    k: int
    format: str
    published: dict[str, Any]  # the rendered release, see hotline.export.release
    file_sha256: str


@dataclass(frozen=True)
class NewLedgerEntry:
    """What an export records in the ledger, on a desk or a centre (``row``: the
    ledger's columns in the order both stores insert them)."""

    at: str
    user_id: int
    table_name: str
    period: str
    period_start: str
    period_end: str
    audience: str
    k: int
    fmt: str
    published: dict[str, Any]  # the rendered release, see hotline.export.release
    file_sha256: str

    COLUMNS = (
        "at, user_id, table_name, period, period_start, period_end, audience, k, format,"
        " published, file_sha256"
    )

    def row(self) -> tuple[Any, ...]:
        published = json.dumps(self.published, sort_keys=True, ensure_ascii=False)
        return (
            *(self.at, self.user_id, self.table_name, self.period, self.period_start),
            *(self.period_end, self.audience, self.k, self.fmt, published, self.file_sha256),
        )


@dataclass(frozen=True)
class StoredFile:
    ledger_id: int
    file_name: str
    content: bytes
    manifest: str


# The same dimensions over a counted row k (hotline.storage.counted) and its outcomes o.
COUNTED_SQL: dict[str, str] = {
    "topic": "k.topic",
    "kind": "k.no_content",
    "sex": "k.sex",
    "age": "k.age",
    "region": "k.region",
    "citizenship": "k.citizenship",
    "exploitation": "k.exploitation",
    "destination": "k.destination",
    "outcome": "o.outcome",
}
_NOT_COUNTED = "NOT EXISTS (SELECT 1 FROM counted_calls k WHERE k.call_id = c.id AND k.current = 1)"
_OPEN = "NOT EXISTS (SELECT 1 FROM closed_periods x WHERE x.period = c.month)"


def _saved_month(months: Sequence[str]) -> str:
    """SQL for the desk's month of c.created_at among ``months`` (the end of each month
    in named parameters :b0, :b1, ...; the months are ours, never the user's text)."""
    whens = " ".join(f"WHEN c.created_at < :b{i} THEN '{m}'" for i, m in enumerate(months))
    return f"CASE {whens} END"


def _live(select: str, joins: str, where: str, months: Sequence[str]) -> str:
    """Calls no closed month counts yet, reported in months :s..:e: those of open months
    (on time) and those saved into closed months (late, in the month they were saved)."""
    on_time = (
        f"SELECT c.month AS r, 'on_time' AS timing, {select} FROM calls c {joins}"
        f" WHERE c.month BETWEEN :s AND :e AND {_OPEN} AND {_NOT_COUNTED} AND {where}"
    )
    late = (
        f"SELECT {_saved_month(months)} AS r, 'late' AS timing, {select}"
        f" FROM closed_periods cp JOIN calls c ON c.month = cp.period {joins}"
        f" WHERE c.created_at >= :si AND c.created_at < :ei AND {_NOT_COUNTED} AND {where}"
    )
    return (
        f"{on_time} UNION ALL SELECT * FROM ({late})"
        " WHERE r NOT IN (SELECT period FROM closed_periods)"
    )


def month_runs(months: Iterable[str]) -> list[list[str]]:
    """Consecutive months in runs, in order (one query per run)."""
    runs: list[list[str]] = []
    for month in sorted(months):
        if runs and desk_time.next_month(runs[-1][-1]) == month:
            runs[-1].append(month)
        else:
            runs.append([month])
    return runs


def _months(first: str, last: str) -> list[str]:
    out = [first]
    while out[-1] < last:
        out.append(desk_time.next_month(out[-1]))
    return out


class ExportQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _params(self, first: str, last: str, zone_name: str | None) -> dict[str, str]:
        months = _months(first, last)
        start, end = desk_time.month_bounds(first, last, zone_name)
        params = {"s": first, "e": last, "si": start, "ei": end}
        for i, month in enumerate(months):
            params[f"b{i}"] = desk_time.month_bounds(month, month, zone_name)[1]
        return params

    def counts(
        self,
        measure: str,
        dims: Sequence[str],
        first: str,
        last: str,
        zone_name: str | None,
        cache: ClosedCounts | None = None,
    ) -> list[CountRow]:
        """Counts by reporting month, timing and ``dims`` for months first..last (the
        desk's months): closed months from what they counted (the snapshot and the
        corrections), the rest from the calls.

        ``measure`` is ``calls`` (calls with content, by primary topic),
        ``referrals`` (call-outcome pairs) or ``no_content``. With a `cache`, each
        closed month's rows are counted once and kept there (a month's rows are those
        reported in it: the closed ones come from its snapshot alone, so a range
        counts as its closed months one by one and its open months' runs).
        """
        if cache is None or not cache.usable(self.db):
            return self._counts(measure, dims, first, last, zone_name)
        closed = self._closed_set()
        months = _months(first, last)
        key = (measure, tuple(dims))
        found: dict[str, tuple[CountRow, ...]] = {}
        for month in months:
            kept = cache.get((*key, month)) if month in closed else None
            if kept is not None:
                found[month] = tuple(r for r in kept if isinstance(r, CountRow))
        for run in month_runs([m for m in months if m not in found]):
            counted = self._counts(measure, dims, run[0], run[-1], zone_name)
            for month in run:
                found[month] = tuple(r for r in counted if r.month == month)
                if month in closed:
                    cache.put((*key, month), found[month])
        # Month by month, each in the order its query gave: as one query over the range.
        return [row for month in months for row in found[month]]

    def _closed_set(self) -> set[str]:
        return {str(r[0]) for r in self.db.query("SELECT period FROM closed_periods")}

    def _counts(
        self,
        measure: str,
        dims: Sequence[str],
        first: str,
        last: str,
        zone_name: str | None,
    ) -> list[CountRow]:
        """counts() over one range of months, counted afresh."""
        names = [f"d{i}" for i in range(len(dims))]
        select = ", ".join(f"{DIMENSION_SQL[d]} AS {n}" for d, n in zip(dims, names, strict=True))
        kept = ", ".join(f"{COUNTED_SQL[d]} AS {n}" for d, n in zip(dims, names, strict=True))
        if measure == "no_content":
            joins, where = "", "c.no_content IS NOT NULL"
            k_joins = ""
            k_where = "k.no_content IS NOT NULL AND k.revision = 0 AND k.timing <> 'withdrawn'"
        else:
            joins = "JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
            k_joins, k_where = "", "k.topic IS NOT NULL"
            if measure == "referrals":
                joins += " JOIN call_outcomes o ON o.call_id = c.id"
                k_joins = "JOIN counted_outcomes o ON o.row_id = k.id"
            elif measure != "calls":
                raise ValueError(f"unknown measure {measure!r}")
            where = "c.no_content IS NULL"
        counted = (
            f"SELECT k.month AS r, k.timing AS timing, {kept} FROM counted_calls k {k_joins}"
            f" WHERE k.month BETWEEN :s AND :e AND {k_where}"
        )
        months = _months(first, last)
        # The live calls count only in open months (on time, or late in the open month
        # they were saved in): over closed months alone they add nothing, and the
        # query for them reads every call of those months (most of the counting on a
        # large desk), so it is left out.
        closed = self._closed_set()
        rows_from = counted
        if not closed.issuperset(months):
            rows_from = f"{counted} UNION ALL {_live(select, joins, where, months)}"
        group = ", ".join(["r", "timing", *names])
        sql = (
            f"SELECT {group}, count(*) FROM ({rows_from})"
            f" WHERE r BETWEEN :s AND :e GROUP BY {group}"
        )
        rows = self.db.query(sql, self._params(first, last, zone_name))
        return [
            CountRow(str(r[0]), str(r[1]), tuple(str(v) for v in r[2:-1]), int(r[-1])) for r in rows
        ]

    def persons(
        self, month: str, zone_name: str | None, cache: ClosedCounts | None = None
    ) -> list[tuple[str, int]]:
        """Distinct persons concerned reported in ``month``, each under the primary topic
        of their first call of the month: (topic, persons). A closed month's as it
        counted them (kept in `cache`, when given, once counted)."""
        if self.db.scalar("SELECT 1 FROM closed_periods WHERE period = ?", (month,)):
            use = cache is not None and cache.usable(self.db)
            kept = cache.get(("persons", (), month)) if cache is not None and use else None
            if kept is not None:
                return [r for r in kept if isinstance(r, tuple)]
            rows = self.db.query(
                "SELECT topic, count(*) FROM counted_calls WHERE month = ? AND person_first = 1"
                " GROUP BY topic",
                (month,),
            )
            found = [(str(r[0]), int(r[1])) for r in rows]
            if cache is not None and use:
                cache.put(("persons", (), month), tuple(found))
            return found
        select = f"{PERSON_SQL} AS person, t.topic AS topic, c.started_at AS at, c.id AS id"
        joins = "JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
        where = f"c.no_content IS NULL AND {PERSON_SQL} IS NOT NULL"
        sql = (
            "SELECT topic, count(*) FROM ("
            " SELECT topic, row_number() OVER (PARTITION BY person ORDER BY at, id) AS n"
            f" FROM ({_live(select, joins, where, [month])}) WHERE r BETWEEN :s AND :e"
            ") WHERE n = 1 GROUP BY topic"
        )
        rows = self.db.query(sql, self._params(month, month, zone_name))
        return [(str(r[0]), int(r[1])) for r in rows]

    # --- closing ---------------------------------------------------------------
    def closed(self) -> dict[str, str]:
        return {
            str(p): str(at)
            for p, at in self.db.query("SELECT period, closed_at FROM closed_periods")
        }

    def close_months(self, months: Iterable[str], at: str, user_id: int) -> list[str]:
        """Close the months not closed yet (inside the caller's transaction): calls saved
        later into them are corrections."""
        closed = []
        last = int(self.db.scalar("SELECT coalesce(max(id), 0) FROM calls"))
        for month in months:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO closed_periods(period, closed_at, closed_by, last_call_id)"
                " VALUES (?, ?, ?, ?)",
                (month, at, user_id, last),
            )
            if cur.rowcount:
                closed.append(month)
        return closed

    # --- the ledger --------------------------------------------------------------
    def add_entry(self, entry: NewLedgerEntry) -> int:
        cur = self.db.execute(
            f"INSERT INTO export_ledger({NewLedgerEntry.COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            entry.row(),
        )
        return int(cur.lastrowid)

    def entries(self, where: str = "", params: Sequence[Any] = ()) -> list[LedgerEntry]:
        rows = self.db.query(
            "SELECT id, at, user_id, table_name, period, audience, k, format, published,"
            f" file_sha256 FROM export_ledger {where} ORDER BY id",
            params,
        )
        return [
            LedgerEntry(
                id=int(r[0]),
                at=str(r[1]),
                user_id=int(r[2]),
                table_name=str(r[3]),
                period=str(r[4]),
                audience=str(r[5]),
                k=int(r[6]),
                format=str(r[7]),
                published=json.loads(r[8]),
                file_sha256=str(r[9]),
            )
            for r in rows
        ]

    def in_year(self, year: int, audiences: Sequence[str]) -> list[LedgerEntry]:
        """Ledger entries of periods within ``year`` for these audiences, oldest first."""
        marks = ", ".join("?" for _ in audiences)
        return self.entries(
            f"WHERE period_start >= ? AND period_end <= ? AND audience IN ({marks})",
            (f"{year:04d}-01", f"{year:04d}-12", *audiences),
        )

    def find(self, table_name: str, period: str, audience: str) -> list[LedgerEntry]:
        return self.entries(
            "WHERE table_name = ? AND period = ? AND audience = ?", (table_name, period, audience)
        )

    def store_file(self, ledger_id: int, file_name: str, content: bytes, manifest: str) -> None:
        self.db.execute(
            "INSERT INTO export_files(ledger_id, file_name, content, manifest) VALUES (?,?,?,?)",
            (ledger_id, file_name, content, manifest),
        )

    def stored_file(self, ledger_id: int) -> StoredFile | None:
        rows = self.db.query(
            "SELECT ledger_id, file_name, content, manifest FROM export_files WHERE ledger_id = ?",
            (ledger_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return StoredFile(int(r[0]), str(r[1]), bytes(r[2]), str(r[3]))
