"""Review: claims, approval, return to the operator, corrections with history, comments,
the vault read with a reason, follow-up tasks and the minors' report."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from hotline.errors import InvalidInput, PermissionDenied
from hotline.permissions import Role
from hotline.records import IdentityDetails, to_iso, utcnow
from hotline.services import calllog, calls, review, users
from hotline.services.calllog import CallFilter, Sort
from hotline.services.session import Session
from hotline.storage.review_state import CLAIM_MINUTES
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)
from tests.test_calllog import LEYLA, a_call

SECOND = "gunel"
SECOND_PW = "a second pair of eyes on every call"


@pytest.fixture
def desk(staffed_desk: Desk) -> Desk:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        users.add_user(admin, SECOND, frozenset({Role.SUPERVISOR}), SECOND_PW)
    finally:
        admin.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        calls.save_call(operator, a_call(notes="first call"))
        calls.save_call(
            operator,
            a_call(days_ago=0.2, notes="second call", identity_consent=True),
            identity=IdentityDetails(name="Aynur", phone="+994 55 000 00 00"),
        )
        calls.save_call(operator, a_call(days_ago=0.1, child_involved=True, notes="child"))
    finally:
        operator.close()
    return staffed_desk


@pytest.fixture
def supervisor(desk: Desk) -> Iterator[Session]:
    session = desk.open(SUPERVISOR, SUPERVISOR_PW)
    yield session
    session.close()


def test_a_claim_is_exclusive_until_it_lapses(desk: Desk) -> None:
    first = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        review.claim(first, 1)
        review.claim(first, 1)  # claiming again renews one's own claim
        (row,) = calllog.rows(first, [1])
        assert row.review_state == "claimed" and row.claimed_by == SUPERVISOR
    finally:
        first.close()
    second = desk.open(SECOND, SECOND_PW)
    try:
        with pytest.raises(InvalidInput, match="another supervisor"):
            review.claim(second, 1)
        with pytest.raises(InvalidInput, match="another supervisor"):
            review.approve(second, 1)
        with pytest.raises(InvalidInput, match="another supervisor"):
            review.correct_field(second, 1, "region", "abroad", "wrong region")
        # an abandoned claim lapses after CLAIM_MINUTES
        old = to_iso(utcnow() - timedelta(minutes=CLAIM_MINUTES + 1))
        with second.db.transaction():
            second.db.execute("UPDATE calls SET claimed_at = ? WHERE id = 1", (old,))
        lapsed = calllog.rows(second, [1])[0]  # shown as free again, before anyone claims it
        assert (lapsed.review_state, lapsed.claimed_by) == ("new", None)
        review.claim(second, 1)
        assert calllog.rows(second, [1])[0].claimed_by == SECOND
        review.release(second, 1)
        assert calllog.rows(second, [1])[0].review_state == "new"
    finally:
        second.close()


def test_approve_ends_the_operators_corrections(desk: Desk) -> None:
    supervisor = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        review.claim(supervisor, 1)
        review.approve(supervisor, 1, "well coded")
        row = calllog.rows(supervisor, [1])[0]
        assert row.review_state == "reviewed" and row.claimed_by is None
        with pytest.raises(InvalidInput, match="already been reviewed"):
            review.claim(supervisor, 1)
        detail = calllog.open_call(supervisor, 1)
        assert [(c.kind, c.body) for c in detail.comments] == [("approved", "well coded")]
    finally:
        supervisor.close()
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        record = calls.recent_calls(operator, hours=48)[-1]
        assert record.id == 1
        with pytest.raises(InvalidInput, match="reviewed"):
            calls.correct_own_call(operator, 1, record.with_changes(region="abroad"))
    finally:
        operator.close()


def test_a_returned_call_comes_first_for_its_operator(desk: Desk) -> None:
    supervisor = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        review.claim(supervisor, 1)
        with pytest.raises(InvalidInput):
            review.return_to_operator(supervisor, 1, "   ")
        review.return_to_operator(supervisor, 1, "The region is missing the caller's district.")
        assert calllog.rows(supervisor, [1])[0].review_state == "returned"
        assert calllog.count(supervisor, CallFilter(review_state="returned")) == 1
    finally:
        supervisor.close()
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        mine = calls.recent_calls(operator, hours=7 * 24)
        assert [r.id for r in mine] == [1, 3, 2]  # returned first, then newest first
        assert "district" in calllog.returned_comment(operator, 1)
        # the operator may still correct a returned call
        record = calls.recent_calls(operator, hours=48)[-1]
        calls.correct_own_call(operator, 1, record.with_changes(region="absheron_khizi"))
    finally:
        operator.close()


def test_a_correction_keeps_the_original_in_the_history(supervisor: Session) -> None:
    s = supervisor
    review.claim(s, 2)
    with pytest.raises(InvalidInput, match="reason"):
        review.correct_field(s, 2, "region", "abroad", "  ")
    with pytest.raises(InvalidInput):
        review.correct_field(s, 2, "notes", "rewritten", "not a coded field")
    with pytest.raises(InvalidInput, match="same"):
        review.correct_field(s, 2, "region", "baku", "no change")
    with pytest.raises(review.NotValid):
        review.correct_field(s, 2, "region", "atlantis", "unknown code")
    review.correct_field(s, 2, "region", "guba_khachmaz", "caller said Guba later in the call")
    review.correct_field(
        s, 2, "topics", ("migration", "work_abroad"), "also asked about registration"
    )
    review.correct_field(s, 2, "possible_victim", True, "indicators point to it")
    detail = calllog.open_call(s, 2)
    assert detail.record.region == "guba_khachmaz"
    assert detail.record.topics == ("migration", "work_abroad")
    assert detail.record.primary_topic == "work_abroad"  # unchanged, still ticked
    assert detail.record.possible_victim
    assert detail.record.notes == "second call"  # the operator's text is untouched
    history = [(h.field, h.old_value, h.new_value, h.reason, h.user) for h in detail.history]
    assert history == [
        ("region", "baku", "guba_khachmaz", "caller said Guba later in the call", SUPERVISOR),
        (
            "topics",
            '["work_abroad"]',
            '["migration", "work_abroad"]',
            "also asked about registration",
            SUPERVISOR,
        ),
        ("possible_victim", "false", "true", "indicators point to it", SUPERVISOR),
    ]
    audit = [e for e in s.audit.entries("call", 2) if e.action == "call.correct"]
    last = dict(audit[-1].details)
    assert len(last.pop("row_sha256")) == 64  # the row as stored (tests/security/test_rows.py)
    assert last == {"fields": ["region"]}
    assert "guba" not in str([e.details for e in audit])  # values stay out of the audit
    review.comment(s, 2, "checked with the operator")
    assert calllog.open_call(s, 2).comments[-1].body == "checked with the operator"


def test_the_vault_is_read_only_by_a_supervisor_with_a_reason(desk: Desk) -> None:
    supervisor = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        with pytest.raises(InvalidInput, match="reason"):
            review.read_identity(supervisor, 2, " ")
        (details,) = review.read_identity(supervisor, 2, "police unit request 17/2026")
        assert details.name == "Aynur"
        seen = calllog.open_call(supervisor, 2).seen_by
        assert ("vault.read", SUPERVISOR) in [(s.action, s.user) for s in seen]
        entry = next(e for e in supervisor.audit.entries("call", 2) if e.action == "vault.read")
        assert entry.details["reason"] == "police unit request 17/2026"
    finally:
        supervisor.close()
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            review.read_identity(operator, 2, "I want to call her back")
        with pytest.raises(PermissionDenied):
            review.claim(operator, 2)
        with pytest.raises(PermissionDenied):
            review.correct_field(operator, 2, "region", "abroad", "x")
    finally:
        operator.close()


def test_tasks_the_minors_report_closes_only_with_a_note(supervisor: Session) -> None:
    s = supervisor
    report, guardianship = review.tasks(s)
    assert report.kind == "minors_commission_report" and report.call_id == 3
    assert guardianship.kind == "guardianship_report" and guardianship.call_id == 3
    assert report.due_at == guardianship.due_at  # both the same day
    assert not report.overdue()
    assert report.overdue(utcnow() + timedelta(days=2))
    for task in (report, guardianship):
        with pytest.raises(InvalidInput, match="how the report was made"):
            review.close_task(s, task.id, "  ")
    follow = review.add_follow_up(s, 2, utcnow() - timedelta(hours=1), LEYLA, "call back")
    lines = review.tasks(s)
    assert [t.id for t in lines] == [follow, report.id, guardianship.id]  # by due date
    assert lines[0].overdue() and lines[0].assignee == OPERATOR
    review.close_task(s, report.id, "Reported by phone, ref. KDM-2026-114")
    assert [t.id for t in review.tasks(s)] == [follow, guardianship.id]
    review.close_task(s, guardianship.id, "Guardianship office told by phone, ref. Q-77")
    assert [t.id for t in review.tasks(s)] == [follow]
    done = [t for t in review.tasks(s, status="done")]
    assert done[0].note == "Reported by phone, ref. KDM-2026-114" and done[0].done_at
    with pytest.raises(InvalidInput, match="already done"):
        review.close_task(s, report.id, "again")
    assert calllog.count(s, CallFilter(open_tasks=True)) == 1
    assert calllog.ids(s, CallFilter(open_tasks=True), Sort()) == [2]


def test_an_operator_closes_only_their_own_task(desk: Desk) -> None:
    supervisor = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        mine = review.add_follow_up(supervisor, 1, utcnow() + timedelta(days=1), LEYLA)
        other = review.add_follow_up(supervisor, 2, utcnow() + timedelta(days=1), None)
    finally:
        supervisor.close()
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        follow_ups = [t.id for t in review.tasks(operator) if t.kind == "follow_up"]
        assert follow_ups == [mine]  # (the minors' reports of their own calls are listed too)
        with pytest.raises(PermissionDenied):
            review.close_task(operator, other, "done")
        review.close_task(operator, mine, "called back, all fine")
        with pytest.raises(PermissionDenied):
            review.add_follow_up(operator, 1, utcnow(), LEYLA)
    finally:
        operator.close()


def test_a_minors_report_without_a_due_date_is_due_a_day_after_the_call() -> None:
    three_days_ago = utcnow() - timedelta(days=3)
    line = review.TaskLine(
        id=1,
        call_id=1,
        kind="minors_commission_report",
        status="open",
        due_at=None,
        assignee=None,
        assignee_id=None,
        created_at=three_days_ago,
        note="",
        call_started_at=three_days_ago,
        done_at=None,
    )
    assert line.effective_due == three_days_ago + review.MINORS_REPORT_DUE
    assert line.overdue()
    follow_up = review.TaskLine(**{**line.__dict__, "kind": "follow_up"})
    assert follow_up.effective_due is None and not follow_up.overdue()
