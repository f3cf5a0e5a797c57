"""Issue 14: the audit attacks every family jointly, and the method itself leaks nothing."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hotline.disclosure import TOTAL, Cell, CellRef, Decision, Table, audit, protect
from hotline.export.catalogue import parse_period, table_spec
from hotline.export.release import planned_hiding
from hotline.export.space import YearSpace
from hotline.services import demo
from hotline.services.session import Session
from tests.publishing import assert_nothing_narrowed, publish_year


def decision_hiding(tables: list[Table], k: int, hidden: set[CellRef]) -> Decision:
    refs = [(t.ref(c), c) for t in tables for c in t.cells]
    return Decision(
        k=k,
        published={r: c.value for r, c in refs if r not in hidden},
        suppressed=frozenset(hidden),
    )


def test_l5_a_call_counts_once_per_outcome_and_the_audit_knows_it(
    admin_session: Session,
) -> None:
    """87 adoption calls had 'information given'; the sex table shows 47 female and 36
    male, its unknown hidden: without the desk's facts the unknown may be 0, with them it
    is at least 4 (the L5 leak), so the audit refuses that pattern."""
    space = YearSpace(2025, admin_session.taxonomy)
    q1 = parse_period("2025-Q1")
    sex, refs = table_spec("calls_by_topic_sex"), table_spec("referrals_by_topic_outcome")
    sex_counts: dict[tuple[str, ...], int] = {
        ("2025-Q1", "adoption", "female"): 47,
        ("2025-Q1", "adoption", "male"): 36,
    }
    sex_counts[("2025-Q1", "adoption", "unknown")] = 4
    sex_counts.update({("2025-Q1", "work_abroad", s): 40 for s in ("female", "male", "unknown")})
    # Referrals are counted by sex as well (the table by topic and outcome sums them).
    ref_counts: dict[tuple[str, ...], int] = {
        ("2025-Q1", "adoption", "information_given", s): n
        for s, n in (("female", 47), ("male", 36), ("unknown", 4))
    }
    ref_counts.update(
        {
            ("2025-Q1", "work_abroad", "information_given", s): 40
            for s in ("female", "male", "unknown")
        }
    )
    sex_table = space.table(sex, sex.name, q1, sex_counts)
    ref_table = space.table(refs, refs.name, q1, ref_counts)
    hidden = {
        sex_table.ref(c)
        for c in sex_table.cells
        if c.key[0] in ("adoption", TOTAL) and c.key[1] in ("unknown", TOTAL)
    }
    hidden |= {sex_table.ref(c) for c in sex_table.cells if c.key == ("work_abroad", "unknown")}
    hidden |= {sex_table.ref(c) for c in sex_table.cells if c.key == (TOTAL, "unknown")}
    tables = [sex_table, ref_table]
    decision = decision_hiding(tables, 10, hidden)
    unknown = CellRef(sex.name, "2025-Q1", ("adoption", "unknown"))
    blind = audit(tables, decision, 10)
    assert blind.bounds[unknown][0] == pytest.approx(0.0)  # families apart: no leak seen
    seen = audit(tables, decision, 10, facts=space.facts())
    assert seen.bounds[unknown][0] == pytest.approx(4.0)
    assert not seen.passed
    assert any(p.startswith(str(unknown)) for p in seen.problems)


def test_l7_an_interior_cell_known_to_be_large_fails_the_audit() -> None:
    """January education hidden beside adoption, but another table shows education holds
    at least 12: a reader who knows the method concludes adoption is the small one."""
    a, e, w, e1, e2 = range(5)
    month = Table(
        "calls_by_topic",
        "2026-01",
        (
            Cell(("adoption",), frozenset({a}), 5),
            Cell(("education",), frozenset({e1, e2}), 19),
            Cell(("work",), frozenset({w}), 60),
            Cell((TOTAL,), frozenset({a, e1, e2, w}), 84),
        ),
    )
    split = Table(
        "education_by_age",
        "2026-01",
        (Cell(("adult",), frozenset({e1}), 12),),  # the children are counted nowhere else
    )
    del e
    hidden = {month.ref(month.cell(("adoption",))), month.ref(month.cell(("education",)))}
    report = audit([month, split], decision_hiding([month, split], 10, hidden), 10)
    edu = CellRef("calls_by_topic", "2026-01", ("education",))
    assert report.bounds[edu][0] >= 12 - 1e-6
    assert any(p.startswith(str(edu)) for p in report.problems)  # no relaxation for it


def method(table: Table, k: int) -> frozenset[CellRef]:
    """The desk's own method on one monthly table: fixed blocks, then protect."""
    hide = planned_hiding([table], k, [], parse_period(table.period))
    return protect([table], k, also_hide=hide).suppressed


def test_l6_rerunning_the_method_over_every_filling_narrows_nothing() -> None:
    """A reader who knows the method re-runs it over every filling of the hidden cells
    that fits the published numbers; the fillings giving the same pattern must still let
    every hidden cell be 0 and reach k."""
    topics = ["adoption", "online", "education", "work", "migration", "other"]
    values = [5, 17, 16, 60, 40, 30]
    k = 10

    def build(vals: list[int]) -> Table:
        cells = [
            Cell((t,), frozenset({i}), v) for i, (t, v) in enumerate(zip(topics, vals, strict=True))
        ]
        cells.append(Cell((TOTAL,), frozenset(range(len(topics))), sum(vals)))
        return Table("calls_by_topic", "2026-02", tuple(cells))

    table = build(values)
    pattern = method(table, k)
    assert pattern, "nothing hidden: the test proves nothing"
    hidden = [i for i, t in enumerate(topics) if CellRef(table.name, table.period, (t,)) in pattern]
    shown = sum(values) - sum(values[i] for i in hidden)
    rest = sum(values) - shown
    ranges: dict[int, list[int]] = {i: [] for i in hidden}
    for filling in itertools.product(range(rest + 1), repeat=len(hidden) - 1):
        last = rest - sum(filling)
        if last < 0:
            continue
        vals = list(values)
        for i, v in zip(hidden, [*filling, last], strict=True):
            vals[i] = v
        if method(build(vals), k) == pattern:
            for i in hidden:
                ranges[i].append(vals[i])
    for i, seen in ranges.items():
        assert min(seen) == 0, (topics[i], min(seen))
        assert max(seen) >= k, (topics[i], max(seen))


@pytest.mark.slow  # 300 calls: about 100 s of CPU to publish, 45 s to attack; 2,000: 80 s in all
@pytest.mark.parametrize(("calls", "seed"), [(300, 21), (2000, 23)])
def test_a_year_published_whole_leaks_nothing_jointly(
    admin_session: Session, tmp_path: Path, calls: int, seed: int
) -> None:
    """Each month's three tables, the breakdowns after each quarter, then the year, public
    and partner: nothing refused, and the outsider's joint attack narrows no cell."""
    demo.generate(
        admin_session, calls, seed=seed, months=24, until=datetime(2026, 12, 1, tzinfo=UTC)
    )
    published = publish_year(admin_session, 2025, tmp_path)
    assert_nothing_narrowed(published, 2025)
