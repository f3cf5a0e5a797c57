"""Rows of a spreadsheet as call records, with every problem named by row and column.

A `Mapping` is what the administrator confirmed: the field of each column
(None: left out) and, per coded list, what each cell text stands for (an id,
or REJECT). A text the mapping does not name is read by the taxonomy's labels
(values.guess_code); one neither names is a problem of its row. Every row is
then validated as if typed into the form. Problems never quote a cell: they
name its row, its column and what is wrong.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.records import CallRecord, Entity, utcnow
from hotline.sheets import columns as cols
from hotline.sheets import values
from hotline.sheets.reader import Cell, Row, Sheet, column_letter
from hotline.taxonomy import Taxonomy
from hotline.validation import MULTI_FIELDS, validate

REJECT = "-"  # in a value mapping: the administrator rejects this text (its rows fail)
OPERATOR_LIST = "operator"  # the value mapping of the operator column: text -> user name
CHECK_EVERY = 250  # rows between looks at the cancel flag and progress reports

ROW_PROBLEM = QT_TRANSLATE_NOOP("errors", "Row {row}, column {column} ({header}): {problem}")
ROW_PROBLEM_NO_COLUMN = QT_TRANSLATE_NOOP("errors", "Row {row} ({header}): {problem}")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "errors", "not a date; write it as 01.03.2024, 2024-03-01 or 01.03.2024 14:30"
)
NOT_A_TIME = QT_TRANSLATE_NOOP("errors", "not a time of day; write it as 14:30")
NOT_SECONDS = QT_TRANSLATE_NOOP("errors", "not a duration; write seconds (420) or minutes (7:00)")
NOT_YES_NO = QT_TRANSLATE_NOOP("errors", "neither yes nor no")
NOT_MAPPED = QT_TRANSLATE_NOOP("errors", "a value that is not mapped yet: map it or reject it")
REJECTED = QT_TRANSLATE_NOOP("errors", "a value that was rejected")
NO_DATE = QT_TRANSLATE_NOOP("errors", "the date of the call is missing")
NO_OPERATOR = QT_TRANSLATE_NOOP(
    "errors", "no operator: map the name to a user of the desk, or choose one for such rows"
)
NO_DATE_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "No column is mapped to the date of the call. Nothing was imported."
)


class Cancelled(DeskError):
    template = QT_TRANSLATE_NOOP("errors", "The import was cancelled; nothing was imported.")


class NoDateColumn(DeskError):
    template = NO_DATE_COLUMN


@dataclass(frozen=True)
class Mapping:
    columns: tuple[str | None, ...]  # the field of each column of the header
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # list -> normal text -> id

    def column_of(self, field_name: str) -> int | None:
        try:
            return self.columns.index(field_name)
        except ValueError:
            return None

    def to_saved(self, header: Sequence[str]) -> dict[str, Any]:
        """What is kept for the next file: header -> field ("" left out), and the values."""
        return {
            "columns": {h: f or "" for h, f in zip(header, self.columns, strict=True)},
            "values": self.values,
        }


@dataclass(frozen=True, slots=True)
class CellProblem:
    row: int
    column: int | None  # index in the header, None when the field has no column
    header: str  # the column's header, or the field's name
    template: str  # a message marked in the "errors" or "validation" context
    params: tuple[tuple[str, object], ...] = ()

    @property
    def letter(self) -> str:
        return "" if self.column is None else column_letter(self.column)

    def problem(self, translate: Callable[[str], str] | None = None) -> str:
        template = translate(self.template) if translate else self.template
        try:
            return template.format(**dict(self.params))
        except (KeyError, IndexError, ValueError):
            return template

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        problem = self.problem(translate)
        if self.column is None:
            line = translate(ROW_PROBLEM_NO_COLUMN) if translate else ROW_PROBLEM_NO_COLUMN
            return line.format(row=self.row, header=self.header, problem=problem)
        line = translate(ROW_PROBLEM) if translate else ROW_PROBLEM
        return line.format(row=self.row, column=self.letter, header=self.header, problem=problem)


@dataclass(frozen=True)
class ValueChoice:
    """One distinct text of a coded column, with what it is taken for."""

    list_id: str
    key: str  # values.normal of the text: what the mapping is keyed by
    text: str  # as the file first writes it (shown to the administrator only)
    count: int  # rows holding it
    chosen: str | None  # id (user name for the operator list), REJECT, or None: unknown
    saved: bool  # chosen by a saved mapping, not guessed


def list_of(field_name: str) -> str | None:
    """The coded list a field's cells are read with (OPERATOR_LIST for the operator)."""
    if field_name in cols.SINGLE_CODED:
        return cols.SINGLE_CODED[field_name]
    if field_name in MULTI_FIELDS:
        return MULTI_FIELDS[field_name]
    if field_name in cols.USER_FIELDS:
        return OPERATOR_LIST
    return None


