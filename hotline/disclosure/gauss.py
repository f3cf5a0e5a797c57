"""Secondary suppression by elimination (the Gaussian method of Statistics Norway).

A cell is the indicator vector of its atoms.  A suppressed cell can be worked
out exactly from the published cells precisely when its vector lies in the row
space (the span) of the published cells' vectors.  The method walks through the
candidate cells in order of preference (totals and large cells first) and
publishes a candidate only if, with it, no hidden cell's vector falls into the
span; otherwise the candidate is hidden too and must itself stay outside the span
from then on.  A candidate whose vector is already in the span is published: it
tells the reader nothing new (and hiding it would hide nothing).

The span is kept as an orthonormal basis (modified Gram-Schmidt with one
re-orthogonalisation), and every hidden cell keeps its residual: the part of its
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

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

TOL = 1e-9

FloatArray = npt.NDArray[np.float64]


def atom_classes(cells: Sequence[frozenset[int]]) -> tuple[int, list[list[int]]]:
    """Merge atoms that lie in exactly the same cells.

    Returns the number of classes and, per cell, the sorted class numbers it
    covers.  Classes are numbered in order of their smallest atom, so the result
    depends only on the input.
    """
    membership: dict[int, list[int]] = {}
    for i, atoms in enumerate(cells):
        for a in atoms:
            membership.setdefault(a, []).append(i)
    class_of_signature: dict[tuple[int, ...], int] = {}
    per_cell: list[set[int]] = [set() for _ in cells]
    for a in sorted(membership):
        sig = tuple(membership[a])
        cls = class_of_signature.setdefault(sig, len(class_of_signature))
        for i in sig:
            per_cell[i].add(cls)
    return len(class_of_signature), [sorted(s) for s in per_cell]


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
    """An orthonormal basis of the published cells' span, grown one vector at a time."""

    def __init__(self, dim: int, capacity: int) -> None:
        self.basis: FloatArray = np.zeros((dim, max(capacity, 1)))
        self.rank = 0

    def residual(self, v: FloatArray) -> FloatArray:
        q = self.basis[:, : self.rank]
        r = v - q @ (q.T @ v)
        r -= q @ (q.T @ r)
        return r

    def add(self, direction: FloatArray) -> None:
        self.basis[:, self.rank] = direction
        self.rank += 1


def _vector(dim: int, classes: Sequence[int]) -> FloatArray:
    v = np.zeros(dim)
    v[list(classes)] = 1.0
    return v


def _vectors(dim: int, cells: Sequence[Sequence[int]]) -> FloatArray:
    m = np.zeros((dim, len(cells)))
    for j, classes in enumerate(cells):
        m[list(classes), j] = 1.0
    return m


def eliminate(
    fixed: Sequence[frozenset[int]],
    hidden: Sequence[frozenset[int]],
    candidates: Sequence[frozenset[int]],
) -> Elimination:
    """Decide which candidates to publish.

    ``fixed`` cells are published whatever happens (earlier exports), ``hidden``
    cells are suppressed whatever happens (small counts, and cells the audit
    asked to hide), ``candidates`` are tried in the given order.
    """
    n_fixed, n_hidden = len(fixed), len(hidden)
    dim, classes = atom_classes([*fixed, *hidden, *candidates])
    fixed_cls = classes[:n_fixed]
    hidden_cls = classes[n_fixed : n_fixed + n_hidden]
    cand_cls = classes[n_fixed + n_hidden :]
    span = _Span(dim, min(dim, n_fixed + len(candidates)))

    for cls in fixed_cls:
        v = _vector(dim, cls)
        r = span.residual(v)
        norm = float(np.linalg.norm(r))
        if norm > TOL * float(np.linalg.norm(v)):
            span.add(r / norm)

    def residuals(cells: Sequence[Sequence[int]]) -> tuple[FloatArray, FloatArray, FloatArray]:
        v = _vectors(dim, cells)
        q = span.basis[:, : span.rank]
        r = v - q @ (q.T @ v)
        r -= q @ (q.T @ r)
        return r, np.linalg.norm(r, axis=0), np.linalg.norm(v, axis=0)

    hr, hnorm, hlen = residuals(hidden_cls)
    exposed_mask = hnorm <= TOL * hlen
    exposed = tuple(int(i) for i in np.flatnonzero(exposed_mask))
    _, cnorm, clen = residuals(cand_cls)
    fixed_span = tuple(bool(b) for b in cnorm <= TOL * clen)

    # Residuals of the hidden cells that are still hidden; grows as candidates are refused.
    res: FloatArray = hr[:, ~exposed_mask]
    res_len: FloatArray = hlen[~exposed_mask]
    published: list[bool] = []
    for cls in cand_cls:
        v = _vector(dim, cls)
        vlen = float(np.linalg.norm(v))
        r = span.residual(v)
        norm = float(np.linalg.norm(r))
        if norm <= TOL * vlen:
            published.append(True)  # already derivable: publishing adds nothing
            continue
        q = r / norm
        after = res - np.outer(q, q @ res)
        if np.any(np.linalg.norm(after, axis=0) <= TOL * res_len):
            published.append(False)
            res = np.column_stack([res, r])
            res_len = np.append(res_len, vlen)
        else:
            published.append(True)
            res = after
            span.add(q)
    return Elimination(tuple(published), exposed, fixed_span)
