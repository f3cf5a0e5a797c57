"""Sealing a desk's free text: the case-text key, created once and granted to
the holders of the vault key (supervisors and the recovery slot), and the
sealing of the text a desk from before version 4 kept in plaintext.

It starts on the first session that holds the vault key after the upgrade: the
key pair is created at sign-in by someone who will hold it anyway, and from then
on every text saved is sealed. Until then an upgraded desk keeps writing text as
before (an operator cannot create a key they must not hold). The text already
there is sealed afterwards, a batch per step on the worker thread (or with a
progress bar on the command line), so the window is not held up and a killed
process loses nothing: the next such session carries on. At the end the desk
is closed to plaintext (triggers) and the old text leaves the database's pages:
secure delete is on, the file is VACUUMed and the WAL truncated.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable

from hotline import logs
from hotline.crypto import kem
from hotline.services.session import Session
from hotline.storage.call_history import COMMENT, history_field
from hotline.storage.call_keys import TEXT_FIELDS, CallKeyRepository
from hotline.storage.entities import ENTITY_SALT, entity_field, keyed
from hotline.storage.keyfile import SECRET_CASETEXT, SECRET_VAULT
from hotline.storage.review_state import RETURNED_COMMENT
from hotline.storage.row_digest import FIELD
from hotline.storage.schema import seal_text_schema, text_sealed
from hotline.storage.tasks import TaskRepository

BATCH = 200
Progress = Callable[[int, int], None]

# The old full-text index leaves at once: new text is sealed from the first step on.
_DROP_OLD_INDEX = (
    "DROP TRIGGER IF EXISTS calls_fts_insert",
    "DROP TRIGGER IF EXISTS calls_fts_delete",
    "DROP TRIGGER IF EXISTS calls_fts_update",
    "DROP TABLE IF EXISTS notes_fts",
)


def _plain(column: str) -> str:
    return f"(typeof({column}) = 'text' AND {column} <> '')"


_PLAIN = " OR ".join(_plain(c) for c in TEXT_FIELDS)
_PLAIN_HISTORY = f"({_plain('old_value')} OR {_plain('new_value')})"


def needs_sealing(session: Session) -> bool:
    return not text_sealed(session.db)


def can_seal(session: Session) -> bool:
    """Whether this session holds what sealing needs (the vault key) and it is not done."""
    return needs_sealing(session) and session.secrets.get(SECRET_VAULT) is not None


def seal_desk(session: Session) -> bool:
    """The sign-in's part, quick: the case-text key created once and granted to the vault's
    holders, the old index dropped, so that every text saved from now on is sealed.
    Whether the text still waits to be sealed (seal_remaining, on the worker)."""
    if not can_seal(session):
        return False
    if session.meta("casetext_public"):
        return True  # an earlier session made the key and was cut short: carry on
    keyfile = session.keyfile
    case = kem.KemPrivateKey.generate()
    # The key file first: a cut here leaves grants nobody uses, never text nobody can open.
    for holder in sorted(keyfile.holders_of(SECRET_VAULT)):
        keyfile.seal_grant(holder, SECRET_CASETEXT, case.to_bytes())
    keyfile.save(session.paths.key_file)
    session.secrets[SECRET_CASETEXT] = case.to_bytes()
    session.forget_call_text()
    with session.audited(durable=True):
        session.set_meta("casetext_public", base64.b64encode(case.public_key()).decode())
        for statement in _DROP_OLD_INDEX:
            session.db.execute(statement)
        session.record("desk.text_key")
    return True


def waiting(session: Session) -> int:
    """How many rows still hold plaintext (calls, comments, corrected values)."""
    marks = ",".join("?" for _ in TEXT_FIELDS)
    return int(
        session.db.scalar(
            f"SELECT (SELECT count(*) FROM calls WHERE {_PLAIN})"
            f" + (SELECT count(*) FROM calls WHERE {_plain('returned_comment')})"
            f" + (SELECT count(*) FROM call_comments WHERE {_plain('body')})"
            f" + (SELECT count(*) FROM call_history WHERE field IN ({marks})"
            f" AND {_PLAIN_HISTORY})",
            TEXT_FIELDS,
        )
    )


def seal_step(session: Session) -> int | None:
    """One audited step: a batch of what is still plaintext sealed, and committed.
    When nothing was left, the desk is closed to plaintext (triggers), VACUUMed and its
    WAL truncated, and the step returns 0. A cut (the process killed) loses nothing:
    the next session that may seal carries on from what is still plaintext. None when
    this session cannot seal (it does not hold the vault key) or need not."""
    if not seal_desk(session):
        return None
    with session.audited():
        step = _seal_rows(session) or _seal_beside(session)
    if step:
        return step
    with session.audited(durable=True):
        seal_text_schema(session.db)
        session.record("desk.text_sealed")
    wipe_free_pages(session)
    logs.get().info("free text sealed")
    return 0


def seal_remaining(session: Session, progress: Progress | None = None) -> int | None:
    """Every step at once (the command line, before its command): the rows sealed, or
    None when this session cannot. The window runs the steps as separate jobs of its
    worker instead, so its own reads and saves pass between them."""
    if not can_seal(session):
        return None
    total = waiting(session)
    done = 0
    while step := seal_step(session):
        done += step
        if progress:
            progress(done, max(total, done))
    if progress:
        progress(max(total, done), max(total, done))
    return done


def _seal_rows(session: Session) -> int:
    """One batch of calls whose text is still plaintext, in the caller's transaction."""
    text = session.call_text
    assert text is not None
    keys = CallKeyRepository(session.db, text)
    columns = ", ".join(TEXT_FIELDS)
    rows = session.db.query(
        f"SELECT id, operator_id, entered_by, {columns} FROM calls"
        f" WHERE {_PLAIN} ORDER BY id LIMIT {BATCH}"
    )
    for row in rows:
        call_id = int(row[0])
        # A call corrected by an operator since the key was made has a key already,
        # and some fields sealed: only the plaintext ones are sealed here.
        keys.write(keys.ensure_key(call_id, [i for i in (row[1], row[2]) if i], new=False))
        plain = {c: str(v) for c, v in zip(TEXT_FIELDS, row[3:], strict=True) if isinstance(v, str)}
        sealed = keys.seal_values(call_id, plain)
        session.db.execute(
            f"UPDATE calls SET {', '.join(f'{c} = ?' for c in sealed)} WHERE id = ?",
            (*sealed.values(), call_id),
        )
        text.forget(call_id)
        if _digested(session, call_id):  # saved since the upgrade: verify keeps up
            session.record("call.seal_text", "call", call_id)
    return len(rows)


