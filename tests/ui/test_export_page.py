"""The Export page: pick, preview with suppressed cells marked, export, cancel, history."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from hotline.disclosure import SUPPRESSED
from hotline.export import release as release_module
from hotline.export.release import ExportRefused, Release
from hotline.permissions import Role
from hotline.services import demo
from hotline.services import export as ex
from hotline.ui.export.export_page import MARKED, ExportPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.ui.conftest import run_on_worker, settle, sign_in


def later() -> datetime:
    return datetime(2027, 1, 10, tzinfo=UTC)


def open_page(qtbot: QtBot, worker: DbWorker, desk: Desk) -> ExportPage:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    run_on_worker(worker, demo.generate, 2000, 9, 14)
    page = ExportPage(worker)
    qtbot.addWidget(page)
    page.clock = later
    page._table_changed()  # periods up to the test's clock
    page.show()
    settle(qtbot, worker)
    return page


def choose(page: ExportPage, table: str, period: str, audience: str, fmt: str) -> None:
    page.table_box.setCurrentIndex(page.table_box.findData(table))
    page.period_box.setCurrentIndex(page.period_box.findData(period))
    page.audience_box.setCurrentIndex(page.audience_box.findData(audience))
    page.format_box.setCurrentIndex(page.format_box.findData(fmt))
    assert page.choice() == (table, period, audience, fmt)


def item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    found = table.item(row, column)
    assert found is not None
    return found


def hold(worker: DbWorker) -> threading.Event:
    """Keep the worker busy until the returned event is set."""
    gate = threading.Event()
    worker.run(gate.wait, 30)
    return gate


def test_pick_preview_and_export(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    page = open_page(qtbot, worker, new_desk)
    assert page.period_box.findData("2026-Q1") == -1  # a monthly table offers months only
    choose(page, "calls_by_topic_sex", "2026-Q2", "public", "csv")
    assert page.period_box.findData("2026-05") == -1
    assert not page.export_button.isEnabled()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    release = page.release
    assert release is not None and release.audit.passed
    table = release.tables[0]
    assert page.preview.rowCount() == len(page.taxonomy["topic"].ids()) + 1
    assert page.preview.columnCount() == len(page.taxonomy["sex"].ids()) + 1
    shown = [
        item(page.preview, i, j)
        for i in range(page.preview.rowCount())
        for j in range(page.preview.columnCount())
    ]
    texts = [cell.text() for cell in shown]
    assert texts == [str(v) for _, v in table.cells]
    marked = [cell for cell in shown if cell.text() == SUPPRESSED]
    assert marked and all(cell.background().color() == MARKED for cell in marked)
    assert "suppressed" in page.status.text()
    assert page.progress.value() == page.progress.maximum()

    out = tmp_path / "q2.csv"
    page.ask_path = lambda suggested: str(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=30_000)
    assert out.exists() and ex.verify_export(Path(f"{out}.manifest.json")).ok
    assert "signed manifest" in page.status.text()
    assert item(page.history, 0, 2).text() == "calls_by_topic_sex"
    assert item(page.history, 0, 3).text() == "2026-Q2"


def test_cancel_writes_nothing(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    page = open_page(qtbot, worker, new_desk)
    choose(page, "calls_by_topic", "2026-04", "partner", "xlsx")
    gate = hold(worker)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled() and not page.preview_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: page.preview_button.isEnabled(), timeout=30_000)
    assert "cancelled" in page.status.text()
    assert page.release is None and not page.export_button.isEnabled()

    # Preview, then cancel the export itself: no file, no ledger entry.
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    out = tmp_path / "cancelled.xlsx"
    page.ask_path = lambda suggested: str(out)
    gate = hold(worker)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in page.status.text(), timeout=30_000)
    settle(qtbot, worker)
    assert not out.exists()
    assert run_on_worker(worker, ex.history) == []
    assert page.history.rowCount() == 0


def test_only_administrators_see_the_page(qtbot: QtBot, worker: DbWorker, new_desk: Desk) -> None:
    sign_in(worker, new_desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR}))
    qtbot.addWidget(window)
    assert isinstance(window.pages.get("export"), ExportPage)
    settle(qtbot, worker)


def test_operator_window_has_no_export_page(operator_window: MainWindow) -> None:
    assert "export" not in operator_window.pages


def test_protection_runs_beside_the_database_and_a_refusal_is_audited(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting reads the desk on its lane; the protection and audit run on the second lane;
    an export its own audit refuses writes no file, is said plainly and is audited."""
    page = open_page(qtbot, worker, new_desk)
    choose(page, "calls_by_topic", "2026-04", "public", "csv")
    lanes: list[str] = []
    real = release_module.protect_release
    refuse = threading.Event()

    def watched(*args: Any, **kwargs: Any) -> Release:
        lanes.append(threading.current_thread().name)
        if refuse.is_set():
            raise ExportRefused(reason="test")
        return real(*args, **kwargs)

    monkeypatch.setattr(ex, "protect_release", watched)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    assert lanes == ["hotline-aside"]

    refuse.set()
    out = tmp_path / "refused.csv"
    page.ask_path = lambda suggested: str(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.preview_button.isEnabled, timeout=30_000)
    settle(qtbot, worker)
    assert lanes == ["hotline-aside", "hotline-aside"]
    assert "disclosure audit" in page.status.text() and not out.exists()
    refused = run_on_worker(
        worker, lambda s: s.db.scalar("SELECT count(*) FROM audit WHERE action = 'export.refused'")
    )
    assert refused == 1
    assert run_on_worker(worker, ex.history) == []


