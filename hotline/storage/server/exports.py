"""The export's storage on a centre's server (issue 15): storage/exports.py's queries
for services/export.py, the ledger, the closed months and the files on the server
(schema_exports.py), the counts by the desk's own rules and SQL.

The counts are made by the desk's code itself (storage.exports.ExportQueries and
storage.counted.CountedRepository), run over a *mirror*: a private SQLite database in
this process's memory (Database.in_memory, nothing on disk) filled, for the years
asked, with what the exports count of the server's calls (the coded fields of
schema_exports.COUNTED_FIELDS: never a text, a pseudonym's ciphertext or the vault), the
closed months, their snapshot, and the queued changes of counted calls applied in
order with the desk's note_change. So a month counts on a centre exactly as on the
desk, by construction: its months in the desk's zone (each call's ``month`` computed
here by desk_time, as the desk's ``calls.month``), a call saved into a closed month
late in the month it reached the server (``saved_at``, the server's clock), sealed
calls by the coded fields sealing keeps (a sealed call's person is taken out of its
coded fields on the server, so it counts in no open month's persons table).

A person is the keyed lookup value of their pseudonym (persons keys), or the folded
pseudonym on a centre whose pseudonyms are not keyed yet: only ever compared, in the
mirror; the snapshot written back to the server keeps no person (it is needed only
while the month is closed, to mark each person's first call).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

import psycopg

from hotline import desk_time, pseudonyms
from hotline.records import to_iso
from hotline.storage.closed_counts import ClosedCounts
from hotline.storage.counted import ATOMS, MIGRATION_12, CountedRepository
from hotline.storage.counted import SCHEMA as COUNTED_SCHEMA
from hotline.storage.database import Database
from hotline.storage.exports import (
    CountRow,
    ExportQueries,
    LedgerEntry,
    NewLedgerEntry,
    StoredFile,
)
from hotline.storage.server.errors import on_server
from hotline.storage.server.schema_exports import EXPORT_LOCK

Connection = psycopg.Connection[tuple[Any, ...]]

# The desk's columns the export's SQL reads (storage/exports.py, storage/counted.py).
TEXT_COLUMNS = (
    "no_content",
    "relation",
    "caller_sex",
    "caller_age",
    "caller_citizenship",
    "concerned_sex",
    "concerned_age",
    "concerned_citizenship",
    "region",
    "exploitation",
    "destination",
)
MIRROR = f"""
CREATE TABLE calls (
    id INTEGER PRIMARY KEY, month TEXT NOT NULL, started_at TEXT NOT NULL,
    created_at TEXT NOT NULL, believed_child INTEGER NOT NULL DEFAULT 0,
    caller_id TEXT, concerned_id TEXT, {", ".join(f"{c} TEXT" for c in TEXT_COLUMNS)}
);
CREATE INDEX calls_month ON calls(month);
CREATE INDEX calls_created ON calls(created_at);
CREATE TABLE call_topics (call_id INTEGER NOT NULL, topic TEXT NOT NULL,
    is_primary INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (call_id, topic)) WITHOUT ROWID;
CREATE TABLE call_outcomes (call_id INTEGER NOT NULL, outcome TEXT NOT NULL,
    PRIMARY KEY (call_id, outcome)) WITHOUT ROWID;
CREATE TABLE closed_periods (period TEXT PRIMARY KEY, closed_at TEXT NOT NULL,
    closed_by INTEGER NOT NULL, last_call_id INTEGER) WITHOUT ROWID;
