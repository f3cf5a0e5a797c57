"""The attacker's arithmetic: one HiGHS model per audit, warm-started from cell to cell.

Variables are the atoms, non-negative.  Rows are every published cell (its atoms
sum to its value) and the desk's own *facts* (:class:`~.model.Fact`: linear
inequalities that hold of any desk, such as "a call counts at most once per
outcome").  A hidden cell's bounds are the smallest and largest sum of its atoms
over that polyhedron: the model is built once, and for each hidden cell only the
objective changes, so HiGHS starts every solve from the previous basis.

Counts are whole numbers, so an LP optimum at a fractional vertex is rounded
inwards.  With ``integer=True`` a bound the verdict rests on whose LP optimum is
fractional is proven by integer programming (HiGHS branch and bound).

Each bound names its *culprits*: the published rows with a non-zero dual value in
its LP (the published sums the range depends on).  Solutions are kept as
*witnesses*: a feasible point that already shows a maximum of at least ``k`` (or
a minimum of 0) settles that side without a solve when only the verdict counts.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import highspy
import numpy as np
import numpy.typing as npt
from scipy import sparse

from hotline.disclosure.model import Fact

EPS = 1e-6
"""Slack on bounds computed in floating point (the counts are integers)."""

_MIP_SECONDS = 20.0
_BANNER_LOCK = threading.Lock()
_banner_shown = False


def _flush_c_stdout() -> None:
    with contextlib.suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(None).fflush(None)


def _new_highs() -> highspy.Highs:
    """A HiGHS instance. The first one of a process prints HiGHS's banner on the C
    standard output, where a script reading the command line's output (or a closed
    pipe) would meet it: that one is made with file descriptor 1 on the null device."""
    global _banner_shown
    with _BANNER_LOCK:
        if _banner_shown:
            return highspy.Highs()  # type: ignore[no-untyped-call]
        _banner_shown = True
        sys.stdout.flush()
        _flush_c_stdout()
        saved = os.dup(1)
        try:
            with open(os.devnull, "wb") as null:
                os.dup2(null.fileno(), 1)
                solver = highspy.Highs()  # type: ignore[no-untyped-call]
                _flush_c_stdout()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        return solver


_WITNESSES = 32
_AT_LOWER = int(highspy.HighsBasisStatus.kLower.value)
_BASIC = int(highspy.HighsBasisStatus.kBasic.value)
_STATUS = {int(v.value): v for v in highspy.HighsBasisStatus.__members__.values()}
_PRIMAL_SIMPLEX = 4  # HiGHS's kSimplexStrategyPrimal
_BATCH_ROUNDS = 40

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int32]


class Witnesses:
    """Feasible points of earlier models over the same atoms, offered to each new model.

    The audits of one export (rounds of protection, the two audiences, the final
    audit) differ in a few rows: a point that fitted one often fits the next and
    settles verdicts there without a solve.  A model takes only the points that fit
    every one of its rows (checked exactly), so a stale point can settle nothing.
    Atoms a model does not hold take their values from ``fill`` (the true counts).

    Kept across the exports of a year too: the next export's model is the last one's
    rows plus the cells it published, many of them implied by what was out already,
    so most points of the last audit still fit.
    """

    def __init__(self, size: int, fill: Mapping[int, int] | None = None, limit: int = 256) -> None:
        self.size = size
        self.base: FloatArray = np.zeros(size)
        self.fill(fill or {})
        self.limit = limit
        self.points: list[FloatArray] = []
        # The last model's basis, by atom and by row (see :meth:`JointModel.bounds`).
        self.col_status: npt.NDArray[np.int8] = np.full(size, _AT_LOWER, dtype=np.int8)
        self.row_status: dict[object, int] = {}

    def fill(self, values: Mapping[int, int]) -> None:
        """Values for the atoms a point's model did not hold (the true counts)."""
        self.base = np.zeros(self.size)
        for a, v in values.items():
            if 0 <= a < self.size:
                self.base[a] = float(v)

    def add(self, used: npt.NDArray[np.int64], x: FloatArray) -> None:
        if not len(used) or used[-1] >= self.size:
            return
        point = self.base.copy()
        point[used] = x
        self.points.append(point)
        if len(self.points) > self.limit:
            self.points.pop(0)


