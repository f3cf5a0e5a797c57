"""Choosing what to publish: primary suppression, elimination, then audit and repair.

1. Primary suppression: every cell from 0 to ``k - 1`` is hidden (zeros too:
   a published 0 beside a hidden cell says the hidden cell holds somebody).
2. Secondary suppression by elimination (:mod:`.gauss`): candidates are tried
   totals first, then the larger cells first, so the cells hidden for protection
   are the small ones; a candidate is published only if it leaves every hidden
   cell outside the span of the published cells, earlier exports included.
3. The audit (:mod:`.attack`).  Elimination only stops exact disclosure; the audit
   also demands that every hidden cell can be 0 and can reach ``k``.  While it
   fails, more cells are hidden: for each failing cell, the published sums its
   range depends on (the binding constraints of its LP) are visited smallest
   first, and a published part of the first one that has any is picked (an
   interior cell before a total; the smallest value that covers the shortfall).
   The picked cells are then held hidden and elimination runs again, so they are
   protected in turn.  Every round hides at least one more cell, so the loop
   ends; ``max_rounds`` bounds it, and a release that cannot pass raises
   :class:`ProtectionError` rather than being returned.  The audit inside the
   loop is computed for its verdict only (see :func:`.attack.examine`); the
   caller runs the full :func:`~hotline.disclosure.audit` on the result.

Everything is ordered by explicit keys (table order, cell order): the same input
always gives the same decision.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from hotline.disclosure.attack import Failure, Findings, examine
from hotline.disclosure.gauss import Eliminator
from hotline.disclosure.lp import Witnesses
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

_ENOUGH = 24
"""Failing cells a round of protection looks for before it repairs (the audit stops
there: the verdict is known, and the repairs of the first failures often fix the rest)."""


class ProtectionError(Exception):
    """No safe release exists for these tables (the message names coded cells only).

    ``report`` is the last audit tried, if any; it was computed for the verdict
    only, so an upper bound it shows may be lower than the true one.
    """

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
    previously_suppressed: Mapping[CellRef, frozenset[int]] | None = None,
    integer: bool = False,
    max_rounds: int = 200,
    on_round: Callable[[int], None] | None = None,
    facts: Sequence[Fact] = (),
    also_hide: Collection[CellRef] = (),
    truth: Mapping[int, int] | None = None,
    witnesses: Witnesses | None = None,
) -> Decision:
    """Decide which cells of ``tables`` to publish so that the release passes the audit.

    ``previously_published`` and ``previously_suppressed`` describe earlier
    exports whose period overlaps, as for :func:`~hotline.disclosure.audit`:
    their published cells stay published and constrain the attacker, their
    suppressed cells must stay protected.  ``integer`` is passed to the audit.
    ``on_round`` is called with the round number (from 1) before each round; it
    may raise to cancel.

    Raises :class:`ProtectionError` when no release passes (for example when an
    earlier export already gives a small cell away), ``ValueError`` for ``k``
    below 5 or inconsistent tables.
    """
    return protect_audited(
        tables,
        k,
        previously_published,
        previously_suppressed=previously_suppressed,
        integer=integer,
        max_rounds=max_rounds,
        on_round=on_round,
        facts=facts,
        also_hide=also_hide,
        truth=truth,
        witnesses=witnesses,
    )[0]


def protect_audited(
    tables: Iterable[Table],
    k: int,
    previously_published: Iterable[Cell] = (),
    *,
    previously_suppressed: Mapping[CellRef, frozenset[int]] | None = None,
    integer: bool = False,
    max_rounds: int = 200,
    on_round: Callable[[int], None] | None = None,
    facts: Sequence[Fact] = (),
    also_hide: Collection[CellRef] = (),
    truth: Mapping[int, int] | None = None,
    witnesses: Witnesses | None = None,
) -> tuple[Decision, AuditReport]:
    """:func:`protect`, with the verdict-only audit the decision passed."""
    check_k(k)
    tables = tuple(tables)
    refs = all_refs(tables)
    _check_consistent(refs)
    earlier = tuple(previously_published)
    earlier_hidden = sorted((previously_suppressed or {}).items())
    primary = [i for i, (_, c) in enumerate(refs) if c.value < k]

    def preference(i: int) -> tuple[bool, int, int]:
        """Sort key: totals first, then larger cells (more atoms), then table order.

        Never the counts: a reader who knows the method could tell from the order
        which hidden cell is small ("the smallest other cell" points at it).
        """
        cell = refs[i][1]
        return (not cell.is_total, -len(cell.atoms), i)

    order = sorted((i for i, (_, c) in enumerate(refs) if c.value >= k), key=preference)
    wanted = set(also_hide)
    forced: list[int] = [i for i in order if refs[i][0] in wanted]
    equations = [f.terms for f in facts if f.lower is not None and f.lower == f.upper]
    fixed, equations, earlier_hidden = _neighbourhood(
        [c for _, c in refs], list(earlier), equations, earlier_hidden
    )
    # The fixed rows and the cells are the same in every round (only which cells are
    # hidden changes): their span and residuals are computed once.
    against = Eliminator(
        [c.atoms for c in fixed],
        [c.atoms for _, c in refs] + [a for _, a in earlier_hidden],
        equations,
    )
    earlier_at = {r: len(refs) + j for j, (r, _) in enumerate(earlier_hidden)}
    last: Findings | None = None
    gone: set[CellRef] = set()
    for round_number in range(1, max_rounds + 1):
        if on_round is not None:
            on_round(round_number)
        hidden = primary + forced
        hidden_names = [refs[i][0] for i in hidden] + [r for r, _ in earlier_hidden]
        hidden_atoms = [refs[i][1].atoms for i in hidden] + [a for _, a in earlier_hidden]
        forced_set = set(forced)
        candidates = [i for i in order if i not in forced_set]
        elim = against.eliminate(hidden + [earlier_at[r] for r, _ in earlier_hidden], candidates)
        if elim.exposed:
            given = [j for j in elim.exposed if not _large(hidden_atoms[j], truth, k)]
            if given:
                names = ", ".join(str(hidden_names[j]) for j in given)
                raise ProtectionError(f"earlier exports already give away: {names}")
            # Cells hidden earlier that the published figures now fix at k or more
            # (a margin another breakdown published): known, and no small count.
            gone |= {hidden_names[j] for j in elim.exposed}
            earlier_hidden = [(r, a) for r, a in earlier_hidden if r not in gone]
            continue
        shown = {candidates[j] for j, ok in enumerate(elim.published) if ok}
        pointless = {candidates[j] for j, fixed in enumerate(elim.fixed_span) if fixed}
        decision = Decision(
            k=k,
            published={refs[i][0]: refs[i][1].value for i in sorted(shown)},
            suppressed=frozenset(refs[i][0] for i in range(len(refs)) if i not in shown),
        )
        last = examine(
            tables,
            decision,
            k,
            earlier,
            {r: a for r, a in (previously_suppressed or {}).items() if r not in gone},
            integer,
            exact=False,
            enough=_ENOUGH,
            facts=facts,
            truth=truth,
            witnesses=witnesses,
        )
        if last.report.passed:
            return decision, last.report
        if last.inconsistent:
            raise ProtectionError("; ".join(last.report.problems), last.report)
        releasable = sorted(shown - pointless)
        extra = _repairs(last.failing, [(i, refs[i][1]) for i in releasable])
        if not extra:
            raise ProtectionError("; ".join(last.report.problems), last.report)
        forced.extend(extra)
    assert last is not None
    raise ProtectionError(
        f"no safe release after {max_rounds} rounds: " + "; ".join(last.report.problems),
        last.report,
    )


def _large(atoms: frozenset[int], truth: Mapping[int, int] | None, k: int) -> bool:
    return truth is not None and sum(truth.get(a, 0) for a in atoms) >= k


def _neighbourhood(
    cells: Sequence[Cell],
    earlier: Sequence[Cell],
    equations: Sequence[tuple[tuple[int, int], ...]],
    earlier_hidden: Sequence[tuple[CellRef, frozenset[int]]],
) -> tuple[list[Cell], list[tuple[tuple[int, int], ...]], list[tuple[CellRef, frozenset[int]]]]:
    """What elimination needs to see: the rows near this release.

    Elimination is the first pass only (the audit afterwards sees everything), so it
    looks at the desk's equations within two steps of this release's atoms, the
    earlier cells that share atoms with them, and the earlier hidden cells among them.
    """
    near = {a for c in cells for a in c.atoms}
    reach = set(near)
    eqs: list[tuple[tuple[int, int], ...]] = []
    for _step in range(2):  # a breakdown's margin links to another's through the months
        eqs = [e for e in equations if any(a in reach for a, _ in e)]
        reach |= {a for e in eqs for a, _ in e}
    fixed = [c for c in earlier if not reach.isdisjoint(c.atoms)]
    reach |= {a for c in fixed for a in c.atoms}
    hidden = [(r, atoms) for r, atoms in earlier_hidden if not reach.isdisjoint(atoms)]
    return fixed, eqs, hidden


def _repairs(failing: dict[CellRef, Failure], releasable: list[tuple[int, Cell]]) -> list[int]:
    """Pick published cells to hide so that the failing cells get room to move.

    For a failing cell, the published sums its range depends on are visited
    smallest first; the first one with published parts (cells inside it) that may
    still be hidden supplies the pick: an interior cell before a total, and the
    smallest value that covers the shortfall (else the largest value), because a
    hidden cell must itself be able to reach 0, so hiding a large cell costs
    more.  A sum already given room this round is not given more.
    """
    picked: list[int] = []
    opened: list[frozenset[int]] = []
    for ref in sorted(failing):
        failure = failing[ref]
        for total in failure.binding:
            parts = [(i, c) for i, c in releasable if c.atoms <= total]
            if not parts:
                continue
            if any(atoms <= total for atoms in opened):
                break

            def rank(
                item: tuple[int, Cell], need: float = failure.need
            ) -> tuple[bool, bool, float, int]:
                i, c = item
                short = c.value < need
                return (c.is_total, short, -c.value if short else c.value, i)

            best, cell = min(parts, key=rank)
            if best not in picked:
                picked.append(best)
                opened.append(cell.atoms)
            break
    return picked
