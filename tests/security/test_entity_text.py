"""Entity values under their call's keys: what another operator holding their own slot
reads with raw SQL, and the upgrade of a desk whose entity values were plaintext."""

from __future__ import annotations

from datetime import timedelta

from hotline.records import Entity, utcnow
from hotline.services import calllog, calls, integrity, known_entities, review
from hotline.storage.entities import ENTITY_SALT
from hotline.storage.keyfile import SECRET_DB
from hotline.storage.tasks import TaskRepository
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.pages import residue
from tests.security.test_call_text import (
    OTHER,
    OTHER_PW,
    desk_with_two_operators,
    every_value,
    raw_connection,
)

__all__ = ["desk_with_two_operators"]
AGENCY = "Marmosetwork Travel"
PHONE = "+994 50 777 66 55"


def _save(desk: Desk) -> int:
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    record = job_in_dubai(
        leyla.user.id, entities=(Entity("agency", AGENCY), Entity("phone", PHONE))
    )
    call_id = calls.save_call(leyla, record).call_id
    assert [e.value for e in calls.recent_calls(leyla)[0].entities] == [AGENCY, PHONE]
    leyla.close()
    return call_id


def test_another_operator_cannot_list_entity_values(desk_with_two_operators: Desk) -> None:
    desk = desk_with_two_operators
    call_id = _save(desk)
    nigar = desk.open(OTHER, OTHER_PW)
    try:
        conn = raw_connection(nigar)
        values = every_value(conn)
        conn.close()
        assert not any(
            AGENCY in str(v) or "507776655" in str(v) or "777 66" in str(v) for v in values
        )
        # what the form does stays possible: is this value known, how many calls name it
        assert known_entities.reports(nigar, "agency", "marmosetwork travel ") == 1
        assert known_entities.reports(nigar, "phone", "050 777 66 55") == 1
        assert known_entities.reports(nigar, "agency", "Someone Else") == 0
        key = nigar.secrets[SECRET_DB]
    finally:
        nigar.close()
    assert residue(desk.paths.database, key, AGENCY, "777 66") == []
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        detail = calllog.open_call(rashad, call_id)
        assert [e.value for e in detail.record.entities] == [AGENCY, PHONE]
        assert [e.value for e in detail.entities] == [AGENCY, PHONE]
        link = calllog.entity_link(rashad, "agency", detail.entities[0].key)
        assert link.calls == 1 and link.value == AGENCY
        assert integrity.verify(rashad).ok
    finally:
        rashad.close()


def test_an_upgraded_desk_seals_its_entity_values(desk_with_two_operators: Desk) -> None:
    desk = desk_with_two_operators
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    conn = raw_connection(leyla)
    leyla.close()
    conn.execute("DELETE FROM meta WHERE key = ?", (ENTITY_SALT,))  # as before this version
    conn.commit()
    conn.close()
    call_id = _save(desk)
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    conn = raw_connection(leyla)
    key = leyla.secrets[SECRET_DB]
    leyla.close()
    assert AGENCY in [str(v) for v in every_value(conn)]  # plaintext until a supervisor
    conn.execute(  # a task note written before this version
        "INSERT INTO tasks(call_id, kind, created_at, created_by, note)"
        " VALUES (?, 'follow_up', '2026-01-01T00:00:00Z', 1, ?)",
        (call_id, NOTE),
    )
    conn.commit()
    conn.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)  # the first vault holder seals them
    try:
        assert rashad.audit.entries_of("desk.entities_sealed")
        assert [e.value for e in calllog.open_call(rashad, call_id).record.entities] == [
            AGENCY,
            PHONE,
        ]
        assert NOTE in [t.note for t in review.tasks(rashad, None)]
        report = integrity.verify(rashad)
        assert report.ok, report.problems
    finally:
        rashad.close()
    assert residue(desk.paths.database, key, AGENCY, NOTE) == []
    nigar = desk.open(OTHER, OTHER_PW)
    try:
        assert known_entities.reports(nigar, "agency", AGENCY) == 1
    finally:
        nigar.close()


NOTE = "Ocelotnote call the shelter first"
DONE = "Tamarinreport sent to the commission"


def test_task_notes_are_under_the_calls_keys(desk_with_two_operators: Desk) -> None:
    desk = desk_with_two_operators
    call_id = _save(desk)
    nigar = desk.open(OTHER, OTHER_PW)
    assert nigar.user is not None
    nigar_id = nigar.user.id
    nigar.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        follow = review.add_follow_up(rashad, call_id, utcnow() + timedelta(days=1), None, NOTE)
        theirs = review.add_follow_up(rashad, call_id, utcnow() + timedelta(days=1), nigar_id)
    finally:
        rashad.close()
    # nigar, assigned a task on leyla's call, closes it with a note she cannot open later
    nigar = desk.open(OTHER, OTHER_PW)
    try:
        review.close_task(nigar, theirs, DONE)
        conn = raw_connection(nigar)
        values = every_value(conn)
        conn.close()
        assert not any(NOTE in str(v) or DONE in str(v) for v in values)
        key = nigar.secrets[SECRET_DB]
    finally:
        nigar.close()
    assert residue(desk.paths.database, key, NOTE, DONE) == []
    leyla = desk.open(OPERATOR, OPERATOR_PW)  # the call's author reads her call's task
    try:
        assert TaskRepository(leyla.db, leyla.calls().keys).get(follow).note == NOTE
    finally:
        leyla.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        notes = {t.id: t.note for t in review.tasks(rashad, None)}
        assert notes[follow] == NOTE and notes[theirs] == DONE
        report = integrity.verify(rashad)
        assert report.ok, report.problems
    finally:
        rashad.close()
