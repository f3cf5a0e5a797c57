"""The audit log: append-only, hash-chained, each entry signed by its actor.

hash_n = SHA-256(hash_{n-1} || canonical JSON of the entry); the actor signs
hash_n with their own Ed25519 key. The head (last seq and hash) is also
kept in a file outside the database, so a truncated log shows. Signing keys
are taken from the chain itself (the entries that create or reset a user
carry the new public key, signed by the administrator), so someone holding
the database key cannot swap a user's key in the users table unnoticed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotline.crypto import signing
from hotline.paths import write_atomic
from hotline.records import AuditEntry, from_iso, to_iso, utcnow
from hotline.storage.database import Database

GENESIS = b"\x00" * 32
HEAD_EVERY_S = 2.0
RECOVERY_ACTOR = 0  # entries written with the recovery code carry no user id
KEY_ACTIONS = ("desk.init", "user.create", "user.reset")


def entry_hash(
    prev: bytes,
    seq: int,
    at: str,
    user_id: int | None,
    action: str,
    object_type: str,
    object_id: int | None,
    details: str,
) -> bytes:
    body = json.dumps(
        [seq, at, user_id, action, object_type, object_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return hashlib.sha256(prev + body).digest()


@dataclass(frozen=True)
class Head:
    seq: int
    hash: bytes

    def to_bytes(self) -> bytes:
        return json.dumps({"seq": self.seq, "hash": self.hash.hex()}).encode()

    @classmethod
    def read(cls, path: Path) -> Head | None:
        try:
            data = json.loads(path.read_text())
            return cls(int(data["seq"]), bytes.fromhex(data["hash"]))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return cls(-1, b"")


class AuditLog:
    def __init__(self, db: Database, head_path: Path) -> None:
        self.db = db
        self.head_path = head_path
        self._dirty = False
        self._head_written = float("-inf")

    def last(self) -> Head:
        row = self.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return Head(0, GENESIS) if row is None else Head(int(row[0]), bytes(row[1]))

    def append(
        self,
        user_id: int | None,
        signing_key: bytes,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        """Append one entry inside the caller's transaction; returns its seq."""
        head = self.last()
        seq = head.seq + 1
        at = to_iso(utcnow())
        text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(head.hash, seq, at, user_id, action, object_type, object_id, text)
        signature = signing.sign(signing_key, digest)
        self.db.execute(
            "INSERT INTO audit(seq, at, user_id, action, object_type, object_id, details,"
            " prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (seq, at, user_id, action, object_type, object_id, text, head.hash, digest, signature),
        )
        self._dirty = True
        return seq

    def count(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM audit"))

    def write_head(self, durable: bool = False) -> None:
        """Copy the head outside the database (after the transaction committed).

        A head that lags behind after a crash is harmless (the log extends
        past it); a log shorter than the head is reported by verify. So the
        copy is refreshed at most every HEAD_EVERY_S seconds while calls are
        being saved, and durably (fsync) on close, backup and export.
        """
        if not self._dirty and not durable:
            return
        now = time.monotonic()
        if not durable and now - self._head_written < HEAD_EVERY_S:
            return
        head = self.last()
        if durable:
            write_atomic(self.head_path, head.to_bytes())
        else:
            tmp = self.head_path.with_name(f".{self.head_path.name}.tmp")
            tmp.write_bytes(head.to_bytes())
            tmp.replace(self.head_path)
        self._dirty = False
        self._head_written = now

    def entries(
        self, object_type: str | None = None, object_id: int | None = None, limit: int = 1000
    ) -> list[AuditEntry]:
        sql = "SELECT seq, at, user_id, action, object_type, object_id, details FROM audit"
        params: list[Any] = []
        if object_type is not None:
            sql += " WHERE object_type = ? AND object_id = ?"
            params += [object_type, object_id]
        sql += " ORDER BY seq DESC LIMIT ?"
        params.append(limit)
        return [
            AuditEntry(int(r[0]), from_iso(r[1]), r[2], r[3], r[4], r[5], json.loads(r[6]))
            for r in self.db.query(sql, params)
        ]

    def _walk(self) -> Iterator[tuple[Any, ...]]:
        """Every entry's columns in order, a block at a time (for verify only)."""
        cursor = self.db.execute(
            "SELECT seq, at, user_id, action, object_type, object_id, details, prev_hash,"
            " hash, signature FROM audit ORDER BY seq"
        )
        while True:
            rows = cursor.fetchmany(5000)
            if not rows:
                return
            yield from rows

    def verify(self) -> list[str]:
        """Walk the chain and the signatures; a list of problems, empty when sound."""
        problems: list[str] = []
        keys: dict[int, bytes] = {}
        prev = GENESIS
        expected_seq = 1
        count = 0
        for seq, at, user_id, action, otype, oid, details, prev_hash, digest, sig in self._walk():
            count += 1
            if seq != expected_seq:
                problems.append(f"audit entry {expected_seq} is missing (next is {seq})")
            expected_seq = seq + 1
            if bytes(prev_hash) != prev:
                problems.append(f"audit entry {seq} does not follow the entry before it")
            recomputed = entry_hash(bytes(prev_hash), seq, at, user_id, action, otype, oid, details)
            if recomputed != bytes(digest):
                problems.append(f"audit entry {seq} was changed after it was written")
            prev = bytes(digest)
            new_key: bytes | None = None
            subject = user_id
            if action in KEY_ACTIONS:
                try:
                    info = json.loads(details)
                    new_key = bytes.fromhex(info["signing_key"])
                    subject = int(info.get("user_id", user_id))
                except (ValueError, KeyError, TypeError):
                    problems.append(f"audit entry {seq} ({action}) has no valid signing key")
                if action == "desk.init" and new_key is not None and subject is not None:
                    keys[subject] = new_key  # the first entry vouches for itself
                    with contextlib.suppress(ValueError, KeyError, TypeError):
                        keys[RECOVERY_ACTOR] = bytes.fromhex(info["recovery_signing_key"])
            key = keys.get(RECOVERY_ACTOR if user_id is None else user_id)
            if key is None:
                problems.append(f"audit entry {seq} is signed by unknown user {user_id}")
            elif not signing.verify(key, bytes(digest), bytes(sig)):
                problems.append(f"audit entry {seq} has a signature that does not verify")
            elif new_key is not None and subject is not None:
                keys[subject] = new_key
        head = Head.read(self.head_path)
        if head is None:
            if count:
                problems.append("the audit head file outside the database is missing")
        elif head.seq < 0:
            problems.append("the audit head file outside the database is damaged")
        elif head.seq > count:
            problems.append(
                f"the audit log ends at entry {count} but the head outside the database "
                f"records entry {head.seq}: entries were removed"
            )
        elif head.seq > 0:
            row = self.db.execute("SELECT hash FROM audit WHERE seq = ?", (head.seq,)).fetchone()
            if row is None or bytes(row[0]) != head.hash:
                problems.append(
                    f"audit entry {head.seq} differs from the head outside the database"
                )
        # Users' current keys in the table must be the ones the chain vouches for.
        for uid, public in self.db.query("SELECT id, signing_public FROM users"):
            if uid in keys and keys[uid] != bytes(public):
                problems.append(
                    f"user {uid}'s signing key differs from the one the audit log vouches for"
                )
        return problems
