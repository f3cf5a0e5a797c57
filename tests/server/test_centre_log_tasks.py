"""The call log's open tasks on a centre (issue 15): the same calls and tasks on a
single-file desk and on a centre give the same rows for the "open tasks" filter, the
same count and the same "Open tasks" column, through the log's services (the centre's
through CentreBackend, as the supervisor's window asks); keyset pages of 5 over calls
that started at the same second keep to the filter, each call once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hotline.permissions import Role
from hotline.records import CallRecord
from hotline.services import calllog, calls, centre_people
from hotline.services import centre as centre_service
from hotline.services.centre_session import CentreSession, open_centre
from hotline.services.session import Session
from hotline.storage.calllog import CallFilter, CallRow, Sort
from hotline.storage.server import tasks as server_tasks
from hotline.storage.server.tasks import NewTask, ServerTaskRepository
from hotline.storage.tasks import FOLLOW_UP, TaskRepository
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.server.enrolled import set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_centre_log_pages import _save

START = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
CALLS = 14
# The calls' start: four pairs and a triple start at the same second (ties on the date).
SAME = {1: 0, 3: 2, 5: 4, 6: 4, 8: 7, 11: 10}
# call number -> (open tasks, done tasks) it is given
TASKS = {0: (1, 0), 2: (2, 1), 3: (0, 1), 4: (1, 0), 5: (1, 1), 6: (3, 0), 9: (1, 0), 11: (1, 0)}
OPEN = sorted(n for n, (o, _d) in TASKS.items() if o)


def _when(n: int) -> datetime:
    return START + timedelta(hours=SAME.get(n, n))


def _record_for(operator_id: int, n: int) -> CallRecord:
    """Call ``n``, told apart by its duration (the ids differ between desk and centre)."""
    return CallRecord(
        started_at=_when(n),
        operator_id=operator_id,
        duration_s=60 + n,
        nature="information_request",
        topics=("work_abroad",),
        primary_topic="work_abroad",
        region="ganja_dashkasan",
        outcomes=("information_given",),
        notes=f"call {n}",
    )


@dataclass
class Both:
    desk: Session  # the desk's supervisor (its administrator, a supervisor too)
    centre: CentreSession  # the centre's supervisor (its administrator), on the server
    desk_ids: dict[int, int]  # call number -> id
    centre_ids: dict[int, int]


def _fill_desk(desk: Desk) -> dict[int, int]:
    """The calls taken by the desk's operator, and their tasks."""
    session = desk.open(OPERATOR, OPERATOR_PW)
    try:
        assert session.user is not None
        ids = {}
        for n in range(CALLS):
            ids[n] = calls.save_call(session, _record_for(session.user.id, n)).call_id
        repo = TaskRepository(session.db, session.calls().keys)
        for n, (opened, done) in TASKS.items():
            for _ in range(opened):
                repo.add(ids[n], FOLLOW_UP, session.user.id)
            for _ in range(done):
                repo.close(repo.add(ids[n], FOLLOW_UP, session.user.id), session.user.id)
        return ids
    finally:
        session.close()


@pytest.fixture
def both(postgres: PostgresServer, tmp_path: Path, staffed_desk: Desk) -> Iterator[Both]:
    desk_ids = _fill_desk(staffed_desk)
    joined = set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )
    leyla = centre_people.sign_in(joined.first, OPERATOR, OPERATOR_PW)
    centre_ids = {}
    try:
        for n in range(CALLS):
            centre_ids[n] = _save(leyla, _record_for(leyla.user_id, n)).id
        repo = ServerTaskRepository(leyla.conn)
        for n, (opened, done) in TASKS.items():
            made = [
                NewTask(centre_service.new_call_id(), FOLLOW_UP, leyla.user_id)
                for _ in range(opened + done)
            ]
            server_tasks.insert(leyla.conn, centre_ids[n], made)
            for task in made[opened:]:
                assert repo.close(task.id, leyla.user_id, None)
    finally:
        leyla.close()
    desk = staffed_desk.open()
    centre = open_centre(joined.first, ADMIN, ADMIN_PW, send=False)
    try:
        yield Both(desk, centre, desk_ids, centre_ids)
    finally:
        centre.close()
        desk.close()


