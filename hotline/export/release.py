"""From counts to a protected release: atom spaces, earlier exports, protect and audit.

Every table of one *family* (the calls tables, the referrals tables, ...) for
one year is built over one :class:`~hotline.disclosure.AtomSpace` whose atoms
are (reporting month, on time or late, primary topic[, breakdown value]).  A new
release is protected and audited together with every earlier export of the same
family in the same year (for the audience's readers: a partner also sees the
public tables), so a quarter cannot give away a cell that a month hid, and the
year cannot be subtracted from its months.

Quarterly and yearly tables count the calls of their months as closed (on time);
a call saved after its month was closed counts only in the corrections table of
the month it was saved.  So every figure is a sum of closed figures, a year adds
up from its months, and nothing published ever changes.

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

from hotline.disclosure import (
    SUPPRESSED,
    TOTAL,
    AtomSpace,
    AuditReport,
    Cell,
    CellRef,
    Decision,
    Key,
    ProtectionError,
    Table,
    audit,
    earlier_export,
    protect,
)
from hotline.errors import DeskError
from hotline.export.catalogue import (
    LATE,
    ON_TIME,
    Period,
    TableSpec,
    dimension_values,
    fallback_value,
    parse_period,
    table_spec,
    year_months,
)
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.taxonomy import Taxonomy

RELEASE_VERSION = 1
METHOD = (
    "Fixed catalogue of calendar-period tables from coded fields only. Primary suppression of "
    "every count from 0 to k-1; secondary suppression by Gaussian elimination (Statistics "
    "Norway); linear-programming audit (HiGHS) over every published number of this export and "
    "of every earlier export of the same year and family: every suppressed cell must range "
    "from 0 to at least k. One marker for every suppressed cell."
)

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


# --- atom spaces --------------------------------------------------------------------


def family_space(spec: TableSpec, year: int, taxonomy: Taxonomy) -> AtomSpace:
    """The atoms of the family of ``spec`` for one year."""
    months = ("month", year_months(year))
    if spec.measure == "persons":
        return AtomSpace([months, ("topic", dimension_values("topic", taxonomy))])
    if spec.measure == "no_content":
        return AtomSpace([months, ("kind", dimension_values("kind", taxonomy))])
    dims: list[tuple[str, Sequence[str]]] = [
        months,
        ("timing", (ON_TIME, LATE)),
        ("topic", dimension_values("topic", taxonomy)),
    ]
    if spec.breakdown is not None:
        dims.append((spec.breakdown, dimension_values(spec.breakdown, taxonomy)))
    return AtomSpace(dims)


def atom_key(space: AtomSpace, month: str, late: bool, values: Sequence[str]) -> Key:
    """The full atom key for a count row, mapping stray codes to their fallback."""
    out: list[str] = []
    rest = iter(values)
    for name, allowed in space.dims:
        if name == "month":
            out.append(month)
        elif name == "timing":
            out.append(LATE if late else ON_TIME)
        else:
            value = next(rest)
            out.append(value if value in allowed else fallback_value(name))
    return tuple(out)


def _structure(
    space: AtomSpace,
    name: str,
    period: Period,
    by: Sequence[str],
    counts: Mapping[Key, int],
    timing: str | None = None,
) -> Table:
    where: dict[str, Sequence[str]] = {"month": period.months}
    if timing is not None:
        where["timing"] = (timing,)
    return space.table(name, period.label, counts, by=by, where=where)


def release_tables(
    spec: TableSpec, period: Period, space: AtomSpace, counts: Mapping[Key, int]
) -> list[Table]:
    """The tables one export of ``spec`` publishes (the main table, and its corrections)."""
    if spec.measure in ("persons", "no_content"):
        return [_structure(space, spec.name, period, spec.dims, counts)]
    if spec.breakdown is None:
        tables = [_structure(space, spec.name, period, ["topic"], counts, ON_TIME)]
        if spec.corrections:
            tables.append(_structure(space, spec.corrections, period, ["topic"], counts, LATE))
        return tables
    return [_structure(space, spec.name, period, ["topic", spec.breakdown], counts, ON_TIME)]


OTHER_VIEW = QT_TRANSLATE_NOOP(
    "export",
    "partners, who see this table beside their own exports, could narrow hidden cells "
    "below k={k}: {problems}",
)
STALE = QT_TRANSLATE_NOOP(
    "export",
    "the figures exported earlier for {table} {period} no longer match the calls: a coded "
    "field was changed after the period was closed, and closed figures are never changed",
)


def _stale(
    space: AtomSpace, months: Collection[str], counts: Mapping[Key, int], earlier: Sequence[Earlier]
) -> str | None:
    """An earlier export whose published numbers the current counts contradict, if any.

    Only cells wholly inside the counted months are checked (their counts are at hand).
    """
    values = {space.atom(key): n for key, n in counts.items()}
    for item in earlier:
        shown, _ = _earlier_constraints(space, [item])
        for cell in shown:
            inside = all(space.key(a)[0] in months for a in cell.atoms)
            if inside and sum(values.get(a, 0) for a in cell.atoms) != cell.value:
                return STALE.format(table=item.release.table, period=item.release.period)
    return None


def _quarter(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def _shadows(
    spec: TableSpec,
    period: Period,
    space: AtomSpace,
    counts: Mapping[Key, int],
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
    # A sub-period can be worked out only from a larger period minus its published
    # siblings: shadows are needed once both kinds of table are out (or coming out).
    months_out = any(n == "calls_by_topic" and kind == "month" for n, kind in kinds)
    aggregates_out = any(kind != "month" for _, kind in kinds)
    quarters_out = (spec.name, "quarter") in kinds and (spec.name, "year") in kinds
    tables: list[Table] = []
    if spec.family == "calls" and months_out and aggregates_out:
        for month in sorted(months):
            if ("calls_by_topic", month) not in done:
                shadow = parse_period(month)
                tables.append(
                    _structure(space, "calls_by_topic", shadow, ["topic"], counts, ON_TIME)
                )
    if spec.breakdown is not None and quarters_out:
        for label in sorted({_quarter(m) for m in months}):
            quarter = parse_period(label)
            if (spec.name, label) not in done and set(quarter.months) <= set(months):
                by = ["topic", spec.breakdown]
                tables.append(_structure(space, spec.name, quarter, by, counts, ON_TIME))
    return {
        CellRef(f"{t.name}~unpublished", t.period, c.key): c.atoms
        for t in tables
        for c in t.cells
        if c.value < k
    }


def _earlier_constraints(
    space: AtomSpace, earlier: Sequence[Earlier]
) -> tuple[list[Cell], dict[CellRef, frozenset[int]]]:
    """Earlier exports of the family as constraints over this release's atom space."""
    shown: list[Cell] = []
    hidden: dict[CellRef, frozenset[int]] = {}
    space_dims = {name for name, _ in space.dims}
    for item in earlier:
        period = parse_period(item.release.period)
        for rt in item.release.tables:
            if rt.name.endswith("_corrections"):
                continue  # late calls are in no other table: they constrain nothing here
            published = rt.published()
            if len(rt.dims) == 1:
                timing = None
                if "timing" in space_dims:
                    timing = LATE if rt.name.endswith("_corrections") else ON_TIME
                structure = _structure(space, rt.name, period, rt.dims, {}, timing)
            elif rt.dims[1] in space_dims:
                structure = _structure(space, rt.name, period, rt.dims, {}, ON_TIME)
            else:  # another breakdown: only its topic margin lives in this space
                structure = _structure(space, f"{rt.name}~margin", period, rt.dims[:1], {}, ON_TIME)
                published = {key[:1]: v for key, v in published.items() if key[1] == TOTAL}
            cells, hid = earlier_export(structure, published)
            shown.extend(cells)
            hidden.update(hid)
    return shown, hidden


