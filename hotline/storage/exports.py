"""Counting for the exports, the export ledger, closed months and the files exported.

Counting reads coded fields only (never notes, entities or pseudonyms; person
ids only inside COUNT-DISTINCT-like grouping for the persons table) and groups
by *reporting month*: a call counts in its own month unless that month was
already closed when the call was saved, then in the month it was saved, marked
late (a correction).  Closed figures therefore never change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from hotline.storage.database import Database

SELF = "(c.relation IS NULL OR c.relation = 'self')"
# A call is late when its month was closed before it was saved: its id is past the last
# id the closing counted (the closing time only for months closed without one).
LATE = (
    "(cp.period IS NOT NULL AND CASE WHEN cp.last_call_id IS NOT NULL"
    " THEN c.id > cp.last_call_id ELSE c.created_at > cp.closed_at END)"
)

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
    """Calls (or referrals, persons) in one reporting month, late or not, by coded values."""

    month: str
    late: bool
    values: tuple[str, ...]
    count: int


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
class StoredFile:
    ledger_id: int
    file_name: str
    content: bytes
    manifest: str


def _reported(select: str, joins: str, where: str) -> str:
    """Calls reported in months :s..:e, with their reporting month r and late flag."""
    on_time = (
        f"SELECT CASE WHEN {LATE} THEN substr(c.created_at, 1, 7) ELSE c.month END AS r,"
        f" {LATE} AS late, {select}"
        f" FROM calls c LEFT JOIN closed_periods cp ON cp.period = c.month {joins}"
        f" WHERE c.month BETWEEN :s AND :e AND {where}"
    )
    late = (
        f"SELECT substr(c.created_at, 1, 7) AS r, 1 AS late, {select}"
        f" FROM closed_periods cp JOIN calls c ON c.month = cp.period AND {LATE} {joins}"
        f" WHERE cp.period < :s AND c.created_at >= :si AND c.created_at < :ei AND {where}"
    )
    return f"{on_time} UNION ALL {late}"


class ExportQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _params(self, first: str, last: str, start_iso: str, end_iso: str) -> dict[str, str]:
        return {"s": first, "e": last, "si": start_iso, "ei": end_iso}

    def counts(
        self,
        measure: str,
        dims: Sequence[str],
        first: str,
        last: str,
        start_iso: str,
        end_iso: str,
    ) -> list[CountRow]:
        """Counts by reporting month, late flag and ``dims`` for months first..last.

        ``measure`` is ``calls`` (calls with content, by primary topic),
        ``referrals`` (call-outcome pairs) or ``no_content``.
        """
        names = [f"d{i}" for i in range(len(dims))]
        select = ", ".join(f"{DIMENSION_SQL[d]} AS {n}" for d, n in zip(dims, names, strict=True))
        if measure == "no_content":
            joins, where = "", "c.no_content IS NOT NULL"
        else:
            joins = "JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
            if measure == "referrals":
                joins += " JOIN call_outcomes o ON o.call_id = c.id"
            elif measure != "calls":
                raise ValueError(f"unknown measure {measure!r}")
            where = "c.no_content IS NULL"
        group = ", ".join(["r", "late", *names])
        sql = (
            f"SELECT {group}, count(*) FROM ({_reported(select, joins, where)})"
            f" WHERE r BETWEEN :s AND :e GROUP BY {group}"
        )
        rows = self.db.query(sql, self._params(first, last, start_iso, end_iso))
        return [
            CountRow(str(r[0]), bool(r[1]), tuple(str(v) for v in r[2:-1]), int(r[-1]))
            for r in rows
        ]

    def persons(self, month: str, start_iso: str, end_iso: str) -> list[tuple[str, int]]:
        """Distinct persons concerned reported in ``month``, each under the primary topic
        of their first call of the month: (topic, persons)."""
        select = f"{PERSON_SQL} AS person, t.topic AS topic, c.started_at AS at, c.id AS id"
        joins = "JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
        where = f"c.no_content IS NULL AND {PERSON_SQL} IS NOT NULL"
        sql = (
            "SELECT topic, count(*) FROM ("
            " SELECT topic, row_number() OVER (PARTITION BY person ORDER BY at, id) AS n"
            f" FROM ({_reported(select, joins, where)}) WHERE r BETWEEN :s AND :e"
            ") WHERE n = 1 GROUP BY topic"
        )
        rows = self.db.query(sql, self._params(month, month, start_iso, end_iso))
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
    def add_entry(
        self,
        *,
        at: str,
        user_id: int,
        table_name: str,
        period: str,
        period_start: str,
        period_end: str,
        audience: str,
        k: int,
        fmt: str,
        published: dict[str, Any],
        file_sha256: str,
    ) -> int:
        cur = self.db.execute(
            "INSERT INTO export_ledger(at, user_id, table_name, period, period_start, period_end,"
            " audience, k, format, published, file_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                at,
                user_id,
                table_name,
                period,
                period_start,
                period_end,
                audience,
                k,
                fmt,
                json.dumps(published, sort_keys=True, ensure_ascii=False),
                file_sha256,
            ),
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
