"""Tests of the disclosure-control core: attack every release the way an outsider would.

The attacker here is deliberately separate from ``hotline.disclosure.bounds``:
a plain LP over every atom (no merging, no presolve, no witnesses), so the tests
check the module's reductions as well as its verdicts.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.optimize import linprog

from hotline.disclosure import (
    SUPPRESSED,
    TOTAL,
    AtomSpace,
    Cell,
    CellRef,
    Decision,
    ProtectionError,
    Table,
    audit,
    check_k,
    earlier_export,
    protect,
    published_cells,
    table_from_counts,
)
from hotline.disclosure.gauss import eliminate

# --------------------------------------------------------------------------- helpers


def outsider_bounds(
    published: Sequence[tuple[frozenset[int], int]], targets: Sequence[frozenset[int]]
) -> list[tuple[float, float]]:
    """Min and max of each target's atom sum over non-negative atoms meeting every published sum.

    One stacked LP per direction (a copy of the system per target), so a test over
    hundreds of tables stays quick; the copies share nothing, so each is optimal alone.
    """
    atoms = sorted(set().union(*(a for a, _ in published), *targets))
    col = {a: j for j, a in enumerate(atoms)}
    n, m = len(atoms), len(published)
    rows = [r for r, (a, _) in enumerate(published) for _ in a]
    cols = [col[x] for a, _ in published for x in sorted(a)]
    a_one = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(m, n))
    b_one = np.array([float(v) for _, v in published])
    covered = set().union(*(a for a, _ in published)) if published else set()
    out: list[list[float]] = [[0.0, math.inf] for _ in targets]
    if not targets:
        return []
    for sign in (1.0, -1.0):
        todo = [i for i, t in enumerate(targets) if sign > 0 or t <= covered]
        if not todo:
            continue
        if m == 0:  # nothing published: every target can be 0 (and unbounded above)
            continue
        cost = np.zeros(n * len(todo))
        for copy, i in enumerate(todo):
            cost[[copy * n + col[x] for x in targets[i]]] = sign
        res = linprog(
            cost,
            A_eq=sp.block_diag([a_one] * len(todo), format="csr"),
            b_eq=np.tile(b_one, len(todo)),
            bounds=(0, None),
            method="highs",
        )
        assert res.status == 0, res.message
        for copy, i in enumerate(todo):
            x = res.x[copy * n : (copy + 1) * n]
            value = float(sum(x[col[a]] for a in targets[i]))
            out[i][0 if sign > 0 else 1] = value
    return [(lo, hi) for lo, hi in out]


def attack(
    tables: Sequence[Table],
    decision: Decision,
    earlier: Iterable[Cell] = (),
    earlier_hidden: Mapping[CellRef, frozenset[int]] | None = None,
) -> dict[CellRef, tuple[float, float]]:
    """What an outsider can say about every suppressed cell, from the numbers alone."""
    published: list[tuple[frozenset[int], int]] = []
    targets: list[tuple[CellRef, frozenset[int]]] = []
    for t in tables:
        for c in t.cells:
            shown = decision.shown(t.ref(c))
            if shown == SUPPRESSED:
                targets.append((t.ref(c), c.atoms))
            else:
                assert isinstance(shown, int)
                published.append((c.atoms, shown))
    published += [(c.atoms, c.value) for c in earlier]
    targets += [(r, a) for r, a in (earlier_hidden or {}).items() if r not in decision.suppressed]
    bounds = outsider_bounds(published, [a for _, a in targets])
    return {ref: b for (ref, _), b in zip(targets, bounds, strict=True)}


def safe_range(lo: float, hi: float, k: int) -> bool:
    """0 to at least k; or at least k for sure (no small count can hide there)."""
    return hi >= k - 1e-6 and (lo <= 1e-6 or lo >= k - 1e-6)


def sums_a_hidden_cell(table: Table, ref: CellRef, hidden: set[CellRef]) -> bool:
    atoms = table.cell(ref.key).atoms
    return any(table.cell(o.key).atoms < atoms for o in hidden if o != ref)


def passes(table: Table, ref: CellRef, hidden: set[CellRef], lo: float, hi: float) -> bool:
    """The audit's rule: 0 to at least k; at least k for sure only for a cell that sums
    another hidden cell (an interior cell known to be large points at its neighbour)."""
    if hi < 10 - 1e-6:
        return False
    return lo <= 1e-6 or (lo >= 10 - 1e-6 and sums_a_hidden_cell(table, ref, hidden))


def assert_safe(
    tables: Sequence[Table],
    decision: Decision,
    k: int,
    earlier: Iterable[Cell] = (),
    earlier_hidden: Mapping[CellRef, frozenset[int]] | None = None,
) -> dict[CellRef, tuple[float, float]]:
    """The release is consistent, hides every small count, and the outsider's LP gets nowhere."""
    earlier = list(earlier)
    for t in tables:
        for c in t.cells:
            ref = t.ref(c)
            assert (ref in decision.published) != (ref in decision.suppressed), ref
            if c.value < k:
                assert ref in decision.suppressed, f"{ref} holds {c.value} < {k} but is shown"
            if ref in decision.published:
                assert decision.published[ref] == c.value
    found = attack(tables, decision, earlier, earlier_hidden)
    for ref, (lo, hi) in found.items():
        assert safe_range(lo, hi, k), f"{ref}: the attacker narrows it to [{lo}, {hi}]"
    report = audit(tables, decision, k, earlier, previously_suppressed=earlier_hidden)
    assert report.passed, report.problems
    # Earlier hidden cells that nothing links to this release keep their earlier audit.
    assert decision.suppressed <= set(report.bounds) <= set(found)
    for ref, (mlo, mhi) in report.bounds.items():  # the module's reductions change no bound
        lo, hi = found[ref]
        assert mlo == pytest.approx(lo, abs=1e-6), ref
        assert (math.isinf(mhi) and math.isinf(hi)) or mhi == pytest.approx(hi, abs=1e-6), ref
    return found


