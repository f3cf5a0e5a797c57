"""A supervisor's saved call-log filters, by name (the spec is CallFilter.to_json)."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.storage.database import Database


@dataclass(frozen=True, slots=True)
class SavedFilter:
    name: str
    spec: str  # JSON, as CallFilter.to_json wrote it


class SavedFilterRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(self, user_id: int, name: str, spec: str) -> None:
        """Store the filter under its name, replacing one of the same name."""
        self.db.execute(
            "INSERT INTO saved_filters(user_id, name, spec) VALUES (?, ?, ?)"
            " ON CONFLICT(user_id, name) DO UPDATE SET spec = excluded.spec",
            (user_id, name, spec),
        )

    def of_user(self, user_id: int) -> list[SavedFilter]:
        return [
            SavedFilter(str(r[0]), str(r[1]))
            for r in self.db.query(
                "SELECT name, spec FROM saved_filters WHERE user_id = ? ORDER BY name COLLATE NOCASE",
                (user_id,),
            )
        ]

    def delete(self, user_id: int, name: str) -> None:
        self.db.execute("DELETE FROM saved_filters WHERE user_id = ? AND name = ?", (user_id, name))
