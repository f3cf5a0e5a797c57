"""Entities named in calls (agencies, phones, links...) and how far each reaches.

On a desk whose entities are sealed (the meta fact `entity_salt` is there) an
entity's value is ciphertext under its call's data key, like the notes (field
``entity:<kind>``), and its lookup key is an HMAC of the normalised value under
the desk's salt: the database key lets a user test whether a value they type is
known (as the operator's form does), never list the values. Sealing a call
destroys both with the call's keys.
"""

from __future__ import annotations

import hashlib
import hmac
import weakref
from dataclasses import dataclass

from hotline.storage.call_keys import CallKeyRepository
from hotline.storage.database import Database
from hotline.validation import entity_key

ENTITY_SALT = "entity_salt"  # the meta fact: its presence means entities are sealed


def entity_field(kind: str) -> str:
    """The field name an entity value is sealed under (bound into its ciphertext)."""
    return f"entity:{kind}"


class EntityKeys:
    """The desk's salt with its HMAC-SHA256 keyed once (RFC 2104: the SHA-256 states after
    the salt's inner and outer pads): each lookup key copies those two states, which
    gives keyed()'s digest (a test compares them) in a quarter of OpenSSL's HMAC time."""

    __slots__ = ("_inner", "_outer", "salt")

    def __init__(self, salt: bytes) -> None:
        self.salt = salt
        block = hashlib.sha256().block_size
        key = hashlib.sha256(salt).digest() if len(salt) > block else salt
        key = key.ljust(block, b"\x00")
        self._inner = hashlib.sha256(bytes(b ^ 0x36 for b in key))
        self._outer = hashlib.sha256(bytes(b ^ 0x5C for b in key))

    def key(self, kind: str, value: str) -> str:
        """keyed(self.salt, kind, value)."""
        plain = entity_key(kind, value)
        if not plain:
            return plain
        inner = self._inner.copy()
        inner.update(f"{kind}|{plain}".encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


# The salt of each open database once committed: made once, never changed after.
# Dropped with the session's other keys when it closes (forget).
_SALTS: weakref.WeakKeyDictionary[Database, EntityKeys] = weakref.WeakKeyDictionary()


def entity_keys(db: Database) -> EntityKeys | None:
    known = _SALTS.get(db)
    if known is not None:
        return known
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (ENTITY_SALT,))
    keys = EntityKeys(bytes.fromhex(str(value))) if value else None
    if keys is not None and not db.conn.in_transaction:  # a rollback cannot take it back
        _SALTS[db] = keys
    return keys


def entity_salt(db: Database) -> bytes | None:
    keys = entity_keys(db)
    return None if keys is None else keys.salt


def forget(db: Database) -> None:
    """Drop the salt kept for this database (the session closes)."""
    _SALTS.pop(db, None)


def keyed(salt: bytes | None, kind: str, value: str) -> str:
    """The stored lookup key of a value: the normalised value, under the salt's HMAC."""
    plain = entity_key(kind, value)
    if salt is None or not plain:
        return plain
    return hmac.digest(salt, f"{kind}|{plain}".encode(), "sha256").hex()


def lookup_key(db: Database, kind: str, value: str) -> str:
    keys = entity_keys(db)
    return entity_key(kind, value) if keys is None else keys.key(kind, value)


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
    def __init__(self, db: Database, keys: CallKeyRepository | None = None) -> None:
        self.db = db
        self.keys = keys

    def of_call(self, call_id: int) -> list[EntityMention]:
        """The call's entities; a sealed value this session cannot open reads as ''."""
        rows = self.db.query(
            "SELECT kind, value, value_key FROM call_entities WHERE call_id = ? ORDER BY id",
            (call_id,),
        )
        if self.keys is not None and any(isinstance(r[1], bytes) for r in rows):
            self.keys.open_keys([call_id])
        return [
            EntityMention(str(r[0]), self.value(call_id, str(r[0]), r[1]), str(r[2])) for r in rows
        ]

    def value(self, call_id: int, kind: str, stored: object) -> str:
        if not isinstance(stored, bytes):
            return str(stored or "")
        if self.keys is None:
            return ""
        return self.keys.read(call_id, entity_field(kind), stored) or ""

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