def decision_with(tables: Sequence[Table], k: int, hidden: set[CellRef]) -> Decision:
    """A hand-made decision: publish every cell except ``hidden``."""
    published = {t.ref(c): c.value for t in tables for c in t.cells if t.ref(c) not in hidden}
    return Decision(k=k, published=published, suppressed=frozenset(hidden))


def random_table(rng: random.Random, name: str = "t") -> Table:
    ndims = rng.choice([1, 2, 2])
    dims = [(f"d{j}", [f"v{i}" for i in range(rng.randint(2, 5))]) for j in range(ndims)]
    style = rng.random()
    counts: dict[tuple[str, ...], int] = {}
    for key in itertools.product(*(values for _, values in dims)):
        if style < 0.3:
            counts[key] = rng.randint(0, 4)  # almost everything small
        elif style < 0.7:
            counts[key] = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 30])
        else:
            counts[key] = rng.randint(0, 60)
    return table_from_counts(name, "2026", dims, counts)


MONTHS = [f"2026-{m:02d}" for m in range(1, 13)]
TOPICS = [
    "forced_labour",
    "sexual_exploitation",
    "work_abroad",
    "marriage",
    "begging",
    "organ_removal",
    "child_labour",
    "domestic_servitude",
    "other",
]


def year_counts(seed: int) -> dict[tuple[str, ...], int]:
    rng = random.Random(seed)
    counts: dict[tuple[str, ...], int] = {}
    for month in MONTHS:
        for i, topic in enumerate(TOPICS):
            for sex in ("female", "male"):
                rare = rng.random() < 0.15
                counts[(month, topic, sex)] = 0 if rare else int(rng.expovariate(1 / (3 * (9 - i))))
    return counts


def year_tables(counts: dict[tuple[str, ...], int]) -> list[Table]:
    space = AtomSpace([("month", MONTHS), ("topic", TOPICS), ("sex", ["female", "male"])])
    tables = [
        space.table("calls_by_topic", m, counts, by=["topic"], where={"month": [m]}) for m in MONTHS
    ]
    tables.append(space.table("calls_by_topic_sex", "2026", counts, by=["topic", "sex"]))
    return tables


# --------------------------------------------------------------------------- k


@pytest.mark.parametrize("k", [4, 1, 0, -3])
def test_k_below_five_is_refused(k: int) -> None:
    t = table_from_counts("t", "2026-01", [("topic", ["a", "b"])], {("a",): 20, ("b",): 30})
    with pytest.raises(ValueError, match="at least 5"):
        protect([t], k)
    with pytest.raises(ValueError, match="at least 5"):
        audit([t], Decision(k=10, published={}, suppressed=frozenset()), k)
    with pytest.raises(ValueError, match="at least 5"):
        check_k(k)


