"""The values the disclosure core works on: atoms, cells, tables, decisions, reports.

A release is a set of *cells* over non-negative integer *atoms*.  An atom is the
finest cross-classification count the desk knows about (for example calls in
one month, on one topic, by one sex); a cell is the sum of a set of atoms.  An
interior cell of a simple table is one atom, a total is many.  Several tables
built over one :class:`AtomSpace` share the atom numbering, so a quarterly table
and its three monthly tables are audited as one system of equations.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple, Protocol

SUPPRESSED: Final = "x"
"""The one marker for every suppressed cell, small or suppressed to protect another."""

TOTAL: Final = "_total"
"""The key component of a dimension that a cell sums over (a row, column or grand total)."""

MIN_K: Final = 5
"""No audience ever gets a threshold below this (partners under protocol get 5)."""

Key = tuple[str, ...]


class Counts(Protocol):
    """Counts by key: any mapping from key tuples to counts, such as ``dict[tuple[str, str], int]``."""

    def items(self) -> Iterable[tuple[Sequence[str], int]]: ...


def check_k(k: int) -> None:
    """Refuse a threshold below :data:`MIN_K` (or one that is not an integer)."""
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError(f"k must be an integer, got {type(k).__name__}")
    if k < MIN_K:
        raise ValueError(f"k must be at least {MIN_K} (got {k}): smaller counts point at persons")


@dataclass(frozen=True, slots=True)
class Cell:
    """One published-or-suppressed number: the sum of ``atoms``, equal to ``value``."""

    key: Key
    atoms: frozenset[int]
    value: int

    def __post_init__(self) -> None:
        if isinstance(self.value, bool) or not isinstance(self.value, int) or self.value < 0:
            raise ValueError(f"cell {self.key!r}: the value must be a non-negative integer")
        if not self.atoms:
            raise ValueError(f"cell {self.key!r}: a cell must cover at least one atom")
        if any(isinstance(a, bool) or not isinstance(a, int) or a < 0 for a in self.atoms):
            raise ValueError(f"cell {self.key!r}: atoms are non-negative integers")

    @property
    def is_total(self) -> bool:
        """True for row, column and grand totals (a key component is :data:`TOTAL`)."""
        return TOTAL in self.key


class CellRef(NamedTuple):
    """Names one cell of one table of a release: ``(table name, period, key)``."""

    table: str
    period: str
    key: Key

    def __str__(self) -> str:
        return f"{self.table}/{self.period}[{','.join(self.key)}]"


@dataclass(frozen=True, slots=True)
class Fact:
    """Something true of every desk, as a linear row over atoms: ``lower <= sum <= upper``.

    ``terms`` pairs atoms with whole coefficients; ``None`` leaves a side open.  The
    attacker knows these facts (they follow from how calls are recorded), so the
    audit uses them as constraints beside the published numbers: for example "a call
    counts at most once per outcome" is ``referrals - calls <= 0``.
    """

    terms: tuple[tuple[int, int], ...]
    lower: int | None = None
    upper: int | None = None

    def __post_init__(self) -> None:
        if not self.terms:
            raise ValueError("a fact needs at least one term")
        if self.lower is None and self.upper is None:
            raise ValueError("a fact bounds its sum on at least one side")


@dataclass(frozen=True, slots=True)
class Table:
    """A named table for one calendar period; cell keys are unique within it."""

    name: str
    period: str
    cells: tuple[Cell, ...]

    def __post_init__(self) -> None:
        keys = [c.key for c in self.cells]
        if len(set(keys)) != len(keys):
            raise ValueError(f"table {self.name}/{self.period}: cell keys must be unique")

    def ref(self, cell: Cell) -> CellRef:
        return CellRef(self.name, self.period, cell.key)

    def cell(self, key: Key) -> Cell:
        for c in self.cells:
            if c.key == key:
                return c
        raise KeyError(key)


@dataclass(frozen=True)
class Decision:
    """Which cells a release publishes (with their values) and which it suppresses.

    Treat both fields as read-only.  The decision deliberately does not say why a
    cell is suppressed: the reader must not tell a small count from a cell hidden
    to protect another.
    """

    k: int
    published: dict[CellRef, int]
    suppressed: frozenset[CellRef]

    def shown(self, ref: CellRef) -> int | str:
        """The number to print for ``ref``, or :data:`SUPPRESSED`."""
        if ref in self.suppressed:
            return SUPPRESSED
        return self.published[ref]

    def render(self, table: Table) -> dict[Key, int | str]:
        """The table as the reader sees it, in the table's cell order."""
        return {c.key: self.shown(table.ref(c)) for c in table.cells}

    def published_for(self, table: Table) -> dict[Key, int]:
        """The published numbers of one table by key (what the export ledger keeps)."""
        refs = ((c.key, table.ref(c)) for c in table.cells)
        return {key: self.published[ref] for key, ref in refs if ref in self.published}


