"""Importing the old log on a centre (issue 15, schema step 12), against the tests' own
PostgreSQL: the administrator's `hotline import` and the sheet import send each call
through the outbox as a saved call is (its notes sealed on the workstation, its
call.save entry in its transaction, the administrator its enterer), so a planted marker
in the notes is nowhere in a pg_dump; the same file imported again, or an import cut
short and run again, stores no call twice; a supervisor reads the notes; the chain
verifies; the administrator's own login cannot file a call under another enterer nor
add text to a call that is not hers; bad input is said, nothing stored."""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb

from hotline.permissions import Role
from hotline.records import CallRecord, utcnow
from hotline.services import calllog, centre_audit, centre_people, importer, sheet_import
from hotline.services.centre_import import ImportNotSent, ImportStopped
from hotline.services.centre_session import CentreSession, open_centre, witness_of
from hotline.storage.server import schema_steps
from hotline.storage.server.schema_steps import CentreNeedsUpgrade
from hotline.storage.tasks import MINORS_REPORTS
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.factories import child_begging, job_in_dubai
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_enrolment import centre_cli
from tests.server.test_markers import _files_holding, _forms
from tests.sheets import HEADER_AZ, old_log, write_csv

MARKER = "Qz9IMPORTmarker"
PSEUDONYM = job_in_dubai(0).caller_pseudonym or ""
ONLY_ADMIN, ONLY_ADMIN_PW = "rauf", "rauf's long enough password"  # no supervisor's rights
PEOPLE = [
    (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
    (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
    (ONLY_ADMIN, frozenset({Role.ADMINISTRATOR}), ONLY_ADMIN_PW),
]
Row = tuple[Any, ...]


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(postgres, tmp_path / "ws", PEOPLE)


@pytest.fixture
def admin(centre: JoinedCentre) -> Iterator[CentreSession]:
    session = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    yield session
    session.close()


def line_of(record: CallRecord, operator: str) -> dict[str, Any]:
    """A record as a line of the JSON Lines import."""
    data = {k: v for k, v in record.to_json().items() if k in importer.IMPORT_FIELDS}
    return {**data, "operator": operator}


def write_lines(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    return path


def old_calls(count: int) -> list[dict[str, Any]]:
    """``count`` old calls of Leyla's, the marker in each one's notes, every tenth about a
    child (its reports made with it)."""
    lines = []
    for i in range(count):
        made = child_begging(0) if i % 10 == 0 else job_in_dubai(0)
        record = made.with_changes(
            started_at=utcnow() - timedelta(days=400, minutes=i),
            notes=f"{MARKER} {i}: the old log's line",
        )
        lines.append(line_of(record, OPERATOR))
    return lines


def _superuser(centre: JoinedCentre) -> psycopg.Connection[Row]:
    return psycopg.connect(centre.server.url(db=centre.database), autocommit=True)


def _calls(centre: JoinedCentre) -> list[Row]:
    with _superuser(centre) as conn:
        return conn.execute(
            "SELECT id, author, coded->>'operator_id', coded->>'entered_by' FROM hotline.calls"
        ).fetchall()


def _count(centre: JoinedCentre, sql: str) -> int:
    with _superuser(centre) as conn:
        row = conn.execute(sql).fetchone()
        assert row is not None
        return int(row[0])


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


def _verify(centre: JoinedCentre) -> list[str]:
    signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
    try:
        return centre_audit.verify_centre(signin.conn, signin.secrets.pins.root, witness_of(signin))
    finally:
        signin.close()


def _user_id(session: CentreSession, name: str) -> int:
    return next(u.id for u in session.granted_users() if u.name == name)


def test_an_import_reaches_the_server_sealed_audited_and_once(
    centre: JoinedCentre, admin: CentreSession, tmp_path: Path
) -> None:
    path = write_lines(tmp_path / "old.jsonl", old_calls(12))
    stored = importer.import_file(admin, path)
    assert (stored, stored.held) == (12, 0)
    rows = _calls(centre)
    leyla, me = _user_id(admin, OPERATOR), admin.user_id
    assert len(rows) == 12
    assert {(r[2], r[3]) for r in rows} == {(str(leyla), str(me))}  # hers, entered by me
    assert {r[1] for r in rows} == {admin.conn.info.user}
    reports = "SELECT count(*) FROM hotline.tasks WHERE kind = ANY(%s)"
    with _superuser(centre) as conn:
        found = conn.execute(reports, (list(MINORS_REPORTS),)).fetchone()
        assert found == (4,)  # two calls about a child, both reports each
        entries = conn.execute(
            "SELECT action, count(*) FROM hotline.audit WHERE action IN"
            " ('call.save', 'desk.import') GROUP BY action ORDER BY action"
        ).fetchall()
    assert entries == [("call.save", 12), ("desk.import", 1)]
    dump = _dump(centre)
    assert not [form for form in _forms(MARKER) if form in dump]
    assert PSEUDONYM.encode() not in dump  # keyed on the workstation, as a saved call's
    assert b"Star Travel" not in dump  # an entity: sealed with the notes, its lookup value
    with _superuser(centre) as conn:
        conn.execute("CHECKPOINT")  # the rows on disk, not only in the WAL
        conn.execute("SELECT pg_switch_wal()")
    assert _files_holding(centre.server.data_dir, _forms(MARKER)) == []
    assert _files_holding(centre.server.log_dir, _forms(MARKER)) == []  # every statement

    # The same file again: every call is on the server already, none stored twice.
    again = importer.import_file(admin, path)
    assert (again, again.held) == (0, 12)
    assert len(_calls(centre)) == 12
    assert _count(centre, "SELECT count(*) FROM hotline.tasks") == 4
    assert _verify(centre) == []

    # A supervisor on her own session reads an imported call's notes (sealed to her).
    supervisor = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        detail = calllog.open_call(supervisor, int(rows[0][0]))
    finally:
        supervisor.close()
    assert detail.record.notes is not None and detail.record.notes.startswith(MARKER)
    assert detail.record.entered_by == me and detail.record.operator_id == leyla


def test_an_import_cut_short_and_run_again_stores_the_rest_once(
    centre: JoinedCentre, admin: CentreSession, tmp_path: Path
) -> None:
    rows = old_log(250, operator=OPERATOR)
    rows[3][8] = f"{MARKER} in the sheet's notes"
    path = write_csv(tmp_path / "old.csv", HEADER_AZ, rows)
    found = sheet_import.open_sheet(admin, path)
    choices = sheet_import.value_choices(admin, found.sheet, found.mapping)
    mapping = sheet_import.mapping_with(found.mapping, choices)
    assert not sheet_import.preview(admin, found.sheet, mapping).problems
    cancel = threading.Event()

    def storing(done: int, total: int) -> None:
        if done > 250:  # the first block stored: the administrator presses Cancel
            cancel.set()

    with pytest.raises(ImportStopped) as stopped:
        sheet_import.import_sheet(admin, found.sheet, mapping, progress=storing, cancel=cancel)
    assert "100 of the file's 250 calls are on the centre" in stopped.value.message()
    assert len(_calls(centre)) == 100

    again = sheet_import.open_sheet(admin, path)
    assert again.imported_before is None  # the cut import left no desk.import entry
    assert not again.saved.tampered
    stored = sheet_import.import_sheet(admin, again.sheet, mapping)
    assert (stored, stored.held) == (150, 100)
    assert len(_calls(centre)) == 250

    # Now the centre's chain says the rows were imported (on the desk, a second import
    # would store each call twice and is refused): every call is there already.
    third = sheet_import.open_sheet(admin, path)
    assert third.imported_before is not None and not third.stores_twice
    assert sheet_import.import_sheet(admin, third.sheet, mapping).held == 250
    assert len(_calls(centre)) == 250
    assert MARKER.encode() not in _dump(centre)
    assert _verify(centre) == []


def test_the_administrators_own_sql_files_no_call_under_another_enterer(
    centre: JoinedCentre, admin: CentreSession, tmp_path: Path
) -> None:
    rauf = open_centre(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW, send=False)
    try:  # an administrator who is nothing else imports
        assert importer.import_file(rauf, write_lines(tmp_path / "old.jsonl", old_calls(11))) == 11
    finally:
        rauf.close()
    assert _count(centre, "SELECT count(*) FROM hotline.tasks") == 4
    leyla = _user_id(admin, OPERATOR)
    signin = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)  # his own SQL
    conn = signin.conn
    try:
        coded = {"operator_id": leyla, "entered_by": leyla, "channel": "phone"}
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (77, now(), %s)",
                (Jsonb(coded),),
            )
        with pytest.raises(errors.InsufficientPrivilege):  # a call of the year 3000
            conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES"
                " (78, now() + interval '900 years', %s)",
                (Jsonb({**coded, "entered_by": signin.user_id}),),
            )
    finally:
        signin.close()
    # Leyla's own call (saved by her): the administrator adds no text or key to it.
    leyla_session = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        from hotline.services import calls

        saved = calls.save_call(leyla_session, job_in_dubai(leyla, notes="hers"))
        assert leyla_session.outbox is not None
        leyla_session.outbox.send_now()
    finally:
        leyla_session.close()
    signin = centre_people.sign_in(centre.first, ONLY_ADMIN, ONLY_ADMIN_PW)
    conn = signin.conn
    try:
        for statement in (
            "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, 'notes', 'x')",
            "INSERT INTO hotline.call_keys(call_id, holder, suite, sealed)"
            " VALUES (%s, 'user:1', 'x', 'x')",
            "INSERT INTO hotline.tasks(id, call_id, kind, created_by) VALUES (5, %s, 'follow_up', 1)",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement, (saved.call_id,))
        with pytest.raises(errors.InsufficientPrivilege):  # still reads no text row
            conn.execute("SELECT body FROM hotline.call_texts").fetchall()
    finally:
        signin.close()
    assert _verify(centre) == []


