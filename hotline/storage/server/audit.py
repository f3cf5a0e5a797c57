"""The centre's audit chain on the server: one chain, several writers.

Entries are those of the single-file desk (storage/audit_log.py: the same fields, the
same hash, each signed on the workstation by its actor's own key, the same replay of
keys and roles by storage/authority.py); they are appended one at a time under the
chain's advisory lock (schema_audit.py says why one chain), in the transaction of what
they record, so a call and its entry are committed together or not at all.

A workstation keeps the head it last saw (seen_head.py) and hands it to every append:
a chain that no longer holds that entry with that hash was cut or rewritten on the
server, and nothing more is written to it (CentreLogCut, CentreLogRewritten).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol

import psycopg
from psycopg.pq import TransactionStatus

from hotline.crypto import signing
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Role
from hotline.records import to_iso, utcnow
from hotline.said import Said
from hotline.storage.audit_log import (
    DETAILS_JSON,
    ENTRY_COLUMNS,
    GENESIS,
    Head,
    SignedEntry,
    entry_hash,
    signed_rows,
    walk_chain,
)
from hotline.storage.authority import GRANT_ACTIONS, ROOT_ACTION, Authority
from hotline.storage.server import call_digest, people
from hotline.storage.server.audit_errors import CentreLogCut, CentreLogRewritten

COLUMNS = ENTRY_COLUMNS
BLOCK = 5000


# What verify says of a centre's log (hotline/said.py: translated where it is shown).
CENTRE_EMPTY = QT_TRANSLATE_NOOP(
    "findings", "the centre's audit log is empty: it has no desk.init entry 1"
)
CALLS_CHANGED = QT_TRANSLATE_NOOP(
    "findings",
    "{count} call(s) on the server no longer match what their last call.save, call.correct "
    "or call.review entry pins (coded fields, wrapped keys, texts or vault rows changed "
    "around the desk): {calls}",
)
CALLS_WITHOUT_ENTRY = QT_TRANSLATE_NOOP(
    "findings",
    "{count} call(s) on the server have no call.save entry by their author in the audit log: "
    "written around the desk",
)
ENTRIES_WITHOUT_CALL = QT_TRANSLATE_NOOP(
    "findings",
    "{count} call.save entries of the audit log name a call the server no longer holds: "
    "removed on the server",
)
UNDONE_CALLS_THERE = QT_TRANSLATE_NOOP(
    "findings",
    "{count} call(s) the audit log says were taken back (call.undo_no_content) are on the "
    "server: not removed, or written again around the desk",
)
TASKS_DONE_UNRECORDED = QT_TRANSLATE_NOOP(
    "findings",
    "{count} task(s) on the server are marked done with no task.done entry by the one "
    "named as doing it in the audit log: closed around the desk",
)
TASKS_UNLIKE_SAVE = QT_TRANSLATE_NOOP(
    "findings",
    "{count} call(s) on the server do not have the tasks their call.save entry made (a "
    "mandatory report removed, or a task slipped in around the desk): {calls}",
)
TASK_ENTRIES_WITHOUT_TASK = QT_TRANSLATE_NOOP(
    "findings",
    "{count} task.add entries of the audit log name a task the server no longer holds: "
    "removed on the server",
)
NOT_A_REVIEWER = QT_TRANSLATE_NOOP(
    "findings",
    "audit entry {seq} ({action}) is signed by user {user}, who was not a supervisor: it "
    "vouches for no change of the call",
)
MEMBER_KEY_DIFFERS = QT_TRANSLATE_NOOP(
    "findings",
    "member {user}'s signing key on the server differs from the one the audit log vouches for",
)
MEMBER_UNVOUCHED = QT_TRANSLATE_NOOP(
    "findings",
    "member {user} is active on the server, but no administrator's entry in the audit log "
    "vouches for them (added on the server without 'users add'?)",
)
MEMBER_ROLES_DIFFER = QT_TRANSLATE_NOOP(
    "findings",
    "member {user}'s roles on the server differ from the roles the audit log grants them",
)


class HeadWitness(Protocol):
    """Where a workstation keeps the last head of the chain it saw."""

    def seen(self) -> Head | None: ...

    def saw(self, head: Head) -> None: ...


class AuditRecorder(Protocol):
    """What ServerCallRepository.save (and any step on the server) records with."""

    def record(
        self,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> int: ...

    def committed(self) -> None: ...

    def forget(self) -> None: ...


def witness_problem(seen: Head | None, last: Head, found: bytes | None) -> DeskError | None:
    """What the chain's head ``last`` and its entry ``found`` at ``seen.seq`` say about the
    head a workstation witnessed; None when the chain still holds it."""
    if seen is None or seen.seq <= 0:
        return None
    if last.seq < seen.seq:
        return CentreLogCut(last=last.seq, seen=seen.seq)
    if found != seen.hash:
        return CentreLogRewritten(seen=seen.seq)
    return None


def root_details(
    admin_public: bytes,
    recovery_public: bytes,
    roles: frozenset[Role],
    user_id: int,
    centre_keys: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Entry 1 of a centre's chain, as the single-file desk's desk.init (the root the
    authority replays from, pinned in every slot), with the centre's id and public keys
    (``centre_keys``, hex): the server's ``hotline.centre`` row is checked against them,
    so a key swapped there is refused before anything is sealed to it."""
    details: dict[str, Any] = {
        "user_id": user_id,
        "signing_key": admin_public.hex(),
        "recovery_signing_key": recovery_public.hex(),
        "roles": sorted(r.value for r in roles),
        "device_mode": "server",
    }
    if centre_keys is not None:
        details[CENTRE_KEYS] = centre_keys
    return details


