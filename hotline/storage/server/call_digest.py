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

The check reads what the connection may: the coded fields for every desk role; the
sealed rows only where all three tables' bodies are readable (a supervisor, the
server's superuser). A call counts as sealed only with its signed ``call.seal`` entry:
a ``sealed_calls`` row slipped in on the server does not excuse its deleted rows.

A call whose pseudonyms were converted from clear to their keyed form
(services/centre_pseudonyms.py, on a centre made before) has its coded fields
pinned again by the administrator's signed ``call.pseudonyms_keyed`` entry
(``REPIN``); its other digests are unchanged by the conversion.
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
    return {
        "coded_sha256": coded_digest(call_id, started_at, coded),
        "kept_sha256": coded_digest(call_id, started_at, coded, PERSON_FIELDS),
        "sealed_sha256": sealed_digest(
            call_id,
            ((h, s, hex256(b)) for h, s, b in keys),
            ((f, hex256(b)) for f, b in texts),
            ((s, c, hex256(b)) for s, c, b in vault),
        ),
    }


CAN_READ_SEALED = (
    "SELECT has_column_privilege('hotline.call_texts', 'body', 'SELECT')"
    " AND has_column_privilege('hotline.call_keys', 'sealed', 'SELECT')"
    " AND has_column_privilege('hotline.vault_entries', 'sealed', 'SELECT')"
)
CALLS = """
SELECT c.id, c.started_at, c.coded, a.details,
       EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)
       AND EXISTS (SELECT 1 FROM hotline.audit z WHERE z.action = 'call.seal'
                   AND z.object_type = 'call' AND z.object_id = c.id),
       (SELECT r.details FROM hotline.audit r JOIN hotline.members rm ON rm.user_id = r.user_id
        WHERE r.action = 'call.pseudonyms_keyed' AND r.object_type = 'call'
          AND r.object_id = c.id AND 'administrator' = ANY(rm.roles)
        ORDER BY r.seq DESC LIMIT 1)
FROM hotline.calls c
JOIN hotline.members m ON m.db_role = c.author
JOIN hotline.audit a ON a.action = 'call.save' AND a.object_type = 'call'
     AND a.object_id = c.id AND a.user_id = m.user_id
WHERE c.id > %s ORDER BY c.id LIMIT %s
"""
SEALED_ROWS = """
SELECT 'k', call_id, holder, suite, encode(sha256(sealed), 'hex')
  FROM hotline.call_keys WHERE call_id = ANY(%(ids)s)
UNION ALL SELECT 't', call_id, field, '', encode(sha256(body), 'hex')
  FROM hotline.call_texts WHERE call_id = ANY(%(ids)s)
UNION ALL SELECT 'v', call_id, suite, context, encode(sha256(sealed), 'hex')
  FROM hotline.vault_entries WHERE call_id = ANY(%(ids)s)
"""


def changed_calls(conn: psycopg.Connection[tuple[Any, ...]]) -> list[int]:
    """The calls whose rows no longer match their call.save entry's digests (of those
    the connection reads; entries without digests are not checked)."""
    row = conn.execute(CAN_READ_SEALED).fetchone()
    read_sealed = bool(row and row[0])
    changed: list[int] = []
    after = 0
    while True:
        block = conn.execute(CALLS, (after, BLOCK)).fetchall()
        if not block:
            return changed
        after = int(block[-1][0])
        rows: dict[int, tuple[list[Any], list[Any], list[Any]]] = {}
        if read_sealed:
            ids = [int(r[0]) for r in block]
            for kind, cid, a, b, digest in conn.execute(SEALED_ROWS, {"ids": ids}).fetchall():
                keys, texts, vault = rows.setdefault(int(cid), ([], [], []))
                if kind == "k":
                    keys.append((a, b, digest))
                elif kind == "t":
                    texts.append((a, digest))
                else:
                    vault.append((a, b, digest))
        for cid, started, coded, details, sealed, repinned in block:
            try:
                pinned = json.loads(details)
                if repinned is not None and not sealed:
                    pinned = {**pinned, "coded_sha256": json.loads(repinned)["coded_sha256"]}
            except (ValueError, KeyError, TypeError):
                continue  # a damaged entry is the chain's walk to name
            if not isinstance(pinned, dict) or not all(k in pinned for k in DIGESTS):
                continue
            call_id = int(cid)
            wanted = "kept_sha256" if sealed else "coded_sha256"
            drop = PERSON_FIELDS if sealed else ()
            bad = pinned[wanted] != coded_digest(call_id, started, coded, drop)
            if read_sealed and not sealed:
                keys, texts, vault = rows.get(call_id, ([], [], []))
                bad = bad or pinned["sealed_sha256"] != sealed_digest(call_id, keys, texts, vault)
            if bad:
                changed.append(call_id)