def test_k_of_five_and_ten_are_accepted() -> None:
    check_k(5)
    check_k(10)
    with pytest.raises(TypeError):
        check_k(5.5)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- builders


def test_one_dimensional_table_gets_its_total() -> None:
    t = table_from_counts("calls", "2026-03", [("topic", ["a", "b", "c"])], {("a",): 4, ("c",): 9})
    assert [c.key for c in t.cells] == [("a",), ("b",), ("c",), (TOTAL,)]
    assert [c.value for c in t.cells] == [4, 0, 9, 13]
    assert (
        t.cell((TOTAL,)).atoms == t.cell(("a",)).atoms | t.cell(("b",)).atoms | t.cell(("c",)).atoms
    )
    assert t.cell((TOTAL,)).is_total and not t.cell(("a",)).is_total


def test_two_dimensional_table_gets_row_column_and_grand_totals() -> None:
    counts = {("a", "f"): 1, ("a", "m"): 2, ("b", "f"): 3, ("b", "m"): 4}
    t = table_from_counts("calls", "2026", [("topic", ["a", "b"]), ("sex", ["f", "m"])], counts)
    values = {c.key: c.value for c in t.cells}
    assert values == {
        ("a", "f"): 1,
        ("a", "m"): 2,
        ("a", TOTAL): 3,
        ("b", "f"): 3,
        ("b", "m"): 4,
        ("b", TOTAL): 7,
        (TOTAL, "f"): 4,
        (TOTAL, "m"): 6,
        (TOTAL, TOTAL): 10,
    }
    assert all(len(c.atoms) == 1 for c in t.cells if not c.is_total)
    assert len(t.cell((TOTAL, TOTAL)).atoms) == 4
    plain = table_from_counts(
        "calls", "2026", [("topic", ["a", "b"]), ("sex", ["f", "m"])], counts, with_totals=False
    )
    assert len(plain.cells) == 4 and not any(c.is_total for c in plain.cells)


def test_tables_of_one_space_share_atoms() -> None:
    months = ["2026-01", "2026-02", "2026-03"]
    space = AtomSpace([("month", months), ("topic", ["a", "b"])])
    counts = {(m, t): 10 + i for i, (m, t) in enumerate(itertools.product(months, ["a", "b"]))}
    monthly = [space.table("m", m, counts, by=["topic"], where={"month": [m]}) for m in months]
    quarter = space.table("q", "2026-Q1", counts, by=["topic"])
    for topic in ("a", "b"):
        parts = [t.cell((topic,)) for t in monthly]
        assert quarter.cell((topic,)).atoms == frozenset().union(*(p.atoms for p in parts))
        assert quarter.cell((topic,)).value == sum(p.value for p in parts)
    assert space.key(space.atom(("2026-02", "b"))) == ("2026-02", "b")
    with pytest.raises(ValueError):
        space.table("m", "x", {("2026-04", "a"): 1}, by=["topic"])
    with pytest.raises(ValueError):
        space.table("m", "x", {("2026-01", "a"): -1}, by=["topic"])
    with pytest.raises(ValueError):
        AtomSpace([("topic", ["a", TOTAL])])


# --------------------------------------------------------------------------- random attack


@pytest.mark.parametrize("chunk", range(4))
def test_outsider_lp_cannot_narrow_any_suppressed_cell(chunk: int) -> None:
    """200 random 1-D and 2-D tables: every suppressed cell ranges from 0 to at least k."""
    for seed in range(chunk * 50, chunk * 50 + 50):
        rng = random.Random(seed)
        table = random_table(rng)
        k = rng.choice([5, 10])
        decision = protect([table], k)
        found = assert_safe([table], decision, k)
        small = {table.ref(c) for c in table.cells if c.value < k}
        assert small <= set(found)