def _numbers(rows: list[CallRow]) -> list[int]:
    return [r.duration_s - 60 for r in rows]


def _paged(session: Session, f: CallFilter, sort: Sort, size: int) -> list[int]:
    """Every call of the log in ``sort``, page after page past each page's cursor."""
    first = calllog.first_page(session, f, sort, size)
    ids = list(first.ids)  # the desk lists every id of a sort with no index at once
    cursor = first.cursor
    while cursor is not None:
        found = calllog.page(session, f, sort, cursor, size)
        ids += found.ids
        cursor = found.cursor
    return ids


def test_open_tasks_filter_count_and_column_match_the_desk(both: Both) -> None:
    wanted = CallFilter(open_tasks=True)
    for session, ids in ((both.desk, both.desk_ids), (both.centre, both.centre_ids)):
        number = {v: k for k, v in ids.items()}
        everything = calllog.first_page(session, CallFilter(), Sort(), 100).rows
        # The column: each call's open tasks (its done ones not counted), on each row.
        assert {number[r.id]: r.open_tasks for r in everything} == {
            n: TASKS.get(n, (0, 0))[0] for n in range(CALLS)
        }, session
        assert calllog.count(session, wanted) == len(OPEN)
        rows = calllog.first_page(session, wanted, Sort(), 100).rows
        assert sorted(_numbers(rows)) == OPEN
        assert all(r.open_tasks == TASKS[number[r.id]][0] for r in rows)
        # Its rows asked again by id (a later page's rows, the pane's linked calls).
        again = calllog.rows(session, [ids[6], ids[3], ids[1]])
        assert [r.open_tasks for r in again] == [3, 0, 0]
    # The same rows newest first; calls of the same second are in the order of their
    # ids, and the desk's ids are not the centre's.
    desk_rows = calllog.first_page(both.desk, wanted, Sort(), 100).rows
    centre_rows = calllog.first_page(both.centre, wanted, Sort(), 100).rows
    assert [r.started_at for r in desk_rows] == [r.started_at for r in centre_rows]
    assert sorted((r.started_at, r.duration_s, r.open_tasks) for r in desk_rows) == sorted(
        (r.started_at, r.duration_s, r.open_tasks) for r in centre_rows
    )


def test_pages_of_five_with_the_filter_over_ties(both: Both) -> None:
    wanted = CallFilter(open_tasks=True)
    for session, ids in ((both.desk, both.desk_ids), (both.centre, both.centre_ids)):
        number = {v: k for k, v in ids.items()}
        for sort in (Sort(), Sort("date", False), Sort("duration", False), Sort("review")):
            whole = list(calllog.first_page(session, wanted, sort, 100).ids)
            paged = _paged(session, wanted, sort, 5)
            assert paged == whole, (session, sort)
            assert sorted(number[i] for i in paged) == OPEN
        # Newest first, ties by id: the same order as the start times and ids say.
        paged = _paged(session, wanted, Sort(), 5)
        starts = {ids[n]: _when(n) for n in OPEN}
        assert paged == sorted(starts, key=lambda i: (starts[i], i), reverse=True)
    # A task closed on the centre drops its call from the filter at the next page asked.
    row = calllog.rows(both.centre, [both.centre_ids[9]])[0]
    assert row.open_tasks == 1
    [task] = [t for t in ServerTaskRepository(both.centre.conn).for_call(row.id)]
    assert both.centre.user_id is not None
    assert ServerTaskRepository(both.centre.conn).close(task.id, both.centre.user_id, None)
    assert calllog.count(both.centre, wanted) == len(OPEN) - 1
    assert row.id not in _paged(both.centre, wanted, Sort(), 5)
    assert calllog.rows(both.centre, [row.id])[0].open_tasks == 0