def test_import_on_the_joined_workstations_command_line(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    folder = centre.first.folder
    lines = old_calls(3)
    path = write_lines(tmp_path / "old.jsonl", lines)
    done = centre_cli(folder, "import", str(path), stdin=f"{ADMIN_PW}\n", user=ADMIN, language="ru")
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert "Импортировано звонков: 3." in done.stdout and "Traceback" not in said
    again = centre_cli(folder, "import", str(path), stdin=f"{ADMIN_PW}\n", user=ADMIN)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Imported 0 calls." in again.stdout
    assert "3 calls of the file were on the centre already" in again.stdout
    assert len(_calls(centre)) == 3

    bad = write_lines(tmp_path / "bad.jsonl", [*lines, {**lines[0], "operator": "nobody"}])
    refused = centre_cli(folder, "import", str(bad), stdin=f"{ADMIN_PW}\n", user=ADMIN)
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0 and "Traceback" not in said
    assert "Line 4 of" in said and "no user named 'nobody'" in said, said
    assert len(_calls(centre)) == 3  # nothing of the bad file stored

    sheet = write_csv(tmp_path / "old.csv", HEADER_AZ, old_log(20, operator=OPERATOR))
    checked = centre_cli(
        folder, "import", str(sheet), "--dry-run", stdin=f"{ADMIN_PW}\n", user=ADMIN
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK: all 20 rows can be imported; nothing was written." in checked.stdout
    assert len(_calls(centre)) == 3
    imported = centre_cli(folder, "import", str(sheet), "--yes", stdin=f"{ADMIN_PW}\n", user=ADMIN)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "Imported 20 calls from old.csv" in imported.stdout
    assert "warning" not in imported.stderr  # the mapping saved here is vouched for
    assert len(_calls(centre)) == 23

    leyla = centre_cli(folder, "import", str(path), stdin=f"{OPERATOR_PW}\n", user=OPERATOR)
    assert leyla.returncode != 0 and "Traceback" not in leyla.stdout + leyla.stderr
    assert len(_calls(centre)) == 23


def test_an_older_centre_upgraded_lets_the_administrator_import(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = schema_steps.STEPS.index(schema_steps._imports)
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:step])
        old = set_up_with(postgres, tmp_path / "ws", PEOPLE)
    with pytest.raises(CentreNeedsUpgrade):
        open_centre(old.first, ADMIN, ADMIN_PW, send=False)
    from hotline.services import centre as centre_service

    centre_service.upgrade_centre(postgres.url(db=old.database))
    session = open_centre(old.first, ADMIN, ADMIN_PW, send=False)
    try:
        assert importer.import_file(session, write_lines(tmp_path / "o.jsonl", old_calls(2))) == 2
    finally:
        session.close()
    assert len(_calls(old)) == 2
    assert _verify(old) == []


@pytest.fixture(scope="module")
def stoppable() -> Iterator[PostgresServer]:
    yield from own_server()


def test_an_import_whose_server_is_lost_midway_is_finished_by_the_same_import_again(
    stoppable: PostgresServer, tmp_path: Path
) -> None:
    if not running(stoppable):
        stoppable.start()
    joined = set_up_with(stoppable, tmp_path / "ws", PEOPLE)
    path = write_lines(tmp_path / "old.jsonl", old_calls(230))
    session = open_centre(joined.first, ADMIN, ADMIN_PW, send=False)
    try:

        def lose_the_server(done: int, _total: int) -> None:
            if done == 100:  # the first block is on the server: the server goes away
                stoppable.stop()

        with pytest.raises(ImportNotSent) as lost:
            importer.import_file(session, path, lose_the_server)
        assert "100 of the file's 230 calls are on the centre" in lost.value.message()
    finally:
        session.close()
    stoppable.start()
    assert len(_calls(joined)) == 100
    session = open_centre(joined.first, ADMIN, ADMIN_PW, send=False)
    try:
        again = importer.import_file(session, path)
    finally:
        session.close()
    assert (again, again.held) == (130, 100)
    assert len(_calls(joined)) == 230
    assert _verify(joined) == []
