"""From counts to a protected release: atom spaces, earlier exports, protect and audit.

Every table of one *family* (the calls tables, the referrals tables, ...) for
one year is built over one :class:`~hotline.disclosure.AtomSpace` whose atoms
are (reporting month, on time or late, primary topic[, breakdown value]).  A new
release is protected and audited together with every earlier export of the same
family in the same year (for the audience's readers: a partner also sees the
public tables), so a quarter cannot give away a cell that a month hid, and the
year cannot be subtracted from its months.

Quarterly and yearly tables count the calls of their months as closed (on time,
from what each month counted when it was closed); a call saved after its month
was closed counts only in the corrections table of the month it was saved, and a
primary topic corrected after it is withdrawn from the old topic and counted
under the new one in the corrections tables of the month of the correction.  So
every figure is a sum of closed figures, a year adds up from its months, and
nothing published ever changes.

Tables of another breakdown share only their topic margins with this space (the
sum over their breakdown); those margins take part as well.  Within the margins
the joint distribution of two breakdowns is never published, so the margins are
what links them.

The result is a :class:`Release`: what the reader sees (one marker for every
suppressed cell) plus the audit's verdict.  It round-trips through JSON: the
export ledger keeps it, and a re-export of the same table, period and audience
re-emits it rather than counting again.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from threadpoolctl import threadpool_limits

from hotline.disclosure import (
    SUPPRESSED,
    TOTAL,
    AuditReport,
    Cell,
    CellRef,
    Decision,
    Key,
    ProtectionError,
    Table,
    audit,
    earlier_export,
    protect_audited,
)
from hotline.errors import DeskError
from hotline.export.catalogue import (
    Period,
    TableSpec,
    base_name,
    parse_period,
    table_spec,
)
from hotline.export.notes import METHOD
from hotline.export.space import YearSpace, part_name, quarter_of
from hotline.i18n import QT_TRANSLATE_NOOP

RELEASE_VERSION = 1

Progress = Callable[[int, int], None]


class ExportRefused(DeskError):
    """The release failed its own audit, so no file is written."""

    template = QT_TRANSLATE_NOOP(
        "export", "The export was not written: it fails the disclosure audit ({reason})."
    )


class Cancelled(DeskError):
    template = QT_TRANSLATE_NOOP("export", "The export was cancelled; nothing was written.")


@dataclass(frozen=True)
class RenderedTable:
    """One table as the reader sees it: keys in printing order, counts or the marker."""

    name: str
    period: str
    dims: tuple[str, ...]
    cells: tuple[tuple[Key, int | str], ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "period": self.period,
            "dims": list(self.dims),
            "cells": [[list(key), value] for key, value in self.cells],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RenderedTable:
        cells = tuple((tuple(str(x) for x in key), value) for key, value in data["cells"])
        return cls(str(data["name"]), str(data["period"]), tuple(data["dims"]), cells)

    def published(self) -> dict[Key, int]:
        return {key: value for key, value in self.cells if isinstance(value, int)}

    def value(self, key: Key) -> int | str:
        for k, v in self.cells:
            if k == key:
                return v
        raise KeyError(key)


@dataclass(frozen=True)
class AuditSummary:
    passed: bool
    published: int
    suppressed: int
    earlier_exports: tuple[int, ...]
    smallest_upper: float | None  # the least any suppressed cell can reach (inf: unbounded)
    problems: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        upper: float | str | None = self.smallest_upper
        if self.smallest_upper is not None and math.isinf(self.smallest_upper):
            upper = "unbounded"
        return {
            "verdict": "passed" if self.passed else "failed",
            "published_cells": self.published,
            "suppressed_cells": self.suppressed,
            "earlier_exports": list(self.earlier_exports),
            "smallest_upper_bound_of_a_suppressed_cell": upper,
            "problems": list(self.problems),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuditSummary:
        upper = data.get("smallest_upper_bound_of_a_suppressed_cell")
        return cls(
            passed=data["verdict"] == "passed",
            published=int(data["published_cells"]),
            suppressed=int(data["suppressed_cells"]),
            earlier_exports=tuple(int(x) for x in data["earlier_exports"]),
            smallest_upper=math.inf if upper == "unbounded" else upper,
            problems=tuple(data.get("problems", ())),
        )


@dataclass(frozen=True)
class Release:
    """What one export publishes: the tables, the threshold, the audit's verdict."""

    table: str
    period: str
    audience: str
    k: int
    exported_at: str  # the time of the first export; re-exports keep it
    taxonomy_version: str
    tables: tuple[RenderedTable, ...]
    audit: AuditSummary
    ledger_id: int | None = field(default=None, compare=False)  # set when re-issued

    def to_json(self) -> dict[str, Any]:
        return {
            "version": RELEASE_VERSION,
            "table": self.table,
            "period": self.period,
            "audience": self.audience,
            "k": self.k,
            "exported_at": self.exported_at,
            "taxonomy_version": self.taxonomy_version,
            "method": METHOD,
            "tables": [t.to_json() for t in self.tables],
            "audit": self.audit.to_json(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any], ledger_id: int | None = None) -> Release:
        return cls(
            table=str(data["table"]),
            period=str(data["period"]),
            audience=str(data["audience"]),
            k=int(data["k"]),
            exported_at=str(data["exported_at"]),
            taxonomy_version=str(data["taxonomy_version"]),
            tables=tuple(RenderedTable.from_json(t) for t in data["tables"]),
            audit=AuditSummary.from_json(data["audit"]),
            ledger_id=ledger_id,
        )

    @property
    def spec(self) -> TableSpec:
        return table_spec(self.table)


