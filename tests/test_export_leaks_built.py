"""Issue 14's L1 on a desk written call by call, so that it fails on the old code.

The issue found L1 and L3 on demo desks (``demo --calls 12000 --seed 21/22``); the demo
of the commit before the joint audit (18d0630) draws other calls, and on its own desks
those files narrow nothing.  Here the desk holds calls with chosen codes
(tests/publishing.py ``write_calls``, tests/factories.py ``coded_call``) so that the old
protection makes exactly the files the issue describes, and the outsider of
tests/attacker.py, holding the five public files, narrows the cells the issue names.
The README (Anonymised exports, *Measured on the old code*) gives what this test finds
on 18d0630 (and why L3 was not rebuilt); on today's code nothing is refused or narrowed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hotline.services.session import Session
from tests.attacker import Bound, Outsider, leaks
from tests.conftest import OPERATOR, OPERATOR_PW, Desk
from tests.publishing import CallRows, Published, publish_year, write_calls

CODES = ("sexual", "forced_labour", "forced_begging", "organ_removal", "forced_marriage", "other")
FIRST_QUARTER = ("2025-01", "2025-02", "2025-03")


def large(month: str, topic: str, calls: int) -> list[tuple[str, str, str, str | None, int]]:
    """A topic with every published cell large: 4 children and 4 of unknown age a month,
    4 calls of each form of exploitation a month, the rest adults and none recorded."""
    cells: dict[tuple[str, str | None], int] = {}
    ages = ["child"] * 4 + ["unknown"] * 4 + ["adult"] * (calls - 8)
    forms: list[str | None] = [c for c in CODES for _ in range(4)]
    forms += [None] * (calls - len(forms))
    for age, form in zip(ages, forms, strict=True):
        cells[(age, form)] = cells.get((age, form), 0) + 1
    return [(month, topic, age, form, n) for (age, form), n in cells.items()]


LARGE = {
    "work_abroad": 60,
    "trafficking_report": 40,
    "migration": 40,
    "other": 35,
    "domestic_violence": 30,
    "marriage_foreigner": 30,
    "education_abroad": 30,
}
# L1's small topics, month by month: online content (child, unknown, adult) and adoption
# (child, adult, unknown), all with no form of exploitation recorded.
L1_ONLINE = ((1, 2, 12), (0, 2, 14), (0, 2, 14))
L1_ADOPTION = ((2, 1, 1), (1, 2, 2), (2, 2, 1))


def l1_rows() -> list[tuple[str, str, str, str | None, int]]:
    rows: list[tuple[str, str, str, str | None, int]] = []
    for i, month in enumerate(FIRST_QUARTER):
        for topic, calls in LARGE.items():
            rows += large(month, topic, calls)
        child, unknown, adult = L1_ONLINE[i]
        rows += [
            (month, "online_content", "child", None, child),
            (month, "online_content", "unknown", None, unknown),
            (month, "online_content", "adult", None, adult),
        ]
        child, adult, unknown = L1_ADOPTION[i]
        rows += [
            (month, "adoption", "child", None, child),
            (month, "adoption", "adult", None, adult),
            (month, "adoption", "unknown", None, unknown),
        ]
    return [r for r in rows if r[-1] > 0]


def _desk(staffed_desk: Desk, rows: CallRows) -> Iterator[Session]:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        write_calls(operator, rows)
    finally:
        operator.close()
    session = staffed_desk.open()
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def l1_desk(staffed_desk: Desk) -> Iterator[Session]:
    yield from _desk(staffed_desk, l1_rows())


def quarter_files(quarter: int) -> list[tuple[str, str]]:
    months = [f"2025-{m:02d}" for m in range(3 * quarter - 2, 3 * quarter + 1)]
    breakdowns = ("calls_by_topic_age", "calls_by_topic_exploitation")
    return [("calls_by_topic", m) for m in months] + [(t, f"2025-Q{quarter}") for t in breakdowns]


def attacked(published: Published) -> dict[str, Bound]:
    assert not published.refused, published.refused[:3]
    outsider = Outsider(2025)
    outsider.read_all(published.files)
    found = outsider.ranges(("public",))
    assert found, "nothing was suppressed: the test proves nothing"
    return found


def narrowed(found: dict[str, Bound], names: list[str]) -> list[tuple[str, Bound]]:
    """The named cells hidden but narrowed (a published one is no leak)."""
    return [
        (name, found[name])
        for name in names
        if name in found and (found[name].lower > 1e-6 or found[name].upper < found[name].k - 1e-6)
    ]


def test_l1_the_desk_holds_the_issue_s_counts() -> None:
    """The desk is the issue's L1: the two small topics sum to 61 over the quarter, online
    content has 1 child, 6 of unknown age and 40 adults, adoption 14 with no exploitation."""
    rows = l1_rows()
    total = {t: sum(r[-1] for r in rows if r[1] == t) for t in ("online_content", "adoption")}
    assert total == {"online_content": 47, "adoption": 14} and sum(total.values()) == 61
    online = {
        a: sum(r[-1] for r in rows if r[1] == "online_content" and r[2] == a)
        for a in ("child", "unknown", "adult")
    }
    assert online == {"child": 1, "unknown": 6, "adult": 40}
    assert all(r[3] is None for r in rows if r[1] == "adoption")


def test_l1_the_quarter_s_inner_cells_do_not_corner_online_children(
    l1_desk: Session, tmp_path: Path
) -> None:
    """L1 (5 files: calls_by_topic 2025-01..03, the age and exploitation tables of
    2025-Q1).  On the old code adoption and online content were hidden in every month
    (61 together), the exploitation table published "adoption, none recorded = 14" and
    the age table "online content, adult = 40", so online calls about children and those
    of unknown age were each at most 7 (true 1 and 6).  Now none of them is narrowed."""
    published = publish_year(l1_desk, 2025, tmp_path / "out", ("public",), quarter_files(1))
    assert len(published.files) == 5
    found = attacked(published)
    named = [
        f"calls_by_topic_age/2025-Q1[online_content,{age}]@public" for age in ("child", "unknown")
    ]
    named += [
        f"calls_by_topic/{m}[{t},]@public"
        for m in FIRST_QUARTER
        for t in ("adoption", "online_content")
    ]
    assert not narrowed(found, named), narrowed(found, named)
    assert not leaks(found), sorted(leaks(found).items())[:5]
