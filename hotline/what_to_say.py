"""What the operator can tell the caller: short facts from the law (data/what_to_say.json).

One schema, checked on load:

    {"source": {"az": ..., "ru": ..., "en": ...},
     "facts": [{"id": "shelter", "for": "all" | "child",
                "text": {"az": ..., "ru": ..., "en": ...}}, ...]}

"for": "child" is shown only when the person concerned is (believed) under 18.
A bad file is a DataFileDamaged naming the fact and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from hotline import resources, taxonomy
from hotline.errors import DataFileDamaged

FILE = "what_to_say.json"
AUDIENCES = ("all", "child")


@dataclass(frozen=True)
class Fact:
    id: str
    audience: str
    text: Mapping[str, str]

    def in_language(self, language: str) -> str:
        return self.text.get(language) or self.text["en"]


@dataclass(frozen=True)
class Panel:
    source: Mapping[str, str]
    facts: tuple[Fact, ...]

    def for_call(self, child: bool) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.audience == "all" or child)


def _fail(where: str, problem: str) -> DataFileDamaged:
    return DataFileDamaged(name=FILE, reason=f"{where}: {problem}")


def _labels(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or set(value) != set(taxonomy.LANGUAGES):
        raise _fail(where, "must have exactly the languages az, ru and en")
    for language, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise _fail(f"{where}.{language}", "must be a non-empty text")
    return dict(value)


def parse(data: Any) -> Panel:
    if not isinstance(data, dict) or set(data) != {"source", "facts"}:
        raise _fail("the file", "must be an object with source and facts")
    if not isinstance(data["facts"], list) or not data["facts"]:
        raise _fail("facts", "must be a non-empty list")
    facts: list[Fact] = []
    seen: set[str] = set()
    for number, raw in enumerate(data["facts"], start=1):
        where = f"fact {number}"
        if not isinstance(raw, dict) or set(raw) != {"id", "for", "text"}:
            raise _fail(where, "must be an object with id, for and text")
        ident = raw["id"]
        if not isinstance(ident, str) or not ident or ident in seen:
            raise _fail(where, "needs an id used once")
        seen.add(ident)
        if raw["for"] not in AUDIENCES:
            raise _fail(f"{where} ({ident})", "for must be all or child")
        facts.append(Fact(ident, raw["for"], _labels(raw["text"], f"{where} ({ident}) text")))
    return Panel(_labels(data["source"], "source"), tuple(facts))


@lru_cache(maxsize=1)
def load() -> Panel:
    return parse(resources.load_json(FILE))
