"""Type-ahead in the long coded lists (countries, regions, citizenship): a letter
again and again cycles through the items that begin with it; letters typed quickly
one after another search; accents and the Azerbaijani letters do not matter
("tur" finds Türkiye, "e" Əcnəbi), and a word inside a label counts too ("emir"
finds the United Arab Emirates)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

INTERVAL_S = 1.0  # a longer pause starts a new search
LETTERS = str.maketrans({"ı": "i", "ə": "e", "ß": "ss"})


def fold(text: str) -> str:
    """Lower case without accents, the dotted and dotless i alike."""
    lowered = text.replace("İ", "i").replace("I", "i").lower().translate(LETTERS)
    return "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )


class TypeAhead:
    def __init__(self) -> None:
        self.typed = ""
        self.last = float("-inf")

    def find(self, labels: Sequence[str], current: int, text: str, now: float) -> int | None:
        """The index to show after `text` was typed at time `now` (None: no match)."""
        key = fold(text)
        if not key or not labels:
            return None
        if now - self.last > INTERVAL_S:
            self.typed = ""
        self.last = now
        cycling = self.typed and set(self.typed + key) == {key}
        self.typed += key
        prefix = key if cycling or len(self.typed) == 1 else self.typed
        start = current + 1 if prefix == key else max(current, 0)
        folded = [fold(label) for label in labels]
        order = [(start + step) % len(labels) for step in range(len(labels))]
        for index in order:
            if folded[index].startswith(prefix):
                return index
        for index in order:
            if any(word.startswith(prefix) for word in folded[index].replace("-", " ").split()):
                return index
        return None
