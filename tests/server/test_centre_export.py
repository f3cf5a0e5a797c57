"""The anonymised export on a centre (issue 15): the same calls saved on a single-file
desk and on a centre, the same months closed and the same correction made in a closed
month, give the same published files byte for byte (a month, a year with its
corrections, the persons table); a re-export gives the ledger's bytes; the manifest is
signed with the centre's export key and ``verify-export`` accepts it; an operator's or a
supervisor's own SQL writes none of the export's tables; a marker planted in the notes
is in no file and in none of those tables; ``hotline export`` on a joined workstation
exports; a centre of the schema step before upgrades to them."""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline import desk_time
from hotline.permissions import Role
from hotline.records import CallRecord
from hotline.services import centre_audit, centre_people, export, review
from hotline.services.centre_session import CentreSession, open_centre
from hotline.services.session import Session
from hotline.storage.server import schema_steps
from hotline.storage.server.errors import ServerUnreachable
from hotline.ui import i18n
from hotline.ui.export.export_page import ExportPage
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)
from tests.server.enrolled import JoinedCentre, save_through_outbox, set_up_with
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_centre_statistics import CALLS, SECOND, SECOND_PW
from tests.server.test_centre_window import _centre, _close, _open_window
from tests.server.test_enrolment import centre_cli
from tests.ui.conftest import run_on_worker, settle

MARKER = "MARKER-export-7f3a"
LATER = datetime(2027, 1, 10, 9, 0, tzinfo=UTC)  # every month of 2026 is over
PERSON = "Gülnar-17"
# The statistics' calls, two of February's by one returning caller, a marker in notes.
SAVED: tuple[tuple[str, CallRecord], ...] = tuple(
    (
        who,
        record.with_changes(
            notes=f"{record.notes} {MARKER}" if record.notes else "",
            caller_pseudonym=PERSON if n in (4, 6) else None,
        ),
    )
    for n, (who, record) in enumerate(CALLS)
) + tuple(  # a dozen March calls on work abroad: cells above the public threshold
    (SECOND, CALLS[8][1].with_changes(started_at=datetime(2026, 3, day, 9, 0, tzinfo=UTC)))
    for day in range(2, 14)
)
CORRECTED = 1  # a January call: its primary topic corrected after January was closed
PASSWORDS = {OPERATOR: OPERATOR_PW, SECOND: SECOND_PW}


def later() -> datetime:
    return LATER


def _this_month() -> str:
    """The month a correction made now counts in (the desk's zone, Baku)."""
    return desk_time.month_of(datetime.now(UTC), desk_time.DEFAULT_ZONE)


def _save_all(open_as: Callable[[str, str], Session]) -> list[int]:
    from hotline.services import calls

    ids: dict[int, int] = {}
    for who, password in PASSWORDS.items():
        session = open_as(who, password)
        try:
            for n, (author, record) in enumerate(SAVED):
                if author == who:
                    mine = record.with_changes(operator_id=session.user_id)
                    ids[n] = calls.save_call(session, mine).call_id
            if isinstance(session, CentreSession):
                assert session.outbox is not None
                assert session.outbox.send_now().pending == 0
        finally:
            session.close()
    return [ids[n] for n in range(len(SAVED))]


@dataclass
class Published:
    files: dict[str, bytes]  # by name: the month, the year, the persons, the month again
    counted: dict[str, Any]  # what each new export counted, before its protection
    reissued: bool
    public_key: bytes
    manifests: list[Path]


def _export(
    session: Session,
    table: str,
    period: str,
    out: Path,
    counted: dict[str, Any] | None = None,
) -> export.ExportResult:
    """The table exported for the public; into ``counted`` what it counted first (every
    cell of every part its audit reads, before any is suppressed)."""
    if counted is not None:
        found = export.gather(session, table, period, "public", clock=later)
        assert isinstance(found, export.Gathered)
        counted[out.stem] = found.counts
    return export.export(session, table, period, "public", "csv", out, clock=later)


