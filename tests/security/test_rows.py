"""Rows changed in SQL outside the services: verify names each one."""

from __future__ import annotations

from hotline.services import calls, integrity, review
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.attacker import raw_sql


def _report(desk: Desk) -> integrity.Report:
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        return integrity.verify(admin)
    finally:
        admin.close()


def _saved_calls(desk: Desk, count: int) -> list[int]:
    operator = desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert operator.user is not None
        return [
            calls.save_call(operator, job_in_dubai(operator.user.id)).call_id for _ in range(count)
        ]
    finally:
        operator.close()


def test_service_work_leaves_verify_clean(staffed_desk: Desk) -> None:
    """Saving, claiming, correcting and approving through the services is not flagged."""
    first, _second = _saved_calls(staffed_desk, 2)
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        review.claim(supervisor, first)
        review.correct_field(supervisor, first, "possible_victim", False, "re-listened")
        review.approve(supervisor, first)
        review.claim(supervisor, _second)
    finally:
        supervisor.close()
    report = _report(staffed_desk)
    assert report.ok, report.problems


def test_silent_coded_field_edit_is_named(staffed_desk: Desk) -> None:
    edited, untouched = _saved_calls(staffed_desk, 2)
    assert _report(staffed_desk).ok
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        sql.execute(
            "UPDATE calls SET exploitation = 'none', possible_victim = 0, consent = 'no'"
            " WHERE id = ?",
            (edited,),
        )
        sql.execute(
            "UPDATE call_topics SET is_primary = 1 - is_primary WHERE call_id = ?", (edited,)
        )
        sql.execute("UPDATE users SET name = 'l3yla' WHERE name = ?", (OPERATOR,))
    report = _report(staffed_desk)
    assert any(f"call {edited} was changed outside the program" in p for p in report.problems)
    assert not any(f"call {untouched} " in p for p in report.problems)
    assert any("user 2 was changed outside the program" in p for p in report.problems)


def test_deleted_call_is_named(staffed_desk: Desk) -> None:
    (gone,) = _saved_calls(staffed_desk, 1)
    with raw_sql(staffed_desk.paths, OPERATOR, OPERATOR_PW) as sql:
        sql.execute("PRAGMA foreign_keys = ON")
        sql.execute("DELETE FROM tasks WHERE call_id = ?", (gone,))
        sql.execute("DELETE FROM calls WHERE id = ?", (gone,))
    report = _report(staffed_desk)
    assert any(f"call {gone} written by audit entry" in p for p in report.problems)