def test_module_bounds_equal_outsider_bounds_on_arbitrary_patterns() -> None:
    """Random suppression patterns (not protect's): audit computes the attacker's exact ranges."""
    for seed in range(60):
        rng = random.Random(1000 + seed)
        table = random_table(rng)
        hidden = {table.ref(c) for c in table.cells if rng.random() < 0.4}
        decision = decision_with([table], 10, hidden)
        report = audit([table], decision, 10)
        found = attack([table], decision)
        for ref, (lo, hi) in found.items():
            mlo, mhi = report.bounds[ref]
            assert mlo == pytest.approx(lo, abs=1e-6)
            assert (math.isinf(hi) and math.isinf(mhi)) or mhi == pytest.approx(hi, abs=1e-6)
            failing = not passes(table, ref, hidden, lo, hi)
            assert failing == any(p.startswith(f"{ref}:") for p in report.problems)
        small_shown = any(table.cell(r.key).value < 10 for r in decision.published)
        all_safe = all(passes(table, r, hidden, lo, hi) for r, (lo, hi) in found.items())
        assert report.passed == (not small_shown and all_safe)


# --------------------------------------------------------------------------- the 4x4 table


def test_two_per_row_and_column_still_gives_a_cell_away() -> None:
    values = [[3, 12, 20, 25], [11, 4, 2, 30], [22, 28, 3, 13], [26, 21, 14, 4]]
    dims = [("r", ["r0", "r1", "r2", "r3"]), ("c", ["c0", "c1", "c2", "c3"])]
    counts = {(f"r{i}", f"c{j}"): values[i][j] for i in range(4) for j in range(4)}
    table = table_from_counts("t", "2026", dims, counts)
    # Two 2x2 blocks joined by one cell: every row and column with a suppressed
    # cell has at least two, every small cell is suppressed, all totals are shown.
    pattern = [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3), (1, 2)]
    hidden = {table.ref(table.cell((f"r{i}", f"c{j}"))) for i, j in pattern}
    for line in range(4):
        assert sum(1 for i, _ in pattern if i == line) >= 2
        assert sum(1 for _, j in pattern if j == line) >= 2
    assert all(values[i][j] >= 10 or (i, j) in pattern for i in range(4) for j in range(4))
    naive = decision_with([table], 10, hidden)

    bridge = CellRef("t", "2026", ("r1", "c2"))
    assert attack([table], naive)[bridge] == pytest.approx((2.0, 2.0))  # the outsider gets it
    report = audit([table], naive, 10)
    assert not report.passed
    assert report.bounds[bridge] == pytest.approx((2.0, 2.0))
    assert any(p.startswith("t/2026[r1,c2]") and "exactly: 2" in p for p in report.problems)

    decision = protect([table], 10)
    assert_safe([table], decision, 10)
    assert bridge in decision.suppressed


# --------------------------------------------------------------------------- tables of one family


def quarter_space() -> tuple[AtomSpace, list[str], dict[tuple[str, ...], int]]:
    months = ["2026-01", "2026-02", "2026-03"]
    topics = ["labour", "sexual", "abroad", "marriage"]
    space = AtomSpace([("month", months), ("topic", topics)])
    values = {
        "2026-01": [3, 30, 25, 14],
        "2026-02": [20, 27, 0, 16],
        "2026-03": [25, 41, 12, 2],
    }
    counts: dict[tuple[str, ...], int] = {
        (m, t): values[m][i] for m in months for i, t in enumerate(topics)
    }
    return space, months, counts


def test_quarter_and_its_months_protected_together_leak_nothing() -> None:
    space, months, counts = quarter_space()
    monthly = [
        space.table("by_topic", m, counts, by=["topic"], where={"month": [m]}) for m in months
    ]
    quarter = space.table("by_topic", "2026-Q1", counts, by=["topic"])
    tables = [*monthly, quarter]

    # Each table protected on its own: the quarter minus February and March gives January away.
    alone = [protect([t], 10) for t in tables]
    merged = Decision(
        k=10,
        published={r: v for d in alone for r, v in d.published.items()},
        suppressed=frozenset().union(*(d.suppressed for d in alone)),
    )
    report = audit(tables, merged, 10)
    assert not report.passed
    jan_labour = CellRef("by_topic", "2026-01", ("labour",))
    assert report.bounds[jan_labour] == pytest.approx((3.0, 3.0))
    assert attack(tables, merged)[jan_labour] == pytest.approx((3.0, 3.0))

    decision = protect(tables, 10)
    assert_safe(tables, decision, 10)


