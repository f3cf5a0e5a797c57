"""Counts for the supervisor's trends: coded fields only, never free text.

``StatisticsQueries`` counts the desk's own calls; a centre's are counted by the same
rules in SQL on its server (storage/server/statistics.py). Both hand back a
``PeriodCounts``, which services/trends.py turns into the page's figures. Ties are
ordered by the value (byte order), so the desk and a centre list them alike.
"""

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


@dataclass(frozen=True, slots=True)
class PeriodCounts:
    """Every count the trends show for the months first..last, in one piece."""

    totals: tuple[MonthTotals, ...]  # months with calls only, oldest first
    topics: tuple[MonthCount, ...]  # calls per month and primary topic
    outcomes: tuple[ValueCount, ...]  # most first
    destinations: tuple[ValueCount, ...]  # most first
    flags: tuple[tuple[str, int], ...]  # each of COUNTED_FLAGS -> calls with it set
    codes: tuple[tuple[str, tuple[ValueCount, ...]], ...]  # each of COUNTED_CODES


# Coded columns of schema 6 counted per value (issue 12): the sector of forced
# labour, how the caller heard of 152; and the flags counted over a period.
COUNTED_CODES = ("labour_sector", "heard_of")
COUNTED_FLAGS = ("relative_involved", "interpreter_needed")


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
                " WHERE c.month BETWEEN ? AND ? GROUP BY o.outcome ORDER BY count(*) DESC, o.outcome",
                (first, last),
            )
        ]

    def destination_counts(self, first: str, last: str) -> list[ValueCount]:
        """Calls per destination country, most first."""
        return [
            ValueCount(str(r[0]), int(r[1]))
            for r in self.db.query(
                "SELECT destination, count(*) FROM calls WHERE month BETWEEN ? AND ?"
                " AND destination IS NOT NULL GROUP BY destination ORDER BY count(*) DESC, destination",
                (first, last),
            )
        ]

    COUNTED_CODES = COUNTED_CODES
    COUNTED_FLAGS = COUNTED_FLAGS

    def period(self, first: str, last: str) -> PeriodCounts:
        """Every count of the trends (one process holds the desk: nothing is saved
        between these reads but by this session's own worker, which is running them)."""
        return PeriodCounts(
            totals=tuple(self.monthly_totals(first, last)),
            topics=tuple(self.monthly_topics(first, last)),
            outcomes=tuple(self.outcome_counts(first, last)),
            destinations=tuple(self.destination_counts(first, last)),
            flags=tuple(self.flag_counts(first, last).items()),
            codes=tuple(
                (column, tuple(self.code_counts(column, first, last))) for column in COUNTED_CODES
            ),
        )

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
