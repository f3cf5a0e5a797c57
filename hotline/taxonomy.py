"""The coded lists of a call record, loaded from hotline/data/taxonomy.json.

One source of truth for every list a person sees: topics, referrals,
indicators, regions... Ids are stable and never reused; statistics and
exports key on them. Labels come in az, ru and en.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from hotline import resources

LANGUAGES = ("az", "ru", "en")

LIST_IDS = (
    "topic",
    "channel",
    "nature",
    "no_content",
    "safe_to_talk",
    "exploitation",
    "labour_sector",
    "relation",
    "sex",
    "age_band",
    "citizenship",
    "region",
    "call_language",
    "consent",
    "heard_of",
    "indicator_group",
    "indicator",
    "outcome",
)


@dataclass(frozen=True)
class Item:
    id: str
    labels: dict[str, str]
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class CodeList:
    id: str
    items: tuple[Item, ...]

    @cached_property
    def _by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    def get(self, item_id: str) -> Item:
        try:
            return self._by_id[item_id]
        except KeyError:
            raise KeyError(f"{self.id}: unknown id {item_id!r}") from None

    def __contains__(self, item_id: object) -> bool:
        return isinstance(item_id, str) and item_id in self._by_id


@dataclass(frozen=True)
class Taxonomy:
    version: str
    lists: dict[str, CodeList]
    countries: CodeList

    def __getitem__(self, list_id: str) -> CodeList:
        if list_id == "country":
            return self.countries
        return self.lists[list_id]

    def label(self, list_id: str, item_id: str, language: str = "en") -> str:
        return self[list_id].get(item_id).label(language)

    def _flagged(self, list_id: str, flag: str) -> frozenset[str]:
        """The ids of a list's items with this flag, worked out once (every save asks)."""
        cache = self._flags
        key = (list_id, flag)
        if key not in cache:
            cache[key] = frozenset(i.id for i in self[list_id].items if i.extra.get(flag))
        return cache[key]

    @cached_property
    def _flags(self) -> dict[tuple[str, str], frozenset[str]]:
        return {}

    @cached_property
    def code_sets(self) -> dict[str, frozenset[str]]:
        """Every list's ids by list id (the countries' too), for checking a record's codes."""
        sets = {
            list_id: frozenset(i.id for i in codes.items) for list_id, codes in self.lists.items()
        }
        sets["country"] = frozenset(i.id for i in self.countries.items)
        return sets

    def child_age_bands(self) -> frozenset[str]:
        return self._flagged("age_band", "child")

    def identifying_outcomes(self) -> frozenset[str]:
        return self._flagged("outcome", "identifying")

    def consent_outcomes(self) -> frozenset[str]:
        """Referrals that pass the person's details to a state body or place them in a
        shelter: the law allows them only with the person's own consent."""
        return self._flagged("outcome", "needs_consent")

    def minors_report_outcomes(self) -> frozenset[str]:
        """The two bodies a child victim is reported to at once (no consent needed)."""
        return self._flagged("outcome", "minors_report")

    def indicator_strength(self, indicator_id: str) -> str:
        return str(self["indicator"].get(indicator_id).extra.get("strength", "weak"))


def _item(raw: dict[str, Any]) -> Item:
    extra = {k: v for k, v in raw.items() if k not in ("id", "label")}
    labels = dict(raw["label"])
    return Item(str(raw["id"]), labels, extra)


@lru_cache(maxsize=1)
def load() -> Taxonomy:
    data = resources.load_json("taxonomy.json")
    lists = {
        list_id: CodeList(list_id, tuple(_item(raw) for raw in data["lists"][list_id]))
        for list_id in LIST_IDS
    }
    countries = CodeList(
        "country", tuple(_item(raw) for raw in resources.load_json("countries.json"))
    )
    return Taxonomy(str(data["version"]), lists, countries)
