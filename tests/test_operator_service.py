"""Issue 16 in the services: the rules hold whatever sends the record (an operator
holding their slot can call the service directly)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from hotline.errors import InvalidInput
from hotline.records import Entity, utcnow
from hotline.services import calls, concerned, known_entities, review
from hotline.services.calls import NotValid
from hotline.storage.call_history import CallHistoryRepository
from hotline.storage.calls import CallRepository
from hotline.storage.tasks import FOLLOW_UP, TaskRepository
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai


@pytest.fixture
def operator(staffed_desk: Desk):  # type: ignore[no-untyped-def]
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    yield session
    session.close()


def persons(session) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(r[0]) for r in session.db.query("SELECT pseudonym FROM persons")]


def test_defect_8_the_service_refuses_a_concerned_pseudonym_it_never_issued(operator) -> None:  # type: ignore[no-untyped-def]
    record = job_in_dubai(operator.user.id, concerned_pseudonym="Aynur Mammadova")
    with pytest.raises(NotValid) as refused:
        calls.save_call(operator, record)
    assert [p.field for p in refused.value.problems] == ["concerned_pseudonym"]
    assert "Aynur Mammadova" not in persons(operator)
    issued = concerned.issue_pseudonym(operator)
    assert issued in persons(operator)  # reserved when issued
    typo = issued.lower().replace(" ", "  ")
    saved = calls.save_call(operator, replace(record, concerned_pseudonym=typo))
    [stored] = [r for r in calls.recent_calls(operator) if r.id == saved.call_id]
    assert stored.concerned_pseudonym == issued
    assert concerned.find(operator, typo) == concerned.ConcernedMatch(issued, 1)
    assert concerned.find(operator, "Aynur Mammadova") is None


def test_defect_9_follow_up_agreed_makes_the_task_for_the_operator(operator) -> None:  # type: ignore[no-untyped-def]
    record = job_in_dubai(operator.user.id)
    assert "follow_up_agreed" in record.outcomes
    due = utcnow() + timedelta(days=7)
    saved = calls.save_call(operator, record, follow_up_due=due)
    [task] = [t for t in TaskRepository(operator.db).for_call(saved.call_id) if t.kind == FOLLOW_UP]
    assert task.assignee_id == operator.user.id and task.status == "open"
    assert task.due_at is not None and abs(task.due_at - due) < timedelta(seconds=1)
    assert saved.follow_up_due == due


def test_defect_11_correct_own_call_holds_the_window_and_the_history(staffed_desk) -> None:  # type: ignore[no-untyped-def]
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    old = job_in_dubai(operator.user.id, started_at=utcnow() - timedelta(days=640))
    old_id = calls.save_call(operator, old).call_id
    with pytest.raises(InvalidInput) as refused:
        calls.correct_own_call(
            operator, old_id, replace(old, topics=("migration",), primary_topic="migration")
        )
    assert "24 hours" in str(refused.value.params)
    assert CallHistoryRepository(operator.db).history(old_id) == []
    # a recent one: each changed field in the history, free text only as changed
    record = job_in_dubai(operator.user.id, notes="Adı Aynur idi")
    call_id = calls.save_call(operator, record).call_id
    fixed = replace(record, notes="(ad silindi)", destination="TR")
    calls.correct_own_call(operator, call_id, fixed)
    history = {h.field: h for h in CallHistoryRepository(operator.db).history(call_id)}
    assert set(history) == {"notes", "destination"}
    assert (history["destination"].old_value, history["destination"].new_value) == ("AE", "TR")
    assert history["notes"].old_value is None and history["notes"].new_value is None
    entry = operator.audit.entries(limit=1)[0]
    assert entry.action == "call.correct_own"
    assert entry.details["fields"] == ["destination", "notes"]
    operator.close()
    # a returned call is corrected whatever its age
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        review.claim(supervisor, old_id)
        review.return_to_operator(supervisor, old_id, "check the destination")
    finally:
        supervisor.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        calls.correct_own_call(operator, old_id, replace(old, destination="TR"))
        history_old = CallHistoryRepository(operator.db).history(old_id)
        assert [h.field for h in history_old] == ["destination"]
    finally:
        operator.close()


def test_defect_12_undo_only_the_own_last_minute_call_without_content(
    staffed_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        theirs = calls.log_no_content(supervisor, "silent").call_id
    finally:
        supervisor.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        silent = calls.log_no_content(operator, "silent").call_id
        content = calls.save_call(operator, job_in_dubai(operator.user.id)).call_id
        with pytest.raises(InvalidInput):
            calls.undo_no_content(operator, content)  # a call with content stays
        with pytest.raises(InvalidInput):
            calls.undo_no_content(operator, theirs)  # someone else's
        later = utcnow() + timedelta(minutes=2)
        with monkeypatch.context() as clock:
            clock.setattr(calls, "utcnow", lambda: later)
            with pytest.raises(InvalidInput):
                calls.undo_no_content(operator, silent)  # more than a minute ago
        fresh = calls.log_no_content(operator, "dropped").call_id
        assert calls.undo_no_content(operator, fresh) == "dropped"
        assert CallRepository(operator.db).get(fresh) is None
        assert operator.audit.entries(limit=1)[0].action == "call.undo_no_content"
        assert operator.audit.verify() == []  # the undone call is gone on purpose
        operator.db.execute("DELETE FROM calls WHERE id = ?", (silent,))
        assert any(f"call {silent}" in p for p in operator.audit.verify())  # not this one
    finally:
        operator.close()


def test_defect_13_known_entities_are_counted_never_shown(operator) -> None:  # type: ignore[no-untyped-def]
    link = Entity("link", "https://www.job4u.az/vakansiya/2291/")
    for _ in range(2):
        calls.save_call(operator, job_in_dubai(operator.user.id, entities=(link,)))
    assert known_entities.reports(operator, "link", "job4u.az/vakansiya/2291") == 2
    assert known_entities.reports(operator, "phone", "job4u.az/vakansiya/2291") == 0
    assert known_entities.reports(operator, "link", "  ") == 0
    assert isinstance(known_entities.reports(operator, "link", link.value), int)