def _parts(taxonomy: Taxonomy, field_name: str, list_id: str, cell: Cell) -> list[str]:
    raw = values.text(cell)
    if field_name in MULTI_FIELDS:
        return values.split_multi_known(taxonomy, list_id, raw)
    return [raw] if raw else []


def _guess(taxonomy: Taxonomy, list_id: str, raw: str, users: MappingType[str, int]) -> str | None:
    if list_id == OPERATOR_LIST:
        name = raw.strip().casefold()
        return name if name in users else None
    return values.guess_code(taxonomy, list_id, raw)


def value_choices(
    sheet: Sheet,
    mapping: Mapping,
    taxonomy: Taxonomy,
    users: MappingType[str, int],
    saved: MappingType[str, MappingType[str, str]] | None = None,
) -> list[ValueChoice]:
    """Every distinct text of the mapped coded columns, unknown ones first, then by list."""
    saved = saved or {}
    found: dict[tuple[str, str], list[Any]] = {}
    for index, field_name in enumerate(mapping.columns):
        list_id = list_of(field_name) if field_name else None
        if field_name is None or list_id is None:
            continue
        for _number, cell in sheet.column(index):
            for part in _parts(taxonomy, field_name, list_id, cell):
                key = cols.normal(part) or part.strip()
                entry = found.setdefault((list_id, key), [part, 0])
                entry[1] += 1
    out: list[ValueChoice] = []
    for (list_id, key), (text, count) in found.items():
        chosen = mapping.values.get(list_id, {}).get(key) or saved.get(list_id, {}).get(key)
        from_saved = chosen is not None
        if chosen is None:
            chosen = _guess(taxonomy, list_id, text, users)
        out.append(ValueChoice(list_id, key, text, count, chosen, from_saved))
    out.sort(key=lambda c: (c.chosen is not None, c.list_id, -c.count, c.key))
    return out


def mapping_with(mapping: Mapping, choices: Sequence[ValueChoice]) -> Mapping:
    """The mapping with every choice made (guessed or confirmed) written into its values."""
    merged: dict[str, dict[str, str]] = {k: dict(v) for k, v in mapping.values.items()}
    for choice in choices:
        if choice.chosen is not None:
            merged.setdefault(choice.list_id, {})[choice.key] = choice.chosen
    return Mapping(mapping.columns, merged)


@dataclass
class Converted:
    records: list[tuple[int, CallRecord]]  # (row number, record) of every good row
    problems: list[CellProblem]
    rows: int  # rows read

    @property
    def ok(self) -> bool:
        return not self.problems


