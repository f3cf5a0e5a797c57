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
