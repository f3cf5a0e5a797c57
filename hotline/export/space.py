"""One atom space for everything a year publishes, with the desk's facts that tie it together.

Every table of the catalogue for one year, in every family (calls, referrals,
persons, calls without content), is built over one numbering of atoms, in parts:

* ``calls``: (reporting month, on time, late or withdrawn, primary topic): the
  monthly tables and their corrections (calls counted anew in the month: saved late
  or corrected into a topic; and those a correction withdrew from a topic);
* ``calls:<breakdown>`` for each breakdown of calls: (quarter, topic, value),
  calls counted on time (quarters and years add up closed months);
* ``referrals``: (quarter, topic, outcome), call-outcome pairs of calls on time;
* ``persons``: (month, topic); ``no_content``: (month, kind).

The parts are tied by :meth:`YearSpace.facts`, true of every desk, which the
attacker knows as well as the desk:

* every breakdown of a quarter adds up, topic by topic, to the calls of its
  months (an equation: also used by elimination, so a quarter's topic count
  cannot give away a month's);
* a call counts at most once per outcome (``referrals[q,t,o] <= calls[q,t]``) and
  every call with content has an outcome (``sum_o referrals[q,t,o] >= calls[q,t]``);
* persons concerned are at most the calls reported in the month, on time or late.

Only topic margins are shared between breakdowns, and any breakdown tables with
common topic margins are realised by some set of calls, so these atoms lose nothing
against the full cross-classification of the calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from hotline.disclosure import AtomSpace, Cell, Fact, Key, Table, Witnesses
from hotline.export.catalogue import (
    CATALOGUE,
    LATE,
    ON_TIME,
    WITHDRAWN,
    Period,
    TableSpec,
    dimension_values,
    fallback_value,
    year_months,
)
from hotline.taxonomy import Taxonomy

CALLS, REFERRALS, PERSONS, NO_CONTENT = "calls", "referrals", "persons", "no_content"


def quarter_of(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"


def part_name(spec: TableSpec) -> str:
    """The part of the year space that a catalogue table counts in."""
    if spec.measure == "calls" and spec.breakdown is not None:
        return f"{CALLS}:{spec.breakdown}"
    return spec.measure


@dataclass(frozen=True)
class Part:
    space: AtomSpace
    offset: int


class YearSpace:
    """The atoms of one year's catalogue (all families), see the module documentation."""

    def __init__(self, year: int, taxonomy: Taxonomy) -> None:
        self.year = year
        self.months = year_months(year)
        self.quarters = tuple(sorted({quarter_of(m) for m in self.months}))
        topics = dimension_values("topic", taxonomy)
        self.topics = topics
        spaces: dict[str, AtomSpace] = {
            CALLS: AtomSpace(
                [("month", self.months), ("timing", (ON_TIME, LATE, WITHDRAWN)), ("topic", topics)]
            ),
            PERSONS: AtomSpace([("month", self.months), ("topic", topics)]),
            NO_CONTENT: AtomSpace(
                [("month", self.months), ("kind", dimension_values("kind", taxonomy))]
            ),
        }
        for spec in CATALOGUE:
            name = part_name(spec)
            if name not in spaces and spec.breakdown is not None:
                values = dimension_values(spec.breakdown, taxonomy)
                spaces[name] = AtomSpace(
                    [("quarter", self.quarters), ("topic", topics), (spec.breakdown, values)]
                )
        self.parts: dict[str, Part] = {}
        offset = 0
        for name, space in spaces.items():
            self.parts[name] = Part(space, offset)
            offset += space.size
        self.size = offset
        self.signature = (year, tuple((n, p.space.dims) for n, p in self.parts.items()))
        self._structures: dict[tuple[str, str, str, tuple[str, ...]], Table] = {}
        self._facts: tuple[Fact, ...] | None = None
        # Feasible points of the year's audits, offered to the next (each model checks
        # every point against all its rows before it counts).
        self.witnesses = Witnesses(self.size)

    # --- atoms ------------------------------------------------------------------------
    def atom_key(
        self, spec: TableSpec, month: str, timing: str, values: Sequence[str]
    ) -> Key | None:
        """The key in the part of ``spec`` for a count row; None for a row that part
        does not hold (corrections in a quarterly part: they are in the months' only;
        withdrawals anywhere but the calls by month)."""
        late = timing != ON_TIME
        part = part_name(spec)
        space = self.parts[part].space
        out: list[str] = []
        rest = iter(values)
        for name, allowed in space.dims:
            if name == "month":
                out.append(month)
            elif name == "quarter":
                if late:
                    return None
                out.append(quarter_of(month))
            elif name == "timing":
                out.append(timing)
            else:
                value = next(rest)
                out.append(value if value in allowed else fallback_value(name))
        return tuple(out)

    def atom(self, part: str, key: Sequence[str]) -> int:
        p = self.parts[part]
        return p.offset + p.space.atom(key)

    # --- tables -----------------------------------------------------------------------
    def table(
        self,
        spec: TableSpec,
        name: str,
        period: Period,
        counts: Mapping[Key, int],
        by: Sequence[str] | None = None,
    ) -> Table:
        """Table ``name`` of ``spec`` for ``period``; ``counts`` keyed in the part of ``spec``.

        The corrections table counts late calls (and corrections' new values), the
        withdrawn table the values corrections replaced; every other table of the calls
        part counts calls on time.
        """
        part = self.parts[part_name(spec)]
        where: dict[str, Sequence[str]] = {}
        dims = {d for d, _ in part.space.dims}
        if "month" in dims:
            where["month"] = period.months
        else:
            where["quarter"] = sorted({quarter_of(m) for m in period.months})
        if "timing" in dims:
            where["timing"] = (
                (LATE,)
                if name.endswith("_corrections")
                else (WITHDRAWN,)
                if name.endswith("_withdrawn")
                else (ON_TIME,)
            )
        shown = list(by if by is not None else spec.dims)
        built = part.space.table(name, period.label, counts, by=shown, where=where)
        if part.offset == 0:
            return built
        cells = tuple(
            Cell(c.key, frozenset(a + part.offset for a in c.atoms), c.value) for c in built.cells
        )
        return Table(built.name, built.period, cells)

    def structure(self, spec: TableSpec, name: str, period: Period, by: Sequence[str]) -> Table:
        """Table ``name`` of ``spec`` for ``period`` with its atoms and no counts (kept:
        every audit of the year reads the earlier exports' tables again)."""
        key = (spec.name, name, period.label, tuple(by))
        found = self._structures.get(key)
        if found is None:
            found = self._structures[key] = self.table(spec, name, period, {}, by=by)
        return found

    def release_tables(
        self, spec: TableSpec, period: Period, counts: Mapping[Key, int]
    ) -> list[Table]:
        """The tables one export of ``spec`` publishes (the main table and its corrections)."""
        tables = [self.table(spec, spec.name, period, counts)]
        if spec.corrections:
            tables.append(self.table(spec, spec.corrections, period, counts))
        if spec.withdrawals:
            tables.append(self.table(spec, spec.withdrawals, period, counts))
        return tables

    # --- the desk's facts -------------------------------------------------------------
    def facts(self) -> tuple[Fact, ...]:
        """The desk's facts (see the module documentation), computed once."""
        if self._facts is None:
            self._facts = tuple(self._all_facts())
        return self._facts

    def _all_facts(self) -> list[Fact]:
        out: list[Fact] = []
        for q in self.quarters:
            q_months = [m for m in self.months if quarter_of(m) == q]
            for t in self.topics:
                calls = tuple((self.atom(CALLS, (m, ON_TIME, t)), -1) for m in q_months)
                for name, part in self.parts.items():
                    if not name.startswith(f"{CALLS}:"):
                        continue
                    values = part.space.dims[2][1]
                    terms = tuple((self.atom(name, (q, t, v)), 1) for v in values)
                    out.append(Fact(terms + calls, 0, 0))
                outcomes = self.parts[REFERRALS].space.dims[2][1] if REFERRALS in self.parts else ()
                refs = [self.atom(REFERRALS, (q, t, o)) for o in outcomes]
                for r in refs:
                    out.append(Fact(((r, 1), *calls), None, 0))
                if refs:
                    out.append(Fact(tuple((r, 1) for r in refs) + calls, 0, None))
        for m in self.months:
            for t in self.topics:
                terms = (
                    (self.atom(PERSONS, (m, t)), 1),
                    (self.atom(CALLS, (m, ON_TIME, t)), -1),
                    (self.atom(CALLS, (m, LATE, t)), -1),
                )
                out.append(Fact(terms, None, 0))
        return out

    def equations(self) -> list[Fact]:
        """The facts that are equations (elimination uses them as published)."""
        return [f for f in self.facts() if f.lower is not None and f.lower == f.upper]


_SPACES: dict[tuple[object, ...], YearSpace] = {}


def year_space(year: int, taxonomy: Taxonomy) -> YearSpace:
    """The year's space for this taxonomy, shared by the exports of one process (its
    tables' structures and facts are built once)."""
    fresh = YearSpace(year, taxonomy)
    return _SPACES.setdefault(fresh.signature, fresh)


def merged(counts: Iterable[tuple[Key, int]]) -> dict[Key, int]:
    out: dict[Key, int] = {}
    for key, n in counts:
        out[key] = out.get(key, 0) + n
    return out
