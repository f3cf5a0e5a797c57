"""What a call's ``call.save`` entry pins of its rows on the server, and their check.

The entry is signed by the author on the workstation, so the digests in its details
name any later change to the rows made around the desk (the server's superuser, or a
login's own SQL): the coded fields and start (``coded_sha256``; ``kept_sha256`` without
the pseudonyms, which sealing removes), and the sealed rows (``sealed_sha256``: each
wrapped key, text and vault row by its SHA-256, checked only while the call is not
sealed, since sealing deletes them). Only digests: no content, no ciphertext.

The digests are read by every desk role (each reads the whole chain), and coded fields
are few and guessable: so the workstation puts a random ``digest_salt`` among the coded
fields (``seal_call``), which only those who may read the call's row see. Another
operator holding the entry cannot try coded fields against its digest.

A supervisor's correction or decision (schema_review.py) changes the rows: its
``call.correct`` or ``call.review`` entry, written in the same transaction, carries the
digests of the rows as they are after it, and the last entry carrying digests is the
call's pin (``PINS``; a step entry counts only when a supervisor wrote it on her own
login, and ``verify`` checks it was signed by one). The workstation re-pins only rows
that still match the pin before (``differs``): a change made around the desk earlier
is not blessed by a later correction.

The check reads what the connection may: the coded fields for every desk role; the
sealed rows only where all three tables' bodies are readable (a supervisor, the
server's superuser). A call counts as sealed only with its signed ``call.seal`` entry:
a ``sealed_calls`` row slipped in on the server does not excuse its deleted rows.

A call whose pseudonyms were converted from clear to their keyed form
(services/centre_pseudonyms.py, on a centre made before) has its coded fields
pinned again by the administrator's signed ``call.pseudonyms_keyed`` entry
(``REPIN``, one more pin of ``PINS``): it carries the call's last pin with only the
coded fields' digest new (the conversion changes nothing else).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from hotline.storage.server.seals import PERSON_FIELDS

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
BLOCK = 2000
DIGESTS = ("coded_sha256", "kept_sha256", "sealed_sha256")
DIGEST_SALT = "digest_salt"  # a coded field of its own: 128 random bits, hex
REPIN = "call.pseudonyms_keyed"  # an administrator's entry pinning converted coded fields


def salt() -> str:
    return os.urandom(16).hex()


def _sha(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def coded_digest(
    call_id: int, started_at: datetime, coded: dict[str, Any], drop: Sequence[str] = ()
) -> str:
    micros = (started_at - EPOCH) // timedelta(microseconds=1)
    kept = {k: v for k, v in coded.items() if k not in drop}
    return _sha(["coded", call_id, micros, kept])


def sealed_digest(
    call_id: int,
    keys: Iterable[tuple[str, str, str]],
    texts: Iterable[tuple[str, str]],
    vault: Iterable[tuple[str, str, str]],
) -> str:
    """Over each row's SHA-256 (hex), sorted: the order rows come back in is no change."""
    return _sha(
        [
            "sealed",
            call_id,
            sorted(map(list, keys)),
            sorted(map(list, texts)),
            sorted(map(list, vault)),
        ]
    )


def hex256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def of_rows(
    call_id: int,
    started_at: datetime,
    coded: dict[str, Any],
    keys: Iterable[tuple[str, str, bytes]],
    texts: Iterable[tuple[str, bytes]],
    vault: Iterable[tuple[str, str, bytes]],
) -> dict[str, str]:
    """The digests a call.save entry holds, of the rows as the workstation sends them."""
    return of_hashed(
        call_id,
        started_at,
        coded,
        ((h, s, hex256(b)) for h, s, b in keys),
        ((f, hex256(b)) for f, b in texts),
        ((s, c, hex256(b)) for s, c, b in vault),
    )


def of_hashed(
    call_id: int,
    started_at: datetime,
    coded: dict[str, Any],
    keys: Iterable[tuple[str, str, str]],
    texts: Iterable[tuple[str, str]],
    vault: Iterable[tuple[str, str, str]],
) -> dict[str, str]:
    """The same digests from each sealed row's SHA-256 (hex) instead of its bytes (what
    the server's own_rows gives an operator for rows she cannot read)."""
    return {
        "coded_sha256": coded_digest(call_id, started_at, coded),
        "kept_sha256": coded_digest(call_id, started_at, coded, PERSON_FIELDS),
        "sealed_sha256": sealed_digest(call_id, keys, texts, vault),
    }