def _run(open_as: Callable[[str, str], Session], folder: Path) -> Published:
    """SAVED saved; January closed by its export; a supervisor corrects a January call's
    primary topic; the year, February's persons and January again exported."""
    ids = _save_all(open_as)
    folder.mkdir()
    files: dict[str, bytes] = {}
    counted: dict[str, Any] = {}
    admin = open_as(ADMIN, ADMIN_PW)
    try:
        first = _export(admin, "calls_by_topic", "2026-01", folder / "january.csv", counted)
        march = _export(admin, "calls_by_topic", "2026-03", folder / "march.csv", counted)
        files["march"] = march.path.read_bytes()
        files["january"] = first.path.read_bytes()
        key = export.export_key(admin)
    finally:
        admin.close()
    rashad = open_as(SUPERVISOR, SUPERVISOR_PW)
    try:
        review.claim(rashad, ids[CORRECTED])
        review.correct_field(
            rashad, ids[CORRECTED], "primary_topic", "trafficking_report", "the caller said so"
        )
    finally:
        rashad.close()
    admin = open_as(ADMIN, ADMIN_PW)
    try:
        made = _export(admin, "calls_by_topic", _this_month(), folder / "corrected.csv", counted)
        files["corrected"] = made.path.read_bytes()
        year = _export(admin, "calls_by_topic_sex", "2026", folder / "year.csv", counted)
        files["year"] = year.path.read_bytes()
        persons = _export(admin, "persons_by_topic", "2026-02", folder / "persons.csv", counted)
        files["persons"] = persons.path.read_bytes()
        again = _export(admin, "calls_by_topic", "2026-01", folder / "january-again.csv")
        files["january-again"] = again.path.read_bytes()
    finally:
        admin.close()
    manifests = [first.manifest, year.manifest, again.manifest]
    return Published(files, counted, again.reissued, key, manifests)


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SECOND, frozenset({Role.OPERATOR}), SECOND_PW),
            (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
        ],
    )


def _centre_opener(joined: JoinedCentre) -> Callable[[str, str], Session]:
    return lambda who, pw: open_centre(joined.first, who, pw, send=False)


def _desk_run(desk: Desk, folder: Path) -> Published:
    from hotline.services import users

    admin = desk.open()
    try:
        users.add_user(admin, SECOND, frozenset({Role.OPERATOR}), SECOND_PW)
    finally:
        admin.close()
    return _run(desk.open, folder)


