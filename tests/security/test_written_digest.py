"""A saved call's row digest, computed from the values written instead of read back
(storage.row_digest.written_digest): the same digest verify recomputes from the stored
rows, for every kind of call; and what the read back could not see, it sees."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from hotline.errors import DeskError
from hotline.records import Entity, utcnow
from hotline.services import calls, demo, integrity
from hotline.storage import row_digest
from hotline.storage.calls import INSERT_COLUMNS, LAW_COLUMNS, WrittenCall
from hotline.storage.database import Database
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.factories import child_begging, job_in_dubai
from tests.security.attacker import raw_sql


def _no_reading_back(db: Database, object_type: str, object_id: int) -> str | None:
    raise AssertionError(f"the save read {object_type} {object_id} back")


def test_the_digest_of_what_was_written_is_the_digest_of_what_is_stored(
    staffed_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert leyla.user is not None
        uid = leyla.user.id
        records = [
            job_in_dubai(uid, notes="Ördəkqeyd Dubayda, паспорт"),
            job_in_dubai(uid),  # no free text: no data key
            job_in_dubai(uid, caller_pseudonym=None, do_not_call_back=True),
            job_in_dubai(
                uid,
                notes="entities of every kind",
                entities=(
                    Entity("agency", "Zəfər Travel"),
                    Entity("phone", "+971 50 123 4567"),
                    Entity("agency", "Alfa"),
                ),
            ),
            child_begging(uid),
        ]
        generated = demo._records(random.Random(7), 400, 2, [uid], set(), utcnow())
        records += [r.with_changes(review_state="new") for r, _topics in generated]
        monkeypatch.setattr(row_digest, "digest_of", _no_reading_back)
        saved = []
        for record in records:
            try:
                saved.append(calls.save_call(leyla, record).call_id)
            except DeskError:  # a generated record the form would not accept
                continue
        monkeypatch.undo()
        assert len(saved) > 300
        recorded = {
            e.object_id: e.details[row_digest.FIELD] for e in leyla.audit.entries_of("call.save")
        }
        assert {i: row_digest.call_digest(leyla.db, i) for i in saved} == {
            i: recorded[i] for i in saved
        }
        kinds = leyla.db.query(
            "SELECT count(*), sum(no_content IS NOT NULL), sum(labour_sector IS NOT NULL),"
            " sum(typeof(notes) = 'blob'), sum(caller_id IS NULL) FROM calls"
        )[0]
        assert all(int(k) > 0 for k in kinds), kinds  # every kind of row was covered
        assert int(leyla.db.scalar("SELECT count(*) FROM call_entities")) >= 3
    finally:
        leyla.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert report.ok, report.problems


def test_a_value_stored_otherwise_is_read_back() -> None:
    """A value SQLite would store converted (a number typed as text, a float): no digest
    from memory, the caller reads the row back."""
    row = tuple("x" if c not in row_digest.INTEGER_COLUMNS else 0 for c in INSERT_COLUMNS)
    assert row_digest.written_digest(WrittenCall(1, row, {})) is not None
    at = INSERT_COLUMNS.index("duration_s")
    for bad in ("540", 540.0, True):
        changed = (*row[:at], bad, *row[at + 1 :])
        assert row_digest.written_digest(WrittenCall(1, changed, {})) is None
    for topics in ([("t", "1")], [("t", 1.0), ("u", 1)], [("t", True), ("s", 0)]):
        assert row_digest.written_digest(WrittenCall(1, row, {"call_topics": topics})) is None
    mixed = [("agency", b"\x01sealed", "k"), ("agency", "", "k"), ("agency", None, "k")]
    assert row_digest.written_digest(WrittenCall(1, row, {"call_entities": mixed})) is not None


def test_the_integer_columns_are_the_schemas(staffed_desk: Desk) -> None:
    admin = staffed_desk.open()
    try:
        declared = {
            str(r[1]): str(r[2]).upper() for r in admin.db.query("PRAGMA table_info(calls)")
        }
        topics = [str(r[2]).upper() for r in admin.db.query("PRAGMA table_info(call_topics)")]
    finally:
        admin.close()
    digested = (*row_digest.CALL_COLUMNS, *LAW_COLUMNS)
    assert {c for c in digested if declared[c] == "INTEGER"} == row_digest.INTEGER_COLUMNS
    assert all(declared[c] == "TEXT" for c in digested if c not in row_digest.INTEGER_COLUMNS)
    assert topics == ["INTEGER", "TEXT", "INTEGER"]  # call_id, topic, is_primary


def test_a_trigger_that_changes_the_row_as_it_is_written_is_named(staffed_desk: Desk) -> None:
    """An insider's trigger rewrites each new call's coded fields as it is saved: read
    back, the audit would vouch for the rewritten row; from memory it holds what the
    operator saved, and verify names the call."""
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        sql.execute(
            "CREATE TRIGGER quiet AFTER INSERT ON calls BEGIN"
            " UPDATE calls SET possible_victim = 0, exploitation = 'none' WHERE id = new.id; END"
        )
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert leyla.user is not None
        record = job_in_dubai(leyla.user.id, started_at=utcnow() - timedelta(minutes=5))
        assert record.possible_victim
        call_id = calls.save_call(leyla, record).call_id
    finally:
        leyla.close()
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        report = integrity.verify(admin)
    finally:
        admin.close()
    assert any(f"call {call_id} was changed outside the program" in p for p in report.problems)