def test_quarter_protected_against_months_published_earlier() -> None:
    space, months, counts = quarter_space()
    shown: list[Cell] = []
    hidden: dict[CellRef, frozenset[int]] = {}
    for m in months:  # each month exported when it closed, audited against the earlier ones
        table = space.table("by_topic", m, counts, by=["topic"], where={"month": [m]})
        decision = protect([table], 10, shown, previously_suppressed=hidden)
        assert_safe([table], decision, 10, shown, hidden)
        more_shown, more_hidden = earlier_export(table, decision.published_for(table))
        shown += more_shown
        hidden |= more_hidden
    jan_labour = CellRef("by_topic", "2026-01", ("labour",))
    assert jan_labour in hidden

    # Publishing every quarterly cell of 10 or more would give January's 3 away.
    quarter = space.table("by_topic", "2026-Q1", counts, by=["topic"])
    naive = decision_with([quarter], 10, {quarter.ref(c) for c in quarter.cells if c.value < 10})
    report = audit([quarter], naive, 10, shown, previously_suppressed=hidden)
    assert not report.passed
    assert report.bounds[jan_labour] == pytest.approx((3.0, 3.0))
    assert any(p.startswith("by_topic/2026-01[labour]") for p in report.problems)

    decision = protect([quarter], 10, shown, previously_suppressed=hidden)
    found = assert_safe([quarter], decision, 10, shown, hidden)
    assert jan_labour in found and quarter.ref(quarter.cell(("labour",))) in decision.suppressed
    # Only the quarter is decided now; the months' published figures stay as they were.
    assert set(decision.published) | decision.suppressed == {quarter.ref(c) for c in quarter.cells}


def test_year_of_months_with_topic_by_sex_is_protected_and_audited_fast() -> None:
    tables = year_tables(year_counts(7))
    decision = protect(tables, 10)
    start = time.perf_counter()
    report = audit(tables, decision, 10)
    elapsed = time.perf_counter() - start
    assert report.passed, report.problems
    assert elapsed < 5.0  # typically a tenth of a second; generous for slow machines
    assert_safe(tables, decision, 10)
    # The protection is not the trivial one: most of the year stays visible.
    assert len(decision.published) > len(decision.suppressed)


# --------------------------------------------------------------------------- small cases


def test_one_call_in_a_rare_category_can_neither_be_seen_nor_derived() -> None:
    topics = ["labour", "sexual", "abroad", "organ_removal", "begging"]
    counts = {("labour",): 40, ("sexual",): 25, ("abroad",): 17, ("organ_removal",): 1}
    counts[("begging",)] = 12
    table = table_from_counts("calls_by_topic", "2026-03", [("topic", topics)], counts)
    decision = protect([table], 10)
    rare = table.ref(table.cell(("organ_removal",)))
    begging = table.ref(table.cell(("begging",)))
    assert decision.shown(rare) == SUPPRESSED
    assert decision.shown(table.ref(table.cell(("organ_removal",)))) == "x"
    total = decision.published[table.ref(table.cell((TOTAL,)))]
    shown = sum(v for r, v in decision.published.items() if r.key != (TOTAL,))
    # The total minus the published cells is what the hidden cells share: not 1, and more than k.
    assert total - shown >= 10 and total - shown != 1
    assert sum(1 for r in decision.suppressed if r.key != (TOTAL,)) >= 2
    found = assert_safe([table], decision, 10)
    assert found[rare][0] == pytest.approx(0.0) and found[rare][1] >= 10
    assert begging in decision.suppressed  # the smallest other cell protects it


@pytest.mark.parametrize(
    "dims",
    [[("topic", ["a", "b", "c"])], [("topic", ["a", "b", "c"]), ("sex", ["f", "m"])]],
)
def test_month_without_calls_is_all_marks(dims: list[tuple[str, list[str]]]) -> None:
    table = table_from_counts("calls", "2026-08", dims, {})
    decision = protect([table], 10)
    assert decision.published == {}
    assert decision.suppressed == {table.ref(c) for c in table.cells}
    assert set(decision.render(table).values()) == {SUPPRESSED}
    report = audit([table], decision, 10)
    assert report.passed
    assert all(lo == 0 and math.isinf(hi) for lo, hi in report.bounds.values())


