"""Pseudonyms: two words and a number, e.g. "Bulud Limon 427".

Drawn at random from the wordlists the desk ships (hotline/data/
pseudonym_words.json: Azerbaijani words easy to say on the phone and
unambiguous to spell), never derived from anything the caller said.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import lru_cache
from random import Random

from hotline import resources

NUMBER_RANGE = (100, 999)


@dataclass(frozen=True)
class Wordlists:
    first: tuple[str, ...]
    second: tuple[str, ...]

    @property
    def combinations(self) -> int:
        low, high = NUMBER_RANGE
        return len(self.first) * len(self.second) * (high - low + 1)


@lru_cache(maxsize=1)
def wordlists() -> Wordlists:
    data = resources.load_json("pseudonym_words.json")
    return Wordlists(tuple(data["first"]), tuple(data["second"]))


def generate(rng: Random | None = None) -> str:
    """A fresh pseudonym; uniqueness in the desk is checked by the caller."""
    lists = wordlists()
    low, high = NUMBER_RANGE
    if rng is None:
        first = secrets.choice(lists.first)
        second = secrets.choice(lists.second)
        number = low + secrets.randbelow(high - low + 1)
    else:
        first = rng.choice(lists.first)
        second = rng.choice(lists.second)
        number = rng.randint(low, high)
    return f"{first} {second} {number}"


_NOT_KEY = re.compile(r"[^0-9a-zəışğöüç]+")


def key(text: str) -> str:
    """The form a pseudonym is looked up by: case and spacing do not matter."""
    lowered = text.strip().replace("İ", "i").replace("I", "ı").lower()
    # Callers and operators type "i" for "ı" on keyboards without it: fold both.
    return _NOT_KEY.sub("", lowered.replace("ı", "i"))
