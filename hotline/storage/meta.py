"""Facts about the desk itself (the meta table): its id, public keys, settings."""

from __future__ import annotations

from collections.abc import Mapping

from hotline.storage.database import Database


class MetaRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
            " SET value = excluded.value",
            (key, value),
        )

    def add(self, facts: Mapping[str, str]) -> None:
        """The facts of a new desk; a key already there is an error."""
        self.db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", facts.items())