def _server_rows(joined: JoinedCentre, query: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        return conn.execute(query).fetchall()


def test_the_same_calls_publish_the_same_files_on_a_desk_and_on_a_centre(
    staffed_desk: Desk, centre: JoinedCentre, tmp_path: Path
) -> None:
    on_desk = _desk_run(staffed_desk, tmp_path / "desk-out")
    on_centre = _run(_centre_opener(centre), tmp_path / "centre-out")
    for name, content in on_desk.files.items():
        assert on_centre.files[name] == content, name
    # every cell counted before the protection, of every part the audits read, the same
    assert on_centre.counted == on_desk.counted
    year = on_centre.counted["year"]
    assert sum(sum(part.values()) for part in year.values()) > 0
    # and March's total is published (above the public threshold): the same number
    assert b"calls_by_topic,2026-03,topic,total,Total,,,,13\r\n" in on_centre.files["march"]
    # the month of the correction publishes it (January was closed before it)
    assert b"withdrawn" in on_centre.files["corrected"], on_centre.files["corrected"]
    assert on_centre.files["january-again"] == on_centre.files["january"]
    assert on_centre.reissued
    # the persons table counts the returning caller once
    assert on_centre.files["persons"]
    # signed with the centre's export key, as the desk's with its own
    for manifest in on_centre.manifests:
        checked = export.verify_export(manifest, on_centre.public_key)
        assert checked.ok, checked
    # the ledger, the closed months and the files are on the server, not on the workstation
    ledger = _server_rows(centre, "SELECT table_name, period FROM hotline.export_ledger")
    assert sorted(ledger) == [
        ("calls_by_topic", "2026-01"),
        ("calls_by_topic", "2026-03"),
        ("calls_by_topic", _this_month()),
        ("calls_by_topic_sex", "2026"),
        ("persons_by_topic", "2026-02"),
    ]
    closed = _server_rows(centre, "SELECT period FROM hotline.closed_periods ORDER BY 1")
    assert [p for (p,) in closed] == [f"2026-{m:02d}" for m in range(1, 13)]
    # the correction's queued change was applied and taken off the queue by the export
    assert _server_rows(centre, "SELECT count(*) FROM hotline.counted_changes") == [(0,)]
    revised = _server_rows(
        centre, "SELECT timing FROM hotline.counted_calls WHERE revision = 1 ORDER BY timing"
    )
    assert [t for (t,) in revised] == ["late", "withdrawn"]
    # no person is kept in the server's snapshot
    assert _server_rows(
        centre, "SELECT count(*) FROM hotline.counted_calls WHERE person IS NOT NULL"
    ) == [(0,)]
    # the marker planted in the notes is in no file, nor in the export's tables
    for content in on_centre.files.values():
        assert MARKER.encode() not in content
    for table in ("export_ledger", "export_files", "counted_calls", "counted_changes"):
        dumped = _server_rows(centre, f"SELECT t::text FROM hotline.{table} t")
        assert not any(MARKER in str(row) for row in dumped), table
        assert not any(PERSON in str(row) for row in dumped), table


def test_an_operators_or_supervisors_own_sql_writes_none_of_the_exports_tables(
    centre: JoinedCentre,
) -> None:
    attempts = (
        "INSERT INTO hotline.export_ledger(at, user_id, table_name, period, period_start,"
        " period_end, audience, k, format, published, file_sha256) VALUES ('x', 1,"
        " 'calls_by_topic', '2026-01', '2026-01', '2026-01', 'public', 5, 'csv', '{}', 'x')",
        "INSERT INTO hotline.closed_periods(period, closed_at, closed_by) VALUES"
        " ('2026-01', 'x', 1)",
        "INSERT INTO hotline.counted_calls(id, month, timing) VALUES (1, '2026-01', 'late')",
        "DELETE FROM hotline.counted_changes",
        "DELETE FROM hotline.export_ledger",
        "SELECT count(*) FROM hotline.export_files",
        "INSERT INTO hotline.counted_changes(call_id, coded) VALUES (1, '{}')",
    )
    for who, password in ((OPERATOR, OPERATOR_PW), (SUPERVISOR, SUPERVISOR_PW)):
        session = open_centre(centre.first, who, password, send=False)
        try:
            assert isinstance(session, CentreSession)
            for statement in attempts:
                refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
                with refused, session.conn.transaction():
                    session.conn.execute(statement)
        finally:
            session.close()
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:  # the administrator's login may (the export writes through it)
        assert isinstance(admin, CentreSession)
        assert admin.conn.execute("SELECT count(*) FROM hotline.export_ledger").fetchone() == (0,)
        # and even hers cannot rewrite a published entry
        refused = pytest.raises(psycopg.errors.InsufficientPrivilege)
        with refused, admin.conn.transaction():
            admin.conn.execute("UPDATE hotline.export_ledger SET k = 1")
    finally:
        admin.close()


def test_a_supervisors_own_update_of_a_closed_months_call_is_queued_by_the_trigger(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    """Her SQL cannot skip the revision: any UPDATE of the coded fields is queued (here
    the server's superuser's, as a stand-in for any writer the grants let through)."""
    ids = _save_all(_centre_opener(centre))
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        _export(admin, "calls_by_topic", "2026-01", tmp_path / "january.csv")
    finally:
        admin.close()
    with psycopg.connect(centre.server.url(db=centre.database)) as conn:
        conn.execute(
            "UPDATE hotline.calls SET coded = coded"
            ' || \'{"primary_topic": "trafficking_report"}\''
            " WHERE id = %s",
            (ids[CORRECTED],),
        )
        conn.execute(  # a change of nothing the exports count: not queued
            "UPDATE hotline.calls SET coded = coded || '{\"duration_s\": 1}' WHERE id = %s",
            (ids[CORRECTED],),
        )
        queued = conn.execute("SELECT call_id, coded FROM hotline.counted_changes").fetchall()
    assert [(c, q["primary_topic"]) for c, q in queued] == [(ids[CORRECTED], "trafficking_report")]
    assert all("caller_key" not in q and "notes" not in q for _c, q in queued)
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        store = export.store_of(admin)
        month = _this_month()
        try:
            rows = store.counts("calls", ["topic"], month, month, "Asia/Baku")
        finally:
            store.close()
    finally:
        admin.close()
    revised = {(r.timing, r.values, r.count) for r in rows if r.timing != "on_time"}
    assert revised == {("withdrawn", ("work_abroad",), 1), ("late", ("trafficking_report",), 1)}


def test_hotline_export_on_a_joined_workstation(centre: JoinedCentre, tmp_path: Path) -> None:
    _save_all(_centre_opener(centre))
    out = tmp_path / "march.csv"
    done = centre_cli(
        centre.first.folder,
        "export",
        "--table",
        "calls_by_topic",
        "--period",
        "2026-03",
        "--out",
        str(out),
        user=ADMIN,
        stdin=f"{ADMIN_PW}\n",
    )
    assert done.returncode == 0, done.stderr
    assert out.exists() and MARKER.encode() not in out.read_bytes()
    listed = centre_cli(
        centre.first.folder, "export", "--history", user=ADMIN, stdin=f"{ADMIN_PW}\n"
    )
    assert listed.returncode == 0, listed.stderr
    assert "calls_by_topic\t2026-03" in listed.stdout
    key = centre_cli(
        centre.first.folder, "export", "--public-key", user=ADMIN, stdin=f"{ADMIN_PW}\n"
    )
    assert key.returncode == 0, key.stderr
    manifest = Path(f"{out}.manifest.json")
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        public = export.export_key(admin)
    finally:
        admin.close()
    assert base64.b64encode(public).decode() in key.stdout  # the key card's key
    # `hotline verify-export` (no desk, no centre needed) accepts it with the centre's key
    checked = centre_cli(
        tmp_path, "verify-export", str(manifest), "--key", base64.b64encode(public).decode()
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    out.write_bytes(out.read_bytes().replace(b",", b";", 1))  # one byte of the file changed
    altered = centre_cli(
        tmp_path, "verify-export", str(manifest), "--key", base64.b64encode(public).decode()
    )
    assert altered.returncode != 0 and "Traceback" not in altered.stderr
    # an operator is refused, in words
    refused = centre_cli(
        centre.first.folder,
        "export",
        "--table",
        "calls_by_topic",
        "--period",
        "2026-04",
        "--out",
        str(tmp_path / "april.csv"),
        user=OPERATOR,
        stdin=f"{OPERATOR_PW}\n",
    )
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    # a partner export: four eyes on the centre (a supervisor is there to approve)
    partner_args = (
        "export",
        "--table",
        "calls_by_topic",
        "--period",
        "2026-04",
        "--audience",
        "partner",
        "--out",
        str(tmp_path / "partner.csv"),
    )
    waiting = centre_cli(centre.first.folder, *partner_args, user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert waiting.returncode != 0 and "Traceback" not in waiting.stderr
    assert "needs a second person's approval: request 1 waits" in waiting.stderr
    assert not (tmp_path / "partner.csv").exists()
    rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
    try:
        [asked] = centre_people.pending_approvals(rashad)
        assert asked.body["params"] == {
            "table": "calls_by_topic",
            "period": "2026-04",
            "format": "csv",
        }
        centre_people.approve(rashad, asked.number)
    finally:
        rashad.close()
    approved = centre_cli(centre.first.folder, *partner_args, user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert approved.returncode == 0, approved.stderr
    assert (tmp_path / "partner.csv").exists()
    used = _server_rows(centre, "SELECT used_at IS NOT NULL FROM hotline.approvals")
    assert used == [(True,)]
    # handed out again: a second person's yes again
    again = centre_cli(centre.first.folder, *partner_args, user=ADMIN, stdin=f"{ADMIN_PW}\n")
    assert again.returncode != 0 and "request 2 waits" in again.stderr


def test_a_centre_of_the_step_before_upgrades_and_exports(
    postgres: PostgresServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = [step.__name__ for step in schema_steps.STEPS].index("_exports")
    with monkeypatch.context() as patch:
        patch.setattr(schema_steps, "STEPS", schema_steps.STEPS[:before])
        old = set_up_with(postgres, tmp_path / "ws", [])
    url = old.server.url(db=old.database)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT to_regclass('hotline.export_ledger')").fetchone() == (None,)
        upgraded = schema_steps.upgrade(conn)
    assert (upgraded.before, upgraded.after) == (before, schema_steps.known())
    admin = open_centre(old.first, ADMIN, ADMIN_PW, send=False)
    try:
        done = _export(admin, "calls_by_topic", "2026-01", tmp_path / "january.csv")
        assert done.path.exists() and not done.reissued
    finally:
        admin.close()


def test_the_real_export_page_on_a_centre_exports(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, postgres: PostgresServer, tmp_path: Path
) -> None:
    """The administrator's window on the workstation: the Export page (not the page that
    says it is not on a centre yet) previews and exports this month's calls, recorded in
    the server's ledger, the file signed with the centre's key."""
    joined, admin_ws, _operator_ws = _centre(postgres, tmp_path)
    for n in range(3):
        save_through_outbox(joined, OPERATOR, OPERATOR_PW, f"{MARKER} {n}")
    month = _this_month()
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("export")
        assert isinstance(page, ExportPage)
        page.clock = later
        page._table_changed()  # the periods up to the test's clock
        settle(qtbot, desk.worker)
        page.table_box.setCurrentIndex(page.table_box.findData("calls_by_topic"))
        page.period_box.setCurrentIndex(page.period_box.findData(month))
        assert page.choice() == ("calls_by_topic", month, "public", "csv")
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
        assert page.release is not None and page.release.audit.passed
        out = tmp_path / "month.csv"
        page.ask_path = lambda suggested: str(out)
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=30_000)
        assert "signed manifest" in page.status.text()
        assert desk.main.problem is None
        key = run_on_worker(desk.worker, export.export_key)
        desk.main.resize(1366, 768)
        for language in ("az", "ru", "en"):
            i18n.install(language)
            settle(qtbot, desk.worker)
            desk.main.grab().save(f"/tmp/h15-export-page-{language}.png")
        i18n.install("en")
    finally:
        _close(desk)
    assert out.exists() and MARKER.encode() not in out.read_bytes()
    assert export.verify_export(Path(f"{out}.manifest.json"), key).ok
    ledger = _server_rows(joined, "SELECT table_name, period FROM hotline.export_ledger")
    assert ledger == [("calls_by_topic", month)]


def test_a_call_saved_on_another_workstation_while_the_export_is_prepared_is_not_lost(
    centre: JoinedCentre, tmp_path: Path
) -> None:
    """Counted on the server, then a call of the month saved by an operator before the
    file is written: nothing is written, recorded or closed; exported again, it counts."""
    from hotline.services import calls

    def save_may(session: Session, days: range) -> None:
        for day in days:
            started = datetime(2026, 5, day, 9, 0, tzinfo=UTC)
            record = CALLS[2][1].with_changes(started_at=started, operator_id=session.user_id)
            calls.save_call(session, record)
        assert isinstance(session, CentreSession) and session.outbox is not None
        assert session.outbox.send_now().pending == 0

    leyla = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        save_may(leyla, range(1, 15))
    finally:
        leyla.close()
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        prepared = export.prepare(admin, "calls_by_topic", "2026-05", "public", clock=later)
        aysel = open_centre(centre.first, SECOND, SECOND_PW, send=False)
        try:
            save_may(aysel, range(20, 21))
        finally:
            aysel.close()
        out = tmp_path / "may.csv"
        with pytest.raises(export.ChangedMeanwhile):
            export.export(
                admin,
                "calls_by_topic",
                "2026-05",
                "public",
                "csv",
                out,
                clock=later,
                release=prepared,
            )
        assert not out.exists()
        for table in ("closed_periods", "export_ledger", "counted_calls"):
            assert _server_rows(centre, f"SELECT count(*) FROM hotline.{table}") == [(0,)]
        again = _export(admin, "calls_by_topic", "2026-05", out)
        assert again.release.tables[0].cells != prepared.tables[0].cells
        assert isinstance(admin, CentreSession)
        assert centre_audit.verify_centre(admin.conn, admin.pins.root, admin.witness) == []
    finally:
        admin.close()


def _sealed_then_persons(
    open_as: Callable[[str, str], Session], seal: Callable[[int], None], folder: Path
) -> tuple[bytes, dict[str, Any]]:
    """SAVED saved, February closed by its export, then the returning caller's second
    February call sealed: February's persons table afterwards, and what it counted."""
    ids = _save_all(open_as)
    folder.mkdir()
    admin = open_as(ADMIN, ADMIN_PW)
    try:
        _export(admin, "calls_by_topic", "2026-02", folder / "february.csv")
    finally:
        admin.close()
    seal(ids[6])
    admin = open_as(ADMIN, ADMIN_PW)
    try:
        counted: dict[str, Any] = {}
        done = _export(admin, "persons_by_topic", "2026-02", folder / "persons.csv", counted)
        return done.path.read_bytes(), counted["persons"]
    finally:
        admin.close()


def test_a_call_sealed_after_its_month_was_closed_counts_as_on_the_desk(
    staffed_desk: Desk, centre: JoinedCentre, tmp_path: Path
) -> None:
    from hotline.services import approvals, centre_people, centre_sealing, sealing, users

    decision = sealing.decision("court", "2-44/2026", datetime(2026, 11, 20).date())
    admin = staffed_desk.open()
    try:
        users.add_user(admin, SECOND, frozenset({Role.OPERATOR}), SECOND_PW)
    finally:
        admin.close()

    def seal_on_desk(call_id: int) -> None:
        admin = staffed_desk.open()
        try:
            request = sealing.request_approval(admin, decision, [call_id])
        finally:
            admin.close()
        rashad = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
        try:
            approvals.approve(rashad, request.id)
        finally:
            rashad.close()
        admin = staffed_desk.open()
        try:
            assert sealing.seal(admin, [call_id], decision, request.id).destroyed.calls == 1
        finally:
            admin.close()

    def seal_on_centre(call_id: int) -> None:
        signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
        try:
            with pytest.raises(centre_sealing.SealApprovalWaiting):  # the request made
                centre_sealing.seal(signin, [call_id], decision)
        finally:
            signin.close()
        rashad = centre_people.sign_in(centre.first, SUPERVISOR, SUPERVISOR_PW)
        try:
            [waiting] = centre_people.pending_approvals(rashad)
            centre_people.approve(rashad, waiting.number)
        finally:
            rashad.close()
        signin = centre_people.sign_in(centre.first, ADMIN, ADMIN_PW)
        try:
            assert centre_sealing.seal(signin, [call_id], decision).destroyed.calls == 1
        finally:
            signin.close()

    on_desk = _sealed_then_persons(staffed_desk.open, seal_on_desk, tmp_path / "desk-out")
    on_centre = _sealed_then_persons(
        _centre_opener(centre), seal_on_centre, tmp_path / "centre-out"
    )
    assert on_centre == on_desk
    persons = on_centre[1]["persons"]  # the returning caller, counted once
    assert persons and set(persons.values()) == {1}, persons
    # the sealed call's person is gone from the server's coded fields, its snapshot too
    assert _server_rows(
        centre, "SELECT count(*) FROM hotline.calls WHERE coded ? 'caller_key'"
    ) == [(1,)]


@pytest.fixture
def own() -> Iterator[PostgresServer]:
    yield from own_server()


def test_with_the_server_stopped_the_export_says_so_and_writes_nothing(
    own: PostgresServer, tmp_path: Path
) -> None:
    joined = set_up_with(own, tmp_path / "ws", [])
    admin = open_centre(joined.first, ADMIN, ADMIN_PW, send=False)
    out = tmp_path / "january.csv"
    try:
        own.stop()
        with pytest.raises(ServerUnreachable):
            _export(admin, "calls_by_topic", "2026-01", out)
        with pytest.raises(ServerUnreachable):
            export.history(admin)
        assert not out.exists()
        own.start()
        done = _export(admin, "calls_by_topic", "2026-01", out)  # the line opened again
        assert out.exists() and not done.reissued
    finally:
        if not running(own):
            own.start()
        admin.close()
