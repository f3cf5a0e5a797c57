"""The referral directory (data/referrals.json): who to call for each outcome.

One schema, checked on load: a list of entries, each

    {"id": "police_102", "outcome": "<an outcome id of the taxonomy>",
     "name": {"az": ..., "ru": ..., "en": ...},
     "phone": "102" | null, "web": "www..." | null,
     "address": {"az": ..., "ru": ..., "en": ...} | null,
     "note": {"az": ..., "ru": ..., "en": ...} | null,
     "hours": {"az": ..., "ru": ..., "en": ...} | null,
     "offers": {"az": ..., "ru": ..., "en": ...} | null,
     "checked": "2026-11-30" | null}

"hours" are the opening hours, "offers" what the body offers a caller, "checked"
the day someone last checked the entry. The file is the seed of the directory a
desk keeps in its database (storage/referral_directory.py), which administrators
edit in the window; every entry there is stored in this same shape.

Anything else (an unknown key, a missing language, a duplicate id, an outcome
the taxonomy does not have) is a DataFileDamaged naming the entry and the
field, never a silently empty directory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from hotline import resources, taxonomy
from hotline.errors import DataFileDamaged

FILE = "referrals.json"
FIELDS = ("id", "outcome", "name", "phone", "web", "address", "note", "hours", "offers", "checked")
LABELLED = ("name", "address", "note", "hours", "offers")
OPTIONAL_LABELLED = ("address", "note", "hours", "offers")


@dataclass(frozen=True)
class Referral:
    id: str
    outcome: str
    name: Mapping[str, str]
    phone: str | None = None
    web: str | None = None
    address: Mapping[str, str] | None = None
    note: Mapping[str, str] | None = None
    hours: Mapping[str, str] | None = None
    offers: Mapping[str, str] | None = None
    checked: str | None = None  # ISO date of the last check

    def text(self, field: str, language: str) -> str:
        """A labelled field in `language` (English when that one is empty), or ''."""
        value = getattr(self, field)
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return str(value.get(language) or value["en"])

    def to_json(self) -> dict[str, Any]:
        """The entry in the file's shape (what the database stores too)."""
        return {name: _plain(getattr(self, name)) for name in FIELDS}


def _plain(value: object) -> object:
    return dict(value) if isinstance(value, Mapping) else value


def _fail(where: str, problem: str) -> DataFileDamaged:
    return DataFileDamaged(name=FILE, reason=f"{where}: {problem}")


def _labels(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(where, "must be an object with az, ru and en")
    if set(value) != set(taxonomy.LANGUAGES):
        raise _fail(where, "must have exactly the languages az, ru and en")
    for language, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise _fail(f"{where}.{language}", "must be a non-empty text")
    return dict(value)


def _optional_text(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, "must be a non-empty text or null")
    return value


def _date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    try:
        if isinstance(value, str):
            return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    raise _fail(where, "must be a date like 2026-11-30 or null")


def _optional_labels(raw: dict[str, Any], name: str, where: str) -> dict[str, str] | None:
    return None if raw.get(name) is None else _labels(raw[name], f"{where} {name}")


def parse(data: Any, outcomes: frozenset[str]) -> tuple[Referral, ...]:
    """The entries of a parsed referrals.json; `outcomes` are the taxonomy's outcome ids."""
    if not isinstance(data, list):
        raise _fail("the file", "must be a list of entries")
    seen: set[str] = set()
    out: list[Referral] = []
    for number, raw in enumerate(data, start=1):
        where = f"entry {number}"
        if not isinstance(raw, dict):
            raise _fail(where, "must be an object")
        unknown = sorted(set(raw) - set(FIELDS))
        if unknown:
            raise _fail(where, f"unknown field {unknown[0]!r}")
        for key in ("id", "outcome", "name"):
            if key not in raw:
                raise _fail(where, f"field {key!r} is missing")
        ident = raw["id"]
        if not isinstance(ident, str) or not ident.strip():
            raise _fail(where, "id must be a non-empty text")
        where = f"entry {number} ({ident})"
        if ident in seen:
            raise _fail(where, "the id is used twice")
        seen.add(ident)
        if raw["outcome"] not in outcomes:
            raise _fail(where, f"outcome {raw['outcome']!r} is not an outcome of the taxonomy")
        out.append(
            Referral(
                id=ident,
                outcome=raw["outcome"],
                name=_labels(raw["name"], f"{where} name"),
                phone=_optional_text(raw.get("phone"), f"{where} phone"),
                web=_optional_text(raw.get("web"), f"{where} web"),
                address=_optional_labels(raw, "address", where),
                note=_optional_labels(raw, "note", where),
                hours=_optional_labels(raw, "hours", where),
                offers=_optional_labels(raw, "offers", where),
                checked=_date(raw.get("checked"), f"{where} checked"),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def load() -> tuple[Referral, ...]:
    outcomes = frozenset(taxonomy.load()["outcome"].ids())
    return parse(resources.load_json(FILE), outcomes)


def by_outcome(entries: tuple[Referral, ...]) -> dict[str, list[Referral]]:
    found: dict[str, list[Referral]] = {}
    for entry in entries:
        found.setdefault(entry.outcome, []).append(entry)
    return found
