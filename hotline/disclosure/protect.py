"""Choosing what to publish: primary suppression, elimination, then audit and repair.

1. Primary suppression: every cell from 0 to ``k - 1`` is hidden (zeros too:
   a published 0 beside a hidden cell says the hidden cell holds somebody).
2. Secondary suppression by elimination (:mod:`.gauss`): candidates are tried
   totals first, then the larger cells first, so the cells hidden for protection
   are the small ones; a candidate is published only if it leaves every hidden
   cell outside the span of the published cells, earlier exports included.
3. The audit (:mod:`.audit`).  Elimination only stops exact disclosure; the audit
   also demands a range from 0 to at least ``k``.  While it fails, more cells are
   hidden: for each failing cell, the published cells its range depends on (the
   binding constraints of its LP) are candidates, and a small greedy cover picks
   as few of them as possible, preferring interior cells and small values.  The
   picked cells are then held hidden and elimination runs again (so they are
   protected in turn).  Every round hides at least one more cell, so the loop
   ends; ``max_rounds`` bounds it, and a release that cannot pass raises
   :class:`ProtectionError` rather than being returned.

Everything is ordered by explicit keys (table order, cell order): the same input
always gives the same decision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from hotline.disclosure.audit import Findings, examine
from hotline.disclosure.gauss import eliminate
from hotline.disclosure.model import AuditReport, Cell, CellRef, Decision, Table, all_refs, check_k


class ProtectionError(Exception):
    """No safe release exists for these tables (the message names coded cells only)."""

    def __init__(self, message: str, report: AuditReport | None = None) -> None:
        super().__init__(message)
        self.report = report


def _check_consistent(refs: Sequence[tuple[CellRef, Cell]]) -> None:
    seen: dict[frozenset[int], tuple[CellRef, int]] = {}
    for ref, cell in refs:
        other = seen.setdefault(cell.atoms, (ref, cell.value))
        if other[1] != cell.value:
            raise ValueError(f"{ref} and {other[0]} cover the same counts but differ")


def protect(
    tables: Iterable[Table],
    k: int,
    previously_published: Iterable[Cell] = (),
    *,
    max_rounds: int = 200,
) -> Decision:
    """Decide which cells of ``tables`` to publish so that the release passes the audit.

    ``previously_published`` are the published cells of earlier overlapping
    exports (same atom space, values as exported); they stay published and are
    part of the audit.  Raises :class:`ProtectionError` when no release passes
    (for example when earlier exports already give a small cell away), and
    ``ValueError`` for ``k`` below 5 or inconsistent tables.
    """
    check_k(k)
    tables = tuple(tables)
    refs = all_refs(tables)
    _check_consistent(refs)
    earlier = tuple(previously_published)
    primary = [i for i, (_, c) in enumerate(refs) if c.value < k]

    def preference(i: int) -> tuple[bool, int, int, int]:
        """Sort key: the cells most worth publishing first."""
        cell = refs[i][1]
        return (not cell.is_total, -cell.value, -len(cell.atoms), i)

    order = sorted((i for i, (_, c) in enumerate(refs) if c.value >= k), key=preference)
    forced: list[int] = []
    index_of = {ref: i for i, (ref, _) in enumerate(refs)}
    last: Findings | None = None
    for _ in range(max_rounds):
        hidden = primary + forced
        forced_set = set(forced)
        candidates = [i for i in order if i not in forced_set]
        elim = eliminate(
            [c.atoms for c in earlier],
            [refs[i][1].atoms for i in hidden],
            [refs[i][1].atoms for i in candidates],
        )
        if elim.exposed:
            names = ", ".join(str(refs[hidden[j]][0]) for j in elim.exposed)
            raise ProtectionError(f"earlier exports already give away: {names}")
        shown = {candidates[j] for j, ok in enumerate(elim.published) if ok}
        pointless = {candidates[j] for j, fixed in enumerate(elim.fixed_span) if fixed}
        decision = Decision(
            k=k,
            published={refs[i][0]: refs[i][1].value for i in sorted(shown)},
            suppressed=frozenset(refs[i][0] for i in range(len(refs)) if i not in shown),
        )
        last = examine(tables, decision, k, earlier)
        if last.report.passed:
            return decision
        if last.inconsistent:
            raise ProtectionError("; ".join(last.report.problems), last.report)
        releasable = shown - pointless
        extra = _cover(last.culprits, {refs[i][0] for i in releasable}, index_of, preference)
        if not extra:
            raise ProtectionError("; ".join(last.report.problems), last.report)
        forced.extend(index_of[ref] for ref in extra)
    assert last is not None
    raise ProtectionError(
        f"no safe release after {max_rounds} rounds: " + "; ".join(last.report.problems),
        last.report,
    )


def _cover(
    culprits: dict[CellRef, frozenset[CellRef]],
    releasable: set[CellRef],
    index_of: dict[CellRef, int],
    preference: Callable[[int], tuple[bool, int, int, int]],
) -> list[CellRef]:
    """Greedily pick published cells to hide so each failing cell loses a constraint."""
    options = {
        failing: sorted(c for c in cells if c in releasable)
        for failing, cells in sorted(culprits.items())
    }
    uncovered = {f for f, cells in options.items() if cells}
    picked: list[CellRef] = []
    while uncovered:
        counts: dict[CellRef, int] = {}
        for f in uncovered:
            for c in options[f]:
                counts[c] = counts.get(c, 0) + 1
        best = min(counts, key=lambda c: (-counts[c], preference(index_of[c])))
        picked.append(best)
        uncovered = {f for f in uncovered if best not in options[f]}
    return picked
