"""A supervisor, with the notes' index key their own slot derives, edits search.db with
raw sqlcipher3: verify compares the index with the sealed notes and names each change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from hotline.permissions import Role
from hotline.services import calls, integrity, search, users
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.security.attacker import raw_index

NOTES = ("Pasportu agentlik saxlayır", "Паспорт у агентства", "The agency kept her passport")
CLERK, CLERK_PW = "nigar", "the clerk keeps the books in order"


def _report(desk: Desk) -> integrity.Report:
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        return integrity.verify(admin)
    finally:
        admin.close()


@pytest.fixture
def indexed(staffed_desk: Desk) -> tuple[Desk, list[int], int]:
    """Three calls with notes (az, ru, en) and one without, indexed by the supervisor."""
    leyla = staffed_desk.open(OPERATOR, OPERATOR_PW)
    assert leyla.user is not None
    with_notes = [
        calls.save_call(leyla, job_in_dubai(leyla.user.id, notes=n)).call_id for n in NOTES
    ]
    silent = calls.save_call(leyla, job_in_dubai(leyla.user.id).with_changes(notes="")).call_id
    leyla.close()
    rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert search.update_index(rashad) == 4
    finally:
        rashad.close()
    report = _report(staffed_desk)
    assert report.ok, report.problems
    return staffed_desk, with_notes, silent


def _row_for_a_call_that_does_not_exist(sql: Any, ids: list[int], silent: int) -> str:
    sql.execute("INSERT INTO notes_fts(rowid, notes) VALUES (?, 'planted words')", (silent + 50,))
    return f"holds words for call {silent + 50}, which does not exist"


def _row_removed(sql: Any, ids: list[int], silent: int) -> str:
    sql.execute("DELETE FROM notes_fts WHERE rowid = ?", (ids[1],))
    return f"the notes of call {ids[1]} are missing from the notes' index"


def _row_planted_on_a_call_without_notes(sql: Any, ids: list[int], silent: int) -> str:
    sql.execute("INSERT INTO notes_fts(rowid, notes) VALUES (?, 'passport agency')", (silent,))
    return f"holds words for call {silent}, whose notes have none"


def _row_changed(sql: Any, ids: list[int], silent: int) -> str:
    sql.execute("DELETE FROM notes_fts WHERE rowid = ?", (ids[2],))
    sql.execute(
        "INSERT INTO notes_fts(rowid, notes) VALUES (?, 'the agency kept nothing')", (ids[2],)
    )
    return f"holds other words for call {ids[2]} than its notes"


def _last_indexed_raised(sql: Any, ids: list[int], silent: int) -> str:
    sql.execute("UPDATE index_state SET value = value + 1000 WHERE key = 'last_call_id'")
    return f"records calls up to {silent + 1000} as indexed, but the last call is {silent}"


ATTACKS: dict[str, Callable[[Any, list[int], int], str]] = {
    "no-such-call": _row_for_a_call_that_does_not_exist,
    "missing": _row_removed,
    "planted": _row_planted_on_a_call_without_notes,
    "changed": _row_changed,
    "last-raised": _last_indexed_raised,
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_an_edited_index_is_named_by_verify(
    indexed: tuple[Desk, list[int], int], attack: str
) -> None:
    desk, ids, silent = indexed
    with raw_index(desk.paths, SUPERVISOR, SUPERVISOR_PW) as sql:
        expected = ATTACKS[attack](sql, ids, silent)
    report = _report(desk)
    assert not report.ok
    named = [p for p in report.problems if "notes' index" in p]
    assert len(named) == 1 and expected in named[0], report.problems


def test_a_corrected_note_waiting_and_then_indexed_again_stays_clean(
    indexed: tuple[Desk, list[int], int],
) -> None:
    desk, ids, _silent = indexed
    leyla = desk.open(OPERATOR, OPERATOR_PW)
    current = leyla.calls().get(ids[0])
    assert current is not None
    calls.correct_own_call(leyla, ids[0], replace(current, notes="a fresh note"))
    leyla.close()
    report = _report(desk)  # the old words wait in the index: the call is left out
    assert report.ok, report.problems
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        assert search.update_index(rashad) == 1
    finally:
        rashad.close()
    report = _report(desk)
    assert report.ok, report.problems


def test_an_administrator_without_the_case_text_key_is_told_it_was_not_checked(
    indexed: tuple[Desk, list[int], int],
) -> None:
    desk, _ids, _silent = indexed
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        users.add_user(admin, CLERK, frozenset({Role.ADMINISTRATOR}), CLERK_PW)
    finally:
        admin.close()
    clerk = desk.open(CLERK, CLERK_PW)
    try:
        report = integrity.verify(clerk)
    finally:
        clerk.close()
    assert report.ok, report.problems
    assert any("search index was not checked" in w for w in report.warnings)