CAN_READ_SEALED = (
    "SELECT has_column_privilege('hotline.call_texts', 'body', 'SELECT')"
    " AND has_column_privilege('hotline.call_keys', 'sealed', 'SELECT')"
    " AND has_column_privilege('hotline.vault_entries', 'sealed', 'SELECT')"
)
CALLS = """
SELECT c.id, c.started_at, c.coded,
       EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)
       AND EXISTS (SELECT 1 FROM hotline.audit z WHERE z.action = 'call.seal'
                   AND z.object_type = 'call' AND z.object_id = c.id)
FROM hotline.calls c WHERE c.id > %s ORDER BY c.id LIMIT %s
"""
SAVE = "call.save"
# a supervisor's workstation adding the entities' lookup values of a call saved before
# them (services/centre_entity_keys.py, schema_entity_keys.py)
ENTITIES_KEYED = "call.entities_keyed"
# a supervisor's step re-pins its rows (a comment too: one more sealed text; the lookup
# values added to its coded fields)
REVIEW_REPINS = ("call.correct", "call.review", "call.comment", ENTITIES_KEYED)
OWN_REPIN = "call.correct_own"  # and so does the operator's correction of her own call
REPINS = (*REVIEW_REPINS, OWN_REPIN)
# Each call's pin: the last entry carrying digests, its call.save or own correction by
# the call's author, or a review step by a supervisor, each on the writer's own login,
# or an administrator's conversion of the call's pseudonyms to their keyed form (REPIN)
# (``skip``: entries verify found not signed by their actor, or a review step not by a
# supervisor when it was written).
PINS = """
SELECT DISTINCT ON (a.object_id) a.object_id, a.details
FROM hotline.audit a
JOIN hotline.members m ON m.user_id = a.user_id
JOIN hotline.calls c ON c.id = a.object_id
WHERE a.object_type = 'call' AND a.object_id = ANY(%(ids)s) AND a.seq <> ALL(%(skip)s)
  AND strpos(a.details, '"coded_sha256"') > 0
  AND ((a.action = 'call.save' AND m.db_role = c.author)
       OR (a.action = %(own)s AND m.db_role = c.author AND a.author = c.author)
       OR (a.action = ANY(%(repins)s) AND m.db_role = a.author
           AND 'supervisor' = ANY(m.roles))
       OR (a.action = %(keyed)s AND 'administrator' = ANY(m.roles)))
ORDER BY a.object_id, a.seq DESC
"""
SEALED_ROWS = """
SELECT 'k', call_id, holder, suite, encode(sha256(sealed), 'hex')
  FROM hotline.call_keys WHERE call_id = ANY(%(ids)s)
UNION ALL SELECT 't', call_id, field, '', encode(sha256(body), 'hex')
  FROM hotline.call_texts WHERE call_id = ANY(%(ids)s)
UNION ALL SELECT 'v', call_id, suite, context, encode(sha256(sealed), 'hex')
  FROM hotline.vault_entries WHERE call_id = ANY(%(ids)s)
"""


def pins_of(
    conn: psycopg.Connection[tuple[Any, ...]], ids: list[int], skip: Sequence[int] = ()
) -> dict[int, dict[str, Any]]:
    """Each call's last pin (PINS), by call id; calls without one are left out."""
    found: dict[int, dict[str, Any]] = {}
    rows = conn.execute(
        PINS,
        {
            "ids": ids,
            "skip": list(skip),
            "repins": list(REVIEW_REPINS),
            "own": OWN_REPIN,
            "keyed": REPIN,
        },
    )
    for cid, details in rows.fetchall():
        try:
            pinned = json.loads(details)
        except ValueError:
            continue  # a damaged entry is the chain's walk to name
        if isinstance(pinned, dict) and all(k in pinned for k in DIGESTS):
            found[int(cid)] = pinned
    return found


def differs(pinned: dict[str, Any] | None, digests: dict[str, str], sealed: bool = False) -> bool:
    """Whether rows with these digests (of_rows) are not the ones ``pinned`` names."""
    if pinned is None:
        return False  # saved before the digests: not checked
    if sealed:
        return bool(pinned["kept_sha256"] != digests["kept_sha256"])
    return any(pinned[k] != digests[k] for k in ("coded_sha256", "sealed_sha256"))


def changed_calls(conn: psycopg.Connection[tuple[Any, ...]], skip: Sequence[int] = ()) -> list[int]:
    """The calls whose rows no longer match their last pin's digests (of those the
    connection reads; calls without a pin are not checked). ``skip``: entries that pin
    nothing (ServerAuditLog.verify finds them in the chain's walk)."""
    row = conn.execute(CAN_READ_SEALED).fetchone()
    read_sealed = bool(row and row[0])
    changed: list[int] = []
    after = 0
    while True:
        block = conn.execute(CALLS, (after, BLOCK)).fetchall()
        if not block:
            return changed
        after = int(block[-1][0])
        ids = [int(r[0]) for r in block]
        pins = pins_of(conn, ids, skip)
        rows: dict[int, tuple[list[Any], list[Any], list[Any]]] = {}
        if read_sealed:
            for kind, cid, a, b, digest in conn.execute(SEALED_ROWS, {"ids": ids}).fetchall():
                keys, texts, vault = rows.setdefault(int(cid), ([], [], []))
                if kind == "k":
                    keys.append((a, b, digest))
                elif kind == "t":
                    texts.append((a, digest))
                else:
                    vault.append((a, b, digest))
        for cid, started, coded, sealed in block:
            call_id = int(cid)
            pinned = pins.get(call_id)
            if pinned is None:
                continue
            wanted = "kept_sha256" if sealed else "coded_sha256"
            drop = PERSON_FIELDS if sealed else ()
            bad = pinned[wanted] != coded_digest(call_id, started, coded, drop)
            # (the kept digest leaves out what sealing took: a sealed call holding it again
            # was given it back around the desk)
            bad = bad or any(field in coded for field in drop)
            if read_sealed and not sealed:
                keys, texts, vault = rows.get(call_id, ([], [], []))
                bad = bad or pinned["sealed_sha256"] != sealed_digest(call_id, keys, texts, vault)
            if bad:
                changed.append(call_id)
