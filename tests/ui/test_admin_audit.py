"""The audit viewer: filtering by user, action, record and period, the entries in
words (never call content), verifying the chain, acknowledging a finding, and the
signed CSV and PDF for an inspector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import audit_view, calls, integrity
from hotline.services import export as exports
from hotline.ui.admin.audit_page import AuditViewerPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.ui.conftest import settle, sign_in

NAME = "Aygün Məmmədova"
NOTE = "sister-in-law took her passport at the airport"
REASON = "court request 12"


@pytest.fixture
def audited_desk(staffed_desk: Desk) -> tuple[Desk, int]:
    """A call with identity details, whose details the supervisor read with a reason;
    then the audit head file deleted, so the administrator's sign-in notices it."""
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        saved = calls.save_call(
            operator,
            job_in_dubai(operator.user.id, consent="yes", identity_consent=True, notes=NOTE),
            identity=IdentityDetails(name=NAME, phone="+994 55 000 11 22"),
        )
    finally:
        operator.close()
    supervisor = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        calls.read_identity(supervisor, saved.call_id, REASON)
    finally:
        supervisor.close()
    staffed_desk.paths.audit_head.unlink()
    return staffed_desk, saved.call_id


def _audit_page(qtbot: QtBot, worker: DbWorker, desk: Desk) -> tuple[MainWindow, AuditViewerPage]:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["audit"]
    assert isinstance(page, AuditViewerPage)
    window.show_page("audit")
    settle(qtbot, worker)
    return window, page


def _texts(page: AuditViewerPage) -> list[str]:
    return [
        page.table.item(r, c).text()
        for r in range(page.table.rowCount())
        for c in range(page.table.columnCount())
    ]


def test_filter_by_user_action_record_and_period(
    qtbot: QtBot, worker: DbWorker, audited_desk: tuple[Desk, int]
) -> None:
    desk, call_id = audited_desk
    _window, page = _audit_page(qtbot, worker, desk)
    assert page.table.rowCount() > 5
    assert not any(NAME in t or NOTE in t or "Aygün" in t for t in _texts(page))
    page.user.setCurrentIndex(page.user.findText(SUPERVISOR))
    page.action.setCurrentIndex(page.action.findText("Readings of identity details"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text() == (
        f"rashad read the identity details of call {call_id}: reason “{REASON}”"
    )
    assert page.count_label.text() == "1 entries match"
    # the record: every entry about that call, whoever wrote it
    page.user.setCurrentIndex(0)
    page.action.setCurrentIndex(0)
    page.number.setFocus()
    qtbot.keyClicks(page.number, str(call_id))
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    settle(qtbot, worker)
    words = [page.table.item(r, 2).text() for r in range(page.table.rowCount())]
    assert f"leyla saved call {call_id}" in words
    assert any(w.startswith("rashad read the identity details") for w in words)
    assert page.page is not None
    assert {e.object_id for e in page.page.entries} == {call_id}
    # a record number with a letter: said, the filter kept as typed
    qtbot.keyClicks(page.number, "a")
    qtbot.keyClick(page.number, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert page.message.text() == "A record number has digits only."
    assert page.number.text() == f"{call_id}a"
    page.number.clear()
    # the period: from tomorrow on, nothing yet
    page.since.setDate(QDate.currentDate().addDays(1))
    page.until.setDate(QDate.currentDate().addDays(2))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.table.rowCount() == 0 and not page.csv_button.isEnabled()


def test_verify_the_chain_and_acknowledge_a_finding(
    qtbot: QtBot, worker: DbWorker, audited_desk: tuple[Desk, int]
) -> None:
    desk, _call_id = audited_desk
    _window, page = _audit_page(qtbot, worker, desk)
    assert page.findings_box.isVisible() and len(page.findings) == 1
    assert "not acknowledged" in page.findings_list.item(0).text()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible()
    settle(qtbot, worker)
    assert page.report is not None and not page.report.ok
    assert not page.progress.isVisible() and page.verify_button.isEnabled()
    assert "The check found" in page.message.text()
    # a note too short is refused in words, the note kept
    qtbot.keyClicks(page.note, "seen")
    qtbot.mouseClick(page.ack_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "at least 10 characters" in page.message.text() and page.note.text() == "seen"
    page.note.clear()
    qtbot.keyClicks(page.note, "head file deleted by the cleaner; restored backup 12-01")
    qtbot.mouseClick(page.ack_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.findings[0].acknowledged and page.findings[0].acknowledged_by == 1
    assert "acknowledged by admin" in page.findings_list.item(0).text()
    assert not page.ack_button.isEnabled()
    # the finding is never hidden from verify
    assert worker.session is not None
    report = integrity.verify(worker.session)
    finding = page.findings[0].seq
    assert any(
        f"(audit entry {finding})" in p and "(acknowledged in audit entry" in p
        for p in report.problems
    )


def test_the_filtered_audit_exported_signed_for_an_inspector(
    qtbot: QtBot, worker: DbWorker, audited_desk: tuple[Desk, int], tmp_path: Path
) -> None:
    desk, call_id = audited_desk
    _window, page = _audit_page(qtbot, worker, desk)
    page.action.setCurrentIndex(page.action.findText("Readings of identity details"))
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    key = worker.session.export_public
    for fmt in ("csv", "pdf"):
        out = tmp_path / f"audit.{fmt}"
        page.export_to(out, fmt)
        settle(qtbot, worker)
        assert page.exported is not None and page.exported.path == out
        check = exports.verify_export(page.exported.manifest, key)
        assert check.ok, check.problems
        data = out.read_bytes()
        assert NAME.encode() not in data and NOTE.encode() not in data
        if fmt == "csv":
            text = data.decode("utf-8-sig")
            assert text.splitlines()[0] == ",".join(audit_view.CSV_HEADER)
            assert f"rashad read the identity details of call {call_id}" in text
            assert len(text.splitlines()) == 2
        else:
            assert data.startswith(b"%PDF")
    # an altered file no longer checks
    (tmp_path / "audit.csv").write_bytes(b"seq\r\n")
    manifest = tmp_path / "audit.csv.manifest.json"
    assert not exports.verify_export(manifest, key).ok
    exported = worker.session.audit.entries_of(audit_view.EXPORTED)
    assert [e.details["format"] for e in exported] == ["csv", "pdf"]


def test_a_supervisor_reads_the_audit_but_neither_exports_nor_acknowledges(
    qtbot: QtBot, worker: DbWorker, audited_desk: tuple[Desk, int]
) -> None:
    desk, _call_id = audited_desk
    sign_in(worker, desk, SUPERVISOR, SUPERVISOR_PW)
    window = MainWindow(worker, SUPERVISOR, frozenset({Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages["audit"]
    assert isinstance(page, AuditViewerPage)
    window.show_page("audit")
    settle(qtbot, worker)
    assert page.table.rowCount() > 0 and page.findings
    assert not page.csv_button.isEnabled() and not page.pdf_button.isEnabled()
    assert not page.ack_button.isEnabled()
    assert "users" not in window.pages and "health" not in window.pages