@dataclass(frozen=True)
class Counts:
    """The counts a release needs, keyed by the full atom key of the family's space."""

    values: dict[Key, int]


@dataclass(frozen=True)
class Earlier:
    """An earlier export as the ledger keeps it."""

    ledger_id: int
    release: Release


# --- earlier exports ----------------------------------------------------------------


def _structure_of(space: YearSpace, rt: RenderedTable) -> Table:
    """The cells (atoms, no counts) of a table an earlier export published."""
    spec = table_spec(base_name(rt.name))
    return space.structure(spec, rt.name, parse_period(rt.period), rt.dims)


def earlier_constraints(
    space: YearSpace, earlier: Sequence[Earlier]
) -> tuple[list[Cell], dict[CellRef, frozenset[int]]]:
    """Every earlier export of the year, all families, as the audit's constraints.

    Returns the published cells and the suppressed ones; a cell one export hid and
    another (for another audience) published counts as published.
    """
    shown: dict[frozenset[int], Cell] = {}
    hidden: dict[CellRef, frozenset[int]] = {}
    for item in earlier:
        for rt in item.release.tables:
            cells, hid = earlier_export(_structure_of(space, rt), rt.published())
            for cell in cells:
                shown.setdefault(cell.atoms, cell)
            hidden.update(hid)
    hidden = {ref: atoms for ref, atoms in hidden.items() if atoms not in shown}
    return list(shown.values()), hidden


STALE = QT_TRANSLATE_NOOP(
    "export",
    "the figures exported earlier for {table} {period} no longer match what its closed "
    "months counted: the desk's record of them was changed outside the program, or a "
    "coded field was changed before this version kept closed months apart",
)


def _stale(space: YearSpace, truth: Mapping[int, int], earlier: Sequence[Earlier]) -> str | None:
    """An earlier export whose published numbers the current counts contradict, if any."""
    for item in earlier:
        for rt in item.release.tables:
            cells, _ = earlier_export(_structure_of(space, rt), rt.published())
            for cell in cells:
                if sum(truth.get(a, 0) for a in cell.atoms) != cell.value:
                    return STALE.format(table=item.release.table, period=item.release.period)
    return None


def contradicted(
    space: YearSpace, counts: Mapping[str, Mapping[Key, int]], release: Release
) -> bool:
    """Whether the desk's counts now contradict a number ``release`` publishes."""
    truth = truth_of(space, counts)
    return _stale(space, truth, [Earlier(release.ledger_id or 0, release)]) is not None


def _shadows(
    spec: TableSpec,
    period: Period,
    space: YearSpace,
    counts: Mapping[str, Mapping[Key, int]],
    months: Collection[str],
    earlier: Sequence[Earlier],
    k: int,
) -> dict[CellRef, frozenset[int]]:
    """Small cells of catalogue tables not exported yet over the linked months.

    Publishing a quarter and then two of its months gives the third month away by
    subtraction, though no table ever showed it.  So the cells below ``k`` of the
    monthly tables and of the quarters of this breakdown that are still to come are
    protected as if they had been suppressed already.
    """
    if spec.family not in ("calls", "referrals"):
        return {}
    done = {(rt.name, rt.period) for e in earlier for rt in e.release.tables}
    done.add((spec.name, period.label))
    kinds = {(name, parse_period(label).kind) for name, label in done}
    months_out = any(n == "calls_by_topic" and kind == "month" for n, kind in kinds)
    aggregates_out = any(kind != "month" for _, kind in kinds)
    quarters_out = (spec.name, "quarter") in kinds and (spec.name, "year") in kinds
    tables: list[Table] = []
    monthly = table_spec("calls_by_topic")
    if months_out and aggregates_out:
        for month in sorted(months):
            if ("calls_by_topic", month) not in done:
                shadow = parse_period(month)
                tables.append(
                    space.table(
                        monthly, "calls_by_topic", shadow, counts.get(part_name(monthly), {})
                    )
                )
    if spec.breakdown is not None and quarters_out:
        for label in sorted({quarter_of(m) for m in months}):
            quarter = parse_period(label)
            if (spec.name, label) not in done and set(quarter.months) <= set(months):
                part = counts.get(part_name(spec), {})
                tables.append(space.table(spec, spec.name, quarter, part))
    return {
        CellRef(f"{t.name}~unpublished", t.period, c.key): c.atoms
        for t in tables
        for c in t.cells
        if c.value < k
    }


