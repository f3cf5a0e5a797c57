"""The audit log: append-only, hash-chained, each entry signed by its actor.

hash_n = SHA-256(hash_{n-1} || canonical JSON of the entry); the actor signs
hash_n with their own Ed25519 key. The head (last seq and hash) is also
kept in a file outside the database and in each user's slot, so a truncated
log shows. Signing keys and roles are taken from the chain itself (see
storage/authority.py: rooted in entry 1, vouched only by administrators), so
someone holding the database key cannot swap a user's key or roles unnoticed.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hotline.crypto import signing
from hotline.errors import FileNotWritten, StorageFailed
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.paths import write_atomic
from hotline.permissions import format_roles
from hotline.records import AuditEntry, from_iso, to_iso, utcnow
from hotline.said import Said
from hotline.storage import encoders, row_digest
from hotline.storage.authority import GRANT_ACTIONS, Authority
from hotline.storage.database import Database, is_conflict

GENESIS = b"\x00" * 32

# What verify says of the chain (hotline/said.py: translated where it is shown).
ENTRY_MISSING = QT_TRANSLATE_NOOP("findings", "audit entry {seq} is missing (next is {next})")
NOT_FOLLOWING = QT_TRANSLATE_NOOP(
    "findings", "audit entry {seq} does not follow the entry before it"
)
ENTRY_CHANGED = QT_TRANSLATE_NOOP("findings", "audit entry {seq} was changed after it was written")
ENTRIES_MISSING = QT_TRANSLATE_NOOP("findings", "{count} audit entries are missing from the log")
LINKS_CHANGED = QT_TRANSLATE_NOOP(
    "findings", "the audit log's index of links was dropped or changed"
)
KEY_DIFFERS = QT_TRANSLATE_NOOP(
    "findings", "user {user}'s signing key differs from the one the audit log vouches for"
)
ROLES_DIFFER = QT_TRANSLATE_NOOP(
    "findings",
    "user {user}'s roles in the users table ({roles}) differ from the roles administrators "
    "granted in the audit log ({granted})",
)
NO_ROLES = QT_TRANSLATE_NOOP("findings", "none")
HEAD_MISSING = QT_TRANSLATE_NOOP("findings", "the audit head file outside the database is missing")
HEAD_DAMAGED = QT_TRANSLATE_NOOP("findings", "the audit head file outside the database is damaged")
HEAD_AHEAD = QT_TRANSLATE_NOOP(
    "findings",
    "the audit log ends at entry {count} but the head outside the database records entry "
    "{seq}: entries were removed",
)
HEAD_DIFFERS = QT_TRANSLATE_NOOP(
    "findings", "audit entry {seq} differs from the head outside the database"
)
# The covering index of the chain's links (storage/schema.py V5), as sqlite_master keeps it.
LINK_PREFIX = "substr({}, 1, 8)"
LINKS_INDEX = (
    "CREATE INDEX audit_links ON audit(seq, "
    f"{LINK_PREFIX.format('prev_hash')}, {LINK_PREFIX.format('hash')})"
)
HEAD_EVERY_S = 2.0
# The encoders of an entry's hashed body and of its details, made once: json.dumps
# with options builds an encoder per call, which cost a save more than the encoding.
_ENTRY_JSON = encoders.compact(separators=(",", ":"))
DETAILS_JSON = encoders.compact(sort_keys=True)


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
    body = _ENTRY_JSON([seq, at, user_id, action, object_type, object_id, details])
    return hashlib.sha256(prev + body.encode("utf-8")).digest()


def walk_chain(
    rows: Iterable[tuple[Any, ...]],
    pin: bytes | None,
    progress: Callable[[int, int], None] | None = None,
    total: int = 0,
    authority: Authority | None = None,
) -> tuple[Authority, int, list[str]]:
    """The chain's own checks over its rows in seq order (seq, at, user_id, action,
    object_type, object_id, details, prev_hash, hash, signature): no entry missing,
    each linked to the one before, each hash recomputed, each signature checked against
    the key the chain vouched for its actor. The desk's verify and the centre's (on the
    server, hotline.storage.server.audit) both walk their chain with it.

    Returns the authority replayed to the end, the entries walked and the problems.
    ``authority``: the one to replay into (a caller reading it as the walk goes: each row
    is applied after it is yielded)."""
    problems: list[str] = []
    authority = Authority(pin) if authority is None else authority
    prev = GENESIS
    expected_seq = 1
    count = 0
    for seq, at, user_id, action, otype, oid, details, prev_hash, digest, sig in rows:
        count += 1
        if progress is not None and count % 2000 == 0:
            progress(count, total)
        if seq != expected_seq:
            problems.append(Said(ENTRY_MISSING, seq=expected_seq, next=seq))
        expected_seq = seq + 1
        if bytes(prev_hash) != prev:
            problems.append(Said(NOT_FOLLOWING, seq=seq))
        recomputed = entry_hash(bytes(prev_hash), seq, at, user_id, action, otype, oid, details)
        prev = bytes(digest)
        if recomputed != bytes(digest):
            problems.append(Said(ENTRY_CHANGED, seq=seq))
            continue
        authority.apply(seq, user_id, action, oid, details, bytes(digest), bytes(sig))
    if progress is not None:
        progress(count, max(total, count))
    if count:
        authority.replay(())  # names a chain without its root
    problems += authority.problems
    return authority, count, problems


@dataclass(frozen=True)
class SignedEntry:
    """An entry with what proves it: its hash recomputed from its own fields, its
    signature (checked by the caller against the key the chain vouches for)."""

    entry: AuditEntry
    intact: bool  # the stored hash is the hash of the stored fields
    details_text: str
    hash: bytes
    signature: bytes

    @property
    def is_grant(self) -> bool:
        """An entry that vouches for keys or roles (see storage/authority.py)."""
        return self.entry.seq == 1 or (
            self.entry.object_type == "user" and self.entry.action in GRANT_ACTIONS
        )


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
        # The head this log's last entry made, while no transaction was rolled back
        # since (Database.rollbacks): the next entry chains to it without reading it.
        # An entry written since by another connection takes its seq (the next INSERT
        # is refused: the head is read then); one deleted or changed since is not
        # chained over, so verify names the cut instead of it being papered over.
        self._known: tuple[Database, int, Head] | None = None

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
        row_sha256: str | None = None,
    ) -> int:
        """Append one entry inside the caller's transaction; returns its seq.
        `row_sha256`: the digest of the row the entry wrote, computed by the caller
        from the values it wrote (row_digest.written_digest); read back otherwise."""
        details = dict(details or {})
        if object_id is not None and row_digest.wants_digest(object_type, action, object_id):
            details[row_digest.FIELD] = row_sha256 or row_digest.digest_of(
                self.db, object_type, object_id
            )
        text = DETAILS_JSON(details)
        known, self._known = self._known, None
        cached = known is not None and known[0] is self.db and known[1] == self.db.rollbacks
        entry = (user_id, signing_key, action, object_type, object_id, text)
        try:
            head = self._insert(known[2] if known is not None and cached else self.last(), *entry)
        except StorageFailed as exc:
            if not (cached and is_conflict(exc)):
                raise
            head = self._insert(self.last(), *entry)  # another connection wrote since
        self._known = (self.db, self.db.rollbacks, head)
        self._dirty = True
        return head.seq

    def _insert(
        self,
        head: Head,
        user_id: int | None,
        signing_key: bytes,
        action: str,
        object_type: str,
        object_id: int | None,
        text: str,
    ) -> Head:
        """The entry after `head` signed and inserted; the new head."""
        seq = head.seq + 1
        at = to_iso(utcnow())
        digest = entry_hash(head.hash, seq, at, user_id, action, object_type, object_id, text)
        signature = signing.sign(signing_key, digest)
        self.db.execute(
            "INSERT INTO audit(seq, at, user_id, action, object_type, object_id, details,"
            " prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (seq, at, user_id, action, object_type, object_id, text, head.hash, digest, signature),
        )
        return Head(seq, digest)

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
        if not self._dirty and Head.read(self.head_path) == head:
            return  # already there (a session that only read): nothing to write on a full disk
        tmp = self.head_path.with_name(f".{self.head_path.name}.tmp")
        try:
            if durable:
                write_atomic(self.head_path, head.to_bytes())
            else:
                tmp.write_bytes(head.to_bytes())
                tmp.replace(self.head_path)
        except OSError as exc:  # a full disk: the head lags behind, which is harmless
            tmp.unlink(missing_ok=True)
            raise FileNotWritten(path=str(self.head_path), reason=exc.strerror or str(exc)) from exc
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

    def entries_of(self, action: str) -> list[AuditEntry]:
        """Every entry of one action, oldest first."""
        return [
            AuditEntry(int(r[0]), from_iso(r[1]), r[2], r[3], r[4], r[5], json.loads(r[6]))
            for r in self.db.query(
                "SELECT seq, at, user_id, action, object_type, object_id, details FROM audit"
                " WHERE action = ? ORDER BY seq",
                (action,),
            )
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

    def contains(self, seq: int, digest: bytes) -> bool:
        """Whether entry `seq` is still in the chain with this hash."""
        if seq <= 0:
            return True
        row = self.db.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        return row is not None and bytes(row[0]) == digest

    def _checked(self, rows: Iterator[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
        """Rows whose hash recomputes from their own fields, for the authority."""
        for seq, at, user_id, action, otype, oid, details, prev_hash, digest, sig in rows:
            recomputed = entry_hash(bytes(prev_hash), seq, at, user_id, action, otype, oid, details)
            if recomputed == bytes(digest):
                yield seq, user_id, action, oid, details, digest, sig

    def authority(self, pin: bytes | None) -> Authority:
        """The keys and roles the grant entries vouch for (read at sign-in: few rows)."""
        marks = ",".join("?" * len(GRANT_ACTIONS))
        rows = self.db.query(
            "SELECT seq, at, user_id, action, object_type, object_id, details, prev_hash,"
            f" hash, signature FROM audit WHERE seq = 1 OR (object_type = 'user' AND action IN"
            f" ({marks})) ORDER BY seq",
            GRANT_ACTIONS,
        )
        return Authority(pin).replay(self._checked(iter(rows)))

    def gaps(self) -> list[str]:
        """Cheap checks for sign-in: no entry missing, and every entry linked to the one
        before it (verify also recomputes each hash and signature).

        The links are read from the covering index `audit_links` (schema 5): 8-byte
        prefixes of prev_hash and hash, about 22 bytes an entry, never the entries
        themselves. A filler entry spliced in place of a deleted one breaks the link
        to the entry after it unless its hash starts as the deleted one's did: 2^64
        tries. An index dropped or changed is itself named, and the links are then
        read from the table (slower)."""
        problems: list[str] = []
        total, top = self.db.execute("SELECT count(*), coalesce(max(seq), 0) FROM audit").fetchone()
        if int(total) != int(top):
            problems.append(Said(ENTRIES_MISSING, count=int(top) - int(total)))
        indexed = self.db.scalar(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'audit_links'"
        )
        if indexed is not None and " ".join(str(indexed).split()) == LINKS_INDEX:
            hint, prefix = " INDEXED BY audit_links", LINK_PREFIX
        else:
            problems.append(Said(LINKS_CHANGED))
            hint, prefix = "", "{}"
        linked = prefix.format("b.prev_hash") + " = " + prefix.format("a.hash")
        broken = self.db.query(
            f"SELECT b.seq FROM audit a{hint} JOIN audit b{hint} ON b.seq = a.seq + 1"
            f" WHERE a.seq > 0 AND NOT ({linked}) LIMIT 100"
        )
        problems += [Said(NOT_FOLLOWING, seq=r[0]) for r in broken]
        return problems

    def verify(
        self, pin: bytes | None = None, progress: Callable[[int, int], None] | None = None
    ) -> list[str]:
        """Walk the chain and the signatures; a list of problems, empty when sound.

        pin: the verifier's own pin of the root key (from their slot); progress is
        told (entries checked, entries in all) every few thousand entries."""
        total = self.count() if progress is not None else 0
        authority, count, problems = walk_chain(self._walk(), pin, progress, total)
        problems += self.head_problems(count)
        problems += row_digest.changed_rows(self.db)
        # Users' current keys and roles in the table must be the ones the chain vouches for.
        for uid, public, roles, active in self.db.query(
            "SELECT id, signing_public, roles, active FROM users"
        ):
            if uid in authority.keys and authority.keys[uid] != bytes(public):
                problems.append(Said(KEY_DIFFERS, user=uid))
            granted = format_roles(authority.roles_of(uid))
            if active and granted != str(roles):
                problems.append(
                    Said(ROLES_DIFFER, user=uid, roles=str(roles), granted=granted or NO_ROLES)
                )
        return problems

    def head_problems(self, count: int | None = None) -> list[str]:
        """The head file outside the database against the chain."""
        count = self.count() if count is None else count
        head = Head.read(self.head_path)
        if head is None:
            return [Said(HEAD_MISSING)] if count else []
        if head.seq < 0:
            return [Said(HEAD_DAMAGED)]
        if head.seq > count:
            return [Said(HEAD_AHEAD, count=count, seq=head.seq)]
        if not self.contains(head.seq, head.hash):
            return [Said(HEAD_DIFFERS, seq=head.seq)]
        return []

    def signed_of(self, object_type: str) -> list[SignedEntry]:
        """Every entry about one kind of object with the grant entries among them
        (to replay who held which key and role at each), oldest first, with proofs."""
        marks = ",".join("?" * len(GRANT_ACTIONS))
        return signed_rows(
            self.db.query(
                f"SELECT {ENTRY_COLUMNS} FROM audit WHERE object_type = ? OR seq = 1 OR"
                f" (object_type = 'user' AND action IN ({marks})) ORDER BY seq",
                (object_type, *GRANT_ACTIONS),
            )
        )


ENTRY_COLUMNS = (
    "seq, at, user_id, action, object_type, object_id, details, prev_hash, hash, signature"
)


def signed_rows(rows: Iterable[Sequence[Any]]) -> list[SignedEntry]:
    """Rows of ENTRY_COLUMNS (the desk's chain or the centre's on the server) as entries
    with their proofs: intact when the hash recomputes from the row's own fields."""
    result = []
    for seq, at, user_id, action, otype, oid, details, prev_hash, digest, sig in rows:
        recomputed = entry_hash(bytes(prev_hash), seq, at, user_id, action, otype, oid, details)
        try:
            parsed, moment = json.loads(details), from_iso(str(at))
        except (ValueError, TypeError):
            parsed, moment = None, datetime.fromtimestamp(0, UTC)
        intact = recomputed == bytes(digest) and isinstance(parsed, dict)
        entry = AuditEntry(int(seq), moment, user_id, action, otype, oid, parsed if intact else {})
        result.append(SignedEntry(entry, intact, str(details), bytes(digest), bytes(sig)))
    return result
