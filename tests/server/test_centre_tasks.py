"""Tasks on a centre (issue 15, schema step 7), against the tests' own PostgreSQL: a call
about a child saved on a workstation makes both mandatory report tasks on the server, in
the call's own transaction, once (a call kept in the outbox and sent later, or sent
again after a lost answer, makes none twice); a supervisor on a second session sees
them on the real Tasks page and records one done, the operator the other on her own
list; the notes are sealed on the workstation (not in pg_dump's output); an operator's
login, with psycopg, reads no other operator's tasks and deletes no report task (nor
does any role, the schema's owner included); sealing a call empties its tasks' notes;
a centre of the schema before upgrades and then makes tasks."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors, sql
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline import messages
from hotline.catalogue import Catalogue
from hotline.permissions import Role
from hotline.records import utcnow
from hotline.services import calls, centre_people, centre_sealing, health, review, sealing
from hotline.services.centre_session import CentreSession, open_centre
from hotline.services.centre_tasks import TaskNotSentYet
from hotline.storage.server import schema_steps
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.calls import ServerCallRepository
from hotline.storage.server.outbox import decode, encode
from hotline.storage.tasks import FOLLOW_UP, GUARDIANSHIP_REPORT, MINORS_REPORT, end_of_day
from hotline.ui.supervisor.tasks_page import TasksPage
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.factories import child_begging, job_in_dubai
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _close, _open_window
from tests.ui.conftest import settle

OTHER, OTHER_PW = "nigar", "nigar's long enough password"
REPORT_NOTE = "Qz8TASKreport: telefonla komissiyaya bildirildi, № 114"
FOLLOW_NOTE = "Qz8TASKfollow: перезвонить сестре после 18:00"
TYPED_NOTE = "Qz8TASKtyped: reported by phone to the district commission, ref. 114"
LONE_NOTE = "Qz8TASKlone: ask the shelter about beds"
COURT = sealing.decision("court", "2-18/2026", "2026-11-21")
PEOPLE = [
    (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
    (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
    (OTHER, frozenset({Role.OPERATOR}), OTHER_PW),
]
Row = tuple[Any, ...]


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(postgres, tmp_path / "ws", PEOPLE)


@pytest.fixture
def leyla(centre: JoinedCentre) -> Iterator[CentreSession]:
    session = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    yield session
    session.close()


def _superuser(centre: JoinedCentre) -> psycopg.Connection[Row]:
    return psycopg.connect(centre.server.url(db=centre.database), autocommit=True)


def _tasks(centre: JoinedCentre, call_id: int) -> list[Row]:
    with _superuser(centre) as conn:
        return conn.execute(
            "SELECT id, kind, status, due_at, assignee_id, created_by, done_by, note"
            " FROM hotline.tasks WHERE call_id = %s ORDER BY kind",
            (call_id,),
        ).fetchall()


def _save_child(session: CentreSession, send: bool = True) -> int:
    saved = calls.save_call(session, child_begging(session.user_id or 0))
    assert saved.minors_report and len(saved.tasks) == 2
    if send:
        assert session.outbox is not None
        assert session.outbox.send_now().sent == 1
    return saved.call_id


def _dump(centre: JoinedCentre) -> bytes:
    return subprocess.run(
        [
            centre.server.tool("pg_dump"),
            "--no-password",
            "-d",
            centre.server.url(db=centre.database),
        ],
        capture_output=True,
        check=True,
    ).stdout


def _forms(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    return [raw, raw.hex().encode(), raw.hex().upper().encode()]


def test_a_child_victims_call_makes_both_reports_once_also_sent_later(
    centre: JoinedCentre,
) -> None:
    leyla = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    call_id = _save_child(leyla)
    rows = _tasks(centre, call_id)
    assert [r[1] for r in rows] == sorted([GUARDIANSHIP_REPORT, MINORS_REPORT])
    today = end_of_day(utcnow())
    for _id, _kind, status, due, assignee, created_by, done_by, note in rows:
        assert status == "open" and done_by is None and note is None
        assert abs(due - today) < timedelta(seconds=1)  # due the same day
        assert assignee == leyla.user_id and created_by == leyla.user_id
    with _superuser(centre) as conn:
        [(details,)] = conn.execute(
            "SELECT details FROM hotline.audit WHERE action = 'call.save' AND object_id = %s",
            (call_id,),
        ).fetchall()
    assert json.loads(details)["tasks"] == 2
    # On her own list at once, as on the desk.
    mine = review.own_open_tasks(leyla)
    assert sorted(t.kind for t in mine if t.call_id == call_id) == [
        GUARDIANSHIP_REPORT,
        MINORS_REPORT,
    ]
    # A call about an adult makes no report; its agreed follow-up, as on the desk.
    adult = calls.save_call(leyla, job_in_dubai(leyla.user_id or 0, notes="an adult"))
    assert leyla.outbox is not None and leyla.outbox.send_now().sent == 1
    assert not adult.minors_report and adult.follow_up_due is not None
    [(follow_id, kind, *_rest)] = _tasks(centre, adult.call_id)
    assert adult.tasks == (follow_id,) and kind == FOLLOW_UP

    # Kept in the outbox while she works (not sent), the session closed and opened again:
    # the kept call, read back from the outbox file, makes its two reports once.
    later = _save_child(leyla, send=False)
    assert leyla.outbox.store.count() == 1 and _tasks(centre, later) == []
    # On her list from the save (kept here), not closed before the server has them.
    kept_tasks = [t for t in review.own_open_tasks(leyla) if t.call_id == later]
    assert sorted(t.kind for t in kept_tasks) == [GUARDIANSHIP_REPORT, MINORS_REPORT]
    with pytest.raises(TaskNotSentYet) as waiting:
        review.close_task(leyla, kept_tasks[0].id, "reported by phone")
    ru = waiting.value.message(Catalogue("ru").translate)
    assert "сервер" in ru and "хранится на этом компьютере" in ru, ru
    [kept] = leyla.outbox.store.pending()
    assert decode(encode(kept.call)) == kept.call and len(kept.call.tasks) == 2
    leyla.close()
    again = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        assert again.outbox is not None and again.outbox.send_now().sent == 1
        assert {r[0] for r in _tasks(centre, later)} == {t.id for t in kept_tasks}
        # The same call sent again (its answer lost): the server holds it, no task more.
        assert not ServerCallRepository(again.conn).save(kept.call)
        assert again.outbox.send_now().sent == 0
    finally:
        again.close()
    assert len(_tasks(centre, later)) == 2 and len(_tasks(centre, call_id)) == 2
    with _superuser(centre) as conn:
        assert ServerAuditLog(conn).verify(None) == []


def test_the_supervisor_records_a_report_done_on_the_real_tasks_page(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, centre: JoinedCentre, leyla: CentreSession
) -> None:
    call_id = _save_child(leyla)
    desk = _open_window(qtbot, monkeypatch, centre.first.folder, SUPERVISOR, SUPERVISOR_PW)
    try:
        main = desk.main
        page = main.pages["tasks"]
        assert isinstance(page, TasksPage)
        main.show_page("tasks")
        settle(qtbot, desk.worker)
        qtbot.waitUntil(lambda: len(page.lines) == 2, timeout=10_000)
        assert {t.kind for t in page.lines} == {MINORS_REPORT, GUARDIANSHIP_REPORT}
        assert all(t.call_id == call_id and t.assignee == OPERATOR for t in page.lines)
        shown = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
        assert shown == [OPERATOR, OPERATOR]
        report = next(t for t in page.lines if t.kind == MINORS_REPORT)
        # Without a note the report does not close (the desk's rule, the same service).
        page.select_task(report.id)
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert "how the report was made" in page.message.text()
        page.select_task(report.id)
        qtbot.keyClicks(page.note, TYPED_NOTE)
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.message.text() == "The task is recorded as done."
        assert [t.kind for t in page.lines] == [GUARDIANSHIP_REPORT]
        page.show_status.setCurrentIndex(page.show_status.findData("done"))
        settle(qtbot, desk.worker)
        [done] = page.lines
        assert done.id == report.id and done.note == TYPED_NOTE and done.done_at is not None
        session = desk.worker.session
        assert isinstance(session, CentreSession)
        rashad = session.user_id
    finally:
        _close(desk)
    rows = {r[0]: r for r in _tasks(centre, call_id)}
    _id, _kind, status, _due, _assignee, _by, done_by, note = rows[report.id]
    assert status == "done" and done_by == rashad
    assert isinstance(note, bytes) and TYPED_NOTE.encode() not in note
    with _superuser(centre) as conn:
        log = ServerAuditLog(conn)
        assert log.actions_of("task", report.id) == ["task.done"]
        assert log.verify(None) == []
    # The operator sees the report done by her supervisor, with its note (sealed under
    # her call's key), and closes the other from her own list.
    [left] = review.own_open_tasks(leyla)
    assert left.kind == GUARDIANSHIP_REPORT
    assert next(t for t in review.tasks(leyla, "done", mine=True)).note == TYPED_NOTE
    review.close_task(leyla, left.id, "Qəyyumluq orqanına yazılı bildiriş göndərildi")
    assert review.own_open_tasks(leyla) == []
    assert _tasks(centre, call_id)[0][6] == leyla.user_id


def test_an_operators_login_reads_no_other_operators_tasks_and_deletes_no_report(
    centre: JoinedCentre, leyla: CentreSession
) -> None:
    call_id = _save_child(leyla)
    report = next(r[0] for r in _tasks(centre, call_id) if r[1] == MINORS_REPORT)
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        nigar_id = next(u.id for u in supervisor.granted_users() if u.name == OTHER)
        # A follow-up for Nigar on Leyla's call, its note sealed under the call's key.
        follow = review.add_follow_up(
            supervisor, call_id, utcnow() + timedelta(days=2), nigar_id, FOLLOW_NOTE
        )
        review.close_task(supervisor, report, REPORT_NOTE)
    finally:
        supervisor.close()
    nigar = centre_people.sign_in(centre.first, OTHER, OTHER_PW)
    try:
        conn = nigar.conn
        seen = conn.execute("SELECT id, note FROM hotline.tasks").fetchall()
        # Leyla's reports are not hers to see at all; the follow-up assigned to her is,
        # its note bytes she cannot open (sealed under Leyla's call key).
        assert [r[0] for r in seen] == [follow]
        assert FOLLOW_NOTE.encode() not in bytes(seen[0][1])
        assert (
            conn.execute(
                "UPDATE hotline.tasks SET status = 'done', done_at = now(), done_by = %s"
                " WHERE id = %s",
                (nigar.user_id, report),
            ).rowcount
            == 0
        )
        for statement in ("DELETE FROM hotline.tasks", "TRUNCATE hotline.tasks"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(errors.InsufficientPrivilege):  # not a task on her own call
            conn.execute(
                "INSERT INTO hotline.tasks(id, call_id, kind, created_by)"
                " VALUES (77, %s, 'follow_up', %s)",
                (call_id, nigar.user_id),
            )
    finally:
        nigar.close()
    # Her session opens the task with no note (not hers to read) and lists only hers.
    nigar_session = open_centre(centre.first, OTHER, OTHER_PW, send=False)
    try:
        [task] = review.own_open_tasks(nigar_session)
        assert task.id == follow and task.note == ""
    finally:
        nigar_session.close()
    # Leyla's own login: her report is not deleted, nor turned into a follow-up, nor
    # closed in another's name, nor opened again.
    own = leyla.conn
    with pytest.raises(errors.InsufficientPrivilege):
        own.execute("DELETE FROM hotline.tasks WHERE id = %s", (report,))
    with pytest.raises(errors.InsufficientPrivilege):
        own.execute("UPDATE hotline.tasks SET kind = 'follow_up' WHERE id = %s", (report,))
    other_report = next(r[0] for r in _tasks(centre, call_id) if r[1] == GUARDIANSHIP_REPORT)
    with pytest.raises(errors.InsufficientPrivilege):
        own.execute(
            "UPDATE hotline.tasks SET status = 'done', done_at = now(), done_by = %s WHERE id = %s",
            (nigar_id, other_report),
        )
    with pytest.raises(errors.InsufficientPrivilege):
        own.execute(
            "UPDATE hotline.tasks SET status = 'open', done_at = NULL WHERE id = %s", (report,)
        )
    # No role deletes a report task, the schema's owner included (the trigger).
    with _superuser(centre) as conn:
        owner = sql.Identifier(f"{centre.database}_owner")
        for role in ("supervisor", "admin"):  # no grant of DELETE
            with conn.transaction():
                conn.execute(
                    sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(f"{centre.database}_{role}"))
                )
                with pytest.raises(errors.InsufficientPrivilege), conn.transaction():
                    conn.execute("DELETE FROM hotline.tasks WHERE id = %s", (report,))
        with conn.transaction():  # the owner, its own row-level security lifted
            conn.execute(sql.SQL("SET LOCAL ROLE {}").format(owner))
            conn.execute("ALTER TABLE hotline.tasks NO FORCE ROW LEVEL SECURITY")
            refused = pytest.raises(errors.InsufficientPrivilege, match="never deleted")
            with refused, conn.transaction():
                conn.execute("DELETE FROM hotline.tasks WHERE id = %s", (report,))
            conn.execute("ALTER TABLE hotline.tasks FORCE ROW LEVEL SECURITY")
        assert len(_tasks(centre, call_id)) == 3


def test_no_task_note_reaches_the_server_in_clear_and_sealing_empties_them(
    centre: JoinedCentre, leyla: CentreSession
) -> None:
    call_id = _save_child(leyla)
    report = next(r[0] for r in _tasks(centre, call_id) if r[1] == MINORS_REPORT)
    # Leyla closes her report with a note; a supervisor adds a follow-up on the call and one about no call, each with a note.
    review.close_task(leyla, report, REPORT_NOTE)
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        due = utcnow() + timedelta(days=1)
        follow = review.add_follow_up(supervisor, call_id, due, leyla.user_id, FOLLOW_NOTE)
        lone = review.add_follow_up(supervisor, None, due, None, LONE_NOTE)
        notes = {t.id: t.note for t in review.tasks(supervisor, None)}
        assert notes[report] == REPORT_NOTE and notes[follow] == FOLLOW_NOTE
        assert notes[lone] == LONE_NOTE
    finally:
        supervisor.close()
    with _superuser(centre) as conn:
        conn.execute("CHECKPOINT")
        log = ServerAuditLog(conn)
        assert log.actions_of("task", follow) == ["task.add"]
        assert log.actions_of("task", report) == ["task.done"]
    dump = _dump(centre)
    for marker in (REPORT_NOTE, FOLLOW_NOTE, LONE_NOTE):
        assert not [f for f in _forms(marker.split(":")[0]) if f in dump], marker
    assert MINORS_REPORT.encode() in dump  # the coded columns are in clear, by design
    # The call sealed by the administrator: the keys gone and every note of its tasks
    # emptied, its open tasks closed; the task about no call keeps its sealed note.
    admin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        # the preview counts the call's open tasks the seal closes (as on the desk)
        still_open = sum(1 for r in _tasks(centre, call_id) if r[2] == "open")
        [line] = centre_sealing.preview(admin, [call_id])
        assert line.open_tasks == still_open >= 2
        with pytest.raises(centre_sealing.SealApprovalWaiting) as waiting:
            centre_sealing.seal(admin, [call_id], COURT)
        rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
        try:
            centre_people.approve(rashad, int(waiting.value.params["number"]))
        finally:
            rashad.close()
        result = centre_sealing.seal(admin, [call_id], COURT)
    finally:
        admin.close()
    assert result.destroyed.task_notes == 3
    rows = _tasks(centre, call_id)
    assert all(r[7] is None and r[2] == "done" for r in rows), rows
    with _superuser(centre) as conn:
        kept = conn.execute("SELECT note FROM hotline.tasks WHERE id = %s", (lone,)).fetchone()
        assert kept is not None and kept[0] is not None
        row = conn.execute(
            "SELECT details FROM hotline.audit WHERE action = 'seal.decision'"
        ).fetchone()
        assert row is not None and json.loads(row[0])["task_notes"] == 3
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        lines = {t.id: t for t in review.tasks(supervisor, None)}
        assert lines[follow].seal is not None and lines[follow].note == ""
        assert lines[lone].note == LONE_NOTE
        with pytest.raises(sealing.CallSealed):
            review.add_follow_up(supervisor, call_id, utcnow() + timedelta(days=1), None, "x")
    finally:
        supervisor.close()
    with _superuser(centre) as conn:  # the sealing's closing of the tasks is no finding
        assert ServerAuditLog(conn).verify(None) == []


def test_a_report_hidden_by_the_servers_superuser_is_named_by_verify(
    centre: JoinedCentre, leyla: CentreSession
) -> None:
    """The server's superuser, who gets around any trigger, marks one report done and
    removes the other and a follow-up made with its entry: verify names each."""
    call_id = _save_child(leyla)
    rows = {r[1]: r[0] for r in _tasks(centre, call_id)}
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        due = utcnow() + timedelta(days=1)
        follow = review.add_follow_up(supervisor, call_id, due, leyla.user_id, FOLLOW_NOTE)
    finally:
        supervisor.close()
    with _superuser(centre) as conn:
        assert ServerAuditLog(conn).verify(None) == []
        conn.execute(
            "UPDATE hotline.tasks SET status = 'done', done_at = now(), done_by = %s WHERE id = %s",
            (leyla.user_id, rows[MINORS_REPORT]),
        )
        problems = ServerAuditLog(conn).verify(None)
        assert len(problems) == 1 and "task.done" in problems[0], problems
        with conn.transaction():
            conn.execute("SET LOCAL session_replication_role = replica")  # no trigger
            conn.execute(
                "DELETE FROM hotline.tasks WHERE id = ANY(%s)",
                ([rows[GUARDIANSHIP_REPORT], follow],),
            )
        problems = ServerAuditLog(conn).verify(None)
    assert any("task.done" in p for p in problems), problems
    assert any("call.save entry made" in p and str(call_id) in p for p in problems), problems
    assert any("task.add" in p and "no longer holds" in p for p in problems), problems
    unlike = next(p for p in problems if "call.save entry made" in p)
    said = {lang: messages.said_text(unlike, Catalogue(lang).translate) for lang in ("az", "ru")}
    assert "call.save" in said["ru"] and "задачи" in said["ru"], said
    assert str(call_id) in said["az"] and "tapşırıq" in said["az"], said


@pytest.fixture(scope="module")
def own() -> Iterator[PostgresServer]:
    yield from own_server()


def test_the_reports_of_a_call_saved_with_the_server_away_are_on_her_list_and_sent_once(
    own: PostgresServer, tmp_path: Path
) -> None:
    """The server stopped while the operator saves a call about a child: both reports
    are on her list at once (kept on this computer), the server's line down; the server
    back, the call is sent and its reports made once, the same tasks."""
    if not running(own):
        own.start()
    joined = set_up_with(own, tmp_path / "ws", PEOPLE[:1])
    session = open_centre(joined.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        assert session.outbox is not None
        own.stop()
        call_id = _save_child(session, send=False)
        assert session.outbox.send_now().offline
        kept = review.own_open_tasks(session)
        assert sorted(t.kind for t in kept) == [GUARDIANSHIP_REPORT, MINORS_REPORT]
        own.start()
        assert session.outbox.send_now().sent == 1
        assert session.outbox.send_now().sent == 0
        mine = review.own_open_tasks(session)
        assert sorted(t.id for t in mine) == sorted(t.id for t in kept)
    finally:
        if not running(own):
            own.start()
        session.close()
    assert len(_tasks(joined, call_id)) == 2


def test_a_centre_of_the_schema_before_upgrades_and_makes_tasks(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the centre as the code made it before the tasks' step (and the steps after it)
    before = [step.__name__ for step in schema_steps.STEPS].index("_tasks")
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:before])
        old = set_up_with(postgres, tmp_path / "ws", PEOPLE[:1])
    url = old.server.url(db=old.database)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('hotline.tasks')").fetchone() == (None,)
        upgraded = schema_steps.upgrade(conn)
    assert (upgraded.before, upgraded.after) == (before, schema_steps.known())
    session = open_centre(old.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        call_id = _save_child(session)
        assert len(review.own_open_tasks(session)) == 2
    finally:
        session.close()
    assert len(_tasks(old, call_id)) == 2


def test_an_administrator_reads_the_tasks_coded_columns_only(
    centre: JoinedCentre, leyla: CentreSession
) -> None:
    """A centre's administrator (no other role) counts the overdue tasks on her health
    page from the server, and her login reads no note nor changes a task of a call not
    sealed."""
    call_id = _save_child(leyla)
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        late = utcnow() - timedelta(hours=1)
        review.add_follow_up(supervisor, call_id, late, leyla.user_id, FOLLOW_NOTE)
    finally:
        supervisor.close()
    first = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        centre_people.add_user(
            first, "aysel", frozenset({Role.ADMINISTRATOR}), "aysel's long password"
        )
    finally:
        first.close()
    aysel = centre_people.sign_in(centre.first, "aysel", "aysel's long password")
    try:
        conn = aysel.conn
        assert conn.execute("SELECT count(*) FROM hotline.tasks").fetchone() == (3,)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT note FROM hotline.tasks")
        updated = conn.execute(
            "UPDATE hotline.tasks SET status = 'done', done_at = now() WHERE call_id = %s",
            (call_id,),
        )
        assert updated.rowcount == 0  # only a sealed call's tasks are hers to close
    finally:
        aysel.close()
    session = open_centre(centre.first, "aysel", "aysel's long password", send=False)
    try:
        lines = {line.check: line for line in health.desk_health(session)}
    finally:
        session.close()
    assert lines[health.Check.FOLLOW_UPS].facts["count"] == 1
    assert lines[health.Check.MINORS].facts["count"] == 0  # due at the end of today
    assert all(r[2] == "open" for r in _tasks(centre, call_id))
