"""One atom space for everything a year publishes, with the desk's facts that tie it together.

Every table of the catalogue for one year, in every family (calls, referrals,
persons, calls without content), is built over one numbering of atoms, in parts:

* ``calls``: (reporting month, on time, late or withdrawn, primary topic): the
  monthly tables and their corrections (calls counted anew in the month: saved late
  or corrected into a topic; and those a correction withdrew from a topic);
* ``calls:<breakdown>`` for each breakdown of calls: (quarter, topic, value),
  calls counted on time (quarters and years add up closed months); exploitation and
  destination are one part, ``calls:exploitation:destination`` (quarter, topic,
  exploitation, destination), whose margins are the tables by topic and exploitation,
  by topic and destination, and by exploitation and destination;
* ``referrals``: (quarter, topic, outcome, sex), call-outcome pairs of calls on time
  (the tables by topic and outcome and by outcome and sex are its margins);
* ``persons``: (month, topic); ``no_content``: (month, kind).

The parts are tied by :meth:`YearSpace.facts`, true of every desk, which the
attacker knows as well as the desk:

* every breakdown of a quarter adds up, topic by topic, to the calls of its
  months (an equation: also used by elimination, so a quarter's topic count
  cannot give away a month's);
* a call counts at most once per outcome and every call with content has an
  outcome, for each sex: ``referrals[q,t,o,s] <= calls_by_sex[q,t,s]`` and
  ``sum_o referrals[q,t,o,s] >= calls_by_sex[q,t,s]``;
* persons concerned are at most the calls reported in the month, on time or late.

Apart from the joint parts, only topic margins are shared between breakdowns, and
any breakdown tables with common topic margins are realised by some set of calls, so
these atoms lose nothing against the full cross-classification of the calls.  Where a
published table crosses two breakdowns (exploitation by destination, referrals by
sex), those are counted in one part, so the attacker's model is the full
cross-classification there too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Final

from hotline.disclosure import AtomSpace, Cell, Fact, Key, Table, Witnesses
from hotline.export.catalogue import (
    CATALOGUE,
    LATE,
    NONE,
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


# The breakdowns of calls counted jointly: the department's table of exploitation by
# destination is the margin of one part with the two tables by topic, so the three are
# one cross-classification (quarter, topic, exploitation, destination).
JOINT_BREAKDOWNS: Final[tuple[tuple[str, ...], ...]] = (("exploitation", "destination"),)
# Referrals are counted by topic, outcome and sex: the tables by topic and outcome and
# by outcome and sex are margins of it, tied to the calls by topic and sex.
REFERRAL_DIMS: Final = ("topic", "outcome", "sex")


def _breakdown_group(spec: TableSpec) -> tuple[str, ...]:
    """The breakdown dimensions of the part a table of calls counts in."""
    own = tuple(d for d in spec.dims if d != "topic")
    for group in JOINT_BREAKDOWNS:
        if set(own) <= set(group):
            return group
    return own


def part_name(spec: TableSpec) -> str:
    """The part of the year space that a catalogue table counts in."""
    if spec.measure == "calls" and spec.breakdown is not None:
        return f"{CALLS}:{':'.join(_breakdown_group(spec))}"
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
            if name in spaces or spec.breakdown is None:
                continue
            inner = REFERRAL_DIMS if name == REFERRALS else ("topic", *_breakdown_group(spec))
            spaces[name] = AtomSpace(
                [("quarter", self.quarters)] + [(d, dimension_values(d, taxonomy)) for d in inner]
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

    def value_dims(self, part: str) -> tuple[str, ...]:
        """The coded dimensions a part is counted by, in its order (after the period)."""
        return tuple(
            d for d, _ in self.parts[part].space.dims if d not in ("month", "quarter", "timing")
        )

    def _block(self, part: str, quarter: str, topic: str, **fixed: str) -> list[int]:
        """The atoms of ``part`` for one quarter and topic (and any ``fixed`` values)."""
        dims = self.parts[part].space.dims[2:]
        choices = [(fixed[d],) if d in fixed else values for d, values in dims]
        return [self.atom(part, (quarter, topic, *rest)) for rest in product(*choices)]

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
        if spec.recorded_only:
            for dim, values in part.space.dims:
                if dim in spec.dims:
                    where[dim] = [v for v in values if v != NONE]
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
                for name in self.parts:
                    if name.startswith(f"{CALLS}:"):
                        terms = tuple((a, 1) for a in self._block(name, q, t))
                        out.append(Fact(terms + calls, 0, 0))
                out += self._referral_facts(q, t)
        for m in self.months:
            for t in self.topics:
                terms = (
                    (self.atom(PERSONS, (m, t)), 1),
                    (self.atom(CALLS, (m, ON_TIME, t)), -1),
                    (self.atom(CALLS, (m, LATE, t)), -1),
                )
                out.append(Fact(terms, None, 0))
        return out

    def _referral_facts(self, q: str, t: str) -> list[Fact]:
        """A call counts at most once per outcome and every call with content has one,
        sex by sex: ``R[q,t,o,s] <= S[q,t,s]`` and ``sum_o R[q,t,o,s] >= S[q,t,s]``, with
        ``S`` the calls by topic and sex (which add up to the calls of the quarter)."""
        if REFERRALS not in self.parts:
            return []
        sex_part = f"{CALLS}:sex"
        out: list[Fact] = []
        for s in self.parts[REFERRALS].space.dims[3][1]:
            calls = ((self.atom(sex_part, (q, t, s)), -1),)
            refs = self._block(REFERRALS, q, t, sex=s)
            out += [Fact(((r, 1), *calls), None, 0) for r in refs]
            out.append(Fact(tuple((r, 1) for r in refs) + calls, 0, None))
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
