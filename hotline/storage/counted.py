"""What the published figures counted: a snapshot of each closed month, and corrections.

When a month is closed (its first export), the coded atoms of every call it counts
are kept here (no free text, no pseudonym: the call's id, its person's id for the
persons table, and the coded values the catalogue counts).  From then on the
exports count that month from these rows, never from the calls again, so a
closed figure never changes:

* ``on_time`` rows: the calls of the month itself, as they were at closing;
* ``late`` rows: calls saved into months closed earlier, counted in the month
  they were saved (the month being closed), and *revisions*: the new values of a
  counted call whose primary topic (or call without content) a supervisor
  corrected, counted in the month the correction was made;
* ``withdrawn`` rows: the values a revision replaced, in the same month.

Exactly one row of each counted call is its ``current`` state; a correction
compares the call with it.  Two corrections of one call in one month make one
revision (the first old values against the last new ones; none when they are
the same again).  A change to a field no correction table shows (sex, region,
...) makes no revision: the quarters and years count closed figures only.

The months are the desk's own (hotline.desk_time): the caller gives the zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from hotline import desk_time
from hotline.storage.database import Database
from hotline.storage.exports import DIMENSION_SQL, PERSON_SQL

ON_TIME, LATE, WITHDRAWN = "on_time", "late", "withdrawn"

SCHEMA = """
CREATE TABLE counted_calls (
    id           INTEGER PRIMARY KEY,
    call_id      INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    month        TEXT NOT NULL,
    timing       TEXT NOT NULL CHECK (timing IN ('on_time', 'late', 'withdrawn')),
    revision     INTEGER NOT NULL DEFAULT 0,
    current      INTEGER NOT NULL DEFAULT 0,
    replaces     INTEGER REFERENCES counted_calls(id) ON DELETE SET NULL,
    person_first INTEGER NOT NULL DEFAULT 0,
    no_content   TEXT,
    topic        TEXT,
    sex          TEXT,
    age          TEXT,
    region       TEXT,
    exploitation TEXT,
    destination  TEXT,
    person       INTEGER
);
CREATE INDEX counted_calls_month ON counted_calls(month, timing);
CREATE UNIQUE INDEX counted_calls_current ON counted_calls(call_id) WHERE current = 1;
CREATE TABLE counted_outcomes (
    row_id  INTEGER NOT NULL REFERENCES counted_calls(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL,
    PRIMARY KEY (row_id, outcome)
) WITHOUT ROWID;
"""

# The coded atoms of a call as the catalogue counts them (the columns of counted_calls):
# those of schema 8, and the citizenship schema 12 added (MIGRATION_12).
ATOMS_8 = ("no_content", "topic", "sex", "age", "region", "exploitation", "destination", "person")
ATOMS = (*ATOMS_8, "citizenship")
# What a correction table shows: a change here is a revision.
SHOWN = ("no_content", "topic")
_ATOM_SQL = {
    "no_content": "c.no_content",
    "topic": "CASE WHEN c.no_content IS NULL THEN t.topic END",
    "sex": DIMENSION_SQL["sex"],
    "age": DIMENSION_SQL["age"],
    "region": DIMENSION_SQL["region"],
    "citizenship": DIMENSION_SQL["citizenship"],
    "exploitation": DIMENSION_SQL["exploitation"],
    "destination": DIMENSION_SQL["destination"],
    "person": PERSON_SQL,
}
_SELECT_ATOMS = ", ".join(_ATOM_SQL[a] for a in ATOMS)
_SELECT_ATOMS_8 = ", ".join(_ATOM_SQL[a] for a in ATOMS_8)
_FROM_CALLS = "FROM calls c LEFT JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
NOT_COUNTED = "NOT EXISTS (SELECT 1 FROM counted_calls k WHERE k.call_id = c.id AND k.current = 1)"


def _placeholders(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


class CountedRepository:
    """The snapshot of closed months and the corrections (see the module documentation)."""

    def __init__(self, db: Database, zone_name: str | None) -> None:
        self.db = db
        self.zone_name = zone_name

    # --- closing ---------------------------------------------------------------
    def snapshot(self, months: Iterable[str], closed_before: Sequence[str]) -> None:
        """Keep what the newly closed ``months`` count (inside the caller's transaction).

        ``closed_before`` are the months closed before this closing: their calls not
        counted yet were saved late, and count in the month they were saved.
        """
        for month in sorted(months):
            start, end = desk_time.month_bounds(month, month, self.zone_name)
            first = self._next_id()
            self.db.execute(
                "INSERT INTO counted_calls(call_id, month, timing, current,"
                f" {', '.join(ATOMS)}) SELECT c.id, ?, 'on_time', 1, {_SELECT_ATOMS}"
                f" {_FROM_CALLS} WHERE c.month = ? AND {NOT_COUNTED}",
                (month, month),
            )
            if closed_before:
                self.db.execute(
                    "INSERT INTO counted_calls(call_id, month, timing, current,"
                    f" {', '.join(ATOMS)}) SELECT c.id, ?, 'late', 1, {_SELECT_ATOMS}"
                    f" {_FROM_CALLS} WHERE c.month IN ({_placeholders(closed_before)})"
                    f" AND c.created_at >= ? AND c.created_at < ? AND {NOT_COUNTED}",
                    (month, *closed_before, start, end),
                )
            self._finish(month, first)

    def _next_id(self) -> int:
        return int(self.db.scalar("SELECT coalesce(max(id), 0) FROM counted_calls")) + 1

    def _finish(self, month: str, first: int) -> None:
        """Outcomes of the rows just written, and the row each person is counted by
        in the month's persons table (their first call of the month with content)."""
        self.db.execute(
            "INSERT INTO counted_outcomes(row_id, outcome) SELECT k.id, o.outcome"
            " FROM counted_calls k JOIN call_outcomes o ON o.call_id = k.call_id"
            " WHERE k.id >= ? AND k.topic IS NOT NULL",
            (first,),
        )
        self.db.execute(
            "UPDATE counted_calls SET person_first = 1 WHERE id IN ("
            " SELECT id FROM (SELECT k.id AS id, row_number() OVER"
            " (PARTITION BY k.person ORDER BY c.started_at, c.id) AS n"
            " FROM counted_calls k JOIN calls c ON c.id = k.call_id"
            " WHERE k.month = ? AND k.timing IN ('on_time', 'late') AND k.revision = 0"
            " AND k.topic IS NOT NULL AND k.person IS NOT NULL) WHERE n = 1)",
            (month,),
        )

    # --- corrections -----------------------------------------------------------
    def note_change(self, call_id: int, now: datetime) -> None:
        """After a counted call was rewritten: its revision in the month of ``now``
        (inside the caller's transaction); nothing for a call no closed month counts."""
        rows = self.db.query(
            f"SELECT id, month, revision, replaces, {', '.join(ATOMS)} FROM counted_calls"
            " WHERE call_id = ? AND current = 1",
            (call_id,),
        )
        if not rows:
            return
        row_id, month, revision, replaces = rows[0][:4]
        counted = dict(zip(ATOMS, rows[0][4:], strict=True))
        live = self._live(call_id)
        if live is None:
            return
        made = desk_time.month_of(now, self.zone_name)
        if revision and month == made:
            # A second correction in the same month: one revision from the first values.
            before = self._atoms(int(replaces)) if replaces is not None else None
            self.db.execute(
                "DELETE FROM counted_calls WHERE id = ? OR (call_id = ? AND"
                " timing = 'withdrawn' AND month = ? AND replaces = ?)",
                (row_id, call_id, made, replaces),
            )
            if before is None:
                return
            self.db.execute("UPDATE counted_calls SET current = 1 WHERE id = ?", (replaces,))
            if all(before[a] == live[a] for a in SHOWN):
                return
            self._revise(int(replaces), call_id, made)
            return
        if all(counted[a] == live[a] for a in SHOWN):
            return
        self._revise(int(row_id), call_id, made)

    def _revise(self, current_id: int, call_id: int, made: str) -> None:
        """Withdraw the counted row ``current_id`` in ``made`` and count the call anew."""
        self.db.execute("UPDATE counted_calls SET current = 0 WHERE id = ?", (current_id,))
        self.db.execute(
            "INSERT INTO counted_calls(call_id, month, timing, revision, replaces,"
            f" {', '.join(ATOMS)}) SELECT call_id, ?, 'withdrawn', 1, id, {', '.join(ATOMS)}"
            " FROM counted_calls WHERE id = ?",
            (made, current_id),
        )
        withdrawn = int(self.db.scalar("SELECT max(id) FROM counted_calls"))
        self.db.execute(
            "INSERT INTO counted_outcomes(row_id, outcome) SELECT ?, outcome"
            " FROM counted_outcomes WHERE row_id = ?",
            (withdrawn, current_id),
        )
        first = self._next_id()
        self.db.execute(
            "INSERT INTO counted_calls(call_id, month, timing, revision, current, replaces,"
            f" {', '.join(ATOMS)}) SELECT c.id, ?, 'late', 1, 1, ?, {_SELECT_ATOMS}"
            f" {_FROM_CALLS} WHERE c.id = ?",
            (made, current_id, call_id),
        )
        self.db.execute(
            "INSERT INTO counted_outcomes(row_id, outcome) SELECT k.id, o.outcome"
            " FROM counted_calls k JOIN call_outcomes o ON o.call_id = k.call_id"
            " WHERE k.id >= ? AND k.topic IS NOT NULL",
            (first,),
        )

    def _live(self, call_id: int) -> dict[str, object] | None:
        rows = self.db.query(f"SELECT {_SELECT_ATOMS} {_FROM_CALLS} WHERE c.id = ?", (call_id,))
        return dict(zip(ATOMS, rows[0], strict=True)) if rows else None

    def _atoms(self, row_id: int) -> dict[str, object] | None:
        rows = self.db.query(
            f"SELECT {', '.join(ATOMS)} FROM counted_calls WHERE id = ?", (row_id,)
        )
        return dict(zip(ATOMS, rows[0], strict=True)) if rows else None


def snapshot_schema_7(db: Database) -> None:
    """Schema 8's snapshot of the months a desk closed before it (inside the migration):
    what their exports counted, by the rules of then (UTC months, a call late when
    saved after the closing's last call id), so every published figure stays."""
    late_sql = (
        "CASE WHEN cp.last_call_id IS NOT NULL THEN c.id > cp.last_call_id"
        " ELSE c.created_at > cp.closed_at END"
    )
    closed = {str(r[0]) for r in db.query("SELECT period FROM closed_periods")}
    repo = CountedRepository(db, "UTC")
    for (period,) in db.query("SELECT period FROM closed_periods ORDER BY period"):
        first = repo._next_id()
        db.execute(
            "INSERT INTO counted_calls(call_id, month, timing, current,"
            f" {', '.join(ATOMS_8)}) SELECT c.id, ?, 'on_time', 1, {_SELECT_ATOMS_8}"
            f" {_FROM_CALLS} JOIN closed_periods cp ON cp.period = c.month"
            f" WHERE c.month = ? AND NOT ({late_sql})",
            (period, period),
        )
        db.execute(
            "INSERT INTO counted_calls(call_id, month, timing, current,"
            f" {', '.join(ATOMS_8)}) SELECT c.id, substr(c.created_at, 1, 7), 'late', 1,"
            f" {_SELECT_ATOMS_8} {_FROM_CALLS} JOIN closed_periods cp ON cp.period = c.month"
            f" WHERE c.month = ? AND ({late_sql}) AND substr(c.created_at, 1, 7) IN"
            f" ({_placeholders(sorted(closed))})",
            (period, *sorted(closed)),
        )
        db.execute(
            "INSERT INTO counted_outcomes(row_id, outcome) SELECT k.id, o.outcome"
            " FROM counted_calls k JOIN call_outcomes o ON o.call_id = k.call_id"
            " WHERE k.id >= ? AND k.topic IS NOT NULL",
            (first,),
        )
    for month in sorted(closed):
        repo._finish(month, repo._next_id())


def set_months_in_zone(db: Database, zone_name: str) -> None:
    """calls.month in the desk's zone (schema 8; they were UTC months). Only calls
    near the turn of a month can move; the snapshot keeps counted ones where they were
    published."""
    rows = db.query(
        "SELECT id, started_at, month FROM calls"
        " WHERE substr(started_at, 9, 2) >= '27' OR substr(started_at, 9, 2) <= '02'"
    )
    moved = []
    for call_id, started, month in rows:
        local = desk_time.month_of_iso(str(started), zone_name)
        if local != month:
            moved.append((local, int(call_id)))
    db.executemany("UPDATE calls SET month = ? WHERE id = ?", moved)


MIGRATION_12 = "ALTER TABLE counted_calls ADD COLUMN citizenship TEXT"


def add_citizenship(db: Database) -> None:
    """Schema 12: the citizenship of the person concerned in the snapshot, for the table
    by topic and citizenship.  Months closed before it never published a citizenship, so
    their rows take it from the calls as they are now (a call deleted since counts as
    unknown); from schema 12 on a month keeps it as it was when the month was closed."""
    db.execute(MIGRATION_12)
    db.execute(
        f"UPDATE counted_calls SET citizenship = coalesce((SELECT {_ATOM_SQL['citizenship']}"
        " FROM calls c WHERE c.id = counted_calls.call_id), 'unknown')"
    )
