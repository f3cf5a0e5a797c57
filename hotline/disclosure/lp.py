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

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int32]


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
        h.addVars(n, np.zeros(n), np.full(n, highspy.kHighsInf))
        col = self.col
        for atoms, value in published:
            idx = np.fromiter(sorted(col[a] for a in atoms), dtype=np.int32, count=len(atoms))
            h.addRow(float(value), float(value), len(idx), idx, np.ones(len(idx)))
        for fact in facts:
            idx = np.array([col[a] for a, _ in fact.terms], dtype=np.int32)
            coef = np.array([float(c) for _, c in fact.terms])
            lower = -highspy.kHighsInf if fact.lower is None else float(fact.lower)
            upper = highspy.kHighsInf if fact.upper is None else float(fact.upper)
            h.addRow(lower, upper, len(idx), idx, coef)
        self.h = h
        self._rows = [(sorted(col[a] for a in atoms), float(v), float(v)) for atoms, v in published]
        self._rows += [
            (
                [col[a] for a, _ in f.terms],
                -math.inf if f.lower is None else float(f.lower),
                math.inf if f.upper is None else float(f.upper),
            )
            for f in facts
        ]
        self._coefs = [None] * len(published) + [[float(c) for _, c in f.terms] for f in facts]
        self._cost: IntArray = np.array([], dtype=np.int32)
        self._points: list[FloatArray] = []
        self._checked = False

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
        for (cols, lower, upper), coefs in zip(self._rows, self._coefs, strict=True):
            total = float(x[cols].sum()) if coefs is None else float(np.dot(x[cols], coefs))
            if total < lower - EPS or total > upper + EPS:
                return False
        self.add_point(x)
        return True

    def add_point(self, x: FloatArray) -> None:
        self._points.append(np.asarray(x, dtype=float))
        if len(self._points) > _WITNESSES:
            self._points.pop(0)

    def bounds(
        self, targets: Sequence[frozenset[int]], k: int, integer: bool = False, exact: bool = True
    ) -> list[Bound]:
        """The range of every target (a set of atoms), in order.

        With ``exact`` False only the verdict for threshold ``k`` is wanted: a side
        that a known point settles (a maximum reaching ``k``, a minimum of 0) is
        not solved for, and that side's value is only the point's.
        """
        self.check()
        if not exact:
            self._group_points(targets)
        out: list[Bound] = []
        for atoms in targets:
            loose = any(a not in self.col for a in atoms)  # an atom no row mentions
            known = [self.col[a] for a in atoms if a in self.col]
            if loose and not known:
                out.append(Bound(0.0, math.inf, frozenset(), frozenset()))
                continue
            idx = np.array(sorted(known), dtype=np.int32)
            points = self._points
            if integer:  # only whole counts show what whole counts can do
                points = [p for p in points if np.all(np.abs(p - np.round(p)) <= EPS)]
            seen = [float(p[idx].sum()) for p in points]
            hi = lo = None
            if loose:  # unbounded above; the rest of the cell still bounds it below
                hi = _Side(math.inf, frozenset())
            if hi is None and not exact and seen and max(seen) >= k - EPS:
                hi = _Side(float(math.floor(max(seen) + EPS)), frozenset())
            if seen and min(seen) <= EPS:
                lo = _Side(0.0, frozenset())
            if hi is None or lo is None:
                self._objective(idx)
            if hi is None:
                hi = self._solve(idx, maximise=True, k=k, integer=integer)
            if lo is None:
                lo = self._solve(idx, maximise=False, k=k, integer=integer)
            out.append(
                Bound(lo.value, hi.value, lo.culprits, hi.culprits, exact=lo.exact and hi.exact)
            )
        return out

    def _group_points(self, targets: Sequence[frozenset[int]]) -> None:
        """Two solves for many cells: the hidden cells all as small, then all as large,
        as they can be together (witnesses that settle many verdicts at once)."""
        cols = sorted({self.col[a] for atoms in targets for a in atoms if a in self.col})
        if not cols:
            return
        self._objective(np.array(cols, dtype=np.int32))
        for sense in (highspy.ObjSense.kMinimize, highspy.ObjSense.kMaximize):
            if self._run(sense) == highspy.HighsModelStatus.kOptimal:
                self.add_point(np.asarray(self.h.getSolution().col_value, dtype=float))

    # --- solving ----------------------------------------------------------------------
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
