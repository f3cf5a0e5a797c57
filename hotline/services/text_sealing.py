"""Sealing a desk's free text: the case-text key, created once and granted to
the holders of the vault key (supervisors and the recovery slot), and the
sealing of the text a desk from before version 4 kept in plaintext.

It runs on the first session that holds the vault key after the upgrade: the
key pair is created by someone who will hold it anyway. Until then an
upgraded desk keeps writing text as before (an operator cannot create a key
they must not hold). Then the old full-text index and the plaintext leave
the database's pages: secure delete is on, the file is VACUUMed and the WAL
truncated.
"""

from __future__ import annotations

import base64
import os

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

BATCH = 1000


def needs_sealing(session: Session) -> bool:
    return not text_sealed(session.db)


def seal_desk(session: Session) -> int | None:
    """Create the case-text key and seal every call's text; the number of calls sealed,
    or None when this session cannot (it does not hold the vault key) or need not."""
    if not needs_sealing(session) or session.secrets.get(SECRET_VAULT) is None:
        return None
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
        sealed = _seal_rows(session)
        _seal_beside(session)
        seal_text_schema(session.db)
        session.record("desk.text_sealed", details={"calls": sealed})
    wipe_free_pages(session)
    logs.get().info("free text sealed (%d calls)", sealed)
    return sealed


def _seal_rows(session: Session) -> int:
    text = session.call_text
    assert text is not None
    keys = CallKeyRepository(session.db, text)
    columns = ", ".join(TEXT_FIELDS)
    plain = " OR ".join(f"(typeof({c}) = 'text' AND {c} <> '')" for c in TEXT_FIELDS)
    done = 0
    last = 0
    while True:
        rows = session.db.query(
            f"SELECT id, operator_id, entered_by, {columns} FROM calls"
            f" WHERE id > ? AND ({plain}) ORDER BY id LIMIT {BATCH}",
            (last,),
        )
        if not rows:
            return done
        for row in rows:
            call_id = int(row[0])
            keys.write(keys.new_key(call_id, [i for i in (row[1], row[2]) if i]))
            values = dict(zip(TEXT_FIELDS, (str(v) for v in row[3:]), strict=True))
            sealed = keys.seal_values(call_id, values)
            session.db.execute(
                f"UPDATE calls SET {', '.join(f'{c} = ?' for c in TEXT_FIELDS)} WHERE id = ?",
                (*(sealed[c] for c in TEXT_FIELDS), call_id),
            )
            text.forget(call_id)
            if _digested(session, call_id):  # saved since the upgrade: verify keeps up
                session.record("call.seal_text", "call", call_id)
            last = call_id
            done += 1


def _digested(session: Session, call_id: int) -> bool:
    """Whether an audit entry holds the digest of this call's row (see row_digest)."""
    return bool(
        session.db.scalar(
            "SELECT 1 FROM audit WHERE object_type = 'call' AND object_id = ?"
            " AND details LIKE ? LIMIT 1",
            (call_id, f'%"{FIELD}"%'),
        )
    )


def _seal_beside(session: Session) -> None:
    """Comments, returned comments and corrected free-text values, kept beside calls."""
    calls = session.calls()
    db = session.db
    for row_id, call_id, body in db.query(
        "SELECT id, call_id, body FROM call_comments WHERE typeof(body) = 'text' AND body <> ''"
    ):
        sealed = calls.seal_extra(int(call_id), COMMENT, str(body))
        db.execute("UPDATE call_comments SET body = ? WHERE id = ?", (sealed, row_id))
    for call_id, body in db.query(
        "SELECT id, returned_comment FROM calls"
        " WHERE typeof(returned_comment) = 'text' AND returned_comment <> ''"
    ):
        sealed = calls.seal_extra(int(call_id), RETURNED_COMMENT, str(body))
        db.execute("UPDATE calls SET returned_comment = ? WHERE id = ?", (sealed, call_id))
    marks = ",".join("?" for _ in TEXT_FIELDS)
    for row_id, call_id, name, old, new in db.query(
        f"SELECT id, call_id, field, old_value, new_value FROM call_history"
        f" WHERE field IN ({marks})",
        TEXT_FIELDS,
    ):
        values = [
            None if v is None else calls.seal_extra(int(call_id), history_field(name, side), v)
            for v, side in ((old, "old"), (new, "new"))
        ]
        db.execute(
            "UPDATE call_history SET old_value = ?, new_value = ? WHERE id = ?", (*values, row_id)
        )


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