# --- the pattern, fixed by structure ------------------------------------------------


def value_groups(values: Sequence[str]) -> list[tuple[str, ...]]:
    """A dimension's values in fixed groups of two (the last of three when odd)."""
    groups = [tuple(values[i : i + 2]) for i in range(0, len(values), 2)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        last = groups.pop()
        groups[-1] = groups[-1] + last
    return groups


def _blocks(table: Table) -> dict[Key, list[Key]]:
    """Each interior key of ``table`` with the interior keys of its fixed block.

    A block is a group of rows by a group of columns (:func:`value_groups`, in the
    catalogue's printing order): which cells hide together depends on the table's
    structure only, never on the counts.
    """
    interior = [c.key for c in table.cells if TOTAL not in c.key]
    if not interior:
        return {}
    width = len(interior[0])
    axes = [list(dict.fromkeys(key[d] for key in interior)) for d in range(width)]
    group_of = [{v: g for g in value_groups(axis) for v in g} for axis in axes]
    present = set(interior)
    out: dict[Key, list[Key]] = {}
    for key in interior:
        members: list[Key] = [()]
        for d in range(width):
            members = [(*m, v) for m in members for v in group_of[d][key[d]]]
        out[key] = [m for m in members if m in present]
    return out


def planned_hiding(
    tables: Sequence[Table], k: int, earlier: Sequence[Earlier], period: Period
) -> set[CellRef]:
    """The cells hidden by the fixed pattern: whole blocks, kept for the rest of the year.

    A block is hidden when one of its cells is below ``k``, and a block hidden in an
    earlier period of the year (same table, any audience) stays hidden in the later
    ones, so a quarter or a year never sums a hidden month with published ones.
    """
    out: set[CellRef] = set()
    for table in tables:
        blocks = _blocks(table)
        hidden: set[Key] = set()
        for cell in table.cells:
            if TOTAL not in cell.key and cell.value < k:
                hidden.update(blocks.get(cell.key, [cell.key]))
        for item in earlier:
            for rt in item.release.tables:
                other = parse_period(rt.period)
                before = other.start < period.start or set(other.months) < set(period.months)
                if rt.name != table.name or not before:
                    continue
                for key, value in rt.cells:
                    if TOTAL not in key and value == SUPPRESSED and key in blocks:
                        hidden.update(blocks[key])
        out |= {CellRef(table.name, table.period, key) for key in hidden}
    return out


# --- protecting ---------------------------------------------------------------------


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


@dataclass(frozen=True)
class View:
    """One kind of reader: their threshold and the earlier exports they hold."""

    k: int
    earlier: Sequence[Earlier]


def truth_of(space: YearSpace, counts: Mapping[str, Mapping[Key, int]]) -> dict[int, int]:
    """The counts as values of the year's atoms."""
    return {space.atom(part, key): n for part, keyed in counts.items() for key, n in keyed.items()}


def protect_release(
    spec: TableSpec,
    period: Period,
    audience: str,
    views: Sequence[View],
    counts: Mapping[str, Mapping[Key, int]],
    space: YearSpace,
    *,
    exported_at: str,
    taxonomy_version: str,
    linked: Collection[str] = (),
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> Release:
    """Protect and audit; raise :class:`ExportRefused` when no safe release exists.

    ``views`` are the readers who will see this release: the first is the
    audience's own (its ``k``); a public release is also read by partners beside
    their own exports, at their ``k``.  Each view's audit is the attacker's full
    model: every published number of every earlier export of the year it holds, in
    every family, with the desk's facts (:meth:`YearSpace.facts`).  ``counts``
    (by part of the year space) must cover ``linked``: the months of this period
    and of every earlier export it is audited with.
    """
    # The audit's matrices are small: BLAS threads only wait for each other, and on
    # shared cores a second thread made elimination several times slower.
    with threadpool_limits(limits=1, user_api="blas"):
        return _protect_release(
            spec,
            period,
            audience,
            views,
            counts,
            space,
            exported_at=exported_at,
            taxonomy_version=taxonomy_version,
            linked=linked,
            cancel=cancel,
            progress=progress,
        )


def _protect_release(
    spec: TableSpec,
    period: Period,
    audience: str,
    views: Sequence[View],
    counts: Mapping[str, Mapping[Key, int]],
    space: YearSpace,
    *,
    exported_at: str,
    taxonomy_version: str,
    linked: Collection[str],
    cancel: threading.Event | None,
    progress: Progress | None,
) -> Release:
    step = progress or (lambda done, total: None)
    step(1, 4)
    k = views[0].k
    tables = space.release_tables(spec, period, counts.get(part_name(spec), {}))
    truth = truth_of(space, counts)
    facts = space.facts()
    everything = [e for view in views for e in view.earlier]
    stale = _stale(space, truth, everything)
    if stale is not None:
        raise ExportRefused(reason=stale)
    months = set(linked) | set(period.months)
    prepared = []
    for view in views:
        before, before_hidden = earlier_constraints(space, view.earlier)
        before_hidden.update(_shadows(spec, period, space, counts, months, view.earlier, view.k))
        prepared.append((view.k, before, before_hidden))
    _check(cancel)
    step(2, 4)
    hide = planned_hiding(tables, k, everything, period)
    decision: Decision | None = None
    reports: list[AuditReport] = []
    # Feasible points carried from audit to audit (same atoms, a few rows apart), and
    # the verdict-only audit each reader's protection passed.
    witnesses = space.witnesses
    witnesses.fill(truth)
    passed: dict[int, tuple[frozenset[CellRef], AuditReport]] = {}
    try:
        for _attempt in range(3):  # hiding for one reader may need more for the other
            for i, (view_k, before, before_hidden) in enumerate(prepared):
                decision, report = protect_audited(
                    tables,
                    view_k,
                    before,
                    previously_suppressed=before_hidden,
                    on_round=lambda _round: _check(cancel),  # cancel between protection rounds
                    facts=facts,
                    also_hide=hide,
                    truth=truth,
                    witnesses=witnesses,
                )
                passed[i] = (decision.suppressed, report)
                hide |= set(decision.suppressed)
            assert decision is not None
            _check(cancel)
            step(3, 4)
            reports = [
                passed[i][1]
                if passed[i][0] == decision.suppressed
                else audit(
                    tables,
                    decision,
                    vk,
                    b,
                    previously_suppressed=bh,
                    facts=facts,
                    truth=truth,
                    witnesses=witnesses,
                )
                for i, (vk, b, bh) in enumerate(prepared)
            ]
            if all(r.passed for r in reports):
                break
    except ProtectionError as exc:
        raise ExportRefused(reason=str(exc)) from exc
    assert decision is not None
    for i, seen in enumerate(reports):
        if not seen.passed:
            reason = "; ".join(seen.problems)
            if i:
                reason = OTHER_VIEW.format(k=prepared[i][0], problems=reason)
            raise ExportRefused(reason=reason)
    report = reports[0]
    audited = sorted({e.ledger_id for e in everything})
    _check(cancel)
    step(4, 4)
    return Release(
        table=spec.name,
        period=period.label,
        audience=audience,
        k=k,
        exported_at=exported_at,
        taxonomy_version=taxonomy_version,
        tables=tuple(render(t, decision) for t in tables),
        audit=summarise(report, decision, tables, audited),
    )


OTHER_VIEW = QT_TRANSLATE_NOOP(
    "export",
    "partners, who see this table beside their own exports, could narrow hidden cells "
    "below k={k}: {problems}",
)


def render(table: Table, decision: Decision) -> RenderedTable:
    dims = _dims_of(table)
    return RenderedTable(table.name, table.period, dims, tuple(decision.render(table).items()))


def _dims_of(table: Table) -> tuple[str, ...]:
    # The table builder does not keep dimension names; the catalogue does.
    name = base_name(table.name)
    return table_spec(name).dims


def summarise(
    report: AuditReport, decision: Decision, tables: Iterable[Table], earlier: Sequence[int]
) -> AuditSummary:
    refs = {t.ref(c) for t in tables for c in t.cells}
    own = [b for ref, b in report.bounds.items() if ref in refs]
    upper = min((hi for _, hi in own), default=None)
    return AuditSummary(
        passed=report.passed,
        published=sum(1 for r in decision.published if r in refs),
        suppressed=sum(1 for r in decision.suppressed if r in refs),
        earlier_exports=tuple(sorted(set(earlier))),
        smallest_upper=upper,
        problems=report.problems,
    )


def is_suppressed(value: int | str) -> bool:
    return value == SUPPRESSED