class _RowReader:
    def __init__(
        self,
        sheet: Sheet,
        mapping: Mapping,
        taxonomy: Taxonomy,
        users: MappingType[str, int],
        default_operator: int | None,
        language: str,
    ) -> None:
        self.sheet = sheet
        self.mapping = mapping
        self.taxonomy = taxonomy
        self.users = users
        self.default_operator = default_operator
        self.language = language
        self.known = cols.load()

    def header(self, field_name: str) -> tuple[int | None, str]:
        index = self.mapping.column_of(field_name)
        if index is None:
            return None, self.known[field_name].name(
                self.language
            ) if field_name in self.known else field_name
        return index, self.sheet.header[index]

    def problem(
        self, row: Row, field_name: str, template: str, params: tuple[tuple[str, object], ...] = ()
    ) -> CellProblem:
        index, header = self.header(field_name)
        return CellProblem(row.number, index, header, template, params)

    def code(self, list_id: str, raw: str) -> str | bool | None:
        """The id, None when unknown, False when rejected."""
        key = cols.normal(raw) or raw.strip()
        chosen = self.mapping.values.get(list_id, {}).get(key)
        if chosen == REJECT:
            return False
        if chosen is not None:
            return chosen
        return _guess(self.taxonomy, list_id, raw, self.users)

    def convert(self, row: Row, now: datetime) -> CallRecord | list[CellProblem]:
        problems: list[CellProblem] = []
        cells = dict((f, row.cells[i]) for i, f in enumerate(self.mapping.columns) if f is not None)
        kwargs: dict[str, Any] = {}
        # the date, and a time of day from its own column
        date_cell = cells.get("started_at")
        if date_cell is None:
            problems.append(self.problem(row, "started_at", NO_DATE))
        else:
            try:
                kwargs["started_at"] = values.moment(date_cell, cells.get("time"))
            except ValueError:
                bad_time = cells.get("time") is not None and _date_only(date_cell)
                problems.append(
                    self.problem(row, "time", NOT_A_TIME)
                    if bad_time
                    else self.problem(row, "started_at", NOT_A_DATE)
                )
        # the operator: a mapped name, or the one chosen for rows without
        operator_cell = cells.get("operator")
        operator_id = self.default_operator
        if operator_cell is not None:
            chosen = self.code(OPERATOR_LIST, values.text(operator_cell))
            if chosen is False:
                problems.append(self.problem(row, "operator", REJECTED))
            elif isinstance(chosen, str) and chosen.casefold() in self.users:
                operator_id = self.users[chosen.casefold()]
            else:
                problems.append(self.problem(row, "operator", NOT_MAPPED))
                operator_id = -1
        if operator_id is None:
            problems.append(self.problem(row, "operator", NO_OPERATOR))
        entities: list[Entity] = []
        for field_name, cell in cells.items():
            if cell is None or field_name in ("started_at", "time", "operator"):
                continue
            list_id = list_of(field_name)
            if list_id is not None:
                ids: list[str] = []
                for part in _parts(self.taxonomy, field_name, list_id, cell):
                    chosen = self.code(list_id, part)
                    if chosen is False:
                        problems.append(self.problem(row, field_name, REJECTED))
                    elif chosen is None:
                        problems.append(self.problem(row, field_name, NOT_MAPPED))
                    elif isinstance(chosen, str) and chosen not in ids:
                        ids.append(chosen)
                if field_name in MULTI_FIELDS:
                    kwargs[field_name] = tuple(ids)
                elif ids:
                    kwargs[field_name] = ids[0]
            elif field_name in cols.BOOL_FIELDS:
                try:
                    flag = values.parse_bool(self.taxonomy, cell)
                except ValueError:
                    problems.append(self.problem(row, field_name, NOT_YES_NO))
                else:
                    if flag is not None:
                        kwargs[field_name] = flag
            elif field_name in cols.INT_FIELDS:
                try:
                    kwargs[field_name] = values.parse_seconds(cell)
                except ValueError:
                    problems.append(self.problem(row, field_name, NOT_SECONDS))
            elif field_name in cols.ENTITY_FIELDS:
                kind = field_name[len(cols.ENTITY_PREFIX) :]
                for part in values.split_lines(values.text(cell)):
                    entities.append(Entity(kind, part))
            else:
                kwargs[field_name] = (
                    values.text(cell) if not isinstance(cell, str) else cell.strip()
                )
        if entities:
            kwargs["entities"] = tuple(entities)
        _primary_among_topics(kwargs)
        if problems:
            return problems
        record = CallRecord(operator_id=operator_id or 0, **kwargs)
        for found in validate(record, self.taxonomy, now):
            field_name = _column_field(found.field, self.mapping)
            problems.append(self.problem(row, field_name, found.template, found.params))
        return problems or record


def _date_only(cell: Cell) -> bool:
    try:
        return values.parse_date(cell)[1]
    except ValueError:
        return False


def _primary_among_topics(kwargs: dict[str, Any]) -> None:
    """One topic column is enough: its first topic is the primary one; a primary topic
    of its own column is ticked among the topics."""
    topics = tuple(kwargs.get("topics", ()))
    primary = kwargs.get("primary_topic")
    if primary is None and topics:
        kwargs["primary_topic"] = topics[0]
    elif primary is not None and primary not in topics:
        kwargs["topics"] = (primary, *topics)


def _column_field(problem_field: str, mapping: Mapping) -> str:
    """The field whose column a validation problem is shown in."""
    if problem_field == "topics" and mapping.column_of("topics") is None:
        return "primary_topic"
    if problem_field == "entities":
        return next((f for f in mapping.columns if f in cols.ENTITY_FIELDS), "notes")
    return problem_field


def convert(
    sheet: Sheet,
    mapping: Mapping,
    taxonomy: Taxonomy,
    users: MappingType[str, int],
    default_operator: int | None = None,
    *,
    limit: int | None = None,
    language: str = "en",
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> Converted:
    """Every row (or the first `limit`) as a record, or its problems; raises Cancelled."""
    if mapping.column_of("started_at") is None:
        raise NoDateColumn()
    reader = _RowReader(sheet, mapping, taxonomy, users, default_operator, language)
    rows = sheet.rows if limit is None else sheet.rows[:limit]
    now = utcnow()
    out = Converted([], [], len(rows))
    for index, row in enumerate(rows, start=1):
        found = reader.convert(row, now)
        if isinstance(found, list):
            out.problems += found
        else:
            out.records.append((row.number, found))
        if index % CHECK_EVERY == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            if progress is not None:
                progress(index, len(rows))
    return out