def save_at(session: Any, moment: datetime) -> int:
    from hotline.services.calls import new_pseudonym, save_call
    from tests.factories import job_in_dubai

    assert session.user is not None
    record = job_in_dubai(session.user.id, started_at=moment).with_changes(
        caller_pseudonym=new_pseudonym(session)
    )
    return save_call(session, record).call_id


def call_month(session: Any, call_id: int) -> str:
    return str(session.db.scalar("SELECT month FROM calls WHERE id = ?", (call_id,)))


def test_periods_end_in_the_desk_s_own_time_zone_and_files_take_the_chosen_language(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path
) -> None:
    """A desk in Auckland: at 00:45 on 1 April there, March is over (in Baku it is still
    31 March), so the page offers March and not April; a call at 00:30 on the 1st is an
    April call.  The file is written with the labels of the language chosen on the page."""
    import csv

    from hotline.export.catalogue import parse_period
    from hotline.paths import DeskPaths
    from hotline.services import desk

    zone = "Pacific/Auckland"
    paths = DeskPaths(tmp_path / "nz")
    made = desk.init_desk(paths, ADMIN, ADMIN_PW, bind_device=False, time_zone=zone)
    nz = Desk(paths, made.recovery_code)
    sign_in(worker, nz, ADMIN, ADMIN_PW)
    first_of_april = datetime(2026, 3, 31, 11, 30, tzinfo=UTC)  # 00:30 in Auckland
    call = run_on_worker(worker, save_at, first_of_april)
    assert run_on_worker(worker, call_month, call) == "2026-04"
    clock = datetime(2026, 3, 31, 11, 45, tzinfo=UTC)
    assert not parse_period("2026-03").ended(clock, "Asia/Baku")  # the default zone's view
    page = ExportPage(worker)
    qtbot.addWidget(page)
    page.clock = lambda: clock
    page.show()
    settle(qtbot, worker)
    assert page.zone_name == zone
    assert page.period_box.findData("2026-03") != -1
    assert page.period_box.findData("2026-04") == -1

    choose(page, "calls_by_topic", "2026-03", "partner", "csv")
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    assert page.language() == "ru"
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
    out = tmp_path / "march.csv"
    page.ask_path = lambda suggested: str(out)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.rowCount() == 1, timeout=30_000)
    rows = list(csv.DictReader(out.open(newline="", encoding="utf-8")))
    work = next(r for r in rows if r["code_1"] == "work_abroad")
    assert work["label_1"] == page.taxonomy.label("topic", "work_abroad", "ru")
    assert {r["count"] for r in rows if r["table"] == "calls_by_topic"} <= {"0", SUPPRESSED}


def test_the_file_language_follows_the_window_until_the_administrator_picks_one(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk
) -> None:
    """The "Language of the file" box opens at the window's language and follows a later
    switch of it; once the administrator picks a language there, it stays theirs."""
    from hotline.ui import i18n

    sign_in(worker, new_desk, ADMIN, ADMIN_PW)
    page = ExportPage(worker)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, worker)
    assert page.language() == "en"
    i18n.install("ru")
    assert page.language() == "ru"  # followed the window
    i18n.install("az")
    assert page.language() == "az"
    # The administrator picks English with the keyboard, as a person would.
    page.language_box.setFocus()
    qtbot.keyClick(page.language_box, Qt.Key.Key_End)
    assert page.language() == "en" and page.language_picked
    i18n.install("ru")
    assert page.language() == "en"  # theirs, not the window's
    assert page.language_label.text() == "Язык файла"  # the page itself did switch
