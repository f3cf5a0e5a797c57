"""The audit: attack a release the way an outsider would, and say whether it holds.

Every published number of the release, and of every earlier export passed in,
becomes a constraint on non-negative atoms; for every suppressed cell the
smallest and largest possible value is computed (see :mod:`.lp`), with the
desk's facts (:class:`~.model.Fact`) as constraints beside the published numbers.  The
release passes only if no published number is below ``k`` and every suppressed
cell can be as large as ``k`` (or more) and as small as 0.

Why the lower bound must be 0: existence is the sensitive fact.  A range of 1 to
40 says "somebody is in this cell".  That holds for cells hidden to protect
others too: the method is public, so a reader who sees a suppressed cell that
cannot be 0 learns it is one of the large cells hidden for protection (so at
least ``k``), and can feed that back into the equations against its small
neighbours.

The one exception: a suppressed cell that sums another suppressed cell (a total,
or a longer period's cell over a shorter one) and that the published numbers
already show to hold ``k`` or more.  It is hidden because a part of it is, which
the reader sees anyway, and its being large is no news; such cells are
unavoidable (once February and March have published a topic, the quarter's count
of it is at least their sum, yet it must be hidden if January's is).  An
interior cell gets no such exception: it would be hidden only to protect a
neighbour, and a reader who knows the method and sees it cannot be small would
conclude that its neighbour is (the case L7 of issue 14).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.sparse import csgraph

from hotline.disclosure.lp import EPS, Inconsistent, JointModel, Witnesses
from hotline.disclosure.model import (
    AuditReport,
    Cell,
    CellRef,
    Decision,
    Fact,
    Table,
    all_refs,
    check_k,
)


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "unbounded"
    r = round(x)
    return str(r) if abs(x - r) <= EPS else f"{x:.3f}"


@dataclass(frozen=True)
class Failure:
    """Why a suppressed cell fails: the published sums (atom sets, this release or
    earlier) its range depends on, and by how much it falls short.

    The sums come smallest first.
    """

    binding: tuple[frozenset[int], ...]
    need: float


@dataclass(frozen=True)
class Findings:
    """An audit report plus what ``protect`` needs to repair a failing release."""

    report: AuditReport
    failing: dict[CellRef, Failure]
    inconsistent: bool


def examine(
    tables: Sequence[Table],
    decision: Decision,
    k: int,
    previously_published: Iterable[Cell] = (),
    previously_suppressed: Mapping[CellRef, frozenset[int]] | None = None,
    integer: bool = False,
    exact: bool = True,
    facts: Sequence[Fact] = (),
    truth: Mapping[int, int] | None = None,
    witnesses: Witnesses | None = None,
    enough: int | None = None,
) -> Findings:
    """The audit with the repair hints ``protect`` uses; see :func:`audit`.

    With ``exact`` False only the verdict is exact: an upper bound that is known
    to reach ``k`` is not computed further (``protect`` needs no more).
    ``witnesses`` carries feasible points from one audit of the same atoms to the
    next (see :class:`~.lp.Witnesses`).  With ``enough`` (and ``exact`` False) the
    audit stops once that many cells cannot reach ``k``: a failing verdict, the
    failures found so far to repair, and no bounds for the cells not reached.
    """
    check_k(k)
    refs = all_refs(tables)
    known = {ref for ref, _ in refs}
    stray = (set(decision.published) | decision.suppressed) - known
    if stray:
        raise ValueError(f"the decision names cells that are in no table: {sorted(stray)}")
    both = set(decision.published) & decision.suppressed
    if both:
        raise ValueError(f"cells both published and suppressed: {sorted(both)}")
    problems: list[str] = []
    published: list[tuple[CellRef, Cell]] = []
    hidden: list[tuple[CellRef, frozenset[int]]] = []
    for ref, cell in refs:
        if ref in decision.suppressed:
            hidden.append((ref, cell.atoms))
        elif ref in decision.published:
            if decision.published[ref] != cell.value:
                raise ValueError(f"{ref}: the decision publishes a value the table does not hold")
            published.append((ref, cell))
            if cell.value < k:
                problems.append(f"{ref}: published {cell.value}, below k={k}")
        else:
            raise ValueError(f"{ref}: the decision neither publishes nor suppresses it")
    # Cells earlier exports hid must stay hidden (unless this release hides them itself).
    hidden += [
        (ref, atoms)
        for ref, atoms in sorted((previously_suppressed or {}).items())
        if ref not in decision.suppressed
    ]

    constraints = [(c.atoms, c.value) for _, c in published]
    constraints += [(c.atoms, c.value) for c in previously_published]
    own = {a for _, c in refs for a in c.atoms}
    constraints, facts, hidden = _connected(own, constraints, facts, hidden)
    aggregates = _aggregates(hidden)
    bounds: dict[CellRef, tuple[float, float]] = {}
    failing: dict[CellRef, Failure] = {}
    try:
        size = 1 + max(
            (a for atoms, _ in constraints for a in atoms),
            default=0,
        )
        size = max(size, 1 + max((a for _, atoms in hidden for a in atoms), default=0))
        size = max(size, 1 + max((a for f in facts for a, _ in f.terms), default=0))
        targets = [atoms for _, atoms in hidden]
        model = JointModel(size, constraints, facts, targets, witnesses)
        if truth is not None:
            model.offer(truth)
        found = model.bounds(targets, k, integer, exact, None if exact else enough)
        for (ref, _), b in zip(hidden, found, strict=True):
            if b.skipped:
                continue
            bounds[ref] = (b.lower, b.upper)
            rows: set[int] = set()
            need = 0.0
            if not b.exact:
                problems.append(f"{ref}: the integer check of its range did not finish")
                rows |= b.lower_culprits | b.upper_culprits
            # "Somebody is here": a hidden cell must be able to be 0, unless it sums
            # another hidden cell and is known to hold k or more (see the module notes).
            # An earlier cell that later figures now fix at k or more is as good as
            # published: nothing small is there to find.
            known_large = ref not in decision.suppressed and b.upper - b.lower <= EPS
            large_ok = b.lower >= k - EPS and (ref in aggregates or known_large)
            narrow_below = b.lower > EPS and not large_ok
            if narrow_below or b.upper < k - EPS:
                if narrow_below:
                    rows |= b.lower_culprits
                    need = max(need, b.lower)
                if b.upper < k - EPS:
                    rows |= b.upper_culprits
                    need = max(need, k - b.upper)
                if abs(b.upper - b.lower) <= EPS:
                    what = f"can be worked out exactly: {_fmt(b.lower)}"
                else:
                    what = f"lies between {_fmt(b.lower)} and {_fmt(b.upper)}"
                problems.append(f"{ref}: {what} (must range from 0 to at least {k})")
            if rows or need:
                sets = sorted({constraints[r][0] for r in rows}, key=lambda a: (len(a), sorted(a)))
                failing[ref] = Failure(tuple(sets), need)
    except Inconsistent:
        problems.append(
            "the published figures contradict each other: no counts satisfy them all "
            "(an earlier export differs from the counts now)"
        )
        report = AuditReport(k=k, passed=False, bounds=bounds, problems=tuple(problems))
        return Findings(report, {}, True)
    report = AuditReport(k=k, passed=not problems, bounds=bounds, problems=tuple(problems))
    return Findings(report, failing, False)


def _aggregates(hidden: Sequence[tuple[CellRef, frozenset[int]]]) -> set[CellRef]:
    """The hidden cells that sum another hidden cell (a total, a longer period)."""
    by_atom: dict[int, list[int]] = {}
    for i, (_, atoms) in enumerate(hidden):
        for a in atoms:
            by_atom.setdefault(a, []).append(i)
    out: set[CellRef] = set()
    for _, part in hidden:
        for j in by_atom[min(part)]:  # every cell holding the part holds its first atom
            ref, atoms = hidden[j]
            if len(part) < len(atoms) and part < atoms:
                out.add(ref)
    return out


def _connected(
    own: set[int],
    constraints: list[tuple[frozenset[int], int]],
    facts: Sequence[Fact],
    hidden: list[tuple[CellRef, frozenset[int]]],
) -> tuple[list[tuple[frozenset[int], int]], list[Fact], list[tuple[CellRef, frozenset[int]]]]:
    """The rows and hidden cells linked to this release's atoms.

    An LP bound depends only on the rows connected to its atoms, so an earlier hidden
    cell that no chain of published rows, facts and hidden cells links to this
    release keeps the range it had when it was audited: nothing new bears on it.
    """
    if not own:
        return constraints, list(facts), hidden
    groups: list[Sequence[int]] = [sorted(own)]
    groups += [sorted(atoms) for atoms, _ in constraints]
    groups += [[a for a, _ in f.terms] for f in facts]
    groups += [sorted(atoms) for _, atoms in hidden]
    groups = [g for g in groups if len(g)]
    lengths = np.fromiter((len(g) for g in groups), dtype=np.int64, count=len(groups))
    members = np.fromiter((a for g in groups for a in g), dtype=np.int64, count=int(lengths.sum()))
    firsts = np.repeat(
        np.fromiter((g[0] for g in groups), dtype=np.int64, count=len(groups)), lengths
    )
    size = int(members.max()) + 1
    graph = sparse.coo_matrix((np.ones(len(members)), (members, firsts)), shape=(size, size))
    _, label = csgraph.connected_components(graph, directed=False)
    root = label[groups[0][0]]

    def linked(atoms: Iterable[int]) -> bool:
        first = next(iter(atoms), None)
        return first is not None and bool(label[first] == root)

    return (
        [row for row in constraints if linked(row[0])],
        [f for f in facts if linked(a for a, _ in f.terms)],
        [(ref, atoms) for ref, atoms in hidden if linked(atoms)],
    )


def audit(
    tables: Sequence[Table],
    decision: Decision,
    k: int,
    previously_published: Iterable[Cell] = (),
    *,
    previously_suppressed: Mapping[CellRef, frozenset[int]] | None = None,
    integer: bool = False,
    facts: Sequence[Fact] = (),
    truth: Mapping[int, int] | None = None,
    witnesses: Witnesses | None = None,
) -> AuditReport:
    """Attack ``decision`` with linear programming and report every suppressed cell's range.

    Earlier exports whose period overlaps (built over the same atom space) take
    part: ``previously_published`` are their published cells with the values as
    exported (known to the reader, so they constrain the atoms), and
    ``previously_suppressed`` maps their suppressed cells to their atoms (they
    must stay protected: publishing a quarter must not reveal a cell a month
    hid).  :func:`earlier_export` builds both from the ledger.  ``k`` is this
    audience's threshold and applies to the earlier suppressed cells too, so pass
    the earlier exports made for the same audience.

    The bounds are those of linear programming (the counts relaxed to real
    numbers), rounded inwards to whole numbers.  ``integer=True`` also proves,
    by integer programming, every bound the verdict rests on where the LP's
    optimum was fractional: an attacker reasoning in whole counts can do no
    better.  Tables of one or two classifications, and families linked by
    margins of two, never need it (their LP optima are whole); for richer
    families it is exact but can take minutes.

    The report passes only if no number of this release below ``k`` is published
    and every suppressed cell ranges from 0 to at least ``k`` (or, see the module
    documentation, is known to hold at least ``k`` whatever the release hides).
    """
    return examine(
        tables,
        decision,
        k,
        previously_published,
        previously_suppressed,
        integer,
        exact=truth is None,
        facts=facts,
        truth=truth,
        witnesses=witnesses,
    ).report