CENTRE_KEYS = "centre"  # desk.init's part naming the centre's id and public keys
CENTRE_KEYS_CHANGED = QT_TRANSLATE_NOOP(
    "findings",
    "the centre's id or public keys on the server differ from those its desk.init "
    "(entry 1, signed by the root) pins: new calls must not be sealed to them",
)


def centre_keys_of(desk_id: str, casetext: bytes, vault: bytes, export: bytes) -> dict[str, str]:
    return {
        "desk_id": desk_id,
        "casetext_public": casetext.hex(),
        "vault_public": vault.hex(),
        "export_public": export.hex(),
    }


def pinned_centre_keys(
    conn: psycopg.Connection[tuple[Any, ...]], root: bytes | None
) -> dict[str, str] | None:
    """The centre's keys as entry 1 pins them, when entry 1 is intact (its hash) and
    signed by ``root`` (the slot's pin); None otherwise."""
    return keys_pinned_by(entry_one(conn), root)


def entry_one(conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[Any, ...] | None:
    """Entry 1's row as stored (``COLUMNS``), unchecked; None when there is none."""
    return conn.execute(f"SELECT {COLUMNS} FROM hotline.audit WHERE seq = 1").fetchone()


def keys_pinned_by(row: Sequence[Any] | None, root: bytes | None) -> dict[str, str] | None:
    """The centre's keys entry 1's row (as ``entry_one`` gives it, or as a workstation's
    offline copy keeps it) pins, when it is intact and signed by ``root``; else None."""
    if row is None or root is None or len(row) != 10:
        return None
    seq, at, user_id, action, object_type, object_id, details, prev, digest, sig = row
    expected = entry_hash(GENESIS, seq, at, user_id, action, object_type, object_id, details)
    if action != ROOT_ACTION or bytes(prev) != GENESIS or bytes(digest) != expected:
        return None
    if not signing.verify(root, expected, bytes(sig)):
        return None
    try:
        keys = json.loads(details).get(CENTRE_KEYS)
    except (ValueError, AttributeError):
        return None
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        return None
    return {str(k): v for k, v in keys.items()}


def centre_row_keys(conn: psycopg.Connection[tuple[Any, ...]]) -> dict[str, str] | None:
    row = conn.execute(
        "SELECT desk_id, casetext_public, vault_public, export_public FROM hotline.centre"
    ).fetchone()
    if row is None:
        return None
    return centre_keys_of(str(row[0]), bytes(row[1]), bytes(row[2]), bytes(row[3]))


def _transaction(conn: psycopg.Connection[tuple[Any, ...]]) -> AbstractContextManager[Any]:
    """The caller's transaction when one is open (no savepoint: two round trips fewer per
    entry, and an error rolls the caller's whole step back anyway), else one of its own."""
    if conn.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.ACTIVE):
        return nullcontext()  # ACTIVE: inside a pipeline, a statement still in flight
    return conn.transaction()