class _Seen:
    """For each target (its columns), the largest value the points seen give it and
    whether one gave it 0: one vectorised sum per point for all the targets."""

    def __init__(self, cols: Sequence[IntArray], whole_only: bool) -> None:
        self.rows = np.array([i for i, c in enumerate(cols) if len(c)], dtype=np.int64)
        picked = [cols[int(i)] for i in self.rows]
        self.concat = np.concatenate(picked) if picked else np.zeros(0, dtype=np.int32)
        lengths = np.array([len(c) for c in picked], dtype=np.int64)
        self.starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if picked else lengths
        self.hi: FloatArray = np.full(len(cols), -np.inf)
        self.zero = np.zeros(len(cols), dtype=bool)
        self.whole_only = whole_only

    def add(self, x: FloatArray) -> None:
        if not len(self.rows):
            return
        if self.whole_only and not bool(np.all(np.abs(x - np.round(x)) <= EPS)):
            return
        values = np.add.reduceat(x[self.concat], self.starts)
        self.hi[self.rows] = np.maximum(self.hi[self.rows], values)
        self.zero[self.rows] |= values <= EPS


class Inconsistent(Exception):
    """No non-negative counts satisfy all the figures together."""


@dataclass(frozen=True)
class Bound:
    """Range of one hidden cell; ``exact`` is False if an integer check did not finish."""

    lower: float
    upper: float
    lower_culprits: frozenset[int]
    upper_culprits: frozenset[int]
    exact: bool = True
    skipped: bool = False  # not bounded: enough cells had failed already


@dataclass(frozen=True)
class _Side:
    value: float
    culprits: frozenset[int]
    exact: bool = True


