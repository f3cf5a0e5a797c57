"""Keyword stems that suggest a topic from the notes (data/topic_keywords.json).

One schema, checked on load: an object whose keys are topic ids of the
taxonomy, each {"az": [stem, ...], "ru": [...], "en": [...]}; a stem is one
lower-case word (letters only) that begins the words it should match. A bad
file is a DataFileDamaged naming the topic and the stem, never a silently
empty list. Suggestions are shown to the operator, never applied on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from hotline import resources, taxonomy
from hotline.errors import DataFileDamaged

FILE = "topic_keywords.json"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

Stems = dict[str, tuple[str, ...]]


def fold(text: str) -> str:
    """Lower case with the Turkic dotted/dotless i kept apart (İ->i, I->ı)."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def _fail(where: str, problem: str) -> DataFileDamaged:
    return DataFileDamaged(name=FILE, reason=f"{where}: {problem}")


def parse(data: Any, topics: frozenset[str]) -> Stems:
    """topic -> stems in az, ru and en, in the order of the file."""
    if not isinstance(data, dict):
        raise _fail("the file", "must be an object of topics")
    out: Stems = {}
    for topic, by_language in data.items():
        if topic not in topics:
            raise _fail(f"topic {topic!r}", "is not a topic of the taxonomy")
        if not isinstance(by_language, dict) or set(by_language) != set(taxonomy.LANGUAGES):
            raise _fail(f"topic {topic!r}", "must have lists for exactly az, ru and en")
        stems: list[str] = []
        for language in taxonomy.LANGUAGES:
            words = by_language[language]
            if not isinstance(words, list):
                raise _fail(f"topic {topic!r} {language}", "must be a list of stems")
            for word in words:
                if not isinstance(word, str) or not _WORD.fullmatch(word) or fold(word) != word:
                    raise _fail(
                        f"topic {topic!r} {language}",
                        f"{word!r} is not one lower-case word of letters",
                    )
                stems.append(word)
        out[topic] = tuple(stems)
    return out


@lru_cache(maxsize=1)
def load() -> Stems:
    topics = frozenset(taxonomy.load()["topic"].ids())
    return parse(resources.load_json(FILE), topics)


def suggest(text: str, stems: Stems | None = None) -> list[str]:
    """Topics whose stems begin a word of the text, in the order of the stems file."""
    stems = load() if stems is None else stems
    words = _WORD.findall(fold(text))
    return [
        topic
        for topic, topic_stems in stems.items()
        if any(word.startswith(stem) for stem in topic_stems for word in words)
    ]
