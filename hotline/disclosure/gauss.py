"""Secondary suppression by elimination (the Gaussian method of Statistics Norway).

A cell is the indicator vector of its atoms.  A suppressed cell can be worked
out exactly from the published cells precisely when its vector lies in the row
space (the span) of the published cells' vectors.  The method walks through the
candidate cells in order of preference (totals and large cells first) and
publishes a candidate only if, with it, no hidden cell's vector falls into the
span; otherwise the candidate is hidden too and must itself stay outside the span
from then on.  A candidate whose vector is already in the span is published: it
tells the reader nothing new (and hiding it would hide nothing).

The span is kept as an orthonormal basis (the fixed cells' by one pivoted QR,
then modified Gram-Schmidt with one re-orthogonalisation per candidate), and every hidden cell keeps its residual: the part of its
vector outside the span.  Publishing a candidate with residual ``r`` adds the
direction ``q = r/|r|``; a hidden cell becomes derivable exactly when its residual
is parallel to ``q``.  Vectors have 0/1 entries and the tests use a relative
tolerance of 1e-9, far below the smallest non-zero residual such small integer
systems produce; the LP audit afterwards re-checks everything independently, so a
numerical slip here could only cause extra suppression, never a leak.

Atoms that belong to exactly the same cells are merged into one coordinate (an
"atom class") first; that changes no linear dependency and keeps the vectors as
short as the tables, however large the atom space.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import linalg

TOL = 1e-9

FloatArray = npt.NDArray[np.float64]


def atom_classes(cells: Sequence[frozenset[int]]) -> tuple[int, list[list[int]]]:
    """Merge atoms that lie in exactly the same cells.

    Returns the number of classes and, per cell, the sorted class numbers it
    covers.  Classes are numbered in order of their smallest atom, so the result
    depends only on the input.
    """
    n, rows = _classes([dict.fromkeys(c, 1) for c in cells])
    return n, [sorted(r) for r in rows]


def _classes(rows: Sequence[dict[int, int]]) -> tuple[int, list[dict[int, int]]]:
    """Merge atoms that have the same coefficient in every row; rows over the classes."""
    membership: dict[int, list[tuple[int, int]]] = {}
    for i, row in enumerate(rows):
        for a, coef in row.items():
            membership.setdefault(a, []).append((i, coef))
    class_of_signature: dict[tuple[tuple[int, int], ...], int] = {}
    per_row: list[dict[int, int]] = [{} for _ in rows]
    for a in sorted(membership):
        sig = tuple(membership[a])
        cls = class_of_signature.setdefault(sig, len(class_of_signature))
        for i, coef in sig:
            per_row[i][cls] = coef
    return len(class_of_signature), per_row


@dataclass(frozen=True)
class Elimination:
    """The outcome of :func:`eliminate`.

    ``published[i]`` says whether candidate ``i`` may be published.
    ``exposed`` lists the hidden cells that the fixed cells already give away
    (nothing done now can protect them).  ``fixed_span[i]`` says whether
    candidate ``i`` can be worked out from the fixed cells alone (hiding it
    would be pointless).
    """

    published: tuple[bool, ...]
    exposed: tuple[int, ...]
    fixed_span: tuple[bool, ...]


class _Span:
    """An orthonormal basis (as rows) of the published cells' span, grown one vector at a time."""

    def __init__(self, dim: int, capacity: int) -> None:
        self.basis: FloatArray = np.zeros((max(capacity, 1), dim))
        self.rank = 0

    def residual(self, v: FloatArray) -> FloatArray:
        """The part of ``v`` (a vector, or vectors as rows) outside the span."""
        q = self.basis[: self.rank]
        r = v - (v @ q.T) @ q
        r -= (r @ q.T) @ q
        return r

    def add(self, direction: FloatArray) -> None:
        self.basis[self.rank] = direction
        self.rank += 1


def _vectors(dim: int, rows: Sequence[dict[int, int]]) -> FloatArray:
    m = np.zeros((len(rows), dim))
    for i, row in enumerate(rows):
        for c, coef in row.items():
            m[i, c] = float(coef)
    return m


def eliminate(
    fixed: Sequence[frozenset[int]],
    hidden: Sequence[frozenset[int]],
    candidates: Sequence[frozenset[int]],
    equations: Sequence[Sequence[tuple[int, int]]] = (),
) -> Elimination:
    """Decide which candidates to publish.

    ``fixed`` cells are published whatever happens (earlier exports), ``hidden``
    cells are suppressed whatever happens (small counts, and cells the audit
    asked to hide), ``candidates`` are tried in the given order.  ``equations``
    are linear rows (atom, coefficient) known to sum to 0 whatever the counts
    (facts of the desk, such as a breakdown adding up to the months): they count
    as published.
    """
    n_hidden = len(hidden)
    against = Eliminator(fixed, [*hidden, *candidates], equations)
    return against.eliminate(range(n_hidden), range(n_hidden, n_hidden + len(candidates)))


