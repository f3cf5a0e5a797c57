"""A spreadsheet file as a header and rows of cells, or a plain message why not.

What the file is comes from its first bytes, not its name: a ZIP is an XLSX
workbook (read with openpyxl from the file itself, read-only: nothing is
unpacked or written anywhere), an OLE compound file is a password-protected
workbook or an old .xls, text is CSV (UTF-8, with or without a BOM, or UTF-16
with its BOM; the separator , ; or tab, whichever the header uses most). Only
the first worksheet is read. Formula cells, a merged or empty header cell, a
huge row and an empty file are refused whole, so nothing is half-read. The
messages name the file, the row and the column, never a cell's content.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cached_property
from pathlib import Path
from typing import Any

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.validation import MAX_NOTES

Cell = str | int | float | bool | datetime | date | time | None

MAX_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 500
MAX_CELL = MAX_NOTES
_XLSX = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class BadSheet(DeskError):
    """The file cannot be imported at all; the template says why."""


NOT_A_SHEET = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is not a CSV or XLSX spreadsheet. Save the old log as CSV (UTF-8) or as an "
    "Excel workbook (.xlsx) and try again. Nothing was imported.",
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "errors",
    "{name} is protected with a password, or is an old Excel file (.xls). Open it in Excel, "
    "remove the password, save it as an .xlsx workbook and try again. Nothing was imported.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "{name} could not be read as a workbook: it may be damaged. Nothing was imported."
)
CANNOT_OPEN = QT_TRANSLATE_NOOP("errors", "{name} could not be opened ({reason}).")
EMPTY = QT_TRANSLATE_NOOP(
    "errors",
    "{name} has no calls to import: a header row and at least one row below it are needed. "
    "Nothing was imported.",
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "{name} is larger than {limit} MB: split it into smaller files. Nothing was imported."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "errors",
    "{name} has more than {limit} rows: split it into smaller files. Nothing was imported.",
)
WIDE_ROW = QT_TRANSLATE_NOOP(
    "errors", "Row {row} of {name} has more than {limit} cells. Nothing was imported."
)
LONG_CELL = QT_TRANSLATE_NOOP(
    "errors",
    "Cell {cell} of {name} holds more than {limit} characters. Nothing was imported.",
)
LONG_CELL_IN_ROW = QT_TRANSLATE_NOOP(
    "errors",
    "A cell in row {row} of {name} holds more than {limit} characters. Nothing was imported.",
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors",
    "Row {row} of {name} is not UTF-8 text. Save the file as CSV UTF-8 and try again. "
    "Nothing was imported.",
)
BAD_CSV = QT_TRANSLATE_NOOP(
    "errors",
    "Row {row} of {name} is not valid CSV (a quote is not closed, or a stray character). "
    "Nothing was imported.",
)
FORMULA = QT_TRANSLATE_NOOP(
    "errors",
    "Cell {cell} of {name} holds a formula. Copy the sheet and paste it as values only, "
    "then try again. Nothing was imported.",
)
MERGED_HEADER = QT_TRANSLATE_NOOP(
    "errors",
    "The first row of {name} must hold one header per column, but column {column} has none "
    "(a merged cell, or a title above the header). Put every header in the first row, each "
    "in its own cell, and try again. Nothing was imported.",
)
SAME_HEADER = QT_TRANSLATE_NOOP(
    "errors",
    "Columns {first} and {second} of {name} have the same header. Give each column its own "
    "header and try again. Nothing was imported.",
)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column as a spreadsheet names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # as the spreadsheet numbers it: the header is row 1
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Sheet:
    name: str  # the file's name, for messages
    kind: str  # "csv" or "xlsx"
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    @cached_property
    def digest(self) -> str:
        """SHA-256 of the header and every cell (type and value): the same log read twice,
        from CSV or XLSX alike when the cells are the same, has the same digest."""
        body = hashlib.sha256()
        for text in self.header:
            body.update(text.encode("utf-8") + b"\x1f")
        for row in self.rows:
            body.update(b"\x1e")
            for cell in row.cells:
                body.update(
                    f"{type(cell).__name__}:{cell}".encode("utf-8", "surrogatepass") + b"\x1f"
                )
        return body.hexdigest()

    def column(self, index: int) -> list[tuple[int, Cell]]:
        """(row number, cell) of one column, every row."""
        return [(r.number, r.cells[index]) for r in self.rows if index < len(r.cells)]


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def read(path: Path) -> Sheet:
    """The file's first sheet; raises BadSheet with the reason."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as exc:
        raise BadSheet(CANNOT_OPEN, name=name, reason=exc.strerror or type(exc).__name__) from None
    if size > MAX_BYTES:
        raise BadSheet(TOO_LARGE, name=name, limit=MAX_BYTES // (1024 * 1024))
    if size == 0:
        raise BadSheet(EMPTY, name=name)
    if start.startswith(_OLE):
        raise BadSheet(ENCRYPTED, name=name)
    if start.startswith(_XLSX):
        return _finish(name, "xlsx", _xlsx_rows(path, name))
    return _finish(name, "csv", _csv_rows(path, name))


def _finish(name: str, kind: str, rows: Iterable[tuple[int, tuple[Cell, ...]]]) -> Sheet:
    header: tuple[str, ...] | None = None
    body: list[Row] = []
    for number, row_cells in rows:
        cells = _trimmed(row_cells)
        if len(cells) > MAX_COLUMNS:
            raise BadSheet(WIDE_ROW, name=name, row=number, limit=MAX_COLUMNS)
        for index, cell in enumerate(cells):
            if isinstance(cell, str) and len(cell) > MAX_CELL:
                cell_name = f"{column_letter(index)}{number}"
                raise BadSheet(LONG_CELL, name=name, cell=cell_name, limit=MAX_CELL)
        if header is None:
            if all(_blank(c) for c in cells):
                continue
            header = _header(name, cells)
            continue
        if all(_blank(c) for c in cells):
            continue
        if len(body) >= MAX_ROWS:
            raise BadSheet(TOO_MANY_ROWS, name=name, limit=MAX_ROWS)
        width = len(header)
        extra = [i for i, c in enumerate(cells[width:], start=width) if not _blank(c)]
        if extra:  # data under no header: the header has a gap there
            raise BadSheet(MERGED_HEADER, name=name, column=column_letter(extra[0]))
        padded = tuple(cells[:width]) + (None,) * (width - len(cells))
        body.append(Row(number, tuple(None if _blank(c) else c for c in padded)))
    if header is None or not body:
        raise BadSheet(EMPTY, name=name)
    for index in range(len(header)):
        if not header[index] and any(r.cells[index] is not None for r in body):
            raise BadSheet(MERGED_HEADER, name=name, column=column_letter(index))
    return Sheet(name, kind, header, tuple(body))


def _trimmed(cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """The row without its blank cells at the end."""
    end = len(cells)
    while end and _blank(cells[end - 1]):
        end -= 1
    return cells[:end]


def _header(name: str, cells: Sequence[Cell]) -> tuple[str, ...]:
    texts = [("" if c is None else str(c)).strip() for c in cells]
    while texts and not texts[-1]:
        texts.pop()
    # A header row with a gap before its last header: a merged cell or a title row.
    for index, text in enumerate(texts):
        if not text:
            raise BadSheet(MERGED_HEADER, name=name, column=column_letter(index))
    seen: dict[str, int] = {}
    for index, text in enumerate(texts):
        key = text.casefold()
        if key in seen:
            raise BadSheet(
                SAME_HEADER,
                name=name,
                first=column_letter(seen[key]),
                second=column_letter(index),
            )
        seen[key] = index
    return tuple(texts)


# --- CSV ---------------------------------------------------------------------------------
def _decode(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadSheet(NOT_TEXT, name=name, row=data.count(b"\n", 0, exc.start) + 1) from None
    if b"\x00" in data[:65536]:
        raise BadSheet(NOT_A_SHEET, name=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadSheet(NOT_TEXT, name=name, row=data.count(b"\n", 0, exc.start) + 1) from None


def _separator(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _csv_rows(path: Path, name: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadSheet(CANNOT_OPEN, name=name, reason=exc.strerror or type(exc).__name__) from None
    text = _decode(data, name)
    if any(ch in text[:4096] for ch in ("\x01", "\x02", "\x03", "\x04", "\x05", "\x06")):
        raise BadSheet(NOT_A_SHEET, name=name)
    first_line = text[:65536].split("\n", 1)[0].strip("\r")
    hint = re.fullmatch(r"sep=(.)", first_line)  # Excel's own line naming the separator
    if hint:
        text = text.split("\n", 1)[1] if "\n" in text else ""
    separator = hint.group(1) if hint else _separator(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    row = 0
    try:
        # Numbered as a spreadsheet shows them: a cell with line breaks is still one row.
        for row, cells in enumerate(reader, start=1):
            yield row, tuple(cells)
    except csv.Error as exc:
        number = row + 1
        if "field larger than field limit" in str(exc):  # the csv module's own limit
            raise BadSheet(LONG_CELL_IN_ROW, name=name, row=number, limit=MAX_CELL) from None
        raise BadSheet(BAD_CSV, name=name, row=number) from None


# --- XLSX --------------------------------------------------------------------------------
def _xlsx_rows(path: Path, name: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    from openpyxl import load_workbook  # only when a workbook is read

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on styles it does not read
            book = load_workbook(path, read_only=True, data_only=False, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError):
        raise BadSheet(DAMAGED, name=name) from None
    except Exception:  # openpyxl raises many kinds on a damaged file; its text is not shown
        raise BadSheet(DAMAGED, name=name) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise BadSheet(EMPTY, name=name)
        # Rows as the file holds them, not padded to the dimension the file claims (a
        # sheet once touched at XFD1048576 would make every row 16,384 cells wide).
        sheet.reset_dimensions()
        try:
            for number, cells in enumerate(sheet.iter_rows(), start=1):
                yield number, tuple(_xlsx_cell(name, number, c) for c in cells)
        except BadSheet:
            raise
        except Exception:
            raise BadSheet(DAMAGED, name=name) from None
    finally:
        book.close()


def _xlsx_cell(name: str, number: int, cell: Any) -> Cell:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f":
        column = getattr(cell, "column", None)
        letter = column_letter(column - 1) if isinstance(column, int) else "?"
        raise BadSheet(FORMULA, name=name, cell=f"{letter}{number}")
    if value is None or isinstance(value, str | int | float | bool | datetime | date | time):
        return value
    return str(value)  # a timedelta, an error code (#N/A) or the like: read as its text
