"""What the save's speed-ups must leave exactly as before (issue 10's measured aim):
the stored moments, the audit entry's hashed body and details, the row digest."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hotline.crypto import signing
from hotline.errors import StorageFailed
from hotline.records import Entity, to_iso
from hotline.services import calls
from hotline.storage import entities, row_digest
from hotline.storage.audit_log import DETAILS_JSON, entry_hash
from hotline.storage.database import Database
from hotline.storage.entities import EntityKeys, keyed
from tests.conftest import OPERATOR, OPERATOR_PW, Desk
from tests.factories import job_in_dubai


def test_to_iso_writes_what_strftime_wrote() -> None:
    zones = (UTC, timezone(timedelta(hours=4)), timezone(timedelta(hours=-9, minutes=-30)))
    moments = [
        datetime(2026, 12, 2, 14, 52, 7, 999999, tzinfo=UTC),
        datetime(2026, 1, 1, 0, 0, 0, tzinfo=ZoneInfo("Asia/Baku")),  # the day before in UTC
        datetime(1999, 12, 31, 23, 59, 59, tzinfo=ZoneInfo("UTC")),
        datetime(999, 3, 4, 5, 6, 7, tzinfo=UTC),  # strftime does not pad the year
        datetime(9999, 12, 31, 12, 0, 0, tzinfo=UTC),
    ]
    moments += [datetime(2024, 2, 29, 3, 4, 5, tzinfo=z) for z in zones]
    for moment in moments:
        assert to_iso(moment) == moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert to_iso(moments[1]) == "2025-12-31T20:00:00Z"


def test_naive_moment_is_refused() -> None:
    try:
        to_iso(datetime(2026, 1, 1))
    except ValueError:
        return
    raise AssertionError("a naive datetime was formatted")


def test_entry_hash_and_details_encode_as_json_dumps_did() -> None:
    details = {"tasks": 1, "on_behalf": False, "no_content": None, "note": "ə ş ğ İ ы"}
    text = DETAILS_JSON(details)
    assert text == json.dumps(details, ensure_ascii=False, sort_keys=True)
    body = json.dumps(
        [7, "2026-12-02T14:52:07Z", 3, "call.save", "call", 41, text],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    prev = bytes(range(32))
    expected = hashlib.sha256(prev + body).digest()
    assert entry_hash(prev, 7, "2026-12-02T14:52:07Z", 3, "call.save", "call", 41, text) == expected


def test_row_digest_encodes_as_json_dumps_did() -> None:
    parts = [["2026-12-02T14:52:07Z", b"\x01\x02", None, 5, "Bakı"], [["a", 1]], [], {"law": [1]}]
    text = json.dumps(
        parts, ensure_ascii=False, separators=(",", ":"), default=lambda v: bytes(v).hex()
    )
    assert row_digest._digest(parts) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_entity_keys_key_as_keyed_did() -> None:
    salt = bytes(range(32))
    keys = EntityKeys(salt)
    for kind, value in (
        ("agency", "Marmosetwork Travel"),
        ("phone", "+994 50 777 66 55"),
        ("link", "https://www.Example.az/path/"),
        ("account", "@Someone"),
        ("city", "  Bakı  Şəhəri "),
        ("other", ""),
        ("other", "   "),
    ):
        assert keys.key(kind, value) == keyed(salt, kind, value)
    assert keys.key("phone", "050 777 66 55") == keys.key("phone", "+994 50 777 66 55")


def test_the_keys_kept_for_saves_are_dropped_at_sign_out(staffed_desk: Desk) -> None:
    """The entity salt (with its keyed HMAC) and the parsed signing key are kept while
    the session is open, for the saves; signing out drops them like its other keys."""
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert session.user is not None
    record = job_in_dubai(session.user.id, entities=(Entity("agency", "Marmosetwork Travel"),))
    calls.save_call(session, record)
    kept = entities._SALTS.get(session.db)
    assert kept is not None
    assert kept.salt == bytes.fromhex(session.meta(entities.ENTITY_SALT))
    assert session.signing_key in signing._KEYS  # the audit entry was signed with it
    db, private = session.db, session.signing_key
    session.close()
    assert entities._SALTS.get(db) is None
    assert len([d for d in entities._SALTS if d is db]) == 0
    assert private not in signing._KEYS


def test_the_parsed_signing_keys_kept_are_few_and_only_the_sessions() -> None:
    keys = [signing.new_private() for _ in range(signing._KEPT + 5)]
    for private in keys:
        signing.keep(private)
        assert signing.verify(signing.public_of(private), b"m", signing.sign(private, b"m"))
    assert len(signing._KEYS) <= signing._KEPT
    assert keys[-1] in signing._KEYS and keys[0] not in signing._KEYS
    for private in keys:
        signing.forget(private)
    assert not any(k in signing._KEYS for k in keys)
    other = signing.new_private()  # an export's or a register's key: used, not kept
    assert signing.verify(signing.public_of(other), b"m", signing.sign(other, b"m"))
    assert other not in signing._KEYS


def _plain_db(tmp_path: Path) -> Database:
    db = Database(tmp_path / "t.db", os.urandom(32), create=True)
    db.execute("CREATE TABLE p(id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE c(pid INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)")
    return db


def _lock_is_free(db: Database) -> bool:
    """Whether another thread takes the connection's lock (the transaction let it go)."""
    got: list[bool] = []

    def take() -> None:
        got.append(db._lock.acquire(timeout=1))
        if got[0]:
            db._lock.release()

    thread = threading.Thread(target=take)
    thread.start()
    thread.join()
    return got[0]


def test_a_transaction_commits_and_a_nested_error_rolls_the_whole_back(tmp_path: Path) -> None:
    db = _plain_db(tmp_path)
    with db.transaction() as same:
        assert same is db and db.conn.in_transaction
        db.execute("INSERT INTO p(id) VALUES (1)")
    assert not db.conn.in_transaction and _lock_is_free(db)
    with pytest.raises(ValueError, match="typed wrong"), db.transaction():
        db.execute("INSERT INTO p(id) VALUES (2)")
        with db.transaction():  # nested: part of the outer one
            db.execute("INSERT INTO p(id) VALUES (3)")
            raise ValueError("typed wrong")
    assert db.query("SELECT id FROM p") == [(1,)]
    assert db.rollbacks == 1 and not db.conn.in_transaction and _lock_is_free(db)
    db.close()


def test_a_commit_that_fails_rolls_back_and_says_so(tmp_path: Path) -> None:
    db = _plain_db(tmp_path)
    with pytest.raises(StorageFailed), db.transaction():
        db.execute("INSERT INTO p(id) VALUES (1)")
        db.execute("INSERT INTO c(pid) VALUES (99)")  # checked at COMMIT
    assert db.query("SELECT id FROM p") == []
    assert db.rollbacks == 1 and not db.conn.in_transaction and _lock_is_free(db)
    with db.transaction():  # the connection goes on
        db.execute("INSERT INTO p(id) VALUES (5)")
    assert db.query("SELECT id FROM p") == [(5,)]
    db.close()
