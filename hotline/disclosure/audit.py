"""The audit: attack a release the way an outsider would, and say whether it holds.

Every published number of the release, and of every earlier export passed in,
becomes a constraint on non-negative atoms; for every suppressed cell the
smallest and largest possible value is computed (see :mod:`.bounds`).  The
release passes only if every suppressed cell can be as small as 0 and as large
as ``k`` (or more), and no published number is below ``k``.

Why the lower bound must be 0, for every suppressed cell: existence is the
sensitive fact.  A range of 1 to 40 says "somebody is in this cell".  That holds
for cells hidden to protect others too: the method is public, so a reader who
sees a suppressed cell that cannot be 0 learns it is one of the large cells
hidden for protection (so at least ``k``), and can feed that back into the
equations against its small neighbours.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hotline.disclosure.bounds import EPS, Inconsistent, System
from hotline.disclosure.model import AuditReport, Cell, CellRef, Decision, Table, all_refs, check_k


def _fmt(x: float) -> str:
    if math.isinf(x):
        return "unbounded"
    r = round(x)
    return str(r) if abs(x - r) <= EPS else f"{x:.3f}"


@dataclass(frozen=True)
class Findings:
    """An audit report plus what ``protect`` needs to repair a failing release.

    ``culprits`` maps each failing suppressed cell to the published cells of this
    release its range depends on (hiding one of them widens the range).
    """

    report: AuditReport
    culprits: dict[CellRef, frozenset[CellRef]]
    inconsistent: bool


def examine(
    tables: Sequence[Table],
    decision: Decision,
    k: int,
    previously_published: Iterable[Cell] = (),
) -> Findings:
    """The audit with the repair hints ``protect`` uses; see :func:`audit`."""
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
    hidden: list[tuple[CellRef, Cell]] = []
    for ref, cell in refs:
        if ref in decision.suppressed:
            hidden.append((ref, cell))
        elif ref in decision.published:
            if decision.published[ref] != cell.value:
                raise ValueError(f"{ref}: the decision publishes a value the table does not hold")
            published.append((ref, cell))
            if cell.value < k:
                problems.append(f"{ref}: published {cell.value}, below k={k}")
        else:
            raise ValueError(f"{ref}: the decision neither publishes nor suppresses it")

    earlier = list(previously_published)
    constraints = [(c.atoms, c.value) for _, c in published]
    constraints += [(c.atoms, c.value) for c in earlier]
    bounds: dict[CellRef, tuple[float, float]] = {}
    culprits: dict[CellRef, frozenset[CellRef]] = {}
    try:
        system = System(constraints, [c.atoms for _, c in hidden])
        for i, (ref, _) in enumerate(hidden):
            b = system.bound(i)
            bounds[ref] = (b.lower, b.upper)
            rows: set[int] = set()
            if not b.exact:
                problems.append(f"{ref}: the integer check of its range did not finish")
                rows |= b.lower_culprits | b.upper_culprits
            if b.lower > EPS or b.upper < k - EPS:
                if b.lower > EPS:
                    rows |= b.lower_culprits
                if b.upper < k - EPS:
                    rows |= b.upper_culprits
                if abs(b.upper - b.lower) <= EPS:
                    what = f"can be worked out exactly: {_fmt(b.lower)}"
                else:
                    what = f"lies between {_fmt(b.lower)} and {_fmt(b.upper)}"
                problems.append(f"{ref}: {what} (must range from 0 to at least {k})")
            if rows:
                culprits[ref] = frozenset(published[r][0] for r in rows if r < len(published))
    except Inconsistent:
        problems.append(
            "the published figures contradict each other: no counts satisfy them all "
            "(an earlier export differs from the counts now)"
        )
        report = AuditReport(k=k, passed=False, bounds=bounds, problems=tuple(problems))
        return Findings(report, {}, True)
    report = AuditReport(k=k, passed=not problems, bounds=bounds, problems=tuple(problems))
    return Findings(report, culprits, False)


def audit(
    tables: Sequence[Table],
    decision: Decision,
    k: int,
    previously_published: Iterable[Cell] = (),
) -> AuditReport:
    """Attack ``decision`` with linear programming and report every suppressed cell's range.

    ``previously_published`` are the cells of earlier exports whose period overlaps
    (built over the same atom space, with the values as exported); they are known
    to the reader and constrain the atoms too.  ``k`` is the audience's threshold.
    The report passes only if every suppressed cell ranges from 0 to at least
    ``k`` and no number of this release below ``k`` is published.
    """
    return examine(tables, decision, k, previously_published).report
