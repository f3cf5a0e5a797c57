"""Counts for the supervisor's trends: coded fields only, never free text."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.storage.database import Database


@dataclass(frozen=True, slots=True)
class MonthTotals:
    month: str  # YYYY-MM
    calls: int
    with_content: int
    possible_victims: int


@dataclass(frozen=True, slots=True)
class MonthCount:
    """Calls of one month with one coded value (a primary topic)."""

    month: str
    value: str
    calls: int


@dataclass(frozen=True, slots=True)
class ValueCount:
    """Calls with one coded value (an outcome, a destination) over a period."""

    value: str
    calls: int


class StatisticsQueries:
    """Each query covers the months first..last (inclusive, 'YYYY-MM')."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def monthly_totals(self, first: str, last: str) -> list[MonthTotals]:
        return [
            MonthTotals(str(r[0]), int(r[1]), int(r[2] or 0), int(r[3] or 0))
            for r in self.db.query(
                "SELECT month, count(*), sum(no_content IS NULL), sum(possible_victim)"
                " FROM calls WHERE month BETWEEN ? AND ? GROUP BY month ORDER BY month",
                (first, last),
            )
        ]

    def monthly_topics(self, first: str, last: str) -> list[MonthCount]:
        """Calls per month and primary topic."""
        return [
            MonthCount(str(r[0]), str(r[1]), int(r[2]))
            for r in self.db.query(
                "SELECT c.month, t.topic, count(*) FROM calls c"
                " JOIN call_topics t ON t.call_id = c.id AND t.is_primary = 1"
                " WHERE c.month BETWEEN ? AND ? GROUP BY c.month, t.topic",
                (first, last),
            )
        ]

    def outcome_counts(self, first: str, last: str) -> list[ValueCount]:
        """Calls per outcome, most first."""
        return [
            ValueCount(str(r[0]), int(r[1]))
            for r in self.db.query(
                "SELECT o.outcome, count(*) FROM calls c JOIN call_outcomes o ON o.call_id = c.id"
                " WHERE c.month BETWEEN ? AND ? GROUP BY o.outcome ORDER BY count(*) DESC",
                (first, last),
            )
        ]

    def destination_counts(self, first: str, last: str) -> list[ValueCount]:
        """Calls per destination country, most first."""
        return [
            ValueCount(str(r[0]), int(r[1]))
            for r in self.db.query(
                "SELECT destination, count(*) FROM calls WHERE month BETWEEN ? AND ?"
                " AND destination IS NOT NULL GROUP BY destination ORDER BY count(*) DESC",
                (first, last),
            )
        ]

    # Coded columns of schema 6 counted per value (issue 12): the sector of forced
    # labour, how the caller heard of 152.
    COUNTED_CODES = ("labour_sector", "heard_of")
    COUNTED_FLAGS = ("relative_involved", "interpreter_needed")

    def code_counts(self, column: str, first: str, last: str) -> list[ValueCount]:
        """Calls per value of one of COUNTED_CODES, most first."""
        if column not in self.COUNTED_CODES:
            raise ValueError(column)
        return [
            ValueCount(str(r[0]), int(r[1]))
            for r in self.db.query(
                f"SELECT {column}, count(*) FROM calls WHERE month BETWEEN ? AND ?"
                f" AND {column} IS NOT NULL GROUP BY {column} ORDER BY count(*) DESC, {column}",
                (first, last),
            )
        ]

    def flag_counts(self, first: str, last: str) -> dict[str, int]:
        """Calls with each of COUNTED_FLAGS set."""
        row = self.db.execute(
            f"SELECT {', '.join(f'coalesce(sum({f}), 0)' for f in self.COUNTED_FLAGS)}"
            " FROM calls WHERE month BETWEEN ? AND ?",
            (first, last),
        ).fetchone()
        return {flag: int(n) for flag, n in zip(self.COUNTED_FLAGS, row, strict=True)}