@dataclass(frozen=True)
class AuditReport:
    """The attacker's view of a release.

    ``bounds`` holds, for every suppressed cell (of this release, and of the
    earlier exports passed in), the smallest and largest value it can take given
    every published number (``math.inf`` when unbounded), as whole numbers.
    ``problems`` are human-readable and hold only coded keys and numbers.
    """

    k: int
    passed: bool
    bounds: dict[CellRef, tuple[float, float]]
    problems: tuple[str, ...] = field(default=())


def published_cells(table: Table, published: Mapping[Key, int]) -> tuple[Cell, ...]:
    """The cells of ``table`` that an earlier export published, with the published values.

    ``table`` gives the structure (atoms, built over the same :class:`AtomSpace` as
    the new release); ``published`` holds the numbers as they were exported, for
    example from the export ledger or :meth:`Decision.published_for`.  The result
    is meant for the ``previously_published`` argument of ``protect`` and ``audit``.
    """
    by_key = {c.key: c for c in table.cells}
    unknown = sorted(set(published) - set(by_key))
    if unknown:
        raise ValueError(f"table {table.name}/{table.period} has no cells {unknown!r}")
    return tuple(Cell(c.key, c.atoms, published[c.key]) for c in table.cells if c.key in published)


def earlier_export(
    table: Table, published: Mapping[Key, int]
) -> tuple[tuple[Cell, ...], dict[CellRef, frozenset[int]]]:
    """An earlier export of ``table`` as audits need it: what it showed and what it hid.

    Returns ``(previously_published, previously_suppressed)`` for ``protect`` and
    ``audit``: the published cells with the values as exported, and every other
    cell of the table (by reference, with its atoms).  Concatenate the results
    for several earlier tables.
    """
    shown = published_cells(table, published)
    hidden = {table.ref(c): c.atoms for c in table.cells if c.key not in published}
    return shown, hidden


