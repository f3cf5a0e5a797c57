"""A rendered table laid out as rows by columns, totals last.

The one pivot of the cells (keys in printing order) into a grid, used by the
XLSX sheets, the PDF's tables and the preview on the Export page.  A one-way
table has a single column, the total.
"""

from __future__ import annotations

from dataclasses import dataclass

from hotline.disclosure import TOTAL
from hotline.export.release import RenderedTable


@dataclass(frozen=True)
class Grid:
    row_dim: str
    col_dim: str | None  # None: a one-way table, its one column is the total
    rows: tuple[str, ...]  # codes in printing order, the total last
    cols: tuple[str, ...]
    values: dict[tuple[str, str], int | str]  # a count or the suppression marker

    def cell(self, row: str, col: str) -> int | str:
        """The count or the marker; "" where the table has no such cell."""
        return self.values.get((row, col), "")


def pivot(rt: RenderedTable) -> Grid:
    rows: list[str] = []
    cols: list[str] = []
    values: dict[tuple[str, str], int | str] = {}
    for key, value in rt.cells:
        r = key[0]
        c = key[1] if len(key) > 1 else TOTAL
        if r not in rows:
            rows.append(r)
        if c not in cols:
            cols.append(c)
        values[(r, c)] = value
    col_dim = rt.dims[1] if len(rt.dims) > 1 else None
    return Grid(rt.dims[0], col_dim, tuple(rows), tuple(cols), values)
