"""Trends for a chosen period: calls per month by topic, the share of calls with a
possible victim, referrals by destination. Coded fields only, never free text.

On the single-file desk they are counted in its own file; on a centre in SQL on the
centre's server (the session's backend: storage/server/statistics.py), by the same
rules, never in the workstation's local desk, which holds none of the calls."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.errors import InvalidInput
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.services.session import Session
from hotline.storage.statistics import MonthTotals, StatisticsQueries

BAD_PERIOD = QT_TRANSLATE_NOOP("errors", "the period must start before it ends (YYYY-MM).")


@dataclass(frozen=True)
class MonthLine:
    month: str  # YYYY-MM
    calls: int
    with_content: int
    possible_victims: int
    by_topic: dict[str, int]  # primary topic -> calls


@dataclass(frozen=True)
class Trends:
    first: str
    last: str
    months: tuple[MonthLine, ...]
    topics: tuple[str, ...]  # taxonomy order
    referrals: tuple[tuple[str, int], ...]  # outcome id -> calls, most first
    destinations: tuple[tuple[str, int], ...]  # ISO country -> calls, most first
    # issue 12: "a relative may be involved", "an interpreter was needed" -> calls
    flags: tuple[tuple[str, int], ...] = ()
    heard_of: tuple[tuple[str, int], ...] = ()  # how callers heard of 152 -> calls
    labour_sectors: tuple[tuple[str, int], ...] = ()  # sector of forced labour -> calls

    @property
    def calls(self) -> int:
        return sum(m.calls for m in self.months)

    @property
    def with_content(self) -> int:
        return sum(m.with_content for m in self.months)

    @property
    def possible_victims(self) -> int:
        return sum(m.possible_victims for m in self.months)

    @property
    def victim_share(self) -> float:
        """Share of calls with content that concern a possible victim (0..1)."""
        return self.possible_victims / self.with_content if self.with_content else 0.0


def months_between(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def _check_month(text: str) -> None:
    if len(text) != 7 or text[4] != "-" or not (text[:4] + text[5:]).isdigit():
        raise InvalidInput(field="period", problem=BAD_PERIOD)
    if not 1 <= int(text[5:]) <= 12:
        raise InvalidInput(field="period", problem=BAD_PERIOD)


def trends(session: Session, first: str, last: str) -> Trends:
    """Counts for the months first..last (inclusive, 'YYYY-MM')."""
    session.require(Action.READ_STATISTICS)
    _check_month(first)
    _check_month(last)
    if first > last:
        raise InvalidInput(field="period", problem=BAD_PERIOD)
    remote = session.remote()  # a centre's: counted in SQL on its server
    counted = (
        StatisticsQueries(session.db).period(first, last)
        if remote is None
        else remote.statistics(first, last)
    )
    totals = {t.month: t for t in counted.totals}
    by_topic: dict[str, dict[str, int]] = {}
    for line in counted.topics:
        by_topic.setdefault(line.month, {})[line.value] = line.calls
    months = []
    for m in months_between(first, last):
        t = totals.get(m) or MonthTotals(m, 0, 0, 0)
        months.append(
            MonthLine(m, t.calls, t.with_content, t.possible_victims, by_topic.get(m, {}))
        )
    codes = dict(counted.codes)
    return Trends(
        first=first,
        last=last,
        months=tuple(months),
        topics=session.taxonomy["topic"].ids(),
        referrals=tuple((c.value, c.calls) for c in counted.outcomes),
        destinations=tuple((c.value, c.calls) for c in counted.destinations),
        flags=counted.flags,
        heard_of=tuple((c.value, c.calls) for c in codes.get("heard_of", ())),
        labour_sectors=tuple((c.value, c.calls) for c in codes.get("labour_sector", ())),
    )