class JointModel:
    """Published sums and facts over ``n_atoms`` non-negative atoms, asked for many bounds."""

    def __init__(
        self,
        n_atoms: int,
        published: Sequence[tuple[frozenset[int], int]],
        facts: Sequence[Fact] = (),
        targets: Sequence[frozenset[int]] = (),
        witnesses: Witnesses | None = None,
    ) -> None:
        facts = _needed(published, facts, targets)
        used = sorted({a for atoms, _ in published for a in atoms} | _fact_atoms(facts))
        if used and (used[-1] >= n_atoms or used[0] < 0):
            raise ValueError("an atom is outside the model")
        # Only atoms some row mentions become columns; any other atom is loose.
        self.col = {a: i for i, a in enumerate(used)}
        n = len(used)
        self.n = n
        self.n_published = len(published)
        h = _new_highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("log_to_console", False)
        # Primal simplex: from cell to cell only the objective changes, so the last
        # basis stays primal feasible and primal simplex goes on from it (dual simplex,
        # HiGHS's default, starts over from a dual-infeasible basis: 2-3x slower here).
        h.setOptionValue("simplex_strategy", _PRIMAL_SIMPLEX)
        h.addVars(n, np.zeros(n), np.full(n, highspy.kHighsInf))
        col = self.col
        starts: list[int] = []
        indices: list[int] = []
        values: list[float] = []
        lower: list[float] = []
        upper: list[float] = []
        for atoms, value in published:
            starts.append(len(indices))
            indices.extend(sorted(col[a] for a in atoms))
            values.extend([1.0] * len(atoms))
            lower.append(float(value))
            upper.append(float(value))
        for fact in facts:
            starts.append(len(indices))
            indices.extend(col[a] for a, _ in fact.terms)
            values.extend(float(c) for _, c in fact.terms)
            lower.append(-math.inf if fact.lower is None else float(fact.lower))
            upper.append(math.inf if fact.upper is None else float(fact.upper))
        n_rows = len(starts)
        self._lower = np.array(lower)
        self._upper = np.array(upper)
        self._matrix = sparse.csr_matrix(
            (
                np.array(values),
                np.array(indices, dtype=np.int32),
                np.array([*starts, len(indices)]),
            ),
            shape=(n_rows, n),
        )
        if n_rows:
            h.addRows(
                n_rows,
                np.maximum(self._lower, -highspy.kHighsInf),
                np.minimum(self._upper, highspy.kHighsInf),
                len(indices),
                np.array(starts, dtype=np.int32),
                np.array(indices, dtype=np.int32),
                np.array(values),
            )
        self.h = h
        self._used = np.array(used, dtype=np.int64)
        self._witnesses = witnesses
        # Rows by what they say (a published sum and its value, or a fact): the key of
        # a row's status in the basis carried from model to model.
        self._row_keys: list[object] = [*published, *facts]
        self._start_from_last_basis()
        self._cost: IntArray = np.array([], dtype=np.int32)
        self._points: list[FloatArray] = []
        self._checked = False
        self._seen: _Seen | None = None

    def _start_from_last_basis(self) -> None:
        """Start from the last model's basis (the same rows mostly: the next round of
        protection or the next export): its atoms' and rows' statuses, new rows basic.

        Only a starting point: HiGHS takes it as an *alien* basis, repairs what no
        longer fits (a row gone, a new one) and solves from there, so the optimum is
        the same as from scratch."""
        pool = self._witnesses
        if pool is None or not self.n or self._used[-1] >= pool.size or not pool.row_status:
            return
        basis = highspy.HighsBasis()
        basis.col_status = [_STATUS[int(c)] for c in pool.col_status[self._used]]
        rows = pool.row_status
        basis.row_status = [_STATUS[rows.get(key, _BASIC)] for key in self._row_keys]
        basis.alien = True
        basis.valid = True
        with contextlib.suppress(Exception):  # a basis HiGHS refuses: it starts afresh
            self.h.setBasis(basis)

    def _keep_basis(self) -> None:
        """Keep this model's basis for the next one (see :meth:`_start_from_last_basis`)."""
        pool = self._witnesses
        if pool is None or not self.n or self._used[-1] >= pool.size:
            return
        basis = self.h.getBasis()
        if not basis.valid:
            return
        cols = [int(c.value) for c in basis.col_status]
        rows = [int(r.value) for r in basis.row_status]
        if len(cols) != self.n or len(rows) != len(self._row_keys):
            return
        pool.col_status[self._used] = np.array(cols, dtype=np.int8)
        pool.row_status.update(zip(self._row_keys, rows, strict=True))

    def check(self) -> None:
        """Raise :class:`Inconsistent` unless some non-negative counts fit every row."""
        if self._checked or self.n == 0:  # no rows: anything fits
            self._checked = True
            return
        self._objective(np.array([], dtype=np.int32))
        status = self._run(highspy.ObjSense.kMinimize)
        if status != highspy.HighsModelStatus.kOptimal:
            raise Inconsistent
        self._checked = True

    def offer(self, values: Mapping[int, int]) -> bool:
        """Keep ``values`` (the true counts, by atom) as a witness if they fit every row."""
        x = np.zeros(self.n)
        for a, v in values.items():
            i = self.col.get(a)
            if i is not None:
                x[i] = float(v)
        if not self._fits(x[:, None])[0]:
            return False
        self.add_point(x)
        self._checked = True  # a point fits every row: no solve needed to show it
        return True

    def _fits(self, points: FloatArray) -> npt.NDArray[np.bool_]:
        """Which of the points (columns of ``points``) fit every row."""
        totals = self._matrix @ points
        ok = (totals >= self._lower[:, None] - EPS) & (totals <= self._upper[:, None] + EPS)
        return np.asarray(ok.all(axis=0) & (points >= -EPS).all(axis=0))

    def _take_witnesses(self) -> None:
        """The points of earlier models (same atoms) that fit this one, as witnesses."""
        pool = self._witnesses
        if pool is None or not pool.points or not self.n or self._used[-1] >= pool.size:
            return
        points = np.stack([p[self._used] for p in pool.points], axis=1)
        for j in np.flatnonzero(self._fits(points)):
            self.add_point(points[:, j], share=False)

    def add_point(self, x: FloatArray, share: bool = True) -> None:
        point = np.asarray(x, dtype=float)
        if share and self._witnesses is not None:
            self._witnesses.add(self._used, point)
        self._points.append(point)
        if len(self._points) > _WITNESSES:
            self._points.pop(0)
        if self._seen is not None:
            self._seen.add(point)

    def bounds(
        self,
        targets: Sequence[frozenset[int]],
        k: int,
        integer: bool = False,
        exact: bool = True,
        enough: int | None = None,
    ) -> list[Bound]:
        """The range of every target (a set of atoms), in order.

        With ``exact`` False only the verdict for threshold ``k`` is wanted: a side
        that a known point settles (a maximum reaching ``k``, a minimum of 0) is
        not solved for, and that side's value is only the point's.  The points
        come first from a few solves for all the cells at once (:meth:`_batch`);
        only the cells those leave open are solved one by one.

        With ``enough`` (verdict only), once that many cells are shown unable to
        reach ``k`` the rest are left unbounded (``skipped``): the verdict is known,
        and protection repairs those first.
        """
        self.check()
        self._take_witnesses()
        # A cell hidden in several tables (the two audiences' copies, a month and its
        # corrections' twin) is bounded once.
        unique: dict[frozenset[int], int] = {}
        where = [unique.setdefault(atoms, len(unique)) for atoms in targets]
        distinct = list(unique)
        cols = [
            np.array(sorted(self.col[a] for a in atoms if a in self.col), dtype=np.int32)
            for atoms in distinct
        ]
        loose = [any(a not in self.col for a in atoms) for atoms in distinct]
        seen = _Seen(cols, whole_only=integer)
        for p in self._points:
            seen.add(p)
        self._seen = seen
        try:
            if not exact:
                self._batch(cols, loose, k, seen, enough)
            found: list[Bound] = []
            failed = 0
            for i, idx in enumerate(cols):
                if enough is not None and failed >= enough:
                    found.append(Bound(0.0, math.inf, frozenset(), frozenset(), skipped=True))
                    continue
                bound = self._bound(i, idx, loose[i], seen, k, integer, exact)
                failed += bound.upper < k - EPS
                found.append(bound)
        finally:
            self._seen = None
        self._keep_basis()
        return [found[j] for j in where]

    def _bound(
        self, i: int, idx: IntArray, loose: bool, seen: _Seen, k: int, integer: bool, exact: bool
    ) -> Bound:
        if loose and not len(idx):  # no row mentions any of its atoms
            return Bound(0.0, math.inf, frozenset(), frozenset())
        hi = lo = None
        if loose:  # unbounded above; the rest of the cell still bounds it below
            hi = _Side(math.inf, frozenset())
        best = float(seen.hi[i])
        if hi is None and not exact and best >= k - EPS:
            hi = _Side(float(math.floor(best + EPS)), frozenset())
        if seen.zero[i]:
            lo = _Side(0.0, frozenset())
        if hi is None or lo is None:
            self._objective(idx)
        if hi is None:
            hi = self._solve(idx, maximise=True, k=k, integer=integer)
        if lo is None:
            lo = self._solve(idx, maximise=False, k=k, integer=integer)
        return Bound(lo.value, hi.value, lo.culprits, hi.culprits, exact=lo.exact and hi.exact)

    def _batch(
        self,
        cols: Sequence[IntArray],
        loose: Sequence[bool],
        k: int,
        seen: _Seen,
        enough: int | None = None,
    ) -> None:
        """Points that settle many verdicts at once, from a few solves for all the cells.

        Upper side: one column ``y`` per open cell, ``0 <= y <= k`` and ``y <= cell``
        (which leaves the published polyhedron as it is), and a weighted sum of the
        ``y`` of the cells still open is maximised, the first open cell weighing more
        than all the others together: every cell the optimum takes to ``k`` is
        settled, and the solve is repeated for the cells left (each round settles or
        gives up at least its first cell).
        Lower side: the sum of the open cells is minimised, again while any reaches 0.
        A cell left open (because it fails, or shares its room with others) is then
        solved on its own.
        """
        n_t = len(cols)
        upper = [i for i in range(n_t) if len(cols[i]) and not loose[i] and seen.hi[i] < k - EPS]
        # A cell inside a published sum below k cannot reach k: solved on its own (its
        # range and culprits), not tried in the rounds.
        cap = self._sum_caps(cols, upper)
        upper = [i for i, c in zip(upper, cap, strict=True) if c >= k - EPS]
        # Smallest cells first: a point that takes a cell to k takes every cell holding
        # it there too.
        upper.sort(key=lambda i: (len(cols[i]), i))
        if upper:
            self._batch_upper(cols, upper, k, seen, enough)
        lower = [i for i in range(n_t) if len(cols[i]) and not seen.zero[i]]
        for _round in range(_BATCH_ROUNDS):
            if not lower:
                break
            counted = np.bincount(np.concatenate([cols[i] for i in lower]), minlength=self.n)
            self._costs(counted.astype(float))
            if self._run(highspy.ObjSense.kMinimize) != highspy.HighsModelStatus.kOptimal:
                break
            self.add_point(np.asarray(self.h.getSolution().col_value, dtype=float)[: self.n])
            left = [i for i in lower if not seen.zero[i]]
            if len(left) == len(lower):
                break
            lower = left

    def _sum_caps(self, cols: Sequence[IntArray], which: Sequence[int]) -> FloatArray:
        """For each cell, the least published sum that holds all its atoms (inf if none)."""
        out = np.full(len(which), math.inf)
        if not which or not self.n_published:
            return out
        lengths = np.array([len(cols[i]) for i in which])
        rows = np.concatenate([cols[i] for i in which])
        owner = np.repeat(np.arange(len(which)), lengths)
        cells = sparse.csc_matrix((np.ones(len(rows)), (rows, owner)), shape=(self.n, len(which)))
        published = self._matrix[: self.n_published]
        overlap = (published @ cells).tocoo()
        holds = overlap.data >= lengths[overlap.col] - EPS
        values = self._lower[: self.n_published][overlap.row[holds]]
        np.minimum.at(out, overlap.col[holds], values)
        return out

    def _batch_upper(
        self,
        cols: Sequence[IntArray],
        upper: list[int],
        k: int,
        seen: _Seen,
        enough: int | None,
    ) -> None:
        """The upper side of :meth:`_batch`; the ``y`` of settled cells leave the model
        as they settle, so each round is smaller than the last.  Rounds stop once
        ``enough`` first cells did not settle (they are likely to fail)."""
        h = self.h
        base, first_row, m = h.getNumCol(), h.getNumRow(), len(upper)
        zeros = np.zeros(m)
        empty_i, empty_f = np.zeros(0, np.int32), np.zeros(0)
        h.addCols(m, zeros, zeros, np.full(m, float(k)), 0, empty_i, empty_i, empty_f)
        starts: list[int] = []
        indices: list[int] = []
        values: list[float] = []
        for j, i in enumerate(upper):
            starts.append(len(indices))
            indices.append(base + j)
            values.append(1.0)
            indices.extend(int(c) for c in cols[i])
            values.extend([-1.0] * len(cols[i]))
        h.addRows(
            m,
            np.full(m, -highspy.kHighsInf),
            zeros,
            len(indices),
            np.array(starts, np.int32),
            np.array(indices, np.int32),
            np.array(values),
        )
        live = list(upper)  # the cells whose y are in the model, in column order
        given_up = 0
        try:
            self._objective(np.array([], dtype=np.int32))
            while live:
                # The first open cell comes first (its weight outweighs all the
                # others'), the others as far as the room left allows.
                weights = np.ones(len(live))
                weights[0] = float(len(live) + 1)
                h.changeColsCost(
                    len(live), np.arange(base, base + len(live), dtype=np.int32), weights
                )
                if self._run(highspy.ObjSense.kMaximize) != highspy.HighsModelStatus.kOptimal:
                    break
                self.add_point(np.asarray(h.getSolution().col_value, dtype=float)[: self.n])
                # Settled cells leave, and the first one does either way (not settled
                # even first: solved on its own).
                given_up += seen.hi[live[0]] < k - EPS
                gone = [p for p, i in enumerate(live) if p == 0 or seen.hi[i] >= k - EPS]
                at = np.array(gone, dtype=np.int32)
                h.deleteRows(len(gone), first_row + at)
                h.deleteCols(len(gone), base + at)
                dropped = set(gone)
                live = [i for p, i in enumerate(live) if p not in dropped]
                if enough is not None and given_up >= enough:
                    break
        finally:
            if live:
                h.deleteRows(len(live), np.arange(first_row, first_row + len(live), dtype=np.int32))
                h.deleteCols(len(live), np.arange(base, base + len(live), dtype=np.int32))

    # --- solving ----------------------------------------------------------------------
    def _costs(self, costs: FloatArray) -> None:
        """Every column's cost at once."""
        every = np.arange(self.n, dtype=np.int32)
        self.h.changeColsCost(self.n, every, costs)
        self._cost = every

    def _objective(self, idx: IntArray) -> None:
        if len(self._cost):
            self.h.changeColsCost(len(self._cost), self._cost, np.zeros(len(self._cost)))
        if len(idx):
            self.h.changeColsCost(len(idx), idx, np.ones(len(idx)))
        self._cost = idx

    def _run(self, sense: highspy.ObjSense) -> highspy.HighsModelStatus:
        self.h.changeObjectiveSense(sense)
        self.h.run()
        return self.h.getModelStatus()

    def _solve(self, idx: IntArray, *, maximise: bool, k: int, integer: bool) -> _Side:
        sense = highspy.ObjSense.kMaximize if maximise else highspy.ObjSense.kMinimize
        status = self._run(sense)
        if status in (
            highspy.HighsModelStatus.kUnbounded,
            highspy.HighsModelStatus.kUnboundedOrInfeasible,
        ):
            if maximise:
                return _Side(math.inf, frozenset())
            raise Inconsistent
        if status == highspy.HighsModelStatus.kInfeasible:
            raise Inconsistent
        if status != highspy.HighsModelStatus.kOptimal:
            raise RuntimeError(f"the LP solver failed: {self.h.modelStatusToString(status)}")
        solution = self.h.getSolution()
        x = np.asarray(solution.col_value, dtype=float)
        self.add_point(x)
        value = float(x[idx].sum())
        duals = np.asarray(solution.row_dual, dtype=float)[: self.n_published]
        culprits = frozenset(int(i) for i in np.flatnonzero(np.abs(duals) > EPS))
        whole_point = bool(np.all(np.abs(x - np.round(x)) <= EPS))
        if whole_point:
            return _Side(float(round(value)), culprits)
        # A fractional vertex: whole counts cannot go beyond the rounded value, and a
        # verdict resting on that value (a maximum of k or more, a minimum of 0) may
        # need an integer proof.
        rounded = math.floor(value + EPS) if maximise else max(0, math.ceil(value - EPS))
        favourable = (rounded >= k) if maximise else (rounded == 0)
        if integer and favourable:
            return self._integer(idx, sense, culprits, float(rounded))
        return _Side(float(rounded), culprits)

    def _integer(
        self, idx: IntArray, sense: highspy.ObjSense, culprits: frozenset[int], relaxed: float
    ) -> _Side:
        cols = np.arange(self.n, dtype=np.int32)
        h = self.h
        h.changeColsIntegrality(self.n, cols, np.full(self.n, highspy.HighsVarType.kInteger))
        h.setOptionValue("time_limit", _MIP_SECONDS)
        try:
            status = self._run(sense)
            if status == highspy.HighsModelStatus.kInfeasible:
                raise Inconsistent
            if status == highspy.HighsModelStatus.kOptimal:
                x = np.round(np.asarray(h.getSolution().col_value, dtype=float))
                self.add_point(x)
                return _Side(float(x[idx].sum()), culprits)
            return _Side(relaxed, culprits, exact=False)
        finally:
            h.changeColsIntegrality(self.n, cols, np.full(self.n, highspy.HighsVarType.kContinuous))
            h.setOptionValue("time_limit", highspy.kHighsInf)


