"""Retention of free text with legal holds: only what is due goes, never what is held."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hotline.errors import PermissionDenied
from hotline.records import utcnow
from hotline.services import calllog, calls, integrity, review, sealing
from hotline.storage.seals import RETENTION
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai

YEAR = timedelta(days=365.25)


def _call(desk: Desk, age: timedelta, pseudonym: str, note: str, reviewed: bool = True) -> int:
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    record = job_in_dubai(
        leyla.user.id,
        notes=note,
        caller_pseudonym=pseudonym,
        started_at=utcnow() - age,
        outcomes=("information_given",),
    )
    call_id = calls.save_call(leyla, record).call_id
    leyla.close()
    if reviewed:
        rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
        review.claim(rashad, call_id)
        review.approve(rashad, call_id)
        rashad.close()
    return call_id


def test_retention_destroys_only_what_is_due_and_never_what_is_held(staffed_desk: Desk) -> None:
    old = _call(staffed_desk, 6 * YEAR, "Alma Bağı 1", "old note due now")
    held = _call(staffed_desk, 6 * YEAR, "Alma Bağı 2", "held note")
    unreviewed = _call(staffed_desk, 6 * YEAR, "Alma Bağı 3", "not reviewed", reviewed=False)
    next_week = _call(staffed_desk, 5 * YEAR - timedelta(days=3), "Alma Bağı 4", "due soon")
    recent = _call(staffed_desk, timedelta(days=30), "Alma Bağı 5", "recent note")
    admin = staffed_desk.open()
    try:
        assert sealing.retention_due(admin) == []  # no setting: text is kept until sealed
        with pytest.raises(sealing.BadRetention):
            sealing.set_retention(admin, 0)
        sealing.set_retention(admin, 5)
        assert sealing.retention_years(admin) == 5
        hold = sealing.add_hold(admin, sealing.BY_PSEUDONYM, "alma bağı 2", "Case 1-77/2026")
        with pytest.raises(sealing.HoldExists):
            sealing.add_hold(admin, sealing.BY_PSEUDONYM, "Alma Bağı 2", "again")
        with pytest.raises(sealing.HoldNeedsReason):
            sealing.add_hold(admin, sealing.BY_CALL, str(recent), "  ")
        assert [h.pseudonym for h in sealing.holds(admin)] == ["Alma Bağı 2"]
        assert sealing.retention_due(admin) == [old]
        assert sealing.retention_due(admin, sealing.NOTICE_DAYS) == [old, next_week]
        assert sealing.run_retention(admin) == 1
        marks = sealing.marks(admin, [old, held, unreviewed, next_week, recent])
        assert list(marks) == [old] and marks[old].kind == RETENTION
        assert marks[old].number == "5"
        assert integrity.verify(admin).ok
        assert sealing.run_retention(admin) == 0  # nothing more is due
        sealing.lift_hold(admin, hold)
        with pytest.raises(sealing.NoSuchHold):
            sealing.lift_hold(admin, hold)
        assert sealing.retention_due(admin) == [held]
    finally:
        admin.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        notes = {i: calllog.open_call(rashad, i).record.notes for i in (old, held, recent)}
        assert notes == {old: "", held: "held note", recent: "recent note"}
        with pytest.raises(PermissionDenied):
            sealing.set_retention(rashad, 1)
        with pytest.raises(PermissionDenied):
            sealing.add_hold(rashad, sealing.BY_CALL, str(recent), "no")
    finally:
        rashad.close()
