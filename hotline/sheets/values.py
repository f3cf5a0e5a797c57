"""Cells as the call record holds them: taxonomy ids, dates, numbers, yes and no.

Coded values are guessed from the taxonomy's own labels in az, ru and en (the
one place for labels): a cell matches an item's id, its label, or one part of
a label written "A / B" ("Xaricdə iş" is work_abroad, whose label is "Xaricdə
iş / iş təklifləri"), or begins one unambiguously; case, ə/ı and punctuation
are ignored. Yes and no are the labels of the consent list's "yes" and "no"
items, with 1/0, true/false and +/-. A cell no rule reads is left to the
administrator to map or to reject.

Dates: 01.03.2024 (day first, as written locally; also 01/03/2024 and
01-03-2024, two-digit years), 2024-03-01, an ISO date and time with its zone,
an Excel serial day number (45352, with a fraction for the time of day), or a
workbook's own date cell. A date without a zone is the desk machine's local
time, as the window shows times.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from hotline.records import from_iso
from hotline.sheets.columns import normal
from hotline.sheets.reader import Cell
from hotline.taxonomy import LANGUAGES, Taxonomy

EXCEL_EPOCH = datetime(
    1899, 12, 30
)  # day 0 of Excel's 1900 date system (its leap-year bug included)
# Serial days read as dates: 1960-01-01 .. 2100-12-31; other numbers are no date.
SERIAL_RANGE = (21916, 73415)
_DATE_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%y", "%Y.%m.%d")
_TIME_FORMATS = ("%H:%M", "%H:%M:%S", "%H.%M")
_SPLIT = re.compile(r"\s*[;\n|]\s*")
_TRUE_EXTRA = ("1", "true", "x", "+", "да", "bəli", "yes")
_FALSE_EXTRA = ("0", "false", "-", "нет", "xeyr", "no")


def text(cell: Cell) -> str:
    """A cell as the text it shows (a whole float without its .0)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.strftime("%d.%m.%Y %H:%M")
    if isinstance(cell, date):
        return cell.strftime("%d.%m.%Y")
    if isinstance(cell, time):
        return cell.strftime("%H:%M")
    return str(cell).strip()


# --- coded values ----------------------------------------------------------------------
_Candidates = tuple[dict[str, str], tuple[tuple[str, str], ...]]
# By the taxonomy object (kept alive with its entry, so its id is not reused) and list.
_CACHE: dict[tuple[int, str], tuple[Taxonomy, _Candidates]] = {}


def _candidates(taxonomy: Taxonomy, list_id: str) -> _Candidates:
    """(exact text -> id, (text, id) for prefix matching) of one list."""
    cached = _CACHE.get((id(taxonomy), list_id))
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    exact: dict[str, set[str]] = {}
    for item in taxonomy[list_id].items:
        texts = {item.id, item.id.replace("_", " ")}
        for language in LANGUAGES:
            label = item.labels.get(language)
            if label:
                texts.add(label)
                texts.update(part for part in label.split(" / ") if part.strip())
        for t in texts:
            key = normal(t)
            if key:
                exact.setdefault(key, set()).add(item.id)
    unique = {k: next(iter(v)) for k, v in exact.items() if len(v) == 1}
    found = (unique, tuple(sorted(unique.items())))
    _CACHE[(id(taxonomy), list_id)] = (taxonomy, found)
    return found


def guess_code(taxonomy: Taxonomy, list_id: str, cell_text: str) -> str | None:
    """The id a cell names in the list, or None when it names none or several."""
    key = normal(cell_text)
    if not key:
        return None
    exact, ordered = _candidates(taxonomy, list_id)
    if key in exact:
        return exact[key]
    if len(key) < 3:
        return None
    found = {item_id for t, item_id in ordered if t.startswith(key)}
    return next(iter(found)) if len(found) == 1 else None


def split_lines(cell_text: str) -> list[str]:
    """The values of a cell of free texts (entities): split on ; | and new lines only,
    since an agency's name may hold a comma."""
    return [p for p in _SPLIT.split(cell_text.strip()) if p]


def split_multi_known(taxonomy: Taxonomy, list_id: str, cell_text: str) -> list[str]:
    """The values of a cell that may hold several (topics...): split on ; | and new
    lines, then on commas unless the part with its commas is itself one label."""
    parts = split_lines(cell_text)
    out: list[str] = []
    for part in parts:
        if "," in part and guess_code(taxonomy, list_id, part) is None:
            out += [p.strip() for p in part.split(",") if p.strip()]
        else:
            out.append(part)
    return out


