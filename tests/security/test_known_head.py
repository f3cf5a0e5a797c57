"""A session chains its next entry to the head its own last entry made, without
reading it back (AuditLog._known): what an insider, another connection and a
rolled-back step do between two entries."""

from __future__ import annotations

import pytest

from hotline.errors import StorageFailed
from hotline.services import calls
from hotline.services.session import Session
from hotline.storage.audit_log import AuditLog
from tests.conftest import OPERATOR, OPERATOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.attacker import drop_guards, raw_sql


def _save(session: Session) -> int:
    assert session.user is not None
    return calls.save_call(session, job_in_dubai(session.user.id)).call_id


def _seqs(session: Session) -> list[int]:
    return [int(r[0]) for r in session.db.query("SELECT seq FROM audit ORDER BY seq")]


def test_an_entry_deleted_between_two_saves_is_not_chained_over(staffed_desk: Desk) -> None:
    """The insider deletes the session's last entry (the save of a call) while it is
    open; the next save still links to the deleted entry, so verify names the cut
    (read back, the head would have been the entry before and the chain whole)."""
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        _save(session)
        cut = _seqs(session)[-1]
        with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
            drop_guards(sql)
            sql.execute("DELETE FROM audit WHERE seq = ?", (cut,))
        _save(session)
        assert cut not in _seqs(session) and _seqs(session)[-1] == cut + 1
    finally:
        session.close()
    problems = staffed_desk.verify_problems()
    assert problems, "a deleted entry went unnoticed"
    assert any(str(cut) in p for p in problems), problems


def test_an_entry_written_by_another_log_is_chained_after(staffed_desk: Desk) -> None:
    """An entry written between two of this session's by another writer (here a second
    AuditLog on the desk's file, as a program of the insider's would): the session's
    next INSERT finds its seq taken, reads the head, chains after it; verify is clean."""
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        _save(session)
        other = AuditLog(session.db, session.paths.audit_head)
        with session.db.transaction():
            theirs = other.append(session.user_id, session.signing_key, "audit.view")
        _save(session)
        assert _seqs(session)[-1] == theirs + 1
        _save(session)
    finally:
        session.close()
    assert staffed_desk.verify_problems() == []


def test_a_step_rolled_back_after_its_entry_leaves_the_chain_whole(staffed_desk: Desk) -> None:
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        _save(session)
        before = _seqs(session)
        with pytest.raises(RuntimeError), session.audited():
            session.record("audit.view")
            raise RuntimeError("the step fails after its entry")
        assert _seqs(session) == before
        _save(session)
        assert _seqs(session) == [*before, before[-1] + 1]
    finally:
        session.close()
    assert staffed_desk.verify_problems() == []


def test_a_refused_entry_is_not_taken_for_a_conflict(staffed_desk: Desk) -> None:
    """Only a taken seq makes the entry read the head and try again: any other failure
    of its INSERT reaches the caller, and the step is rolled back whole."""
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        _save(session)
        before = _seqs(session)
        session.db.execute(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON audit"
            " BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        with pytest.raises(StorageFailed):
            _save(session)
        session.db.execute("DROP TRIGGER refuse")
        assert _seqs(session) == before
        _save(session)
    finally:
        session.close()
    assert staffed_desk.verify_problems() == []
