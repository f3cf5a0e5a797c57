"""What the save's speed-ups must leave exactly as before (issue 10's measured aim):
the stored moments, the audit entry's hashed body and details, the row digest."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hotline import records, validation
from hotline.crypto import calltext, signing
from hotline.errors import StorageFailed
from hotline.paths import DeskPaths
from hotline.records import ENTITY_KINDS, CallRecord, Entity, to_iso
from hotline.services import calls, desk
from hotline.storage import encoders, entities, row_digest
from hotline.storage.audit_log import DETAILS_JSON, entry_hash
from hotline.storage.calls import CallRepository, call_row
from hotline.storage.database import Database
from hotline.storage.entities import EntityKeys, keyed
from hotline.taxonomy import Taxonomy
from hotline.taxonomy import load as load_taxonomy
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import child_begging, job_in_dubai


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


def test_libsodium_signs_as_openssl_would_and_a_short_key_is_refused() -> None:
    """The signatures are made with libsodium and checked with OpenSSL (cryptography):
    Ed25519 is deterministic, so both give the same 64 bytes for a key and a message."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    for size in (0, 1, 63, 64, 65, 1000):
        private, message = signing.new_private(), os.urandom(size)
        ours = signing.sign(private, message)
        assert ours == Ed25519PrivateKey.from_private_bytes(private).sign(message)
        assert signing.verify(signing.public_of(private), message, ours)
        assert not signing.verify(signing.public_of(private), message + b"x", ours)
    with pytest.raises(ValueError):
        signing.sign(b"\x01" * 31, b"m")


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


# --- the save's quick paths (issue 10's last pass) ------------------------------------
def test_the_compact_encoders_write_what_json_encoder_wrote() -> None:
    documents: list[object] = [
        [7, "2026-12-02T14:52:07Z", 3, "call.save", "call", None, '{"a": 1}'],
        {"tasks": 1, "on_behalf": False, "no_content": None, "note": 'ə ş ğ İ ы \u2028 "q"'},
        {"b": [1.5, -0.0, 1e300, float("inf")], "a": {"z": [], "y": {}}, "ü": True},
        "a string at the top",
        [["x", b"\x00\xff".hex()], [("t", 1), ("u", 0)], [], {"law": [None, 1]}],
        {"nested": [[[[["deep"]]]]], "tab\t": "new\nline", "zero": 0},
    ]
    for separators in ((", ", ": "), (",", ":")):
        for sort_keys in (False, True):
            quick = encoders.compact(separators=separators, sort_keys=sort_keys)
            plain = json.JSONEncoder(ensure_ascii=False, separators=separators, sort_keys=sort_keys)
            for document in documents:
                assert quick(document) == plain.encode(document)
    with pytest.raises(TypeError):
        encoders.compact()({"a set": {1}})  # what JSONEncoder refuses, refused


def _old_as_stored(row: tuple[Any, ...], spec: tuple[tuple[int, bool], ...]) -> list[Any] | None:
    """row_digest's per-value check as it was before the quick paths (the reference)."""
    out: list[Any] = []
    for index, integer in spec:
        value = row[index]
        if type(value) is bytes:
            out.append(value.hex())
        elif value is None or type(value) is (int if integer else str):
            out.append(value)
        else:
            return None
    return out


def test_the_row_digests_quick_paths_give_what_the_value_by_value_checks_gave() -> None:
    """Values of every type in every column and child row: the quick checks accept and
    order exactly what the value-by-value ones did, and the digest is the same."""
    rng = random.Random(10)
    kinds: list[Any] = ["text", "Bakı", "", 0, 7, True, 1.5, None, b"\x01\x02", b""]
    written = job_in_dubai(2).with_changes(notes="", callback_times="", code_word="")
    base = call_row(written, 1, None, "2026-12-02T14:52:07Z", zone_name="Asia/Baku")
    for _ in range(300):
        row = list(base)
        for at in rng.sample(range(len(row)), rng.randint(0, 3)):
            row[at] = rng.choice(kinds)
        spec_sets = (row_digest._CALL_SPEC, row_digest._LAW_SPEC)
        getters = (
            (row_digest._CALL_ALL, row_digest._CALL_TEXT, row_digest._CALL_INTEGER),
            (row_digest._LAW_ALL, row_digest._LAW_TEXT, row_digest._LAW_INTEGER),
        )
        for spec, got in zip(spec_sets, getters, strict=True):
            quick = row_digest._stored_quickly(tuple(row), *got)
            old = _old_as_stored(tuple(row), spec)
            assert (quick is None) == (old is None)
            if quick is not None:
                assert row_digest._JSON(quick) == row_digest._JSON(old)
    for table, columns in row_digest.CALL_CHILDREN:
        width = len(columns.split(","))
        for _ in range(300):
            rows = [
                tuple(rng.choice(kinds) for _ in range(width)) for _ in range(rng.randint(1, 4))
            ]
            if rng.random() < 0.5:  # most saves: one type per column
                rows = [
                    tuple(rows[0][i] if rng.random() < 0.3 else r[i] for i in range(width))
                    for r in rows
                ]
            quick = row_digest._child_quickly(table, rows)
            old = row_digest._child_rows(rows, row_digest.CHILD_INTEGERS.get(table, frozenset()))
            assert (quick is None) == (old is None)
            if quick is not None:
                assert row_digest._JSON(quick) == row_digest._JSON(old)


