"""Session.audited(): the data, its audit entry and the head outside the database
change together or not at all."""

from __future__ import annotations

import pytest

from hotline.services.session import Session
from hotline.storage.audit_log import Head


def test_an_audited_step_commits_its_entry_and_writes_the_head(admin_session: Session) -> None:
    s = admin_session
    before = s.audit.count()
    with s.audited(durable=True):  # durable: the head is written now, not throttled
        s.set_meta("idle_lock_minutes", "7")
        s.record("settings.change", details={"key": "idle_lock_minutes"})
    assert s.idle_lock_minutes == 7
    assert s.audit.count() == before + 1
    assert Head.read(s.paths.audit_head) == s.audit.last()
    assert s.audit.verify() == []


def test_a_failed_audited_step_leaves_no_change_no_entry_and_the_old_head(
    admin_session: Session,
) -> None:
    s = admin_session
    with s.audited(durable=True):  # the head file is up to date before the step
        s.record("desk.verify")
    head = Head.read(s.paths.audit_head)
    before = s.audit.count()
    with pytest.raises(RuntimeError, match="disk pulled"), s.audited():
        s.set_meta("idle_lock_minutes", "9")
        s.record("settings.change", details={"key": "idle_lock_minutes"})
        raise RuntimeError("disk pulled")
    assert s.idle_lock_minutes == 5
    assert s.audit.count() == before
    assert Head.read(s.paths.audit_head) == head == s.audit.last()
    assert s.audit.verify() == []


def test_an_audit_event_is_a_step_of_its_own(admin_session: Session) -> None:
    s = admin_session
    s.audit_event("desk.verify", details={"ok": True})
    entry = s.audit.entries(limit=1)[0]  # newest first
    assert (
        entry.action == "desk.verify"
        and entry.details == {"ok": True}
        and entry.user_id == s.user_id
    )
    assert entry.seq == s.audit.last().seq
