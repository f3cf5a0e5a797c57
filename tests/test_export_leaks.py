"""Issue 14's leaks L1-L4, on the issue's own desks and files.

Each desk is the issue's reproduction: ``demo --calls 12000 --seed S --months 24 --until
2026-12-01``.  The desk exports the files as an administrator would, and the outsider of
tests/attacker.py, holding every file of the audience (or of both), bounds every
suppressed cell by linear programming with the desk's facts.  Before issue 14 these
files narrowed the cells named below; now no cell may be narrowed at all (each hidden
cell ranges from 0 to at least k), and the named ones are checked by name as well.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.paths import DeskPaths
from hotline.services import demo, desk
from hotline.services.session import Session
from tests.attacker import Bound, Outsider, leaks
from tests.conftest import ADMIN, ADMIN_PW
from tests.publishing import Published, plan, publish_year

CALLS = 12_000
UNTIL = datetime(2026, 12, 1, tzinfo=UTC)


def _build(root: Path, seed: int) -> DeskPaths:
    paths = DeskPaths(root / "desk")
    desk.init_desk(paths, ADMIN, ADMIN_PW, bind_device=False)
    session = desk.unlock(paths, ADMIN, ADMIN_PW)
    try:
        demo.generate(session, CALLS, seed=seed, months=24, until=UNTIL)
    finally:
        session.close()
    return paths


@pytest.fixture(scope="module")
def desk21(tmp_path_factory: pytest.TempPathFactory) -> DeskPaths:
    return _build(tmp_path_factory.mktemp("desk21"), 21)


@pytest.fixture(scope="module")
def desk22(tmp_path_factory: pytest.TempPathFactory) -> DeskPaths:
    return _build(tmp_path_factory.mktemp("desk22"), 22)


def _open_copy(built: DeskPaths, where: Path) -> Iterator[Session]:
    """A fresh copy of a built desk: every test publishes from an empty ledger."""
    shutil.copytree(built.root, where / "desk")
    session = desk.unlock(DeskPaths(where / "desk"), ADMIN, ADMIN_PW)
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def session21(desk21: DeskPaths, tmp_path: Path) -> Iterator[Session]:
    yield from _open_copy(desk21, tmp_path)


@pytest.fixture
def session22(desk22: DeskPaths, tmp_path: Path) -> Iterator[Session]:
    yield from _open_copy(desk22, tmp_path)


def attacked(published: Published, audiences: tuple[str, ...]) -> dict[str, Bound]:
    assert not published.refused, published.refused[:3]
    outsider = Outsider(2025)
    outsider.read_all(f for f in published.files if f[1] in audiences)
    found = outsider.ranges(audiences)
    assert found, "nothing was suppressed: the test proves nothing"
    return found


def cell(found: dict[str, Bound], name: str) -> Bound | None:
    """The outsider's range of a named cell; None when the cell was published."""
    return found.get(name)


def assert_unnarrowed(found: dict[str, Bound], names: list[str]) -> None:
    assert not leaks(found), list(leaks(found).items())[:5]
    for name in names:
        bound = cell(found, name)
        if bound is not None:  # hidden: it must range from 0 to at least k
            assert bound.lower <= 1e-6 and bound.upper >= bound.k - 1e-6, (name, bound)


def quarter_files(quarter: int) -> list[tuple[str, str]]:
    months = [f"2025-{m:02d}" for m in range(3 * quarter - 2, 3 * quarter + 1)]
    breakdowns = ("calls_by_topic_age", "calls_by_topic_exploitation")
    return [("calls_by_topic", m) for m in months] + [(t, f"2025-Q{quarter}") for t in breakdowns]


def test_l1_the_quarter_s_inner_cells_do_not_corner_its_months(
    session21: Session, tmp_path: Path
) -> None:
    """L1: calls_by_topic 2025-01..03 and the age and exploitation tables of 2025-Q1
    (5 files): the hidden topics summed to 61, the exploitation table's inner cells put
    adoption at 14 or more and the age table's online content at 40 or more, so online
    calls about children or of unknown age were at most 7."""
    published = publish_year(session21, 2025, tmp_path / "out", ("public",), quarter_files(1))
    assert len(published.files) == 5
    found = attacked(published, ("public",))
    assert_unnarrowed(
        found,
        [f"calls_by_topic_age/2025-Q1[online_content,{age}]@public" for age in ("child", "unknown")]
        + [f"calls_by_topic/2025-0{m}[{t},]@public" for m in (1, 2, 3) for t in ("adoption",)],
    )


def test_l3_another_seed_april_adoption_stays_open(session22: Session, tmp_path: Path) -> None:
    """L3 (seed 22, 5 files): April adoption lay between 4 and 26 (true 9)."""
    published = publish_year(session22, 2025, tmp_path / "out", ("public",), quarter_files(2))
    assert len(published.files) == 5
    found = attacked(published, ("public",))
    assert_unnarrowed(found, ["calls_by_topic/2025-04[adoption,]@public"])


def test_l2_l4_the_year_published_whole_narrows_nothing(session21: Session, tmp_path: Path) -> None:
    """L2: publishing in the issue's order up to November (15 files in the issue's run)
    put November adoption between 4 and 17 (true 9).  L4: the partner files (k=5) showed
    at least one child in an adoption call in 2025.  Here the whole year is published,
    public and partner, in that order; nothing is refused and neither audience, nor both
    together, narrows any cell."""
    published = publish_year(session21, 2025, tmp_path / "out")
    assert len(published.files) == 2 * len(plan(2025))
    public = attacked(published, ("public",))
    assert_unnarrowed(public, ["calls_by_topic/2025-11[adoption,]@public"])
    both = attacked(published, ("public", "partner"))
    assert_unnarrowed(
        both,
        [
            "calls_by_topic/2025-11[adoption,]@public",
            "calls_by_topic_age/2025[adoption,child]@partner",
            "calls_by_topic_age/2025[adoption,child]@public",
        ],
    )


def test_l5_the_sex_table_beside_the_referrals_narrows_nothing(
    session21: Session, tmp_path: Path
) -> None:
    """L5 (two public files): referrals were protected apart from calls, but a call counts
    at most once per outcome, so "information given" to 87 adoption calls beside 47 female
    and 36 male put the hidden unknown sex at 4 or more."""
    jobs = [("calls_by_topic_sex", "2025"), ("referrals_by_topic_outcome", "2025")]
    published = publish_year(session21, 2025, tmp_path / "out", ("public",), jobs)
    assert len(published.files) == 2
    found = attacked(published, ("public",))
    assert_unnarrowed(found, ["calls_by_topic_sex/2025[adoption,unknown]@public"])
