"""Saving calls through the services: one transaction, the rules of the law, the vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from hotline.errors import InvalidInput, PermissionDenied
from hotline.records import IdentityDetails, utcnow
from hotline.services import calls
from hotline.services.calls import NotValid
from hotline.services.session import Session
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import child_begging, job_in_dubai


@pytest.fixture
def operator(staffed_desk: Desk) -> Iterator[Session]:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    yield session
    session.close()


def test_save_is_one_transaction_with_audit_and_draft_removal(operator: Session) -> None:
    draft = calls.start_call(operator)
    record = job_in_dubai(operator.user.id, caller_pseudonym=draft.record.caller_pseudonym)
    calls.autosave(operator, draft.id, record, 30)
    assert len(calls.pending_drafts(operator)) == 1
    saved = calls.save_call(operator, record, draft_id=draft.id)
    assert calls.pending_drafts(operator) == []
    stored = calls.recent_calls(operator)[0]
    assert stored.id == saved.call_id
    assert stored.topics == ("trafficking_report", "work_abroad")
    assert stored.primary_topic == "work_abroad"
    assert stored.entities == record.entities
    assert stored.caller_pseudonym == draft.record.caller_pseudonym
    last = operator.audit.entries(limit=1)[0]
    assert (last.action, last.object_id) == ("call.save", saved.call_id)
    assert operator.audit.verify() == []


def test_a_failed_save_leaves_nothing_behind(
    operator: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = calls.start_call(operator)
    record = job_in_dubai(operator.user.id)
    before = operator.db.scalar("SELECT count(*) FROM calls")

    def boom(*args: object, **kwargs: object) -> int:
        raise RuntimeError("disk went away")

    monkeypatch.setattr(operator.audit, "append", boom)
    with pytest.raises(RuntimeError):
        calls.save_call(operator, record, draft_id=draft.id)
    assert operator.db.scalar("SELECT count(*) FROM calls") == before
    assert operator.db.scalar("SELECT count(*) FROM call_topics") == 0
    assert len(calls.pending_drafts(operator)) == 1


def test_validation_says_what_is_missing(operator: Session) -> None:
    record = job_in_dubai(operator.user.id, primary_topic=None, outcomes=())
    with pytest.raises(NotValid) as info:
        calls.save_call(operator, record)
    fields = [p.field for p in info.value.problems]
    assert fields == ["topics", "outcomes"]
    assert "primary topic" in info.value.message()


def test_police_referral_without_consent_is_refused(operator: Session) -> None:
    record = job_in_dubai(operator.user.id, outcomes=("information_given", "police_unit"))
    with pytest.raises(NotValid) as info:
        calls.save_call(operator, record)
    assert "consent" in info.value.message()
    # the caller is the mother of an adult: her "yes" is not the daughter's consent
    with pytest.raises(NotValid):
        calls.save_call(operator, record.with_changes(consent="yes"))
    saved = calls.save_call(operator, record.with_changes(consent="yes", relation="self"))
    assert saved.call_id > 0


def test_child_creates_the_minors_commission_task(operator: Session) -> None:
    saved = calls.save_call(operator, child_begging(operator.user.id))
    assert len(saved.tasks) == 2
    kinds = [
        operator.db.scalar("SELECT kind FROM tasks WHERE id = ?", (task,)) for task in saved.tasks
    ]
    assert kinds == ["minors_commission_report", "guardianship_report"]
    adult = calls.save_call(operator, job_in_dubai(operator.user.id))
    assert not adult.minors_report
    assert adult.follow_up_due is not None and len(adult.tasks) == 1  # the agreed follow-up


def test_no_content_call_is_one_step(operator: Session) -> None:
    saved = calls.log_no_content(operator, "silent", duration_s=20)
    record = calls.recent_calls(operator)[0]
    assert (record.id, record.no_content, record.topics) == (saved.call_id, "silent", ())
    with pytest.raises(NotValid):
        calls.log_no_content(operator, "not_a_kind")


def test_returning_caller_links_and_shows_coded_summary(operator: Session) -> None:
    draft = calls.start_call(operator)
    pseudonym = draft.record.caller_pseudonym
    calls.save_call(
        operator,
        job_in_dubai(operator.user.id, caller_pseudonym=pseudonym, do_not_call_back=True),
        draft_id=draft.id,
    )
    assert pseudonym is not None
    typed = "  " + pseudonym.upper().replace(" ", "  ") + " "
    again = calls.start_call(operator, returning=typed)
    assert again.record.caller_pseudonym == pseudonym
    history = calls.caller_history(operator, pseudonym)
    assert len(history) == 1 and history[0].primary_topic == "work_abroad"
    assert history[0].notes is None  # operators do not read notes of earlier calls
    assert calls.do_not_call_back(operator, pseudonym)
    with pytest.raises(InvalidInput):
        calls.start_call(operator, returning="Nobody Here 999")


def test_identity_vault_is_write_only_for_operators(staffed_desk: Desk) -> None:
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        details = IdentityDetails(name="Aygün Məmmədova", phone="+994 55 000 11 22")
        saved = calls.save_call(
            operator,
            job_in_dubai(operator.user.id, consent="yes", identity_consent=True),
            identity=details,
        )
        assert calls.recent_calls(operator)[0].identity_held
        with pytest.raises(PermissionDenied):
            calls.read_identity(operator, saved.call_id, "checking")
        raw = operator.db.scalar(
            "SELECT sealed FROM vault_entries WHERE call_id = ?", (saved.call_id,)
        )
        assert "Aygün".encode() not in bytes(raw)
    finally:
        operator.close()
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        with pytest.raises(InvalidInput):
            calls.read_identity(supervisor, saved.call_id, "   ")
        assert calls.read_identity(supervisor, saved.call_id, "court request 12") == [details]
        last = supervisor.audit.entries(limit=1)[0]
        assert last.action == "vault.read" and last.details["reason"] == "court request 12"
    finally:
        supervisor.close()


def test_own_correction_until_reviewed(operator: Session) -> None:
    saved = calls.save_call(operator, job_in_dubai(operator.user.id))
    fixed = job_in_dubai(operator.user.id, region="baku")
    calls.correct_own_call(operator, saved.call_id, fixed)
    assert calls.recent_calls(operator)[0].region == "baku"
    operator.db.execute("UPDATE calls SET review_state = 'reviewed' WHERE id = ?", (saved.call_id,))
    with pytest.raises(InvalidInput, match="reviewed"):
        calls.correct_own_call(operator, saved.call_id, fixed.with_changes(region="karabakh"))


def test_future_dates_are_refused(operator: Session) -> None:
    record = job_in_dubai(operator.user.id, started_at=utcnow() + timedelta(days=1))
    with pytest.raises(NotValid, match="future"):
        calls.save_call(operator, record)


def test_returned_calls_come_first_and_go_back_to_review_when_corrected(operator: Session) -> None:
    old = calls.save_call(operator, job_in_dubai(operator.user.id))
    newer = calls.save_call(operator, job_in_dubai(operator.user.id))
    operator.db.execute(
        "UPDATE calls SET review_state = 'returned', started_at = '2020-01-01T00:00:00Z'"
        " WHERE id = ?",
        (old.call_id,),
    )
    listed = [r.id for r in calls.recent_calls(operator)]
    assert listed == [old.call_id, newer.call_id]  # returned first, even when old
    calls.correct_own_call(operator, old.call_id, job_in_dubai(operator.user.id, region="baku"))
    state = operator.db.scalar("SELECT review_state FROM calls WHERE id = ?", (old.call_id,))
    assert state == "new"


def test_minors_report_is_on_the_operators_list(operator: Session) -> None:
    saved = calls.save_call(operator, child_begging(operator.user.id))
    assignee = operator.db.scalar("SELECT assignee_id FROM tasks WHERE id = ?", (saved.tasks[0],))
    assert assignee == operator.user.id
