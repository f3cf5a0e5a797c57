"""The Export page and four eyes: an export for partners on a desk with a supervisor is
asked for, approved in the supervisor's own session, then written."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.services import approvals
from hotline.services import export as ex
from hotline.ui.export.export_page import ExportPage
from hotline.ui.worker import DbWorker
from tests import four_eyes
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.ui.conftest import settle, sign_in
from tests.ui.test_export_page import choose


def later() -> datetime:
    return datetime(2027, 1, 10, tzinfo=UTC)


def _page(qtbot: QtBot, worker: DbWorker, desk: Desk) -> ExportPage:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    page = ExportPage(worker)
    qtbot.addWidget(page)
    page.clock = later
    page._table_changed()
    page.show()
    settle(qtbot, worker)
    choose(page, "calls_by_topic", "2026-04", "partner", "csv")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    return page


def _sign_out(qtbot: QtBot, worker: DbWorker) -> None:
    def close(session: object) -> None:
        session.close()  # type: ignore[attr-defined]
        worker.session = None

    worker.call(close)
    settle(qtbot, worker)


def test_a_partner_export_is_asked_for_approved_and_written(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, tmp_path: Path
) -> None:
    page = _page(qtbot, worker, staffed_desk)
    out = tmp_path / "partners.csv"
    page.ask_path = lambda suggested: str(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "needs a second person: request" in page.status.text()
    assert not out.exists() and page.preview_button.isEnabled()  # not left busy
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "still waits for a second person's approval" in page.status.text()
    assert worker.session is not None
    asked = approvals.open_request(
        worker.session,
        approvals.GraveAct.PARTNER_EXPORT,
        ex.partner_act("calls_by_topic", "2026-04", "csv"),
    )
    assert asked is not None
    _sign_out(qtbot, worker)
    four_eyes.approve(staffed_desk, asked.id)
    page.close()
    page = _page(qtbot, worker, staffed_desk)
    page.ask_path = lambda suggested: str(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "signed manifest" in page.status.text(), timeout=30_000)
    assert out.exists() and ex.verify_export(Path(f"{out}.manifest.json")).ok
