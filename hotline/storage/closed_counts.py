"""What closed months count, kept in memory for a run of exports (one session).

A closed month is counted from its snapshot (hotline.storage.counted), which changes
only when a correction is written into it; yet each yearly export counted every
earlier table of the year again from it (the ninth breakdown of a year, ten parts
over twelve months). The rows of each closed month, by measure and dimensions, are
kept here once counted, and used while the snapshot is as it was:

* a write to ``counted_calls`` or ``counted_outcomes`` on this connection (any
  writer, raw SQL included) bumps a counter kept by TEMP triggers in a TEMP table
  (memory only: temp_store=MEMORY; it holds a number, nothing of a call), and a
  commit by another connection changes ``PRAGMA data_version``: either drops
  everything kept;
* inside a transaction nothing is read from here nor kept (what the transaction
  wrote may be rolled back, and the counter with it: the export's check after its
  closing always counts afresh).

Nothing is written to disk: the counts are aggregates of coded fields, gone with the
session.
"""

from __future__ import annotations

from hotline.storage.database import Database

Key = tuple[str, tuple[str, ...], str]  # measure, dimensions, month

_WATCHED = ("counted_calls", "counted_outcomes")
_GENERATION = "temp.closed_counts_generation"


def _watch_sql() -> list[str]:
    bump = f"UPDATE {_GENERATION} SET n = n + 1;"
    statements = [
        "CREATE TEMP TABLE IF NOT EXISTS closed_counts_generation (n INTEGER NOT NULL)",
        f"INSERT INTO {_GENERATION}(n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM {_GENERATION})",
    ]
    for table in _WATCHED:
        for event in ("INSERT", "UPDATE", "DELETE"):
            statements.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS closed_counts_{table}_{event.lower()}"
                f" AFTER {event} ON main.{table} BEGIN {bump} END"
            )
    return statements


class ClosedCounts:
    """Rows counted for closed months (storage.exports.CountRow, or persons' pairs)."""

    def __init__(self) -> None:
        self._rows: dict[Key, tuple[object, ...]] = {}
        self._token: tuple[int, int] | None = None
        self._watching: Database | None = None
        self.hits = 0
        self.misses = 0

    def usable(self, db: Database) -> bool:
        """Whether counts may be read from and kept here now (outside a transaction);
        what was kept is dropped when the snapshot may have changed since."""
        if db.conn.in_transaction:
            return False
        if self._watching is not db:
            for statement in _watch_sql():
                db.execute(statement)
            self._watching = db
            self._rows.clear()
        token = (
            int(db.scalar("PRAGMA data_version")),
            int(db.scalar(f"SELECT n FROM {_GENERATION}")),
        )
        if token != self._token:
            self._rows.clear()
            self._token = token
        return True

    def get(self, key: Key) -> tuple[object, ...] | None:
        found = self._rows.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, key: Key, rows: tuple[object, ...]) -> None:
        self._rows[key] = rows