# --- yes and no --------------------------------------------------------------------------
def _yes_no(taxonomy: Taxonomy) -> dict[str, bool]:
    words: dict[str, bool] = {}
    for item_id, value, extra in (("yes", True, _TRUE_EXTRA), ("no", False, _FALSE_EXTRA)):
        item = taxonomy["consent"].get(item_id)
        for label in item.labels.values():
            words[normal(label)] = value
        for word in extra:
            words[normal(word) or word] = value
    return words


def parse_bool(taxonomy: Taxonomy, cell: Cell) -> bool | None:
    """True, False, or None for an empty cell; ValueError for a cell that is neither."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and cell in (0, 1):
        return bool(cell)
    words = _yes_no(taxonomy)
    raw = text(cell).casefold()
    key = normal(raw) or raw
    if key in words:
        return words[key]
    raise ValueError("yes/no")


# --- numbers -----------------------------------------------------------------------------
def parse_seconds(cell: Cell) -> int:
    """A duration: whole seconds, or m:ss / h:mm:ss, or a workbook's time cell."""
    if isinstance(cell, bool):
        raise ValueError("seconds")
    if isinstance(cell, int):
        value = cell
    elif isinstance(cell, float):
        if not cell.is_integer():
            raise ValueError("seconds")
        value = int(cell)
    elif isinstance(cell, time):
        value = cell.hour * 3600 + cell.minute * 60 + cell.second
    elif isinstance(cell, timedelta):
        value = int(cell.total_seconds())
    else:
        raw = text(cell)
        if re.fullmatch(r"\d{1,7}", raw):
            value = int(raw)
        elif re.fullmatch(r"\d{1,4}:\d{2}(:\d{2})?", raw):
            parts = [int(p) for p in raw.split(":")]
            if any(p >= 60 for p in parts[1:]):
                raise ValueError("seconds")
            value = 0
            for part in parts:
                value = value * 60 + part
        else:
            raise ValueError("seconds")
    if value < 0:
        raise ValueError("seconds")
    return value


# --- dates and times ---------------------------------------------------------------------
def _local(moment: datetime) -> datetime:
    """A naive moment is the desk machine's local time; the record holds UTC."""
    return moment.astimezone(UTC)


def _serial(number: float) -> datetime:
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        raise ValueError("date")
    moment = EXCEL_EPOCH + timedelta(days=number)
    return moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))


def parse_date(cell: Cell) -> tuple[datetime, bool]:
    """(the moment, naive-and-without-a-time-of-day?) of a date cell; ValueError if none.

    The flag says a separate time column may add the time of day."""
    if isinstance(cell, bool) or cell is None:
        raise ValueError("date")
    if isinstance(cell, datetime):
        if cell.tzinfo is not None:
            return cell.astimezone(UTC), False
        return cell, cell.time() == time(0, 0)
    if isinstance(cell, date):
        return datetime.combine(cell, time(0, 0)), True
    if isinstance(cell, int | float):
        moment = _serial(float(cell))
        return moment, moment.time() == time(0, 0)
    raw = " ".join(text(cell).split())
    if re.fullmatch(r"\d{5}(\.\d+)?", raw):
        moment = _serial(float(raw))
        return moment, moment.time() == time(0, 0)
    if "T" in raw or raw.endswith("Z") or re.search(r"[+-]\d{2}:\d{2}$", raw):
        try:
            return from_iso(raw), False
        except ValueError:
            pass
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            raise ValueError("date") from None
        if parsed.tzinfo is not None:
            return parsed.astimezone(UTC), False
        return parsed, False
    day, _, clock = raw.partition(" ")
    for fmt in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(day, fmt)
        except ValueError:
            continue
        if not clock:
            return parsed, True
        at = parse_time(clock)
        return datetime.combine(parsed.date(), at), False
    raise ValueError("date")


def parse_time(cell: Cell) -> time:
    """A time of day: 14:30, 14:30:00, 14.30, a workbook's time cell, or Excel's fraction."""
    if isinstance(cell, bool) or cell is None:
        raise ValueError("time")
    if isinstance(cell, datetime):
        return cell.time().replace(microsecond=0)
    if isinstance(cell, time):
        return cell.replace(microsecond=0)
    if isinstance(cell, int | float):
        if not 0 <= cell < 1:
            raise ValueError("time")
        seconds = round(float(cell) * 86400)
        return time(min(seconds // 3600, 23), (seconds // 60) % 60, seconds % 60)
    raw = text(cell)
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(raw, fmt).time()
        except ValueError:
            continue
    raise ValueError("time")


def moment(date_cell: Cell, time_cell: Cell) -> datetime:
    """The call's start in UTC from its date cell and, when the date has none, a time cell."""
    when, needs_time = parse_date(date_cell)
    if when.tzinfo is not None:
        return when
    if time_cell is not None and needs_time:
        when = datetime.combine(when.date(), parse_time(time_cell))
    return _local(when)
