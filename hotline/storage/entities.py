"""Entities named in calls (agencies, phones, links...) and how far each reaches."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.storage.database import Database


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity as one call names it; `key` is its normalised value (validation.entity_key)."""

    kind: str
    value: str
    key: str


@dataclass(frozen=True, slots=True)
class EntitySpread:
    """The calls that mention an entity, newest first, and how many known regions they span."""

    calls: int
    regions: int
    call_ids: tuple[int, ...]


class EntityQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def of_call(self, call_id: int) -> list[EntityMention]:
        return [
            EntityMention(str(r[0]), str(r[1]), str(r[2]))
            for r in self.db.query(
                "SELECT kind, value, value_key FROM call_entities WHERE call_id = ? ORDER BY id",
                (call_id,),
            )
        ]

    def spread(self, kind: str, key: str) -> EntitySpread:
        rows = self.db.query(
            "SELECT c.id, c.region FROM call_entities e JOIN calls c ON c.id = e.call_id"
            " WHERE e.kind = ? AND e.value_key = ? GROUP BY c.id ORDER BY c.started_at DESC",
            (kind, key),
        )
        regions = {r[1] for r in rows if r[1] and r[1] != "unknown"}
        return EntitySpread(len(rows), len(regions), tuple(int(r[0]) for r in rows))

    def calls_naming(self, kind: str, key: str) -> int:
        """How many saved calls name this entity (the count only: nothing of the calls)."""
        return int(
            self.db.scalar(
                "SELECT count(DISTINCT call_id) FROM call_entities WHERE kind = ? AND value_key = ?",
                (kind, key),
            )
        )