# --- protecting ---------------------------------------------------------------------


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def protect_release(
    spec: TableSpec,
    period: Period,
    audience: str,
    k: int,
    counts: Mapping[Key, int],
    space: AtomSpace,
    earlier: Sequence[Earlier],
    *,
    exported_at: str,
    taxonomy_version: str,
    linked: Collection[str] = (),
    other_views: Sequence[tuple[int, Sequence[Earlier]]] = (),
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> Release:
    """Protect and audit; raise :class:`ExportRefused` when no safe release exists.

    ``counts`` must cover ``linked``: the months of this period and of every earlier
    export it is audited with (their small cells not published yet are protected too).
    ``other_views`` are further audiences who will see this release beside other earlier
    exports, with their own ``k`` (a public release is also audited as partners see it).
    """
    step = progress or (lambda done, total: None)
    step(1, 4)
    tables = release_tables(spec, period, space, counts)
    before, before_hidden = _earlier_constraints(space, earlier)
    months = set(linked) | set(period.months)
    stale = _stale(space, months, counts, earlier)
    if stale is not None:
        raise ExportRefused(reason=stale)
    before_hidden.update(_shadows(spec, period, space, counts, months, earlier, k))
    _check(cancel)
    step(2, 4)
    try:
        decision = protect(
            tables,
            k,
            before,
            previously_suppressed=before_hidden,
            on_round=lambda _round: _check(cancel),  # cancel between protection rounds
        )
    except ProtectionError as exc:
        raise ExportRefused(reason=str(exc)) from exc
    _check(cancel)
    step(3, 4)
    report = audit(tables, decision, k, before, previously_suppressed=before_hidden)
    if not report.passed:
        raise ExportRefused(reason="; ".join(report.problems))
    audited = [e.ledger_id for e in earlier]
    for other_k, other in other_views:
        # Readers who also see other exports (partners see the public tables too) must not
        # learn, from this release and what they hold, a cell hidden from them.
        seen, hidden = _earlier_constraints(space, other)
        hidden.update(_shadows(spec, period, space, counts, months, other, other_k))
        view = audit(tables, decision, other_k, seen, previously_suppressed=hidden)
        if not view.passed:
            reason = OTHER_VIEW.format(k=other_k, problems="; ".join(view.problems))
            raise ExportRefused(reason=reason)
        audited += [e.ledger_id for e in other]
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


def render(table: Table, decision: Decision) -> RenderedTable:
    dims = _dims_of(table)
    return RenderedTable(table.name, table.period, dims, tuple(decision.render(table).items()))


def _dims_of(table: Table) -> tuple[str, ...]:
    # The table builder does not keep dimension names; the catalogue does.
    name = table.name.removesuffix("_corrections")
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
