"""The full-text search over notes: its own file, its key derived from the
case-text key, so only supervisors' sessions (and the recovery code's) open it.

The index is filled on such a session, on the worker thread, incrementally:
the calls whose text changed since (search_pending, written by any session
that corrects a note), then every call after the last one indexed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.permissions import Action
from hotline.said import Said
from hotline.services.session import Session
from hotline.storage.call_keys import CallKeyRepository
from hotline.storage.keyfile import SECRET_CASETEXT
from hotline.storage.search_index import SearchIndex, attach, attached, compare

BATCH = 2000
Progress = Callable[[int, int], None]


class SearchUnavailable(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Searching the notes needs a supervisor's key; this session cannot open the "
        "notes' index. Nothing was searched.",
    )


def index_key(session: Session) -> bytes | None:
    """The index file's key: HKDF over the case-text private key (None without it)."""
    case = session.secrets.get(SECRET_CASETEXT)
    return None if case is None else derive_index_key(case, session.keyfile.desk_id)


def derive_index_key(case_text_private: bytes, desk_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"hotline-search-index|{desk_id}".encode(),
    ).derive(case_text_private)


def open_index(session: Session) -> bool:
    """Attach the index to the session's database when its keys allow; whether it is."""
    if attached(session.db):
        return True
    key = index_key(session)
    if key is None or not session.can(Action.READ_NOTES):
        return False
    attach(session.db, session.paths.search_index, key)
    return True


def require_search(session: Session) -> None:
    """Raise (audited) unless this session may and can search the notes."""
    session.require(Action.READ_NOTES)
    if not open_index(session):
        raise SearchUnavailable()


def mark_changed(session: Session, call_id: int) -> None:
    """A call's text changed: index it again (inside the caller's transaction)."""
    session.db.execute("INSERT OR IGNORE INTO search_pending(call_id) VALUES (?)", (call_id,))


def pending(session: Session) -> int:
    """How many calls wait to be indexed (0 when the index cannot be opened)."""
    if not open_index(session):
        return 0
    last = SearchIndex(session.db).last_indexed()
    return int(
        session.db.scalar(
            "SELECT (SELECT count(*) FROM calls WHERE id > ?)"
            " + (SELECT count(*) FROM search_pending WHERE call_id <= ?)",
            (last, last),
        )
    )


def update_index(session: Session, progress: Progress | None = None) -> int:
    """Bring the index up to date (for the worker thread); the number of calls indexed."""
    require_search(session)
    text = session.call_text
    assert text is not None  # the index opened: the session holds the case-text key
    keys = CallKeyRepository(session.db, text)
    index = SearchIndex(session.db)
    total = pending(session)
    done = 0
    changed = False
    while True:
        last = index.last_indexed()
        redo = [
            int(r[0])
            for r in session.db.query(
                "SELECT call_id FROM search_pending WHERE call_id <= ? ORDER BY call_id LIMIT ?",
                (last, BATCH),
            )
        ]
        fresh = (
            []
            if redo
            else [
                int(r[0])
                for r in session.db.query(
                    "SELECT id FROM calls WHERE id > ? ORDER BY id LIMIT ?", (last, BATCH)
                )
            ]
        )
        batch = redo or fresh
        if not batch:
            break
        with session.db.transaction():
            notes = _notes(session, keys, batch)
            if redo:
                index.remove(redo)
                changed = True
                session.db.executemany(
                    "DELETE FROM search_pending WHERE call_id = ?", [(i,) for i in redo]
                )
            index.add(notes)
            if fresh:
                index.set_last_indexed(fresh[-1])
        for call_id in batch:
            text.forget(call_id)
        done += len(batch)
        if progress:
            progress(done, max(total, done))
    if changed:
        wipe_removed(session)
    return done