def _needed(
    published: Sequence[tuple[frozenset[int], int]],
    facts: Sequence[Fact],
    targets: Sequence[frozenset[int]],
) -> list[Fact]:
    """The facts that can bind, given the published rows and the cells to bound.

    A fact whose atoms on one side are mentioned by nothing else (no published row,
    no target, no other fact) can always be met by moving those atoms, so it is left
    out; repeated until nothing changes.  This keeps the model to the atoms that
    matter (a quarter whose breakdown was never published adds nothing).
    """
    uses: dict[int, int] = {}
    for atoms in [*(a for a, _ in published), *targets]:
        for a in atoms:
            uses[a] = uses.get(a, 0) + 1
    for f in facts:
        for a, _ in f.terms:
            uses[a] = uses.get(a, 0) + 1
    keep = list(facts)
    changed = True
    while changed:
        changed = False
        left = []
        for f in keep:
            if _slack(f, uses):
                for a, _ in f.terms:
                    uses[a] -= 1
                changed = True
            else:
                left.append(f)
        keep = left
    return keep


def _slack(fact: Fact, uses: Mapping[int, int]) -> bool:
    """Whether the fact can always be met by atoms that appear nowhere else."""
    plus = [uses[a] == 1 for a, c in fact.terms if c > 0]
    minus = [uses[a] == 1 for a, c in fact.terms if c < 0]
    lower, upper = fact.lower, fact.upper
    if lower is not None and upper is not None:  # an equation: one whole side free
        if lower != 0 or upper != 0:
            return False
        return bool(plus and all(plus)) or bool(minus and all(minus))
    if upper is not None:  # sum <= upper: a free negative atom, or every positive one free
        return upper >= 0 and (any(minus) or bool(plus and all(plus)))
    assert lower is not None  # sum >= lower: a free positive atom, or every negative one free
    return lower <= 0 and (any(plus) or bool(minus and all(minus)))


def _fact_atoms(facts: Sequence[Fact]) -> set[int]:
    return {a for fact in facts for a, _ in fact.terms}