def _old_check_codes(record: CallRecord, taxonomy: Taxonomy) -> list[validation.Problem]:
    """validation.check_codes as it was before its quick path (the reference)."""
    problems = []
    codes = taxonomy.code_sets
    for field_name, list_id in validation.CODED_FIELDS.items():
        value = getattr(record, field_name)
        if value is not None and not (isinstance(value, str) and value in codes[list_id]):
            problems.append(
                validation.Problem(field_name, validation.UNKNOWN_CODE, (("value", value),))
            )
    for field_name, list_id in validation.MULTI_FIELDS.items():
        for value in getattr(record, field_name):
            if not (isinstance(value, str) and value in codes[list_id]):
                problems.append(
                    validation.Problem(field_name, validation.UNKNOWN_CODE, (("value", value),))
                )
    for entity in record.entities:
        if entity.kind not in ENTITY_KINDS:
            problems.append(
                validation.Problem("entities", validation.UNKNOWN_CODE, (("value", entity.kind),))
            )
        elif not entity.value.strip():
            problems.append(validation.Problem("entities", validation.EMPTY_ENTITY))
        elif len(entity.value) > validation.MAX_SHORT_TEXT:
            problems.append(
                validation.Problem(
                    "entities", validation.TOO_LONG, (("limit", validation.MAX_SHORT_TEXT),)
                )
            )
    return problems


class _Code(str):
    """A string of another class: the value-by-value check took it; so must the quick one."""


def test_the_codes_checked_quickly_give_the_problems_the_field_by_field_check_gave() -> None:
    taxonomy = load_taxonomy()
    rng = random.Random(11)
    good = job_in_dubai(2)
    odd: list[Any] = ["no_such_code", "", 5, None, ["work_abroad"], _Code("female"), b"AE"]
    records = [good, child_begging(2), good.with_changes(entities=(Entity("car", "x"),))]
    for _ in range(400):
        changes: dict[str, Any] = {}
        for name in rng.sample(sorted(validation.CODED_FIELDS), rng.randint(0, 2)):
            changes[name] = rng.choice(odd)
        if rng.random() < 0.3:
            name = rng.choice(sorted(validation.MULTI_FIELDS))
            changes[name] = (*getattr(good, name), rng.choice(odd))
        records.append(replace(good, **changes))
    for record in records:
        assert validation.check_codes(record, taxonomy) == _old_check_codes(record, taxonomy)
    assert validation.check_codes(good, taxonomy) == []


def test_the_entity_keys_of_a_long_salt_are_keyeds_too() -> None:
    for salt in (b"", bytes(64), bytes(range(65)), os.urandom(200)):
        assert EntityKeys(salt).key("agency", "Star Travel") == keyed(salt, "agency", "Star Travel")


