"""What the save's speed-ups must leave exactly as before (issue 10's measured aim):
the stored moments, the audit entry's hashed body and details, the row digest."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hotline.records import Entity, to_iso
from hotline.services import calls
from hotline.storage import entities, row_digest
from hotline.storage.audit_log import DETAILS_JSON, entry_hash
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
    text = DETAILS_JSON.encode(details)
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


def test_the_salt_kept_for_a_session_is_dropped_at_sign_out(staffed_desk: Desk) -> None:
    """The entity salt (with its keyed HMAC) is kept while the session is open, for the
    saves; signing out drops it like the session's other keys."""
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert session.user is not None
    record = job_in_dubai(session.user.id, entities=(Entity("agency", "Marmosetwork Travel"),))
    calls.save_call(session, record)
    kept = entities._SALTS.get(session.db)
    assert kept is not None
    assert kept.salt == bytes.fromhex(session.meta(entities.ENTITY_SALT))
    db = session.db
    session.close()
    assert entities._SALTS.get(db) is None
    assert len([d for d in entities._SALTS if d is db]) == 0