def _notes(session: Session, keys: CallKeyRepository, ids: list[int]) -> list[tuple[int, str]]:
    keys.open_keys(ids)
    marks = ",".join("?" for _ in ids)
    out = []
    for call_id, stored in session.db.query(
        f"SELECT id, notes FROM calls WHERE id IN ({marks})", ids
    ):
        value = keys.read(int(call_id), "notes", stored)
        if value:
            out.append((int(call_id), value))
    return out


def wipe_removed(session: Session) -> None:
    """Removed tokens out of the index's pages and WAL: merge the segments, checkpoint."""
    with session.db.transaction():
        SearchIndex(session.db).optimize()
    session.db.checkpoint()


def matching(session: Session, query: str) -> list[int]:
    require_search(session)
    return SearchIndex(session.db).matching(query)


# What verify says of the notes' index (hotline/said.py: translated where it is shown).
INDEX_AHEAD = QT_TRANSLATE_NOOP(
    "findings", "the notes' index records calls up to {last} as indexed, but the last call is {top}"
)
INDEX_NO_CALL = QT_TRANSLATE_NOOP(
    "findings", "the notes' index holds words for call {call}, which does not exist"
)
INDEX_EARLY = QT_TRANSLATE_NOOP(
    "findings", "the notes' index holds words for call {call}, which was not indexed yet"
)
INDEX_NO_NOTES = QT_TRANSLATE_NOOP(
    "findings", "the notes' index holds words for call {call}, whose notes have none"
)
INDEX_MISSING = QT_TRANSLATE_NOOP(
    "findings", "the notes of call {call} are missing from the notes' index"
)
INDEX_DIFFERS = QT_TRANSLATE_NOOP(
    "findings", "the notes' index holds other words for call {call} than its notes"
)


def index_problems(session: Session) -> list[str] | None:
    """verify's check of the notes' index against the notes themselves, whose sealed
    values the audit's row digests vouch for: a row for a call that does not exist or
    has no notes, a call's notes missing, a row whose words differ. Calls waiting to be
    indexed again (search_pending) are left out; the index is not changed.

    None when this session cannot open the index (no case-text key)."""
    if not session.can(Action.READ_NOTES) or not open_index(session):
        return None
    text = session.call_text
    assert text is not None  # the index opened: the session holds the case-text key
    keys = CallKeyRepository(session.db, text)
    last = SearchIndex(session.db).last_indexed()
    top = int(session.db.scalar("SELECT coalesce(max(id), 0) FROM calls"))
    problems: list[str] = []
    if last > top:
        problems.append(Said(INDEX_AHEAD, last=last, top=top))
    skip = [int(r[0]) for r in session.db.query("SELECT call_id FROM search_pending")]

    def batches() -> Iterator[list[tuple[int, str]]]:
        after = 0
        while True:
            ids = [
                int(r[0])
                for r in session.db.query(
                    "SELECT id FROM calls WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
                    (after, last, BATCH),
                )
            ]
            if not ids:
                return
            keys.open_keys(ids)
            marks = ",".join("?" for _ in ids)
            notes = []
            for call_id, stored in session.db.query(
                f"SELECT id, notes FROM calls WHERE id IN ({marks})", ids
            ):
                value = keys.read(int(call_id), "notes", stored)
                if value:
                    notes.append((int(call_id), value))
            for call_id in ids:
                text.forget(call_id)
            yield notes
            after = ids[-1]

    found = compare(session.db, batches(), skip)
    for call_id in found.only_in_index:
        exists = session.db.scalar("SELECT 1 FROM calls WHERE id = ?", (call_id,))
        if not exists:
            problems.append(Said(INDEX_NO_CALL, call=call_id))
        elif call_id > last:
            problems.append(Said(INDEX_EARLY, call=call_id))
        else:
            problems.append(Said(INDEX_NO_NOTES, call=call_id))
    problems += [Said(INDEX_MISSING, call=call_id) for call_id in found.only_in_notes]
    problems += [Said(INDEX_DIFFERS, call=call_id) for call_id in found.different]
    return problems
