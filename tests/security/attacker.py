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