def test_values_sealed_in_one_draw_are_what_one_draw_each_wrote(
    staffed_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        text = session.call_text
        assert text is not None
        text.new_key(5, [])
        aead = AESGCM(text._keys[5])
        values = [("notes", "Дочь в Дубае"), ("code_word", "limon"), ("entity:agency", "Star")]
        monkeypatch.setattr(os, "urandom", _Stream())
        one_by_one = []
        for name, value in values:  # calltext.encrypt as it was: a draw for each value
            nonce = os.urandom(calltext.NONCE_BYTES)
            body = aead.encrypt(nonce, value.encode(), text.associated(5, name))
            one_by_one.append(calltext.VERSION + nonce + body)
        monkeypatch.setattr(os, "urandom", _Stream())
        at_once = text.encrypt_many(5, values)
        monkeypatch.undo()
        assert at_once == one_by_one
        assert [text.decrypt(5, n, b) for (n, _v), b in zip(values, at_once, strict=True)] == [
            v for _n, v in values
        ]
        assert len({b[1:13] for b in text.encrypt_many(5, values)}) == 3  # fresh nonces
    finally:
        session.close()


class _Stream:
    """os.urandom drawn from one seeded stream: one draw of 2n bytes is two draws of n."""

    def __init__(self) -> None:
        self.data = hashlib.shake_256(b"h10-save").digest(1 << 16)
        self.at = 0

    def __call__(self, size: int) -> bytes:
        out = self.data[self.at : self.at + size]
        self.at += size
        return out


FROZEN = datetime(2026, 12, 2, 14, 52, 7, tzinfo=UTC)


def _stop_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """records.utcnow stopped, wherever a module of the desk took it by name."""
    clock = records.utcnow
    for name, module in list(sys.modules.items()):
        if name.startswith("hotline") and getattr(module, "utcnow", None) is clock:
            monkeypatch.setattr(module, "utcnow", lambda: FROZEN)


def _saves(paths: DeskPaths, prepare: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Three calls taken and saved on a copy of a desk, every random byte of the text's
    sealing from one seeded stream and the clock stopped: every table's rows after."""
    monkeypatch.setattr(os, "urandom", _Stream())  # every draw, pseudonyms too
    _stop_the_clock(monkeypatch)
    if not prepare:
        monkeypatch.setattr(CallRepository, "prepare_key", lambda *_args: False)
    session = desk.unlock(paths, OPERATOR, OPERATOR_PW)
    prepared = []
    try:
        assert session.user is not None and session.call_text is not None
        for notes in ("Дочь в Дубае, паспорт у агентства.", "Ödəniş yoxdur", "passport kept"):
            draft = calls.start_call(session)
            prepared.append(draft.id in session.call_text._prepared)
            record = job_in_dubai(
                session.user.id, notes=notes, started_at=FROZEN - timedelta(minutes=9)
            )
            calls.save_call(session, record, draft_id=draft.id)
        tables = [
            str(r[0])
            for r in session.db.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows = {
            t: sorted(session.db.query(f'SELECT * FROM "{t}"'), key=repr)
            for t in tables
            if t not in ("text_batches",) and not t.startswith("sqlite_")
        }
        # The batch key's HPKE seal draws OpenSSL's randomness: its id and key are ours.
        rows["text_batches"] = session.db.query("SELECT id, suite FROM text_batches")
    finally:
        session.close()
    monkeypatch.undo()
    return {"rows": rows, "prepared": prepared}


def test_a_key_prepared_at_start_call_writes_what_a_key_made_at_the_save_wrote(
    staffed_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same calls saved with the data key and its wraps made at start_call and made
    at the save (the code before): with the same random bytes and clock, every row of
    every table is the same, calls, call_keys and audit entries included."""
    copies = []
    for name in ("prepared", "at_save"):
        shutil.copytree(staffed_desk.paths.root, tmp_path / name)
        copies.append(DeskPaths(tmp_path / name))
    ahead = _saves(copies[0], True, monkeypatch)
    at_save = _saves(copies[1], False, monkeypatch)
    assert ahead["prepared"] == [False, True, True]  # the first save makes the batch
    assert at_save["prepared"] == [False, False, False]
    assert ahead["rows"] == at_save["rows"]
    assert len(ahead["rows"]["call_keys"]) == 6 and len(ahead["rows"]["calls"]) == 3
    assert ahead["rows"]["persons"][0][3] == to_iso(FROZEN)  # the clock was stopped


def test_a_prepared_key_is_used_only_for_its_call_id_and_dropped_with_its_draft(
    staffed_desk: Desk,
) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert session.user is not None
        text = session.call_text
        assert text is not None
        uid = session.user.id
        calls.save_call(session, job_in_dubai(uid))  # the session's batch is stored
        first, second = calls.start_call(session), calls.start_call(session)
        assert text._prepared[first.id].call_id == text._prepared[second.id].call_id == 2
        keys = {d: text._prepared[d].key for d in (first.id, second.id)}
        saved = calls.save_call(session, job_in_dubai(uid), draft_id=second.id).call_id
        assert saved == 2 and text._keys[2] == keys[second.id]
        # The other draft's key was made for call 2: call 3 gets a key of its own.
        later = calls.save_call(session, job_in_dubai(uid), draft_id=first.id).call_id
        assert later == 3 and text._keys[3] != keys[first.id] and not text._prepared
        third = calls.start_call(session)
        assert third.id in text._prepared
        calls.discard_draft(session, third.id)
        assert third.id not in text._prepared
        # Saved on behalf of someone else: other authors, so a new key.
        fourth = calls.start_call(session)
        made = text._prepared[fourth.id].key
        assert text.take_prepared(fourth.id, 4, [("user:99", b"")]) is None
        assert fourth.id not in text._prepared and made not in text._keys.values()
    finally:
        session.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        notes = [r.notes for r in rashad.calls().get_many([1, 2, 3])]
    finally:
        rashad.close()
    assert notes == [job_in_dubai(1).notes] * 3  # the case-text copies open


def test_a_moment_formatted_again_is_the_same_text_and_a_fold_is_not_confused() -> None:
    moment = datetime(2026, 12, 2, 14, 52, 7, tzinfo=UTC)
    assert to_iso(moment) == to_iso(moment.replace()) == "2026-12-02T14:52:07Z"
    assert to_iso(moment + timedelta(microseconds=5)) == "2026-12-02T14:52:07Z"
    assert to_iso(moment + timedelta(seconds=1)) == "2026-12-02T14:52:08Z"
    berlin = ZoneInfo("Europe/Berlin")  # 02:30 on 25 October 2026 happens twice
    first = datetime(2026, 10, 25, 2, 30, tzinfo=berlin, fold=0)
    second = first.replace(fold=1)
    assert first == second  # one tzinfo: compared by their fields
    assert (to_iso(first), to_iso(second)) == ("2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z")
    assert to_iso(first) == "2026-10-25T00:30:00Z"