def test_few_calls_in_a_month_hide_the_total_too() -> None:
    table = table_from_counts("calls", "2026-08", [("topic", ["a", "b"])], {("a",): 3, ("b",): 4})
    decision = protect([table], 10)
    assert set(decision.render(table).values()) == {SUPPRESSED}
    assert audit([table], decision, 10).passed


def test_audit_flags_a_small_published_number() -> None:
    table = table_from_counts("calls", "2026-04", [("topic", ["a", "b"])], {("a",): 3, ("b",): 40})
    decision = decision_with([table], 10, set())
    report = audit([table], decision, 10)
    assert not report.passed
    assert "calls/2026-04[a]: published 3, below k=10" in report.problems


def test_problems_hold_only_coded_keys_and_numbers() -> None:
    table = table_from_counts(
        "calls", "2026-04", [("topic", ["a", "b", "c"])], {("a",): 3, ("b",): 40, ("c",): 22}
    )
    hidden = {table.ref(table.cell(("a",)))}
    report = audit([table], decision_with([table], 10, hidden), 10)
    assert report.problems == (
        "calls/2026-04[a]: can be worked out exactly: 3 (must range from 0 to at least 10)",
    )
    allowed = re.compile(r"^[\w/\-\[\],.:= ()]+$")
    assert all(allowed.match(p) for p in report.problems)


def test_integer_reasoning_is_applied_where_the_lp_is_fractional() -> None:
    # a+b+y1 = b+c+y2 = a+c+y3 = 11: the LP lets y1+y2+y3 be 0 (a = b = c = 5.5),
    # whole counts cannot (a+b+c is at most 16, so the y's share at least 1).
    a, b, c, y1, y2, y3 = range(6)
    cells = (
        Cell(("ab",), frozenset({a, b, y1}), 11),
        Cell(("bc",), frozenset({b, c, y2}), 11),
        Cell(("ac",), frozenset({a, c, y3}), 11),
        Cell(("y",), frozenset({y1, y2, y3}), 1),
    )
    table = Table("odd", "2026", cells)
    ref = table.ref(cells[3])
    decision = decision_with([table], 10, {ref})
    assert audit([table], decision, 10).bounds[ref][0] == pytest.approx(0.0)  # the LP's view
    report = audit([table], decision, 10, integer=True)
    lo, _ = report.bounds[ref]
    assert lo == pytest.approx(1.0)  # whole counts cannot all be 0
    assert not report.passed
    assert outsider_bounds([(x.atoms, x.value) for x in cells[:3]], [cells[3].atoms])[0][0] < 1e-6


# --------------------------------------------------------------------------- earlier exports


def test_earlier_partner_export_makes_public_export_impossible() -> None:
    counts = {("a",): 7, ("b",): 30, ("c",): 25}
    table = table_from_counts("calls", "2026-Q1", [("topic", ["a", "b", "c"])], counts)
    partners = protect([table], 5)  # k = 5: the 7 is published
    assert partners.published[table.ref(table.cell(("a",)))] == 7
    earlier = published_cells(table, partners.published_for(table))
    with pytest.raises(ProtectionError, match=r"calls/2026-Q1\[a\]"):
        protect([table], 10, earlier)


def test_changed_counts_against_the_ledger_are_reported_not_hidden() -> None:
    before = table_from_counts(
        "calls", "2026-01", [("topic", ["a", "b"])], {("a",): 20, ("b",): 30}
    )
    earlier = published_cells(before, {("a",): 20, ("b",): 30, (TOTAL,): 50})
    after = table_from_counts("calls", "2026-01", [("topic", ["a", "b"])], {("a",): 21, ("b",): 30})
    with pytest.raises(ProtectionError, match="contradict"):
        protect([after], 10, earlier)
    report = audit([after], decision_with([after], 10, set()), 10, earlier)
    assert not report.passed and "contradict" in report.problems[-1]


# --------------------------------------------------------------------------- determinism, API


def test_same_input_gives_the_same_decision() -> None:
    counts = year_counts(3)
    first = protect(year_tables(counts), 10)
    shuffled = dict(sorted(counts.items(), key=lambda kv: random.Random(1).random()))
    second = protect(year_tables(shuffled), 10)
    assert first == second
    tables = year_tables(counts)
    assert [first.render(t) for t in tables] == [second.render(t) for t in tables]
    rng = random.Random(99)
    table = random_table(rng)
    assert protect([table], 10) == protect([table], 10)


