"""The insider's tools: the database key their own slot opens, raw sqlcipher3.

Every attack in tests/security/ starts here, with exactly the powers of a
staff member holding one ordinary slot: their password opens their slot, the
slot's grants give the database key, and with it any SQL runs on the desk's
file outside the program. The files of the data folder are theirs to edit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import sqlcipher3

from hotline.paths import DeskPaths
from hotline.services.keys import open_slot
from hotline.storage.keyfile import SECRET_DB, KeyFile


def database_key(paths: DeskPaths, name: str, password: str) -> bytes:
    """The database key the user's own slot opens (the desk not bound to a keychain)."""
    keyfile = KeyFile.load(paths.key_file)
    holder = keyfile.holder_for(name)
    assert holder is not None
    opened = open_slot(keyfile, holder, password, None)
    return keyfile.open_grants(holder, opened.kem_private)[SECRET_DB][0]


@contextlib.contextmanager
def raw_sql(paths: DeskPaths, name: str, password: str) -> Iterator[Any]:
    """A raw sqlcipher3 connection opened with that key; commits on leaving."""
    key = database_key(paths, name, password)
    conn = sqlcipher3.connect(str(paths.database))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
        conn.commit()
    finally:
        conn.close()


def search_index_key(paths: DeskPaths, name: str, password: str) -> bytes:
    """The notes' index key a supervisor's own slot derives (its case-text grant)."""
    from hotline.services.search import derive_index_key
    from hotline.storage.keyfile import SECRET_CASETEXT

    keyfile = KeyFile.load(paths.key_file)
    holder = keyfile.holder_for(name)
    assert holder is not None
    opened = open_slot(keyfile, holder, password, None)
    case = keyfile.open_grants(holder, opened.kem_private)[SECRET_CASETEXT][0]
    return derive_index_key(case, keyfile.desk_id)


@contextlib.contextmanager
def raw_index(paths: DeskPaths, name: str, password: str) -> Iterator[Any]:
    """The notes' index file opened with raw sqlcipher3 and that key; commits on leaving."""
    key = search_index_key(paths, name, password)
    conn = sqlcipher3.connect(str(paths.search_index))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
        conn.commit()
    finally:
        conn.close()


def drop_guards(sql: Any) -> None:
    """The append-only triggers are the database's own: the key holder drops them."""
    sql.execute("DROP TRIGGER IF EXISTS audit_no_update")
    sql.execute("DROP TRIGGER IF EXISTS audit_no_delete")


def _insert_entry(
    sql: Any,
    signing_key: bytes,
    seq: int,
    prev: bytes,
    entry: tuple[int | None, str, str, int | None, dict[str, Any] | None],
) -> None:
    import json

    from hotline.crypto import signing
    from hotline.records import to_iso, utcnow
    from hotline.storage.audit_log import entry_hash

    user_id, action, object_type, object_id, details = entry
    at = to_iso(utcnow())
    text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True)
    digest = entry_hash(prev, seq, at, user_id, action, object_type, object_id, text)
    sql.execute(
        "INSERT INTO audit(seq, at, user_id, action, object_type, object_id, details,"
        " prev_hash, hash, signature) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            seq,
            at,
            user_id,
            action,
            object_type,
            object_id,
            text,
            prev,
            digest,
            signing.sign(signing_key, digest),
        ),
    )


def splice_entry(
    sql: Any,
    signing_key: bytes,
    seq: int,
    user_id: int | None,
    action: str,
    object_type: str = "",
    object_id: int | None = None,
) -> None:
    """Delete entry `seq` and put a filler of the attacker's own in its place, linked to
    the entry before it: the count and the numbering stay whole."""
    drop_guards(sql)
    prev = bytes(sql.execute("SELECT hash FROM audit WHERE seq = ?", (seq - 1,)).fetchone()[0])
    sql.execute("DELETE FROM audit WHERE seq = ?", (seq,))
    _insert_entry(sql, signing_key, seq, prev, (user_id, action, object_type, object_id, None))


def forge_entry(
    sql: Any,
    signing_key: bytes,
    user_id: int | None,
    action: str,
    object_type: str = "",
    object_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Append a well-formed, chained entry signed with whatever key the attacker has."""
    from hotline.storage.audit_log import GENESIS

    row = sql.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if row is None else (int(row[0]) + 1, bytes(row[1]))
    _insert_entry(sql, signing_key, seq, prev, (user_id, action, object_type, object_id, details))
    return seq


def own_signing_key(paths: DeskPaths, name: str, password: str) -> bytes:
    keyfile = KeyFile.load(paths.key_file)
    holder = keyfile.holder_for(name)
    assert holder is not None
    key = open_slot(keyfile, holder, password, None).signing_private
    assert key is not None
    return key
