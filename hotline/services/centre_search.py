"""Full-text search of the notes on a centre: each supervisor's own encrypted index on
their workstation (storage/centre_index.py), filled from the server's ciphertext.

Only a session holding the case-text key (supervisors) opens the index: its key is
derived from that key (the same derivation as the desk's notes' index), so an
operator's workstation can neither build nor read one, and the server never sees a
word. ``fill`` runs on the window's worker thread or the command line, with progress:

1. the calls sealed on the server since (any call of ``hotline.sealed_calls`` still
   indexed here) lose their tokens: secure delete, segments merged, VACUUM, the WAL
   emptied;
2. the calls the server saved since the last fill, oldest first, in batches: their
   data key opened with the case-text key, the notes decrypted in memory, indexed.

Call ids on a centre are random (made by the workstations), so a fill goes on from
the last call's ``saved_at``, the server's clock at its save; it looks back
``LOOKBACK`` before it for a save whose transaction committed late, and skips the calls
it holds already.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from hotline.crypto import kem
from hotline.crypto.calltext import CallText, SealedKey, TextUnreadable
from hotline.permissions import Action, allowed
from hotline.services.centre_people import CentreSignIn
from hotline.services.search import SearchUnavailable, derive_index_key
from hotline.storage.calllog import fts_query
from hotline.storage.centre_index import CentreIndex
from hotline.storage.keyfile import SECRET_CASETEXT
from hotline.storage.server.centre import CentreRepository

BATCH = 500
LOOKBACK = timedelta(minutes=10)
NOTES = "notes"
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Filled:
    indexed: int
    removed: int


def index_path(folder: Path, user_id: int) -> Path:
    """The person's index file in the workstation's folder."""
    return folder / f"search-{user_id}.db"


def _case_private(signin: CentreSignIn) -> bytes:
    case = signin.grants.get(SECRET_CASETEXT)
    if not allowed(signin.roles, Action.READ_NOTES) or not case:
        raise SearchUnavailable()
    return case[0]


def open_index(signin: CentreSignIn) -> CentreIndex:
    """The signed-in supervisor's index (made when missing); SearchUnavailable for
    anyone without the case-text key, and then no file is made."""
    case = _case_private(signin)
    key = derive_index_key(case, signin.keyfile.desk_id)
    return CentreIndex(index_path(signin.workstation.folder, signin.user_id), key)


def _reader(signin: CentreSignIn) -> CallText:
    centre = CentreRepository(signin.conn).centre()
    assert centre is not None
    return CallText(
        centre.desk_id,
        centre.casetext_public,
        signin.holder,
        signin.secrets.kem_private,
        kem.KemPrivateKey.from_bytes(_case_private(signin)),
        lambda _uid: None,
    )


def fill(signin: CentreSignIn, index: CentreIndex, progress: Progress | None = None) -> Filled:
    """Bring the index up to date with the server: sealed calls out, new calls in."""
    _case_private(signin)
    conn = signin.conn
    sealed = [int(r[0]) for r in conn.execute("SELECT call_id FROM hotline.sealed_calls")]
    gone = index.unsealed_of(sealed)
    if gone:
        index.remove_sealed(gone)
    since = index.cursor()
    start = datetime.fromtimestamp(0).astimezone() if since is None else since - LOOKBACK
    total_row = conn.execute(
        "SELECT count(*) FROM hotline.calls WHERE saved_at > %s", (start,)
    ).fetchone()
    total = int(total_row[0]) if total_row else 0
    reader = _reader(signin)
    done = indexed = 0
    after: tuple[datetime, int] = (start, 0)
    while True:
        rows = conn.execute(
            "SELECT c.id, c.saved_at FROM hotline.calls c WHERE (c.saved_at, c.id) > (%s, %s)"
            " AND NOT EXISTS (SELECT 1 FROM hotline.sealed_calls s WHERE s.call_id = c.id)"
            " ORDER BY c.saved_at, c.id LIMIT %s",
            (after[0], after[1], BATCH),
        ).fetchall()
        if not rows:
            break
        after = (rows[-1][1], int(rows[-1][0]))
        batch = [(int(r[0]), r[1]) for r in rows]
        known = index.known([cid for cid, _ in batch])
        fresh = [(cid, at) for cid, at in batch if cid not in known]
        notes = _notes(signin, reader, [cid for cid, _ in fresh])
        index.add(((cid, at, notes.get(cid, "")) for cid, at in fresh), cursor=after[0])
        indexed += len(fresh)
        done += len(batch)
        if progress is not None:
            progress(done, max(total, done))
    return Filled(indexed, len(gone))


def _notes(signin: CentreSignIn, reader: CallText, ids: list[int]) -> dict[int, str]:
    """The notes of these calls, decrypted in memory (a call whose key does not open is
    left out: nothing of it is indexed)."""
    if not ids:
        return {}
    keys: dict[int, list[SealedKey]] = {}
    for cid, holder, suite, sealed in signin.conn.execute(
        "SELECT call_id, holder, suite, sealed FROM hotline.call_keys WHERE call_id = ANY(%s)",
        (ids,),
    ):
        keys.setdefault(int(cid), []).append(SealedKey(str(holder), str(suite), bytes(sealed)))
    out: dict[int, str] = {}
    for cid, body in signin.conn.execute(
        "SELECT call_id, body FROM hotline.call_texts WHERE field = %s AND call_id = ANY(%s)",
        (NOTES, ids),
    ):
        call_id = int(cid)
        try:
            reader.remember(call_id, keys.get(call_id, ()))
            out[call_id] = reader.decrypt(call_id, NOTES, bytes(body))
        except TextUnreadable:
            continue
        finally:
            reader.forget(call_id)
    return out


def search(signin: CentreSignIn, index: CentreIndex, text: str) -> list[int]:
    """The calls whose notes hold every word typed (prefixes, folded as indexed)."""
    _case_private(signin)
    query = fts_query(text)
    return index.matching(query) if query else []
