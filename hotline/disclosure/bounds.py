"""The attacker's arithmetic: how far each hidden cell can move, given the published ones.

Variables are the atoms, non-negative; every published cell fixes the sum of its
atoms.  For a hidden cell the smallest and largest sum of its atoms over that
polyhedron are its bounds.  Integrality is relaxed (linear programming with
HiGHS), and then checked: when an optimal vertex the LP found is fractional and
its bound would let the cell pass, the bound is recomputed as an integer program,
because an attacker may use integer reasoning too (tables with one or two
classifications never need this: their vertices are integral).

To keep each LP small and fast the system is reduced first, without changing any
bound:

- atoms that lie in exactly the same cells are merged (only their sum matters);
- a published sum with one unknown left fixes it, and a published sum of 0 fixes
  all its unknowns at 0 (repeated until nothing changes; exact integer arithmetic);
- the rest splits into independent blocks (connected through published sums); a
  hidden cell's bound is the sum of its bounds in each block it touches;
- an unknown no published sum mentions makes the upper bound unbounded.

Each bound also names its *culprits*: the published sums the bound depends on
(those that fixed unknowns in it, and those with a non-zero dual value in its
LP).  Hiding one of them is how ``protect`` widens a range that is too narrow.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from hotline.disclosure.gauss import FloatArray, atom_classes

EPS = 1e-6
"""Slack on bounds computed in floating point (the counts are integers)."""

_MILP_SECONDS = 20.0


class Inconsistent(Exception):
    """No non-negative counts satisfy all published figures together."""


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
    value: float
    culprits: frozenset[int]
    exact: bool


class _Block:
    """One independent block of the reduced system, with its LP data built once."""

    def __init__(
        self, classes: list[int], rows: list[int], row_free: list[set[int]], row_rem: list[int]
    ) -> None:
        self.classes = classes
        self.rows = rows
        col = {c: j for j, c in enumerate(classes)}
        data_r: list[int] = []
        data_c: list[int] = []
        for i, r in enumerate(rows):
            for c in sorted(row_free[r]):
                data_r.append(i)
                data_c.append(col[c])
        self.col = col
        self.a = sp.csr_matrix(
            (np.ones(len(data_r)), (data_r, data_c)), shape=(len(rows), len(classes))
        )
        self.b = np.array([float(row_rem[r]) for r in rows])
        self.witnesses: list[FloatArray] = []  # integral feasible points found so far


class System:
    """Published sums over atoms, reduced once, then asked for bounds of many cells."""

    def __init__(
        self, published: Sequence[tuple[frozenset[int], int]], targets: Sequence[frozenset[int]]
    ) -> None:
        n_rows = len(published)
        n_classes, cls = atom_classes([a for a, _ in published] + list(targets))
        self.target_classes = cls[n_rows:]
        row_free = [set(c) for c in cls[:n_rows]]
        row_rem = [v for _, v in published]
        row_prov: list[set[int]] = [set() for _ in range(n_rows)]
        rows_of: list[list[int]] = [[] for _ in range(n_classes)]
        for r, classes in enumerate(row_free):
            for c in classes:
                rows_of[c].append(r)
        self.pinned: dict[int, int] = {}
        self.pin_prov: dict[int, frozenset[int]] = {}

        queue = deque(range(n_rows))
        queued = [True] * n_rows
        while queue:
            r = queue.popleft()
            queued[r] = False
            free, rem = row_free[r], row_rem[r]
            if rem < 0 or (not free and rem != 0):
                raise Inconsistent
            if not free or (rem > 0 and len(free) > 1):
                continue
            prov = frozenset(row_prov[r] | {r})
            for c in sorted(free):
                val = rem if rem > 0 else 0
                self.pinned[c] = val
                self.pin_prov[c] = prov
                for r2 in rows_of[c]:
                    row_free[r2].discard(c)
                    row_rem[r2] -= val
                    row_prov[r2] |= prov
                    if not queued[r2]:
                        queued[r2] = True
                        queue.append(r2)
        self.row_prov = [frozenset(p) for p in row_prov]

        # Blocks: union-find over the unknowns left, joined by the remaining sums.
        parent = list(range(n_classes))

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        live_rows = [r for r in range(n_rows) if row_free[r]]
        constrained: set[int] = set()
        for r in live_rows:
            first, *rest = sorted(row_free[r])
            constrained.add(first)
            for c in rest:
                constrained.add(c)
                parent[find(c)] = find(first)
        self.loose = {c for c in range(n_classes) if c not in self.pinned and c not in constrained}
        members: dict[int, list[int]] = {}
        for c in sorted(constrained):
            members.setdefault(find(c), []).append(c)
        block_rows: dict[int, list[int]] = {}
        for r in live_rows:
            block_rows.setdefault(find(min(row_free[r])), []).append(r)
        self.block_of: dict[int, int] = {}
        self.blocks: list[_Block] = []
        for root in sorted(members, key=lambda x: members[x][0]):
            for c in members[root]:
                self.block_of[c] = len(self.blocks)
            self.blocks.append(_Block(members[root], block_rows[root], row_free, row_rem))
        self._cache: dict[tuple[int, tuple[int, ...], bool], _Solved] = {}

    def bound(self, target: int) -> Bound:
        """The range of hidden cell number ``target`` (an index into ``targets``)."""
        classes = self.target_classes[target]
        const = sum(self.pinned.get(c, 0) for c in classes)
        prov: frozenset[int] = frozenset().union(
            *(self.pin_prov[c] for c in classes if c in self.pinned)
        )
        per_block: dict[int, list[int]] = {}
        loose = False
        for c in classes:
            if c in self.pinned:
                continue
            if c in self.loose:
                loose = True
            else:
                per_block.setdefault(self.block_of[c], []).append(c)
        lower, upper = float(const), float(const)
        low_c, up_c = set(prov), set(prov)
        exact = True
        for b, objective in sorted(per_block.items()):
            lo = self._solve(b, tuple(objective), maximise=False)
            lower += lo.value
            low_c |= lo.culprits
            exact &= lo.exact
            if not loose:
                hi = self._solve(b, tuple(objective), maximise=True)
                upper += hi.value
                up_c |= hi.culprits
                exact &= hi.exact
        if loose:
            upper = math.inf
        return Bound(lower, upper, frozenset(low_c), frozenset(up_c), exact)

    def _solve(self, b: int, objective: tuple[int, ...], maximise: bool) -> _Solved:
        key = (b, objective, maximise)
        if key not in self._cache:
            self._cache[key] = self._solve_uncached(self.blocks[b], objective, maximise)
        return self._cache[key]

    def _solve_uncached(self, block: _Block, objective: tuple[int, ...], maximise: bool) -> _Solved:
        cols = [block.col[c] for c in objective]
        if not maximise:
            for w in block.witnesses:  # a known integral point where the cell is 0
                if float(w[cols].sum()) <= EPS:
                    return _Solved(0.0, frozenset(), True)
        c = np.zeros(len(block.classes))
        c[cols] = -1.0 if maximise else 1.0
        res = linprog(c, A_eq=block.a, b_eq=block.b, bounds=(0, None), method="highs")
        if res.status == 2:
            raise Inconsistent
        if res.status != 0:
            raise RuntimeError(f"the LP solver failed: {res.message}")
        x = np.asarray(res.x, dtype=float)
        value = float(x[cols].sum())
        duals = np.asarray(res.eqlin.marginals, dtype=float)
        culprits: set[int] = set()
        for i in np.flatnonzero(np.abs(duals) > EPS):
            r = block.rows[int(i)]
            culprits.add(r)
            culprits |= self.row_prov[r]
        exact = True
        if np.all(np.abs(x - np.round(x)) <= EPS):
            block.witnesses.append(np.round(x))
        else:  # a fractional vertex: integer reasoning may give a narrower range
            value, exact = self._integer(block, c, cols, value)
        return _Solved(value, frozenset(culprits), exact)

    def _integer(
        self, block: _Block, c: FloatArray, cols: list[int], relaxed: float
    ) -> tuple[float, bool]:
        res = milp(
            c,
            constraints=LinearConstraint(block.a, block.b, block.b),
            integrality=np.ones(len(c)),
            bounds=Bounds(0, np.inf),
            options={"time_limit": _MILP_SECONDS},
        )
        if res.status == 0 and res.x is not None:
            x = np.round(np.asarray(res.x, dtype=float))
            block.witnesses.append(x)
            return float(x[cols].sum()), True
        if res.status == 2:
            raise Inconsistent
        return relaxed, False