class AtomSpace:
    """Numbers the full cross-classification of some dimensions, row-major.

    ``AtomSpace([("month", months), ("topic", topics), ("sex", sexes)])`` numbers
    every ``(month, topic, sex)``.  :meth:`table` then builds any table of the
    family (monthly by topic, yearly by topic and sex, ...) with shared atoms.
    """

    def __init__(self, dims: Sequence[tuple[str, Sequence[str]]]) -> None:
        if not dims:
            raise ValueError("an atom space needs at least one dimension")
        names = [name for name, _ in dims]
        if len(set(names)) != len(names):
            raise ValueError("dimension names must be unique")
        self.dims: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
            (name, tuple(values)) for name, values in dims
        )
        for name, values in self.dims:
            if not values:
                raise ValueError(f"dimension {name!r} has no values")
            if len(set(values)) != len(values):
                raise ValueError(f"dimension {name!r} repeats a value")
            if TOTAL in values:
                raise ValueError(f"dimension {name!r} may not use the reserved value {TOTAL!r}")
        self._pos = {name: i for i, name in enumerate(names)}
        self._index = [{v: j for j, v in enumerate(values)} for _, values in self.dims]
        self._strides: list[int] = []
        stride = 1
        for _, values in reversed(self.dims):
            self._strides.append(stride)
            stride *= len(values)
        self._strides.reverse()
        self.size: int = stride

    def atom(self, key: Sequence[str]) -> int:
        """The number of the atom with the full key (one value per dimension)."""
        if len(key) != len(self.dims):
            raise ValueError(f"an atom key has {len(self.dims)} components, got {key!r}")
        try:
            return sum(
                s * idx[v] for s, idx, v in zip(self._strides, self._index, key, strict=True)
            )
        except KeyError as err:
            raise ValueError(f"unknown value {err.args[0]!r} in atom key {key!r}") from None

    def key(self, atom: int) -> Key:
        """The full key of an atom number (inverse of :meth:`atom`)."""
        if not 0 <= atom < self.size:
            raise ValueError(f"atom {atom} is outside this space")
        return tuple(
            values[(atom // s) % len(values)]
            for s, (_, values) in zip(self._strides, self.dims, strict=True)
        )

    def table(
        self,
        name: str,
        period: str,
        counts: Counts,
        by: Sequence[str],
        where: Mapping[str, Collection[str]] | None = None,
        with_totals: bool = True,
    ) -> Table:
        """Build a table over this space.

        ``counts`` maps full atom keys to counts (missing keys count 0).  The table
        shows the dimensions ``by`` and sums over the others, restricted to the
        values in ``where`` (``{"month": ["2026-03"]}`` for a March table).  With
        ``with_totals`` every margin is added: for each subset of ``by`` a cell
        summing over it, keyed :data:`TOTAL` there (row, column and grand totals).
        Cells come in printing order: each dimension's values, then its total.
        """
        if len(set(by)) != len(by):
            raise ValueError("a table shows each dimension at most once")
        for dim in [*by, *(where or {})]:
            if dim not in self._pos:
                raise ValueError(f"unknown dimension {dim!r}")
        allowed: list[tuple[str, ...]] = []
        for dim_name, values in self.dims:
            if where is not None and dim_name in where:
                wanted = set(where[dim_name])
                unknown = wanted - set(values)
                if unknown:
                    raise ValueError(f"unknown values {sorted(unknown)!r} for {dim_name!r}")
                allowed.append(tuple(v for v in values if v in wanted))
            else:
                allowed.append(values)
        atom_values = self._atom_values(counts)
        shown = [self._pos[d] for d in by]
        cell_atoms: dict[Key, list[int]] = {}
        cell_values: dict[Key, int] = {}
        masks = list(itertools.product((False, True), repeat=len(shown))) if with_totals else []
        for full in itertools.product(*allowed):
            atom = self.atom(full)
            value = atom_values.get(atom, 0)
            coords = tuple(full[p] for p in shown)
            for mask in masks or [(False,) * len(shown)]:
                ckey = tuple(TOTAL if m else c for m, c in zip(mask, coords, strict=True))
                cell_atoms.setdefault(ckey, []).append(atom)
                cell_values[ckey] = cell_values.get(ckey, 0) + value
        order = [(*allowed[p], *((TOTAL,) if with_totals else ())) for p in shown]
        cells = tuple(
            Cell(ckey, frozenset(cell_atoms[ckey]), cell_values[ckey])
            for ckey in itertools.product(*order)
            if ckey in cell_atoms
        )
        return Table(name, period, cells)

    def _atom_values(self, counts: Counts) -> dict[int, int]:
        out: dict[int, int] = {}
        for key, value in counts.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"count for {key!r} must be a non-negative integer")
            atom = self.atom(key)
            out[atom] = out.get(atom, 0) + value
        return out


def table_from_counts(
    name: str,
    period: str,
    dims: Sequence[tuple[str, Sequence[str]]],
    counts: Counts,
    with_totals: bool = True,
) -> Table:
    """A stand-alone table whose interior cells are its atoms (one atom each).

    ``dims`` lists ``(dimension, values)``; ``counts`` maps interior keys (one
    value per dimension) to counts, missing keys count 0.  With ``with_totals``
    the table gets every margin: a 1-D table its total, a 2-D table its row and
    column totals and the grand total.  For tables that must share atoms, build
    them from one :class:`AtomSpace` instead.
    """
    space = AtomSpace(dims)
    return space.table(name, period, counts, by=[d for d, _ in dims], with_totals=with_totals)


def all_refs(tables: Iterable[Table]) -> list[tuple[CellRef, Cell]]:
    """Every cell of a release with its reference, checking table names are unique."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[CellRef, Cell]] = []
    for t in tables:
        if (t.name, t.period) in seen:
            raise ValueError(f"table {t.name}/{t.period} appears twice in the release")
        seen.add((t.name, t.period))
        out.extend((t.ref(c), c) for c in t.cells)
    return out