class Eliminator:
    """Elimination against fixed rows, for many choices among the same cells.

    Protection runs elimination once per round, with the same fixed rows (earlier
    exports, the desk's equations) and the same cells, only split differently into
    hidden and candidates.  The costly part, the fixed rows' span and every cell's
    residual against it, is computed here once; :meth:`eliminate` then works on
    those residuals only.  That is the same arithmetic: the directions a published
    candidate adds are orthogonal to the fixed span, so a vector's residual against
    the fixed span and the candidates' directions is its fixed residual's residual
    against the directions alone.
    """

    def __init__(
        self,
        fixed: Sequence[frozenset[int]],
        cells: Sequence[frozenset[int]],
        equations: Sequence[Sequence[tuple[int, int]]] = (),
    ) -> None:
        rows = [dict.fromkeys(c, 1) for c in fixed] + [dict(e) for e in equations]
        n_fixed = len(rows)
        rows += [dict.fromkeys(c, 1) for c in cells]
        dim, classes = _classes(rows)
        fixed_vecs = _vectors(dim, classes[:n_fixed])
        vecs = _vectors(dim, classes[n_fixed:])
        self.dim = dim
        self.lengths: FloatArray = np.linalg.norm(vecs, axis=1)
        span = _Span(dim, min(dim, n_fixed))
        if len(fixed_vecs):
            # The fixed cells' span in one pivoted QR (LAPACK): the columns of Q up to
            # the rank, which the diagonal of R shows (each entry is the norm of the
            # chosen vector's residual against those chosen before it).
            q, r, _ = linalg.qr(fixed_vecs.T, mode="economic", pivoting=True)
            diag = np.abs(np.diag(r))
            scale = float(np.linalg.norm(fixed_vecs, axis=1).max())
            rank = int(np.count_nonzero(diag > TOL * max(scale, 1.0)))
            span.basis[:rank] = q[:, :rank].T
            span.rank = rank
        self.residuals: FloatArray = span.residual(vecs) if span.rank else vecs
        self.norms: FloatArray = np.linalg.norm(self.residuals, axis=1)
        self.in_fixed_span = self.norms <= TOL * self.lengths

    def eliminate(self, hidden: Iterable[int], candidates: Iterable[int]) -> Elimination:
        """:func:`eliminate` with ``hidden`` and ``candidates`` given as indices of the cells."""
        hidden = list(hidden)
        candidates = list(candidates)
        exposed = tuple(j for j, i in enumerate(hidden) if self.in_fixed_span[i])
        fixed_span = tuple(bool(self.in_fixed_span[i]) for i in candidates)
        # Residuals (rows) of the cells still hidden, with their norms; grows as
        # candidates are refused.
        kept = [i for i in hidden if not self.in_fixed_span[i]]
        capacity = len(kept) + len(candidates)
        res: FloatArray = np.zeros((max(capacity, 1), self.dim))
        res_norm: FloatArray = np.zeros(max(capacity, 1))
        res_len: FloatArray = np.zeros(max(capacity, 1))
        count = len(kept)
        res[:count] = self.residuals[kept]
        res_norm[:count] = self.norms[kept]
        res_len[:count] = self.lengths[kept]
        span = _Span(self.dim, min(self.dim, len(candidates)))
        published: list[bool] = []
        for i in candidates:
            vlen = float(self.lengths[i])
            r = span.residual(self.residuals[i]) if span.rank else self.residuals[i]
            norm = float(np.linalg.norm(r))
            if norm <= TOL * vlen:
                published.append(True)  # already derivable: publishing adds nothing
                continue
            q = r / norm
            proj = res[:count] @ q
            # Only a residual parallel to q (|projection| = its norm) can vanish.
            near = np.flatnonzero(np.abs(proj) >= 0.5 * res_norm[:count])
            left = np.linalg.norm(res[near] - np.outer(proj[near], q), axis=1)
            if np.any(left <= TOL * res_len[near]):
                published.append(False)
                res[count], res_norm[count], res_len[count] = r, norm, vlen
                count += 1
            else:
                published.append(True)
                span.add(q)
                moved = np.flatnonzero(np.abs(proj) > 1e-14 * res_norm[:count])
                res[moved] -= np.outer(proj[moved], q)
                res_norm[moved] = np.linalg.norm(res[moved], axis=1)
        return Elimination(tuple(published), exposed, fixed_span)
