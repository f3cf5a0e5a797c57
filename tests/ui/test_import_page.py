"""The Import page: a 5,000-row workbook mapped, confirmed, previewed, checked (two bad
rows reported whole, nothing stored), imported after the fix, and cancelled; the
screens at 1366x768 in az, ru and en."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTableWidget
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import users
from hotline.services.session import Session
from hotline.sheets import columns
from hotline.ui import i18n
from hotline.ui.admin.import_page import UNMAPPED, ImportPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, Desk
from tests.sheets import HEADER_AZ, Cells, old_log, write_xlsx
from tests.test_sheet_import import BAD_FILES, EXPECTED
from tests.ui.clipping import clipped
from tests.ui.conftest import run_on_worker, settle, sign_in

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
BAD_DATE_ROW, BAD_OUTCOME_ROW = 1201, 4001


def calls(session: Session) -> int:
    return session.calls().count()


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def bad_log() -> list[Cells]:
    rows = old_log(5000, as_dates=True)
    rows[BAD_DATE_ROW - 2][0] = "31.02.2023"
    rows[BAD_OUTCOME_ROW - 2][4] = "Teleportasiya"
    return rows


def open_page(qtbot: QtBot, worker: DbWorker, desk: Desk, path: Path) -> ImportPage:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    run_on_worker(worker, users.add_user, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
    page = ImportPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.ask_path = lambda: str(path)
    page.confirm_import = lambda rows, before: rows == 5000 and before is None
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    return page


def wheel_on(widget: QComboBox) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_map_confirm_preview_dry_run_import(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "jurnal.xlsx", HEADER_AZ, bad_log())
    page = open_page(qtbot, worker, new_desk, path)
    session = worker.session
    assert session is not None
    assert "5000" in page.file_label.text()
    assert [b.currentData() for b in page.field_boxes][:5] == [
        "started_at",
        "time",
        "operator",
        "topics",
        "outcomes",
    ]
    # The unknown value is first, marked, for the administrator to map.
    assert cell(page.values_table, 0, 1) == "Teleportasiya"
    assert page.values_table.item(0, 1).background() == UNMAPPED
    unknown = page.value_boxes[0]
    assert unknown.currentData() is None
    # Nothing checks or imports before the mapping is confirmed.
    assert not page.dry_run_button.isEnabled() and not page.import_button.isEnabled()

    # The wheel over a combo the keyboard is not on changes nothing.
    wheel_on(unknown)
    wheel_on(page.field_boxes[0])
    assert unknown.currentData() is None and page.field_boxes[0].currentData() == "started_at"

    # Leave "Teleportasiya" unmapped; confirm; the preview shows the first rows as stored.
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.confirmed and page.dry_run_button.isEnabled()
    assert page.preview_table.rowCount() == 20
    assert cell(page.preview_table, 0, 0) == "2"
    headers = [page.preview_table.horizontalHeaderItem(i).text() for i in range(4)]
    assert headers[1] == columns.load()["started_at"].name(i18n.current())
    first = cell(page.preview_table, 0, 1)
    assert first == datetime(2023, 1, 2, 0, 0).strftime("%d.%m.%Y") + " 09:00"
    assert cell(page.preview_table, 0, 2) == OPERATOR
    assert cell(page.preview_table, 0, 3) == "Work abroad / job offers; Education abroad"

    qtbot.mouseClick(page.dry_run_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    shown = [(cell(page.problems_table, r, 0), cell(page.problems_table, r, 1)) for r in range(2)]
    assert page.problems_table.rowCount() == 2
    assert sorted(shown) == [(str(BAD_DATE_ROW), "A"), (str(BAD_OUTCOME_ROW), "E")]
    assert "2 problems" in page.status.text() and calls(session) == 0

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.problems_table.rowCount() == 2 and calls(session) == 0  # rejected whole

    # Map the unknown value by keyboard: Down past "not mapped" and "Reject" to the first outcome.
    unknown.setFocus()
    for _ in range(2):
        qtbot.keyClick(unknown, Qt.Key.Key_Down)
    assert unknown.currentData() == session.taxonomy["outcome"].ids()[0]
    assert not page.confirmed and not page.import_button.isEnabled()  # a change unconfirms
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    qtbot.mouseClick(page.dry_run_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.problems_table.rowCount() == 1
    assert cell(page.problems_table, 0, 0) == str(BAD_DATE_ROW)

    # Fix the file, open it again: the mapping (the value too) is the one saved.
    rows = bad_log()
    rows[BAD_DATE_ROW - 2][0] = datetime(2023, 2, 28)
    write_xlsx(path, HEADER_AZ, rows)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.value_boxes[0].currentData() != None  # noqa: E711
    assert all(c.chosen is not None for c in page.choices)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker, timeout_ms=120_000)
    assert calls(session) == 5000
    assert "5000" in page.status.text() and page.problems_table.rowCount() == 0
    assert page.progress.value() == page.progress.maximum()

    # The same file again: the page says so, and the administrator is asked.
    asked: list[object] = []

    def say_no(rows: int, before: datetime | None) -> bool:
        asked.append(before)
        return False

    page.confirm_import = say_no
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "already imported" in page.file_label.text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert asked and isinstance(asked[0], datetime) and calls(session) == 5000  # said no


def test_cancel_stores_nothing(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    rows = old_log(5000)
    path = write_xlsx(tmp_path / "jurnal.xlsx", HEADER_AZ, rows)
    page = open_page(qtbot, worker, new_desk, path)
    session = worker.session
    assert session is not None
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    # A slow import: the worker waits at its first report of storing until Cancel is clicked.
    reached = threading.Event()
    report = page.run.report

    def slow(done: int, total: int) -> None:
        report(done, total)
        if done > total // 2 and page.run.cancel_event is not None:
            reached.set()
            page.run.cancel_event.wait(20)

    page.run.report = slow  # type: ignore[method-assign]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    assert page.cancel_button.isEnabled() and not page.import_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert calls(session) == 0
    assert "cancelled" in page.status.text()
    assert page.import_button.isEnabled() and not page.cancel_button.isEnabled()


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_a_plain_message_in_the_users_language(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    BAD_FILES[name](path)
    i18n.install("az")
    try:
        page = open_page(qtbot, worker, new_desk, path)
        english = EXPECTED[name].split("{name}")[-1].split("{")[0].strip(" .")
        shown = page.status.text()
        assert name in shown and "Heç nə idxal edilmədi" in shown, shown
        assert english not in shown and "Traceback" not in shown
        assert page.opened is None and not page.confirm_button.isEnabled()
        assert worker.session is not None and calls(worker.session) == 0
    finally:
        i18n.install("en")


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_screens_at_1366x768(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path, language: str
) -> None:
    rows = old_log(200)
    rows[5][3] = "Vizalar"
    rows[7][0] = "31.02.2023"
    path = write_xlsx(tmp_path / "jurnal.xlsx", HEADER_AZ, rows)
    i18n.install(language)
    try:
        sign_in(worker, new_desk, ADMIN, ADMIN_PW)
        run_on_worker(worker, users.add_user, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
        window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
        qtbot.addWidget(window)
        window.resize(1366, 728)
        window.show()
        page = window.pages["import_old_log"]
        assert isinstance(page, ImportPage)
        window.show_page("import_old_log")
        page.ask_path = lambda: str(path)
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
        settle(qtbot, worker)
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
        settle(qtbot, worker)
        qtbot.mouseClick(page.dry_run_button, Qt.MouseButton.LeftButton)
        settle(qtbot, worker)
        assert page.problems_table.rowCount() == 2
        qtbot.wait(50)
        SHOTS.mkdir(exist_ok=True)
        window.grab().save(str(SHOTS / f"{language}_import_page.png"))
        page.tabs.setCurrentIndex(0)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"{language}_import_page_preview.png"))
        # Real widths: a box or a cell whose text is cut is cut, tooltip or not.
        mapping = (page.columns_table, page.values_table)
        assert clipped(page, tooltips=False, cells=mapping) == []
        assert all(not box.toolTip() for box in (*page.field_boxes, *page.value_boxes))
    finally:
        i18n.install("en")


def test_free_text_mapped_to_a_coded_field_lists_a_bounded_number(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    from hotline.ui.admin.import_page import MAX_VALUES

    path = write_xlsx(tmp_path / "jurnal.xlsx", HEADER_AZ, old_log(800))
    page = open_page(qtbot, worker, new_desk, path)
    notes = page.field_boxes[HEADER_AZ.index("Qeydlər")]
    notes.setCurrentIndex(notes.findData("region"))  # every note a "region"
    settle(qtbot, worker)
    assert page.values_table.rowCount() == MAX_VALUES == len(page.value_boxes)
    assert f"the first {MAX_VALUES} are listed" in page.status.text()
    region = page.field_boxes[HEADER_AZ.index("Region")]
    assert region.currentData() is None  # a field fills one column: taken from "Region"
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    qtbot.mouseClick(page.dry_run_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.problems_table.rowCount() == 800


def test_a_tampered_saved_mapping_is_said(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    from hotline.services import sheet_import

    path = write_xlsx(tmp_path / "jurnal.xlsx", HEADER_AZ, old_log(20))
    page = open_page(qtbot, worker, new_desk, path)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)

    def tamper(session: Session) -> None:
        session.db.execute(
            "UPDATE meta SET value = replace(value, 'work_abroad', 'education_abroad')"
            " WHERE key = ?",
            (sheet_import.META_KEY,),
        )

    run_on_worker(worker, tamper)
    qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "changed outside the program" in page.status.text()
    assert page.opened is not None and page.opened.saved.tampered


def test_keyboard_through_the_fields_and_a_language_change(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, tmp_path: Path
) -> None:
    header = ("Gün", *HEADER_AZ[1:])  # a header the page cannot guess
    path = write_xlsx(tmp_path / "jurnal.xlsx", header, old_log(30))
    page = open_page(qtbot, worker, new_desk, path)
    page.activateWindow()
    first, second = page.field_boxes[0], page.field_boxes[1]
    assert first.currentData() is None
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    # Type the field's name: the combo finds it.
    qtbot.keyClicks(first, "Date")
    assert first.currentData() == "started_at"
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()  # Tab goes on to the next column's field
    settle(qtbot, worker)
    for _ in range(len(page.field_boxes) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.value_boxes[0].hasFocus()  # then to the values, one by one
    last = page.field_boxes[-1]
    assert page.columns_table.viewport().rect().intersects(last.geometry())  # scrolled to
    i18n.install("ru")
    try:
        assert first.currentText() == columns.load()["started_at"].name("ru") == "Дата"
        assert page.confirm_button.text() == "Подтвердить сопоставление"
        assert page.values_table.horizontalHeaderItem(3).text() == "Принимается как"
    finally:
        i18n.install("en")
