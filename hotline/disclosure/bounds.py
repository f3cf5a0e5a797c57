"""The attacker's arithmetic: how far each hidden cell can move, given the published ones.

Variables are the atoms, non-negative; every published cell fixes the sum of its
atoms.  A hidden cell's bounds are the smallest and largest sum of its atoms
over that polyhedron, found by linear programming with HiGHS after the system is
reduced (:mod:`.reduce`): a hidden cell's bound is its fixed part plus its
bounds in each independent block it touches.

Counts are whole numbers, so an LP optimum at a fractional vertex is rounded
inwards.  Optionally (``integer=True``) every bound the verdict rests on that no
known whole-number point reaches is proven by integer programming: an attacker
reasoning in whole counts can do no better.  Tables of one or two
classifications never need it (their LP optima are whole); richer families
can, at a high cost.

Speed: every solver call costs milliseconds of set-up, so LPs are stacked
(below), maxima are solved before minima because every solution is a *witness*
(a feasible point) that often shows a minimum is 0 without solving for it, and
a block that is a single sum is bounded without any LP.

Each bound names its *culprits*: the published sums it depends on (those that
fixed unknowns in it, and those with a non-zero dual value in its LP).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from hotline.disclosure.gauss import FloatArray
from hotline.disclosure.reduce import BlockRows, Inconsistent, reduce_system

EPS = 1e-6
"""Slack on bounds computed in floating point (the counts are integers)."""

_MILP_SECONDS = 20.0
_BATCH_NONZEROS = 20_000

Task = tuple[int, tuple[int, ...], bool]  # (block, unknowns summed, maximise)


@dataclass(frozen=True)
class Bound:
    """Range of one hidden cell; ``exact`` is False if an integer check did not finish."""

    lower: float
    upper: float
    lower_culprits: frozenset[int]
    upper_culprits: frozenset[int]
    exact: bool = True


@dataclass(frozen=True)
class _Solved:
    """One optimum, as a bound valid for whole counts.

    ``proven``: a known whole-number point reaches ``value`` (so it is the
    integer optimum too); ``unsure``: an integer program was needed and did not
    finish in time.
    """

    value: float
    culprits: frozenset[int]
    proven: bool
    unsure: bool = False


class _Block:
    """One independent block of the reduced system, with its LP data built once."""

    def __init__(self, data: BlockRows) -> None:
        self.classes = data.classes
        self.rows = [r for r, _, _ in data.rows]
        self.col = {c: j for j, c in enumerate(data.classes)}
        row_idx = [i for i, (_, cs, _) in enumerate(data.rows) for _ in cs]
        col_idx = [self.col[c] for _, cs, _ in data.rows for c in cs]
        self.a = sp.csr_matrix(
            (np.ones(len(row_idx)), (row_idx, col_idx)), shape=(len(self.rows), len(self.classes))
        )
        self.b = np.array([float(v) for _, _, v in data.rows])
        self.points: list[FloatArray] = []  # feasible points found so far
        self.whole: list[bool] = []  # which of them are whole numbers
        self._stack: FloatArray | None = None

    def add_point(self, x: FloatArray) -> bool:
        whole = bool(np.all(np.abs(x - np.round(x)) <= EPS))
        self.points.append(np.round(x) if whole else x)
        self.whole.append(whole)
        self._stack = None
        return whole

    def extreme(self, cols: list[int], maximise: bool, whole_only: bool) -> float | None:
        """The largest (or smallest) sum over ``cols`` among the known points."""
        if not self.points:
            return None
        if self._stack is None:
            self._stack = np.vstack(self.points)
        sums = self._stack[:, cols].sum(axis=1)
        if whole_only:
            sums = sums[np.asarray(self.whole, dtype=bool)]
        if sums.size == 0:
            return None
        return float(sums.max() if maximise else sums.min())


class System:
    """Published sums over atoms, reduced once, then asked for bounds of many cells."""

    def __init__(
        self, published: Sequence[tuple[frozenset[int], int]], targets: Sequence[frozenset[int]]
    ) -> None:
        self.reduced = reduce_system(published, targets)
        self.blocks = [_Block(data) for data in self.reduced.blocks]

    def seed(self, truth: Sequence[tuple[int, int]]) -> None:
        """Add, per block, a feasible point where the given targets take their true values.

        ``truth`` pairs a target's index with its actual value.  One LP for all
        blocks; its point settles at once every maximum that reaches ``k``
        (the cells hidden for protection), so ``protect`` skips those LPs.
        """
        red = self.reduced
        extra: dict[int, list[tuple[list[int], float]]] = {}
        for i, value in truth:
            classes = red.target_classes[i]
            rest = value - sum(red.pinned.get(c, 0) for c in classes)
            free = [c for c in classes if c not in red.pinned]
            if rest < 0 or (not free and rest != 0):
                raise Inconsistent
            if not free or any(c in red.loose for c in free):
                continue
            blocks = {red.block_of[c] for c in free}
            if len(blocks) == 1:
                extra.setdefault(blocks.pop(), []).append((free, float(rest)))
        if not extra:
            return
        mats, rhs = [], []
        chosen = sorted(extra)
        for b in chosen:
            block = self.blocks[b]
            rows = [[block.col[c] for c in free] for free, _ in extra[b]]
            more = sp.csr_matrix(
                (
                    np.ones(sum(len(r) for r in rows)),
                    ([i for i, r in enumerate(rows) for _ in r], [c for r in rows for c in r]),
                ),
                shape=(len(rows), len(block.classes)),
            )
            mats.append(sp.vstack([block.a, more], format="csr"))
            rhs.append(np.concatenate([block.b, [v for _, v in extra[b]]]))
        res = linprog(
            np.zeros(sum(m.shape[1] for m in mats)),
            A_eq=sp.block_diag(mats, format="csr"),
            b_eq=np.concatenate(rhs),
            bounds=(0, None),
            method="highs",
        )
        if res.status == 2:
            raise Inconsistent
        if res.status == 0:
            x = np.asarray(res.x, dtype=float)
            start = 0
            for b in chosen:
                n = len(self.blocks[b].classes)
                self.blocks[b].add_point(x[start : start + n])
                start += n

    def bounds(self, k: int, integer: bool = False, exact: bool = True) -> list[Bound]:
        """The range of every target cell, in the order the targets were given.

        With ``exact`` False only the verdict for threshold ``k`` is wanted: a
        maximum a known point shows to reach ``k`` is not solved for, and the
        upper bound reported for that cell is only that point's value.
        """
        red = self.reduced
        plans: list[tuple[float, frozenset[int], dict[int, tuple[int, ...]], bool]] = []
        tasks: dict[int, dict[tuple[int, ...], None]] = {}  # ordered sets per block
        for classes in red.target_classes:
            pinned_sum = sum(red.pinned.get(c, 0) for c in classes)
            prov: frozenset[int] = frozenset().union(
                *(red.pin_prov[c] for c in classes if c in red.pinned)
            )
            per_block: dict[int, list[int]] = {}
            loose = False
            for c in classes:
                if c in red.loose:
                    loose = True
                elif c not in red.pinned:
                    per_block.setdefault(red.block_of[c], []).append(c)
            objectives = {b: tuple(cs) for b, cs in sorted(per_block.items())}
            for b, objective in objectives.items():
                tasks.setdefault(b, {})[objective] = None
            plans.append((float(pinned_sum), prov, objectives, loose))
        solved = self._solve_all({b: list(objs) for b, objs in tasks.items()}, k, integer, exact)

        def assemble(
            const: float, prov: frozenset[int], objectives: dict[int, tuple[int, ...]], loose: bool
        ) -> Bound:
            lower, upper = const, const
            low_c, up_c = set(prov), set(prov)
            unsure = False
            for b, objective in objectives.items():
                lo, hi = solved[(b, objective, False)], solved[(b, objective, True)]
                lower += lo.value
                upper += hi.value
                low_c |= lo.culprits
                up_c |= hi.culprits
                unsure = unsure or lo.unsure or (hi.unsure and not loose)
            if loose:
                upper, up_c = math.inf, set()
            return Bound(lower, upper, frozenset(low_c), frozenset(up_c), not unsure)

        out: list[Bound] = []
        for plan in plans:
            bound = assemble(*plan)
            if integer:  # prove what the verdict rests on, where no whole point shows it
                doubtful: list[Task] = []
                if bound.lower <= EPS:
                    doubtful += [(b, o, False) for b, o in plan[2].items()]
                if bound.upper >= k - EPS and not plan[3]:
                    doubtful += [(b, o, True) for b, o in plan[2].items()]
                doubtful = [key for key in doubtful if not solved[key].proven]
                for key in doubtful:
                    solved[key] = self._integer(key, solved[key])
                if doubtful:
                    bound = assemble(*plan)
            out.append(bound)
        return out

    def _solve_all(
        self, tasks: dict[int, list[tuple[int, ...]]], k: int, integer: bool, exact: bool
    ) -> dict[Task, _Solved]:
        """Solve every (block, objective) both ways, many LPs per solver call.

        Independent LPs are stacked into one: a block-diagonal system with one
        copy of a block per objective.  Copies share no unknowns, so an optimum of
        the stacked LP is optimal in every copy separately (and so are its dual
        values).
        """
        solved: dict[Task, _Solved] = {}
        if not exact:
            self._group_points(tasks, k)
        for maximise in (True, False):
            batch: list[Task] = []
            size = 0
            for b, objectives in sorted(tasks.items()):
                block = self.blocks[b]
                for objective in objectives:
                    key = (b, objective, maximise)
                    cols = [block.col[c] for c in objective]
                    seen = block.extreme(cols, maximise, whole_only=integer)
                    if len(block.rows) == 1:  # one sum: no LP needed
                        solved[key] = self._one_row(block, objective, maximise)
                    elif not maximise and seen is not None and seen <= EPS:
                        solved[key] = _Solved(0.0, frozenset(), proven=True)
                    elif maximise and not exact and seen is not None and seen >= k - EPS:
                        solved[key] = _Solved(seen, frozenset(), proven=True)
                    else:
                        batch.append(key)
                        size += block.a.nnz
                        if size >= _BATCH_NONZEROS:
                            solved.update(zip(batch, self._solve_batch(batch), strict=True))
                            batch, size = [], 0
            if batch:
                solved.update(zip(batch, self._solve_batch(batch), strict=True))
        return solved

    def _group_points(self, tasks: dict[int, list[tuple[int, ...]]], k: int) -> None:
        """Find, with two LPs in all, points where many hidden cells reach ``k`` or 0.

        The first maximises the sum of min(cell, k) over the hidden cells (with an
        extra variable per cell capped at ``k``); the second minimises the sum of
        the hidden cells.  Every cell either point settles needs no LP of its own
        when only the verdict is wanted.
        """
        chosen = [b for b in sorted(tasks) if len(self.blocks[b].rows) > 1]
        if not chosen:
            return
        for maximise in (True, False):
            eq, rhs, ub, costs, lower, upper, sizes = [], [], [], [], [], [], []
            for b in chosen:
                block, objectives = self.blocks[b], tasks[b]
                n, m = len(block.classes), len(objectives) if maximise else 0
                member = sp.csr_matrix(
                    (
                        np.ones(sum(len(o) for o in objectives)),
                        (
                            [i for i, o in enumerate(objectives) for _ in o],
                            [block.col[c] for o in objectives for c in o],
                        ),
                    ),
                    shape=(len(objectives), n),
                )
                eq.append(sp.hstack([block.a, sp.csr_matrix((block.a.shape[0], m))]))
                rhs.append(block.b)
                if maximise:  # t_i <= cell_i, 0 <= t_i <= k, maximise the sum of t
                    ub.append(sp.hstack([-member, sp.identity(m)]))
                    costs.append(np.concatenate([np.zeros(n), -np.ones(m)]))
                else:
                    costs.append(np.asarray(member.sum(axis=0)).ravel())
                lower.append(np.zeros(n + m))
                upper.append(np.concatenate([np.full(n, np.inf), np.full(m, float(k))]))
                sizes.append((n, m))
            res = linprog(
                np.concatenate(costs),
                A_ub=sp.block_diag(ub, format="csr") if maximise else None,
                b_ub=np.zeros(sum(m for _, m in sizes)) if maximise else None,
                A_eq=sp.block_diag(eq, format="csr"),
                b_eq=np.concatenate(rhs),
                bounds=np.column_stack([np.concatenate(lower), np.concatenate(upper)]),
                method="highs",
            )
            if res.status == 2:
                raise Inconsistent
            if res.status != 0:
                return  # only a shortcut: the LPs of each cell follow anyway
            x = np.asarray(res.x, dtype=float)
            start = 0
            for b, (n, m) in zip(chosen, sizes, strict=True):
                self.blocks[b].add_point(x[start : start + n])
                start += n + m

    def _one_row(self, block: _Block, objective: tuple[int, ...], maximise: bool) -> _Solved:
        """Bounds inside a block that is a single published sum over its unknowns."""
        total = float(block.b[0])
        covers_all = len(objective) == len(block.classes)
        value = total if maximise or covers_all else 0.0
        row = block.rows[0]
        culprits = frozenset({row} | self.reduced.row_prov[row]) if value > EPS else frozenset()
        return _Solved(value, culprits, proven=True)

    def _solve_batch(self, batch: list[Task]) -> list[_Solved]:
        blocks = [self.blocks[b] for b, _, _ in batch]
        costs = []
        for block, (_, objective, maximise) in zip(blocks, batch, strict=True):
            c = np.zeros(len(block.classes))
            c[[block.col[x] for x in objective]] = -1.0 if maximise else 1.0
            costs.append(c)
        res = linprog(
            np.concatenate(costs),
            A_eq=sp.block_diag([b.a for b in blocks], format="csr"),
            b_eq=np.concatenate([b.b for b in blocks]),
            bounds=(0, None),
            method="highs",
        )
        if res.status == 2:
            raise Inconsistent
        if res.status != 0:
            raise RuntimeError(f"the LP solver failed: {res.message}")
        x_all = np.asarray(res.x, dtype=float)
        duals_all = np.asarray(res.eqlin.marginals, dtype=float)
        out: list[_Solved] = []
        col0 = row0 = 0
        for block, (_, objective, maximise) in zip(blocks, batch, strict=True):
            x = x_all[col0 : col0 + len(block.classes)]
            duals = duals_all[row0 : row0 + len(block.rows)]
            col0 += len(block.classes)
            row0 += len(block.rows)
            cols = [block.col[o] for o in objective]
            value = float(x[cols].sum())
            culprits: set[int] = set()
            for i in np.flatnonzero(np.abs(duals) > EPS):
                r = block.rows[int(i)]
                culprits.add(r)
                culprits |= self.reduced.row_prov[r]
            if block.add_point(x):
                out.append(_Solved(float(round(value)), frozenset(culprits), proven=True))
                continue
            # A fractional vertex: whole counts cannot go beyond the rounded value.
            value = math.floor(value + EPS) if maximise else max(0, math.ceil(value - EPS))
            seen = block.extreme(cols, maximise, whole_only=True)
            proven = seen is not None and (seen >= value - EPS if maximise else seen <= value + EPS)
            out.append(_Solved(float(value), frozenset(culprits), proven))
        return out

    def _integer(self, key: Task, relaxed: _Solved) -> _Solved:
        """The bound for whole counts, by integer programming (HiGHS branch and bound)."""
        b, objective, maximise = key
        block = self.blocks[b]
        cols = [block.col[o] for o in objective]
        c = np.zeros(len(block.classes))
        c[cols] = -1.0 if maximise else 1.0
        res = milp(
            c,
            constraints=LinearConstraint(block.a, block.b, block.b),
            integrality=np.ones(len(c)),
            bounds=Bounds(0, np.inf),
            options={"time_limit": _MILP_SECONDS},
        )
        if res.status == 0 and res.x is not None:
            x = np.round(np.asarray(res.x, dtype=float))
            block.add_point(x)
            return _Solved(float(x[cols].sum()), relaxed.culprits, proven=True)
        if res.status == 2:
            raise Inconsistent
        return _Solved(relaxed.value, relaxed.culprits, proven=False, unsure=True)