def _digested(session: Session, call_id: int) -> bool:
    """Whether an audit entry holds the digest of this call's row (see row_digest)."""
    return bool(
        session.db.scalar(
            "SELECT 1 FROM audit WHERE object_type = 'call' AND object_id = ?"
            " AND details LIKE ? LIMIT 1",
            (call_id, f'%"{FIELD}"%'),
        )
    )


def _seal_beside(session: Session) -> int:
    """One batch of comments, returned comments and corrected free-text values kept
    beside calls, still plaintext; in the caller's transaction."""
    calls = session.calls()
    db = session.db
    done = 0
    for row_id, call_id, body in db.query(
        "SELECT id, call_id, body FROM call_comments WHERE typeof(body) = 'text' AND body <> ''"
        f" LIMIT {BATCH}"
    ):
        sealed = calls.seal_extra(int(call_id), COMMENT, str(body))
        db.execute("UPDATE call_comments SET body = ? WHERE id = ?", (sealed, row_id))
        done += 1
    for call_id, body in db.query(
        "SELECT id, returned_comment FROM calls"
        f" WHERE typeof(returned_comment) = 'text' AND returned_comment <> '' LIMIT {BATCH}"
    ):
        sealed = calls.seal_extra(int(call_id), RETURNED_COMMENT, str(body))
        db.execute("UPDATE calls SET returned_comment = ? WHERE id = ?", (sealed, call_id))
        done += 1
    marks = ",".join("?" for _ in TEXT_FIELDS)
    for row_id, call_id, name, old, new in db.query(
        f"SELECT id, call_id, field, old_value, new_value FROM call_history"
        f" WHERE field IN ({marks}) AND {_PLAIN_HISTORY}"
        f" LIMIT {BATCH}",
        TEXT_FIELDS,
    ):
        values = [
            v
            if not isinstance(v, str) or not v
            else calls.seal_extra(int(call_id), history_field(name, side), v)
            for v, side in ((old, "old"), (new, "new"))
        ]
        db.execute(
            "UPDATE call_history SET old_value = ?, new_value = ? WHERE id = ?", (*values, row_id)
        )
        done += 1
    return done


def seal_entities(session: Session) -> int | None:
    """Seal the entity values of a desk from before (plaintext under the database key)
    under each call's data key, their lookup keys made HMACs under a new salt; the
    number of calls, or None when this session cannot (no case-text key) or need not."""
    if session.meta(ENTITY_SALT) or session.secrets.get(SECRET_CASETEXT) is None:
        return None
    text = session.call_text
    if text is None:
        return None
    salt = os.urandom(32)
    keys = CallKeyRepository(session.db, text)
    done = 0
    with session.audited(durable=True):
        session.set_meta(ENTITY_SALT, salt.hex())
        rows = session.db.query(
            "SELECT e.id, e.call_id, e.kind, e.value, c.operator_id, c.entered_by"
            " FROM call_entities e JOIN calls c ON c.id = e.call_id ORDER BY e.call_id, e.id"
        )
        by_call: dict[int, list[tuple[int, str, str]]] = {}
        authors: dict[int, list[int]] = {}
        for row_id, call_id, kind, value, operator, entered in rows:
            by_call.setdefault(int(call_id), []).append((int(row_id), str(kind), str(value)))
            authors[int(call_id)] = [int(i) for i in (operator, entered) if i]
        for call_id, entities in by_call.items():
            keys.write(keys.ensure_key(call_id, authors[call_id], new=False))
            for row_id, kind, value in entities:
                field = entity_field(kind)
                stored = keys.seal_values(call_id, {field: value})[field] if value else ""
                session.db.execute(
                    "UPDATE call_entities SET value = ?, value_key = ? WHERE id = ?",
                    (stored, keyed(salt, kind, value), row_id),
                )
            text.forget(call_id)
            if _digested(session, call_id):
                session.record("call.seal_text", "call", call_id)
            done += 1
        tasks = TaskRepository(session.db, keys)
        notes = session.db.query(
            "SELECT id, call_id, note FROM tasks WHERE call_id IS NOT NULL"
            " AND typeof(note) = 'text' AND note <> ''"
        )
        for task_id, call_id, note in notes:
            stored = tasks.stored_note(int(task_id), int(call_id), str(note))
            session.db.execute("UPDATE tasks SET note = ? WHERE id = ?", (stored, task_id))
        session.record("desk.entities_sealed", details={"calls": done, "task_notes": len(notes)})
    if done or notes:
        wipe_free_pages(session)
    logs.get().info("entity values and task notes sealed (%d calls)", done)
    return done


def wipe_free_pages(session: Session) -> None:
    """Old plaintext out of every page: rebuild the file, then empty the WAL."""
    session.db.execute("VACUUM")
    session.db.checkpoint()