def test_decision_rendering_and_ledger_helpers() -> None:
    table = table_from_counts(
        "calls", "2026-05", [("topic", ["a", "b", "c"])], {("a",): 2, ("b",): 40, ("c",): 22}
    )
    decision = protect([table], 10)
    assert decision.render(table) == {("a",): "x", ("b",): 40, ("c",): "x", (TOTAL,): 64}
    assert decision.published_for(table) == {("b",): 40, (TOTAL,): 64}
    cells = published_cells(table, decision.published_for(table))
    assert [c.key for c in cells] == [("b",), (TOTAL,)]
    with pytest.raises(ValueError):
        published_cells(table, {("z",): 1})


def test_inconsistent_tables_and_decisions_are_refused() -> None:
    t1 = table_from_counts("a", "2026", [("x", ["p", "q"])], {("p",): 20, ("q",): 30})
    t2 = Table("b", "2026", (Cell(("all",), t1.cell((TOTAL,)).atoms, 49),))
    with pytest.raises(ValueError, match="same counts"):
        protect([t1, t2], 10)
    with pytest.raises(ValueError, match="twice"):
        protect([t1, t1], 10)
    with pytest.raises(ValueError, match="neither"):
        audit([t1], Decision(k=10, published={}, suppressed=frozenset()), 10)


def test_reexport_against_its_own_ledger_gives_the_same_decision() -> None:
    for seed in range(20):
        rng = random.Random(500 + seed)
        table = random_table(rng)
        k = rng.choice([5, 10])
        first = protect([table], k)
        shown, hidden = earlier_export(table, first.published_for(table))
        assert protect([table], k, shown, previously_suppressed=hidden) == first


def test_protect_can_be_cancelled_between_rounds() -> None:
    class Stop(Exception):
        pass

    def stop(round_number: int) -> None:
        raise Stop(round_number)

    table = table_from_counts("t", "2026", [("x", ["a", "b", "c"])], {("a",): 3, ("b",): 30})
    with pytest.raises(Stop):
        protect([table], 10, on_round=stop)


# --------------------------------------------------------------------------- elimination


def _rank(rows: list[list[Fraction]]) -> int:
    rows = [list(r) for r in rows]
    rank = 0
    for col in range(len(rows[0]) if rows else 0):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for i in range(len(rows)):
            if i != rank and rows[i][col] != 0:
                f = rows[i][col] / rows[rank][col]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rank


def _exact_elimination(
    fixed: list[frozenset[int]], hidden: list[frozenset[int]], cands: list[frozenset[int]], n: int
) -> list[bool]:
    """The same greedy rule in exact rational arithmetic, by brute-force ranks."""

    def vec(atoms: frozenset[int]) -> list[Fraction]:
        return [Fraction(int(a in atoms)) for a in range(n)]

    span = [vec(a) for a in fixed]
    base = _rank(span)
    secret = [vec(a) for a in hidden if _rank([*span, vec(a)]) != base]  # not already given away
    out: list[bool] = []
    for c in cands:
        v = vec(c)
        r = _rank(span)
        if _rank([*span, v]) == r:
            out.append(True)
        elif any(_rank([*span, v, s]) == r + 1 for s in secret):
            out.append(False)
            secret.append(v)
        else:
            out.append(True)
            span.append(v)
    return out


def test_elimination_matches_exact_arithmetic() -> None:
    for seed in range(150):
        rng = random.Random(seed)
        n = rng.randint(3, 10)
        cells = [
            frozenset(a for a in range(n) if rng.random() < 0.4) or frozenset([rng.randrange(n)])
            for _ in range(rng.randint(3, 14))
        ]
        cells.append(frozenset(range(n)))
        rng.shuffle(cells)
        nf, nh = rng.randint(0, 3), rng.randint(1, 4)
        fixed, hidden, cands = cells[:nf], cells[nf : nf + nh], cells[nf + nh :]
        got = eliminate(fixed, hidden, cands)
        assert list(got.published) == _exact_elimination(fixed, hidden, cands, n), seed
