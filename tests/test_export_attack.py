"""Attack the exported files the way an outsider would.

The outsider here knows only what leaves the desk (the CSV files) and the
published method: which atoms each cell sums.  With every published number as
a constraint and counts non-negative, linear programming gives the smallest and
largest value of every suppressed cell; it must run from 0 to at least k (or be
at least k for sure).  This attacker is written apart from hotline.disclosure.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.optimize import linprog

from hotline.disclosure import SUPPRESSED, audit, protect, table_from_counts
from hotline.export.catalogue import parse_period
from hotline.services import demo
from hotline.services import export as ex
from hotline.services.calls import new_pseudonym, save_call
from hotline.services.session import Session
from tests.factories import job_in_dubai

TIMING = ("on_time", "late")


def later() -> datetime:
    return datetime(2027, 1, 10, tzinfo=UTC)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


class Outsider:
    """Atoms (month, timing, topic, one value per breakdown); each published cell one equation."""

    def __init__(
        self, months: Sequence[str], topics: Sequence[str], breakdowns: dict[str, Sequence[str]]
    ):
        self.dims = list(breakdowns)
        self.atoms = list(itertools.product(months, TIMING, topics, *breakdowns.values()))
        self.equations: list[tuple[list[int], int]] = []
        self.targets: list[tuple[str, list[int]]] = []

    def cell(self, row: dict[str, str]) -> list[int]:
        table, period = row["table"], row["period"]
        months = set(parse_period(period).months)
        # Quarters and years add up the months as closed; late calls are corrections only.
        timing = {"late"} if table == "calls_by_topic_corrections" else {"on_time"}
        topic = row["code_1"]
        wanted = [row["code_2"] if row["dimension_2"] == d else "total" for d in self.dims]
        return [
            i
            for i, (m, t, p, *values) in enumerate(self.atoms)
            if m in months
            and t in timing
            and topic in ("total", p)
            and all(w in ("total", v) for w, v in zip(wanted, values, strict=True))
        ]

    def read(self, path: Path) -> None:
        for row in read(path):
            atoms = self.cell(row)
            name = f"{row['table']}/{row['period']}[{row['code_1']},{row['code_2']}]"
            if row["count"] == SUPPRESSED:
                self.targets.append((name, atoms))
            else:
                self.equations.append((atoms, int(row["count"])))

    def ranges(self) -> dict[str, tuple[float, float]]:
        n = len(self.atoms)
        rows = [r for r, (atoms, _) in enumerate(self.equations) for _ in atoms]
        cols = [a for atoms, _ in self.equations for a in atoms]
        matrix = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(self.equations), n))
        rhs = np.array([float(v) for _, v in self.equations])
        out: dict[str, tuple[float, float]] = {}
        for name, atoms in self.targets:
            bounds = []
            for sign in (1.0, -1.0):
                cost = np.zeros(n)
                cost[atoms] = sign
                res = linprog(cost, A_eq=matrix, b_eq=rhs, bounds=(0, None), method="highs")
                if res.status == 3:  # unbounded above
                    bounds.append(float("inf"))
                    continue
                assert res.status == 0, res.message
                bounds.append(sign * float(res.fun))
            out[name] = (bounds[0], bounds[1])
        return out


def assert_safe(ranges: dict[str, tuple[float, float]], k: int) -> None:
    assert ranges, "nothing was suppressed: the test proves nothing"
    for name, (lo, hi) in ranges.items():
        assert hi >= k - 1e-6, f"{name}: at most {hi}"
        assert lo <= 1e-6 or lo >= k - 1e-6, f"{name}: at least {lo}, so somebody is there"


@pytest.fixture
def busy(admin_session: Session) -> Session:
    demo.generate(admin_session, 2500, seed=11, months=14)
    return admin_session


@pytest.mark.parametrize("quarter_first", [False, True])
def test_quarter_with_its_three_months_leaks_nothing(
    busy: Session, tmp_path: Path, quarter_first: bool
) -> None:
    months = ["2026-01", "2026-02", "2026-03"]
    jobs = [("calls_by_topic", m) for m in months]
    jobs.insert(0 if quarter_first else 3, ("calls_by_topic_sex", "2026-Q1"))
    topics = busy.taxonomy["topic"].ids()
    outsider = Outsider(months, topics, {"sex": busy.taxonomy["sex"].ids()})
    for i, (table, period) in enumerate(jobs):
        result = ex.export(busy, table, period, "public", "csv", tmp_path / f"{i}.csv", clock=later)
        assert result.release.audit.passed
        outsider.read(result.path)
    assert outsider.equations, "nothing was published"
    assert_safe(outsider.ranges(), 10)


def test_a_year_of_months_and_the_yearly_breakdown_hold_for_partners(
    busy: Session, tmp_path: Path
) -> None:
    months = list(parse_period("2026").months)
    outsider = Outsider(
        months, busy.taxonomy["topic"].ids(), {"age": ("child", "adult", "unknown")}
    )
    for i, month in enumerate(months[:11]):
        result = ex.export(
            busy, "calls_by_topic", month, "partner", "csv", tmp_path / f"{i}.csv", clock=later
        )
        outsider.read(result.path)
    result = ex.export(
        busy, "calls_by_topic_age", "2026", "partner", "csv", tmp_path / "y.csv", clock=later
    )
    outsider.read(result.path)
    assert_safe(outsider.ranges(), 5)


def test_two_breakdowns_of_a_quarter_with_its_months_leak_nothing_together(
    busy: Session, tmp_path: Path
) -> None:
    """Sex and age share only their topic margins; the attacker joins them anyway."""
    months = ["2026-04", "2026-05", "2026-06"]
    sexes = busy.taxonomy["sex"].ids()
    ages = ("child", "adult", "unknown")
    outsider = Outsider(months, busy.taxonomy["topic"].ids(), {"sex": sexes, "age": ages})
    jobs = [
        ("calls_by_topic_sex", "2026-Q2"),
        ("calls_by_topic", "2026-04"),
        ("calls_by_topic_age", "2026-Q2"),
        ("calls_by_topic", "2026-05"),
        ("calls_by_topic", "2026-06"),
    ]
    for i, (table, period) in enumerate(jobs):
        result = ex.export(busy, table, period, "public", "csv", tmp_path / f"{i}.csv", clock=later)
        outsider.read(result.path)
    assert_safe(outsider.ranges(), 10)


def test_one_call_in_a_rare_category_is_never_visible(
    admin_session: Session, tmp_path: Path
) -> None:
    assert admin_session.user is not None
    base = job_in_dubai(admin_session.user.id, started_at=datetime(2026, 3, 5, 9, tzinfo=UTC))
    for _ in range(40):
        save_call(
            admin_session,
            base.with_changes(caller_pseudonym=new_pseudonym(admin_session), region="baku"),
        )
    rare = base.with_changes(
        caller_pseudonym=new_pseudonym(admin_session),
        region="karabakh",
        topics=("adoption",),
        primary_topic="adoption",
        destination="QA",
    )
    save_call(admin_session, rare)
    regions = admin_session.taxonomy["region"].ids()
    outsider = Outsider(["2026-03"], admin_session.taxonomy["topic"].ids(), {"region": regions})
    for i, (table, period) in enumerate(
        [("calls_by_topic", "2026-03"), ("calls_by_topic_region", "2026-Q1")]
    ):
        result = ex.export(
            admin_session, table, period, "public", "csv", tmp_path / f"{i}.csv", clock=later
        )
        rows = read(result.path)
        for row in rows:
            if row["code_1"] == "adoption" or row["code_2"] == "karabakh":
                assert row["count"] == SUPPRESSED, row
        outsider.read(result.path)
    found = outsider.ranges()
    assert found["calls_by_topic/2026-03[adoption,]"][0] == pytest.approx(0, abs=1e-6)
    assert found["calls_by_topic_region/2026-Q1[adoption,karabakh]"][0] == pytest.approx(
        0, abs=1e-6
    )
    assert_safe(found, 10)


def test_the_4x4_table_that_obeys_two_per_row_and_column_is_caught() -> None:
    values = [[3, 12, 20, 25], [11, 4, 2, 30], [22, 28, 3, 13], [26, 21, 14, 4]]
    dims = [("r", ["r0", "r1", "r2", "r3"]), ("c", ["c0", "c1", "c2", "c3"])]
    counts: dict[tuple[str, ...], int] = {
        (f"r{i}", f"c{j}"): values[i][j] for i in range(4) for j in range(4)
    }
    table = table_from_counts("t", "2026", dims, counts)
    pattern = {(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2)}
    for line in range(4):  # the rule of thumb is met
        assert sum(1 for i, _ in pattern if i == line) >= 2
        assert sum(1 for _, j in pattern if j == line) >= 2

    def attack(hidden: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[float, float]]:
        atoms = [(f"r{i}", f"c{j}") for i in range(4) for j in range(4)]
        equations = []
        for cell in table.cells:
            if cell.key not in hidden:
                covered = [
                    a
                    for a in range(16)
                    if all(k in ("_total", v) for k, v in zip(cell.key, atoms[a], strict=True))
                ]
                equations.append((covered, cell.value))
        matrix = np.zeros((len(equations), 16))
        for r, (covered, _) in enumerate(equations):
            matrix[r, covered] = 1
        rhs = [v for _, v in equations]
        out = {}
        for key in hidden:
            covered = [
                a
                for a in range(16)
                if all(k in ("_total", v) for k, v in zip(key, atoms[a], strict=True))
            ]
            cost = np.zeros(16)
            cost[covered] = 1
            lo = linprog(cost, A_eq=matrix, b_eq=rhs, bounds=(0, None), method="highs")
            hi = linprog(-cost, A_eq=matrix, b_eq=rhs, bounds=(0, None), method="highs")
            out[key] = (float(lo.fun), float(-hi.fun) if hi.status == 0 else float("inf"))
        return out

    naive: set[tuple[str, ...]] = {(f"r{i}", f"c{j}") for i, j in pattern}
    assert attack(naive)[("r1", "c2")] == pytest.approx((2.0, 2.0))  # given away exactly
    from hotline.disclosure import Decision

    refs = {table.ref(c) for c in table.cells if c.key in naive}
    decision = Decision(
        k=10,
        published={table.ref(c): c.value for c in table.cells if c.key not in naive},
        suppressed=frozenset(refs),
    )
    report = audit([table], decision, 10)
    assert not report.passed  # the desk's audit catches it
    safe = protect([table], 10)
    hidden = {ref.key for ref in safe.suppressed}
    assert ("r1", "c2") in hidden
    for key, (lo, hi) in attack(hidden).items():
        assert hi >= 10 - 1e-6 and (lo <= 1e-6 or lo >= 10 - 1e-6), (key, lo, hi)
