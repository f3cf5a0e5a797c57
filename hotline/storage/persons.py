"""Pseudonymous persons: callers and persons concerned, known by pseudonym only."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from hotline import pseudonyms
from hotline.records import to_iso, utcnow
from hotline.storage.database import Database

MAX_TRIES = 50


@dataclass(frozen=True, slots=True)
class Person:
    """A caller or a person concerned, known only by a pseudonym."""

    id: int
    pseudonym: str


class PersonRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find(self, typed: str) -> Person | None:
        """The person whose pseudonym matches what was typed (case and spacing ignored)."""
        return self._find(pseudonyms.key(typed))

    def _find(self, key: str) -> Person | None:
        row = self.db.execute(
            "SELECT id, pseudonym FROM persons WHERE pseudonym_key = ?", (key,)
        ).fetchone()
        return None if row is None else Person(int(row[0]), str(row[1]))

    def new_pseudonym(self, rng: Random | None = None) -> str:
        """A pseudonym not yet used in the desk (it is reserved when the call is saved)."""
        for _ in range(MAX_TRIES):
            candidate = pseudonyms.generate(rng)
            if self.find(candidate) is None:
                return candidate
        raise RuntimeError("no free pseudonym found; the wordlists are too small")

    def ensure(self, pseudonym: str) -> int:
        """The id of the person with this pseudonym, created when new."""
        key = pseudonyms.key(pseudonym)
        found = self._find(key)
        if found is not None:
            return found.id
        cur = self.db.execute(
            "INSERT INTO persons(pseudonym, pseudonym_key, created_at) VALUES (?, ?, ?)",
            (pseudonym, key, to_iso(utcnow())),
        )
        return int(cur.lastrowid)

    def pseudonym(self, person_id: int) -> str | None:
        value = self.db.scalar("SELECT pseudonym FROM persons WHERE id = ?", (person_id,))
        return None if value is None else str(value)

    def set_do_not_call_back(self, person_id: int, value: bool) -> None:
        self.db.execute(
            "UPDATE persons SET do_not_call_back = ? WHERE id = ?", (int(value), person_id)
        )

    def do_not_call_back(self, person_id: int) -> bool:
        return bool(
            self.db.scalar("SELECT do_not_call_back FROM persons WHERE id = ?", (person_id,))
        )