"""
COUNTED_COLUMNS = ("id", "call_id", "month", "timing", "revision", "current", "replaces")
COUNTED_ALL = (*COUNTED_COLUMNS, "person_first", *ATOMS)


def _text(coded: dict[str, Any], name: str) -> str | None:
    value = coded.get(name)
    return value if isinstance(value, str) else None


def _texts(coded: dict[str, Any], name: str) -> list[str]:
    value = coded.get(name)
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _person(coded: dict[str, Any], role: str) -> str | None:
    """The person named as ``role`` (caller, concerned): the keyed lookup value, or the
    folded pseudonym of a centre not keyed yet."""
    key = _text(coded, f"{role}_key")
    if key:
        return key
    clear = _text(coded, f"{role}_pseudonym")
    return f"clear:{pseudonyms.key(clear)}" if clear else None


def _isodate(value: datetime) -> str:
    return to_iso(value.replace(microsecond=0))


class Mirror:
    """The mirror of one moment of the server (see the module's text)."""

    def __init__(self, zone_name: str | None) -> None:
        self.zone_name = zone_name
        self.db = Database.in_memory()
        for statement in (*MIRROR.split(";"), *COUNTED_SCHEMA.split(";"), MIGRATION_12):
            if statement.strip():
                self.db.execute(statement)
        self.applied = 0  # the last change of the server's queue applied

    def close(self) -> None:
        self.db.close()

    def put_calls(
        self,
        calls: Sequence[tuple[int, datetime, datetime, dict[str, Any]]],
        replaced: Iterable[int] = (),
    ) -> None:
        """Each (id, started, saved, coded) as the desk keeps a call: its row, its topics
        (the primary one marked where it is one of them) and its outcomes; those of the
        calls ``replaced`` taken out first."""
        db = self.db
        rows, topics, outcomes = [], [], []
        for call_id, started_at, saved_at, coded in calls:
            rows.append(
                (
                    call_id,
                    desk_time.month_of(started_at, self.zone_name),
                    _isodate(started_at),
                    _isodate(saved_at),
                    int(coded.get("believed_child") is True),
                    _person(coded, "caller"),
                    _person(coded, "concerned"),
                    *(_text(coded, c) for c in TEXT_COLUMNS),
                )
            )
            primary = _text(coded, "primary_topic")
            topics += [(call_id, t, int(t == primary)) for t in set(_texts(coded, "topics"))]
            outcomes += [(call_id, o) for o in set(_texts(coded, "outcomes"))]
        ids = [(call_id,) for call_id in replaced]
        db.executemany("DELETE FROM call_topics WHERE call_id = ?", ids)
        db.executemany("DELETE FROM call_outcomes WHERE call_id = ?", ids)
        db.executemany(
            "INSERT OR REPLACE INTO calls(id, month, started_at, created_at, believed_child,"
            f" caller_id, concerned_id, {', '.join(TEXT_COLUMNS)})"
            f" VALUES ({', '.join('?' for _ in range(7 + len(TEXT_COLUMNS)))})",
            rows,
        )
        db.executemany(
            "INSERT INTO call_topics(call_id, topic, is_primary) VALUES (?, ?, ?)", topics
        )
        db.executemany("INSERT INTO call_outcomes(call_id, outcome) VALUES (?, ?)", outcomes)


def _year_bounds(years: Iterable[int], zone_name: str | None) -> list[tuple[str, str]]:
    return [desk_time.month_bounds(f"{y:04d}-01", f"{y:04d}-12", zone_name) for y in years]


def load(conn: Connection, zone_name: str | None, years: Sequence[int]) -> Mirror:
    """The mirror of the server now, for the months of ``years`` (and the calls saved
    in them): the closed months, the snapshot, the calls, the queue applied."""
    mirror = Mirror(zone_name)
    db = mirror.db
    try:
        top = conn.execute("SELECT coalesce(max(seq), 0) FROM hotline.counted_changes").fetchone()
        mirror.applied = int(top[0]) if top else 0
        db.executemany(
            "INSERT INTO closed_periods(period, closed_at, closed_by, last_call_id)"
            " VALUES (?, ?, ?, ?)",
            conn.execute(
                "SELECT period, closed_at, closed_by, last_call_id FROM hotline.closed_periods"
            ).fetchall(),
        )
        db.executemany(
            f"INSERT INTO counted_calls({', '.join(COUNTED_ALL)})"
            f" VALUES ({', '.join('?' for _ in COUNTED_ALL)})",
            conn.execute(
                f"SELECT {', '.join(COUNTED_ALL)} FROM hotline.counted_calls ORDER BY id"
            ).fetchall(),
        )
        db.executemany(
            "INSERT INTO counted_outcomes(row_id, outcome) VALUES (?, ?)",
            conn.execute("SELECT row_id, outcome FROM hotline.counted_outcomes").fetchall(),
        )
        changes = conn.execute(
            "SELECT q.call_id, q.changed_at, q.coded, c.started_at, c.saved_at"
            " FROM hotline.counted_changes q JOIN hotline.calls c ON c.id = q.call_id"
            " WHERE q.seq <= %s ORDER BY q.seq",
            (mirror.applied,),
        ).fetchall()
        within = " OR ".join(
            "(c.started_at >= %s AND c.started_at < %s) OR (c.saved_at >= %s AND c.saved_at < %s)"
            for _ in years
        )
        params: list[Any] = []
        for start, end in _year_bounds(years, zone_name):
            params += [start, end, start, end]
        changed = sorted({int(r[0]) for r in changes})
        rows = conn.execute(
            "SELECT c.id, c.started_at, c.saved_at, c.coded FROM hotline.calls c"
            f" WHERE ({within or 'false'}) OR c.id = ANY(%s)",
            (*params, changed),
        ).fetchall()
        # The queue's changes in order, each as the desk's note_change at its time,
        # then every call as it is now.
        counted = CountedRepository(db, zone_name)
        for call_id, changed_at, coded, started_at, saved_at in changes:
            mirror.put_calls([(int(call_id), started_at, saved_at, dict(coded))], [int(call_id)])
            counted.note_change(int(call_id), changed_at)
        mirror.put_calls([(int(r[0]), r[1], r[2], dict(r[3])) for r in rows], changed)
    except BaseException:
        mirror.close()
        raise
    return mirror


def _write_back(conn: Connection, mirror: Mirror) -> None:
    """The snapshot the mirror holds now as the server's (in the caller's transaction),
    without its persons; the changes the mirror applied off the queue."""
    conn.execute("DELETE FROM hotline.counted_outcomes")
    conn.execute("DELETE FROM hotline.counted_calls")
    columns = [c for c in COUNTED_ALL if c != "person"]
    rows = mirror.db.query(f"SELECT {', '.join(columns)} FROM counted_calls ORDER BY id")
    # (row-level security allows no COPY: one statement many times, pipelined)
    with conn.cursor() as cur:
        cur.executemany(
            f"INSERT INTO hotline.counted_calls ({', '.join(columns)})"
            f" VALUES ({', '.join('%s' for _ in columns)})",
            rows,
        )
        cur.executemany(
            "INSERT INTO hotline.counted_outcomes (row_id, outcome) VALUES (%s, %s)",
            mirror.db.query("SELECT row_id, outcome FROM counted_outcomes"),
        )
    conn.execute("DELETE FROM hotline.counted_changes WHERE seq <= %s", (mirror.applied,))


def _entry(r: Sequence[Any]) -> LedgerEntry:
    return LedgerEntry(
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


class CentreExportQueries:
    """storage/export_store.ExportStore on the centre's server (the module's text); a
    line to the server that broke is said so (ServerUnreachable), nothing written.

    ``connect`` gives the session's connection (opened again after an outage); the
    mirror is made once for the years asked, and again after a closing."""

    def __init__(self, connect: Callable[[], Connection], zone_name: str | None) -> None:
        self.connect = connect
        self.zone_name = zone_name
        self._mirror: Mirror | None = None
        self._years: set[int] = set()

    def close(self) -> None:
        if self._mirror is not None:
            self._mirror.close()
            self._mirror = None

    def _counting(self, first: str, last: str) -> ExportQueries:
        wanted = set(range(int(first[:4]), int(last[:4]) + 1))
        if self._mirror is None or not wanted <= self._years:
            self.close()
            self._years |= wanted
            self._mirror = load(self.connect(), self.zone_name, sorted(self._years))
        return ExportQueries(self._mirror.db)

    # --- counting --------------------------------------------------------------
    @on_server
    def counts(
        self,
        measure: str,
        dims: Sequence[str],
        first: str,
        last: str,
        zone_name: str | None,
        cache: ClosedCounts | None = None,
    ) -> list[CountRow]:
        return self._counting(first, last).counts(measure, dims, first, last, zone_name)

    @on_server
    def persons(
        self, month: str, zone_name: str | None, cache: ClosedCounts | None = None
    ) -> list[tuple[str, int]]:
        return self._counting(month, month).persons(month, zone_name)

    # --- closing ---------------------------------------------------------------
    @on_server
    def closed(self) -> dict[str, str]:
        rows = self.connect().execute("SELECT period, closed_at FROM hotline.closed_periods")
        return {str(p): str(at) for p, at in rows.fetchall()}

    @on_server
    def close_months(self, months: Iterable[str], at: str, user_id: int) -> list[str]:
        """Close the months not closed yet and keep what they count (in the caller's
        transaction on the server): the desk's closing and snapshot, on the mirror made
        now, written back with the queue's changes it applied."""
        months = list(months)
        conn = self.connect()
        # One closing at a time (administrators only); a save or a correction meanwhile
        # is not held up: the release's check after the closing sees it.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (EXPORT_LOCK,))
        closed_before = sorted(self.closed())
        last = conn.execute("SELECT coalesce(max(id), 0) FROM hotline.calls").fetchone()
        newly = []
        for month in months:
            cur = conn.execute(
                "INSERT INTO hotline.closed_periods(period, closed_at, closed_by, last_call_id)"
                " VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                (month, at, user_id, int(last[0]) if last else 0),
            )
            if cur.rowcount:
                newly.append(month)
        self.close()
        years = {int(m[:4]) for m in months}
        self._years |= years
        mirror = self._mirror = load(conn, self.zone_name, sorted(self._years))
        CountedRepository(mirror.db, self.zone_name).snapshot(newly, closed_before)
        _write_back(conn, mirror)
        return newly

    # --- the ledger ------------------------------------------------------------
    @on_server
    def add_entry(self, entry: NewLedgerEntry) -> int:
        row = (
            self.connect()
            .execute(
                f"INSERT INTO hotline.export_ledger({NewLedgerEntry.COLUMNS})"
                " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING id",
                entry.row(),
            )
            .fetchone()
        )
        assert row is not None
        return int(row[0])

    @on_server
    def entries(self, where: str = "", params: Sequence[Any] = ()) -> list[LedgerEntry]:
        rows = self.connect().execute(
            "SELECT id, at, user_id, table_name, period, audience, k, format, published,"
            f" file_sha256 FROM hotline.export_ledger {where} ORDER BY id",
            params,
        )
        return [_entry(r) for r in rows.fetchall()]

    @on_server
    def in_year(self, year: int, audiences: Sequence[str]) -> list[LedgerEntry]:
        return self.entries(
            "WHERE period_start >= %s AND period_end <= %s AND audience = ANY(%s)",
            (f"{year:04d}-01", f"{year:04d}-12", list(audiences)),
        )

    @on_server
    def find(self, table_name: str, period: str, audience: str) -> list[LedgerEntry]:
        return self.entries(
            "WHERE table_name = %s AND period = %s AND audience = %s",
            (table_name, period, audience),
        )

    @on_server
    def store_file(self, ledger_id: int, file_name: str, content: bytes, manifest: str) -> None:
        self.connect().execute(
            "INSERT INTO hotline.export_files(ledger_id, file_name, content, manifest)"
            " VALUES (%s, %s, %s, %s)",
            (ledger_id, file_name, content, manifest),
        )

    @on_server
    def stored_file(self, ledger_id: int) -> StoredFile | None:
        row = (
            self.connect()
            .execute(
                "SELECT ledger_id, file_name, content, manifest FROM hotline.export_files"
                " WHERE ledger_id = %s",
                (ledger_id,),
            )
            .fetchone()
        )
        return (
            None
            if row is None
            else StoredFile(int(row[0]), str(row[1]), bytes(row[2]), str(row[3]))
        )
