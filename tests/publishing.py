"""Publishing a year as an administrator would: each month's three tables when the month
closes, the breakdowns after each quarter, then the year; public and partner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from hotline.export.catalogue import CATALOGUE
from hotline.export.release import ExportRefused
from hotline.services import export as ex
from hotline.services.session import Session

MONTHLY = tuple(s.name for s in CATALOGUE if s.period_kinds == ("month",))
BREAKDOWNS = tuple(s.name for s in CATALOGUE if "quarter" in s.period_kinds)


def plan(year: int) -> list[tuple[str, str]]:
    """(table, period) in the order of publication."""
    jobs: list[tuple[str, str]] = []
    for m in range(1, 13):
        jobs += [(table, f"{year}-{m:02d}") for table in MONTHLY]
        if m % 3 == 0:
            jobs += [(table, f"{year}-Q{m // 3}") for table in BREAKDOWNS]
    jobs += [(table, str(year)) for table in BREAKDOWNS]
    return jobs


@dataclass
class Published:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (file, audience)
    refused: list[tuple[str, str, str, str]] = field(default_factory=list)


def publish_year(
    session: Session,
    year: int,
    out: Path,
    audiences: Sequence[str] = ("public", "partner"),
    jobs: Sequence[tuple[str, str]] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Published:
    done = Published()
    when = clock or (lambda: datetime(year + 1, 1, 10, tzinfo=UTC))
    out.mkdir(parents=True, exist_ok=True)
    for table, period in jobs or plan(year):
        for audience in audiences:
            path = out / f"{table}-{period}-{audience}.csv"
            try:
                result = ex.export(session, table, period, audience, "csv", path, clock=when)
            except ExportRefused as exc:
                done.refused.append((table, period, audience, str(exc)))
                continue
            done.files.append((result.path, audience))
    return done


def assert_nothing_narrowed(published: Published, year: int) -> None:
    """Nothing refused, and the outsider holding every file (public alone, then both
    audiences) narrows no hidden cell."""
    from tests.attacker import Outsider, leaks

    assert not published.refused, published.refused[:3]
    outsider = Outsider(year)
    outsider.read_all(published.files)
    for view in (("public",), ("public", "partner")):
        found = outsider.ranges(view)
        assert found, "nothing was suppressed: the test proves nothing"
        assert not leaks(found), list(leaks(found).items())[:5]


# One line of a desk written call by call: (month, primary topic, age group, form of
# exploitation or None, how many calls).
CallRows = Sequence[tuple[str, str, str, str | None, int]]


def write_calls(operator: Session, rows: CallRows) -> int:
    """Save the calls ``rows`` ask for through the operator's own ``save_call``, each at
    noon UTC between the 10th and the 19th of its month (the same month in any zone the
    desk may be in); the same rows give the same desk.  Returns how many were saved."""
    from hotline.services import calls
    from tests.factories import coded_call

    assert operator.user_id is not None
    saved = 0
    for month, topic, age, exploitation, n in rows:
        year, number = int(month[:4]), int(month[5:7])
        for i in range(n):
            when = datetime(year, number, 10 + i % 10, 12, tzinfo=UTC)
            calls.save_call(operator, coded_call(operator.user_id, when, topic, age, exploitation))
            saved += 1
    return saved
