"""The fields a spreadsheet column may fill, and their headers (data/import_columns.json).

One schema, checked on load: an object whose keys are the fields a column may
map to (the call record's importable fields, `time` for a separate time of day,
`operator`, and `entity_<kind>` for one kind of entity), each with a list of
headers in exactly az, ru and en; the first header of each language is the
field's name as the import screen shows it. A header is guessed from these
(case, spaces and punctuation ignored); a header none of them matches maps to
nothing and its column is left out, until the administrator says otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hotline import resources, taxonomy
from hotline.errors import DataFileDamaged
from hotline.records import ENTITY_KINDS
from hotline.textfold import fold_az
from hotline.validation import CODED_FIELDS, MULTI_FIELDS

FILE = "import_columns.json"
ENTITY_PREFIX = "entity_"
# How a column's cells are read, by field; every other field is free text.
BOOL_FIELDS = (
    "do_not_call_back",
    "believed_child",
    "child_involved",
    "immediate_danger",
    "possible_victim",
    "interpreter_needed",
    "relative_involved",
    "callback_allowed",
)
INT_FIELDS = ("duration_s",)
DATE_FIELDS = ("started_at",)
TIME_FIELDS = ("time",)
USER_FIELDS = ("operator",)
TEXT_FIELDS = ("notes", "callback_times")
ENTITY_FIELDS = tuple(ENTITY_PREFIX + kind for kind in ENTITY_KINDS)
# Coded fields: one taxonomy id (CODED_FIELDS) or several (MULTI_FIELDS), plus the primary topic.
SINGLE_CODED: dict[str, str] = {**CODED_FIELDS, "primary_topic": "topic"}
FIELDS: tuple[str, ...] = (
    *DATE_FIELDS,
    *TIME_FIELDS,
    *USER_FIELDS,
    *INT_FIELDS,
    *SINGLE_CODED,
    *MULTI_FIELDS,
    *BOOL_FIELDS,
    *TEXT_FIELDS,
    *ENTITY_FIELDS,
)
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


def normal(text: str) -> str:
    """A header or a cell as it is compared: folded case, ə/ı folded, punctuation as spaces."""
    folded = fold_az(text.replace("İ", "i").replace("I", "ı").casefold())
    return " ".join(_PUNCT.sub(" ", folded).split())


@dataclass(frozen=True)
class Column:
    field: str
    headers: dict[str, tuple[str, ...]]  # language -> headers, the first one its name

    def name(self, language: str = "en") -> str:
        return (self.headers.get(language) or self.headers["en"])[0]


def _fail(where: str, problem: str) -> DataFileDamaged:
    return DataFileDamaged(name=FILE, reason=f"{where}: {problem}")


def parse(data: Any) -> dict[str, Column]:
    if not isinstance(data, dict):
        raise _fail("the file", "must be an object of fields")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise _fail(f"field {unknown[0]!r}", "is not a field a column may fill")
    missing = [f for f in FIELDS if f not in data]
    if missing:
        raise _fail(f"field {missing[0]!r}", "is missing")
    out: dict[str, Column] = {}
    seen: dict[str, str] = {}
    for name in FIELDS:
        by_language = data[name]
        if not isinstance(by_language, dict) or set(by_language) != set(taxonomy.LANGUAGES):
            raise _fail(f"field {name!r}", "must have headers for exactly az, ru and en")
        headers: dict[str, tuple[str, ...]] = {}
        for language in taxonomy.LANGUAGES:
            texts = by_language[language]
            if not isinstance(texts, list) or not texts:
                raise _fail(f"field {name!r} {language}", "must be a list of headers")
            for text in texts:
                if not isinstance(text, str) or not normal(text):
                    raise _fail(f"field {name!r} {language}", f"{text!r} is not a header")
                other = seen.setdefault(normal(text), name)
                if other != name:
                    raise _fail(f"header {text!r}", f"names both {other!r} and {name!r}")
            headers[language] = tuple(texts)
        out[name] = Column(name, headers)
    return out


@lru_cache(maxsize=1)
def load() -> dict[str, Column]:
    return parse(resources.load_json(FILE))


@lru_cache(maxsize=1)
def _by_header() -> dict[str, str]:
    return {
        normal(text): column.field
        for column in load().values()
        for texts in column.headers.values()
        for text in texts
    }


def guess(header: Sequence[str], saved: dict[str, str] | None = None) -> list[str | None]:
    """The field of each column (None: left out): the saved choice for that header
    first, then the headers of the data file; a field goes to its first column only."""
    known = _by_header()
    saved_normal = {normal(k): v for k, v in (saved or {}).items()}
    out: list[str | None] = []
    taken: set[str] = set()
    for text in header:
        key = normal(text)
        if key in saved_normal:
            field: str | None = saved_normal[key] or None
        else:
            field = known.get(key)
        if field is not None and (field in taken or field not in FIELDS):
            field = None
        if field is not None:
            taken.add(field)
        out.append(field)
    return out