class ServerAuditLog:
    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.conn = conn

    def last(self) -> Head:
        row = self.conn.execute(
            "SELECT seq, hash FROM hotline.audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return Head(0, GENESIS) if row is None else Head(int(row[0]), bytes(row[1]))

    def count(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM hotline.audit").fetchone()
        return 0 if row is None else int(row[0])

    def hash_at(self, seq: int) -> bytes | None:
        row = self.conn.execute("SELECT hash FROM hotline.audit WHERE seq = %s", (seq,)).fetchone()
        return None if row is None else bytes(row[0])

    def witnessed(self, seen: Head | None) -> DeskError | None:
        """The head a workstation saw, checked against the chain now (at connection)."""
        if seen is None or seen.seq <= 0:
            return None
        return witness_problem(seen, self.last(), self.hash_at(seen.seq))

    def append(
        self,
        user_id: int | None,
        signing_key: bytes,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
        *,
        seen: Head | None = None,
    ) -> Head:
        """Append one entry in the caller's transaction (or one of its own) under the
        chain's lock, held to the commit; its head. ``seen``: the head this workstation
        witnessed, refused (CentreLogCut, CentreLogRewritten) unless the chain still
        holds it, and then nothing is written."""
        with _transaction(self.conn):
            rows = self.conn.execute(
                "SELECT seq, hash FROM hotline.audit_head_locked(%s)",
                (seen.seq if seen is not None else 0,),
            ).fetchall()
            by_seq = {int(r[0]): bytes(r[1]) for r in rows}
            top = max(by_seq, default=0)
            head = Head(top, by_seq[top]) if top else Head(0, GENESIS)
            if seen is not None:
                problem = witness_problem(seen, head, by_seq.get(seen.seq))
                if problem is not None:
                    raise problem
            seq = head.seq + 1
            at = to_iso(utcnow())
            text = DETAILS_JSON(dict(details or {}))
            digest = entry_hash(head.hash, seq, at, user_id, action, object_type, object_id, text)
            self.conn.execute(
                "INSERT INTO hotline.audit(seq, at, user_id, action, object_type, object_id,"
                " details, prev_hash, hash, signature) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                (
                    seq,
                    at,
                    user_id,
                    action,
                    object_type,
                    object_id,
                    text,
                    head.hash,
                    digest,
                    signing.sign(signing_key, digest),
                ),
            )
        return Head(seq, digest)

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Every entry's columns in seq order, a block at a time (keyset, no cursor)."""
        after = 0
        while True:
            block = self.conn.execute(
                f"SELECT {COLUMNS} FROM hotline.audit WHERE seq > %s ORDER BY seq LIMIT %s",
                (after, BLOCK),
            ).fetchall()
            if not block:
                return
            yield from block
            after = int(block[-1][0])

    def signed_of(self, object_type: str) -> list[SignedEntry]:
        """As the desk's (storage/audit_log.py): the entries about one kind of object
        with the grant entries among them, oldest first, with their proofs (read by
        the index on object_type: few rows, never the whole chain)."""
        return signed_rows(
            self.conn.execute(
                f"SELECT {COLUMNS} FROM hotline.audit WHERE object_type = %s OR seq = 1 OR"
                " (object_type = 'user' AND action = ANY(%s)) ORDER BY seq",
                (object_type, list(GRANT_ACTIONS)),
            ).fetchall()
        )

    def last_reset_of(self, user_id: int) -> tuple[int, str] | None:
        """The latest ``user.reset`` of this member (an administrator gave her new keys):
        its seq and the signing key (public, hex) it gave; None if she was never reset."""
        row = self.conn.execute(
            "SELECT seq, details FROM hotline.audit WHERE action = 'user.reset'"
            " AND object_type = 'user' AND object_id = %s ORDER BY seq DESC LIMIT 1",
            (user_id,),
        ).fetchone()
        if row is None:
            return None
        try:
            given = json.loads(row[1]).get("signing_key")
        except (ValueError, AttributeError):
            return None
        return (int(row[0]), given) if isinstance(given, str) else None

    def actions_of(self, object_type: str, object_id: int) -> list[str]:
        return [
            str(r[0])
            for r in self.conn.execute(
                "SELECT action FROM hotline.audit WHERE object_type = %s AND object_id = %s"
                " ORDER BY seq",
                (object_type, object_id),
            ).fetchall()
        ]

    def verify(self, pin: bytes | None) -> list[str]:
        """The chain walked as the desk's verify walks its own (storage/audit_log.py
        walk_chain), then the members' signing keys on the server against the keys the
        chain vouches for. ``pin``: the verifier's pin of the root (from their slot)."""
        authority = Authority(pin)
        skip: list[int] = []
        named: list[tuple[int, str, int | None]] = []
        authority, count, problems = walk_chain(
            self._repins_checked(authority, skip, named), pin, authority=authority
        )
        for seq, action, user in named:
            problems.append(Said(NOT_A_REVIEWER, seq=seq, action=action, user=str(user)))
        if count == 0:
            problems.append(Said(CENTRE_EMPTY))
        elif pinned_centre_keys(self.conn, pin or authority.root) != centre_row_keys(self.conn):
            problems.append(Said(CENTRE_KEYS_CHANGED))
        problems += self.calls_unrecorded()
        problems += self.tasks_unrecorded()
        changed = call_digest.changed_calls(self.conn, skip)
        if changed:
            shown = ", ".join(str(c) for c in changed[:10])
            problems.append(Said(CALLS_CHANGED, count=len(changed), calls=shown))
        for uid, public, active, roles in self.conn.execute(
            "SELECT user_id, signing_public, active, roles FROM hotline.members ORDER BY user_id"
        ).fetchall():
            if not active:
                continue
            vouched = authority.keys.get(int(uid))
            if vouched is None:
                problems.append(Said(MEMBER_UNVOUCHED, user=int(uid)))
                continue
            if vouched != bytes(public):
                problems.append(Said(MEMBER_KEY_DIFFERS, user=int(uid)))
            granted = {r.value for r in authority.roles_of(int(uid))}
            if {str(r) for r in roles or ()} != granted:  # text: a bogus role is named too
                problems.append(Said(MEMBER_ROLES_DIFFER, user=int(uid)))
        return problems

    def _repins_checked(
        self, authority: Authority, skip: list[int], named: list[tuple[int, str, int | None]]
    ) -> Iterator[tuple[Any, ...]]:
        """The chain's rows, each review step that would re-pin a call's rows checked as
        it goes by (before the walk applies it, so against the keys and roles then): its
        hash recomputed and its signature by its actor, a supervisor for a review step
        (the call's author for her own correction: call_digest.PINS). One that fails goes into
        ``skip`` and pins nothing; one well signed by someone not a supervisor then goes
        into ``named`` too (the walk names the others itself)."""
        for row in self.rows():
            seq, at, user_id, action, otype, oid, details, prev, digest, sig = row
            if otype == "call" and action in call_digest.REPINS:
                recomputed = entry_hash(bytes(prev), seq, at, user_id, action, otype, oid, details)
                key = authority.keys.get(authority.actor(user_id))
                if (
                    key is None
                    or recomputed != bytes(digest)
                    or not signing.verify(key, recomputed, bytes(sig))
                ):
                    skip.append(int(seq))
                elif action in call_digest.REVIEW_REPINS and Role.SUPERVISOR not in (
                    authority.roles_of(authority.actor(user_id))
                ):
                    skip.append(int(seq))
                    named.append((int(seq), str(action), user_id))
            yield row

    def calls_unrecorded(self) -> list[str]:
        """Calls on the server with no ``call.save`` entry by their author (a row slipped
        in with a login's own SQL, or by the superuser), and entries whose call is gone
        (a row removed on the server; a call without content its author took back, by
        her signed undo right after its save, excused), and calls on the server the chain
        says were taken back. Of what the connection reads: an operator checks her own
        calls and entries."""
        row = self.conn.execute(CALLS_UNRECORDED, self._prefix()).fetchone()
        missing, gone, back = (0, 0, 0) if row is None else (int(row[0]), int(row[1]), int(row[2]))
        problems: list[str] = []
        if missing:
            problems.append(Said(CALLS_WITHOUT_ENTRY, count=missing))
        if gone:
            problems.append(Said(ENTRIES_WITHOUT_CALL, count=gone))
        if back:
            problems.append(Said(UNDONE_CALLS_THERE, count=back))
        return problems

    def _prefix(self) -> dict[str, str]:
        return {"prefix": people.role_prefix(self.conn)}

    def tasks_unrecorded(self) -> list[str]:
        """The tasks against the chain (schema step 5): a done task needs its task.done
        entry by the member who closed it (a sealed call's tasks are closed by its
        sealing); each call has the tasks its call.save entry counts (and those task.add
        entries made), so a report task removed on the server, where the trigger was got
        around, is named; a task.add entry whose task is gone too. Of what the
        connection reads, as calls_unrecorded."""
        present = self.conn.execute("SELECT to_regclass('hotline.tasks') IS NOT NULL").fetchone()
        if not present or not present[0]:  # a centre before the tasks' step
            return []
        row = self.conn.execute(TASKS_UNRECORDED, self._prefix()).fetchone()
        done, gone = (0, 0) if row is None else (int(row[0]), int(row[1]))
        problems: list[str] = []
        if done:
            problems.append(Said(TASKS_DONE_UNRECORDED, count=done))
        unlike = [int(r[0]) for r in self.conn.execute(TASKS_UNLIKE_SAVE_SQL).fetchall()]
        if unlike:
            shown = ", ".join(str(c) for c in unlike[:10])
            problems.append(Said(TASKS_UNLIKE_SAVE, count=len(unlike), calls=shown))
        if gone:
            problems.append(Said(TASK_ENTRIES_WITHOUT_TASK, count=gone))
        return problems


# Who reads every entry's object (an operator reads only her own calls and tasks);
# ``prefix``: what the centre's roles are named after (people.role_prefix).
READS_ALL = """(a.author = session_user
         OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND r.rolsuper)
         OR pg_has_role(session_user, (%(prefix)s::text || '_supervisor')::name, 'MEMBER')
         OR pg_has_role(session_user, (%(prefix)s::text || '_admin')::name, 'MEMBER'))"""
TASKS_UNRECORDED = f"""
SELECT
 (SELECT count(*) FROM hotline.tasks k WHERE k.status = 'done'
    AND NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = k.call_id)
    AND NOT EXISTS (SELECT 1 FROM hotline.audit a WHERE a.action = 'task.done'
        AND a.object_type = 'task' AND a.object_id = k.id AND a.user_id = k.done_by)),
 (SELECT count(*) FROM hotline.audit a WHERE a.action = 'task.add' AND a.object_type = 'task'
    AND NOT EXISTS (SELECT 1 FROM hotline.tasks k WHERE k.id = a.object_id)
    AND {READS_ALL})
"""
# The calls whose tasks made by their save (no task.add entry) are not as many as their
# call.save entry says (the calls the connection reads).
TASKS_UNLIKE_SAVE_SQL = """
SELECT coalesce(made.id, said.id) FROM
 (SELECT k.call_id AS id, count(*) AS n FROM hotline.tasks k
    JOIN hotline.calls c ON c.id = k.call_id
    WHERE NOT EXISTS (SELECT 1 FROM hotline.audit a
        WHERE a.action = 'task.add' AND a.object_type = 'task' AND a.object_id = k.id)
    GROUP BY k.call_id) made
 FULL JOIN
 (SELECT a.object_id AS id, max((a.details::jsonb->>'tasks')::numeric) AS n
    FROM hotline.audit a JOIN hotline.calls c ON c.id = a.object_id
    WHERE a.action = 'call.save' AND a.object_type = 'call'
      AND jsonb_typeof(a.details::jsonb->'tasks') = 'number'
    GROUP BY a.object_id) said
 ON said.id = made.id
 WHERE coalesce(made.n, 0) <> coalesce(said.n, 0)
 ORDER BY 1
"""


# The entry's actor must be the member whose login wrote the call.
CALLS_UNRECORDED = """
SELECT
 (SELECT count(*) FROM hotline.calls c WHERE NOT EXISTS (
    SELECT 1 FROM hotline.audit a JOIN hotline.members m ON m.user_id = a.user_id
    WHERE a.action = 'call.save' AND a.object_type = 'call' AND a.object_id = c.id
      AND m.db_role = c.author)),
 (SELECT count(*) FROM hotline.audit a WHERE a.action = 'call.save'
    AND a.object_type = 'call'
    AND NOT EXISTS (SELECT 1 FROM hotline.calls c WHERE c.id = a.object_id)
    AND NOT EXISTS (SELECT 1 FROM hotline.audit u WHERE u.action = 'call.undo_no_content'
      AND u.object_type = 'call' AND u.object_id = a.object_id AND u.seq > a.seq
      AND u.author = a.author AND u.user_id = a.user_id
      AND a.details::jsonb->>'no_content' IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM hotline.audit x WHERE x.object_type = 'call'
        AND x.object_id = a.object_id AND x.seq <> a.seq AND x.seq <> u.seq))
    AND (a.author = session_user
         OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user AND r.rolsuper)
         OR pg_has_role(session_user, (%(prefix)s::text || '_supervisor')::name, 'MEMBER')
         OR pg_has_role(session_user, (%(prefix)s::text || '_admin')::name, 'MEMBER'))),
 (SELECT count(*) FROM hotline.audit u WHERE u.action = 'call.undo_no_content'
    AND u.object_type = 'call'
    AND EXISTS (SELECT 1 FROM hotline.calls c WHERE c.id = u.object_id))
"""


class Appender:
    """A workstation's audit recorder on the server: its actor, key and witness.

    ``record`` appends inside the current transaction, checked against the head the
    witness holds; ``committed`` (after the outermost transaction committed) hands the
    new head to the witness. A head is never witnessed before its commit: a rolled-back
    entry would otherwise look like a rewritten log at the next connection."""

    def __init__(
        self,
        conn: psycopg.Connection[tuple[Any, ...]],
        user_id: int | None,
        signing_key: bytes,
        witness: HeadWitness | None = None,
    ) -> None:
        self.log = ServerAuditLog(conn)
        self.user_id = user_id
        self.signing_key = signing_key
        self.witness = witness
        self.pending: Head | None = None

    def record(
        self,
        action: str,
        object_type: str = "",
        object_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> int:
        seen = self.witness.seen() if self.witness is not None else None
        head = self.log.append(
            self.user_id, self.signing_key, action, object_type, object_id, details, seen=seen
        )
        self.pending = head
        return head.seq

    def committed(self) -> None:
        """After a commit: the witness takes the head just written. Inside a transaction
        still open (a step of several), nothing yet; a failed one leaves nothing."""
        if self.log.conn.info.transaction_status != TransactionStatus.IDLE:
            return
        if self.pending is not None and self.witness is not None:
            self.witness.saw(self.pending)
        self.pending = None

    def forget(self) -> None:
        """The transaction was rolled back: its entries never were."""
        self.pending = None


def write_root(
    conn: psycopg.Connection[tuple[Any, ...]],
    signing_key: bytes,
    recovery_public: bytes,
    roles: frozenset[Role],
    user_id: int = 1,
) -> Head:
    """Entry 1 of a new centre's chain (init --server), signed by its first administrator,
    pinning the centre's row as it is now (written just before, in the same transaction)."""
    details = root_details(
        signing.public_of(signing_key), recovery_public, roles, user_id, centre_row_keys(conn)
    )
    return ServerAuditLog(conn).append(user_id, signing_key, ROOT_ACTION, "user", user_id, details)
