"""Issue 16: at 1366x768 in az, ru and en no label, button, title, combo or table
header of the operator's window or the call log is narrower than its text. The
screens are saved into screenshots/ to be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hotline.ui import i18n
from hotline.ui.main_window import MainWindow, default_size
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.supervisor.review_queue import ReviewQueuePage
from hotline.ui.worker import DbWorker
from tests.ui.clipping import clipped
from tests.ui.conftest import drain, page_of, settle
from tests.ui.keys import press
from tests.ui.test_supervisor_pages import desk, show_page, worker

__all__ = ["desk", "worker"]
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SIZE = (1366, 768)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_operator_window_text_fits(
    qtbot: QtBot, operator_window: MainWindow, language: str
) -> None:
    i18n.install(language)
    operator_window.resize(*SIZE)
    qtbot.wait(50)
    idle = clipped(operator_window, checklists=True)
    SHOTS.mkdir(exist_ok=True)
    operator_window.grab().save(str(SHOTS / f"{language}_fit_idle.png"))
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, operator_window.worker)
    qtbot.wait(50)
    open_ = clipped(operator_window, checklists=True)
    operator_window.grab().save(str(SHOTS / f"{language}_fit_call.png"))
    assert page.call_open
    # the long checklists open: the indicators (Alt+6, Space), the outcomes with the
    # follow-up's due date shown
    press(qtbot, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Space)
    page.form.outcomes.boxes["follow_up_agreed"].setChecked(True)
    qtbot.wait(50)
    assert page.form.indicators.body.isVisible()
    assert page.form.outcomes.follow_up_row.isVisible()
    open_ += clipped(operator_window, checklists=True)
    page.form.ensureWidgetVisible(page.form.outcomes_box)
    operator_window.grab().save(str(SHOTS / f"{language}_fit_checklists.png"))
    # the window can be as small as the screen of a 1366x768 laptop (a 40 px taskbar)
    assert operator_window.minimumSizeHint().height() <= SIZE[1] - 40
    assert operator_window.minimumSizeHint().width() <= SIZE[0]
    assert default_size(QSize(SIZE[0], SIZE[1] - 40)).height() <= SIZE[1] - 40
    assert idle == [] and open_ == [], "\n".join(idle + open_)
    # nothing of the form hides to the left or right: it never scrolls sideways
    assert page.form.horizontalScrollBar().maximum() == 0, "the form is wider than its pane"


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_call_log_text_fits(qtbot: QtBot, worker: DbWorker, language: str) -> None:
    i18n.install(language)
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    page.resize(*SIZE)
    settle(qtbot, worker)
    page.grab().save(str(SHOTS / f"{language}_fit_call_log.png"))
    found = clipped(page, checklists=True)
    assert found == [], "\n".join(found)


def test_the_measure_catches_a_cut_label_combo_and_header(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label = QLabel("Продолжительность звонка")
    label.setFixedWidth(60)
    combo = QComboBox()
    combo.addItem("İstənilən operator")
    combo.setFixedWidth(70)
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Продолжительность"])
    table.horizontalHeader().resizeSection(0, 40)
    for widget in (label, combo, table):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root)
    assert any("label" in f for f in found)
    assert any("combo" in f for f in found)
    assert any("header" in f for f in found)


def test_the_measure_catches_a_placeholder_a_cut_second_line_and_a_box_cut_by_its_row(
    qtbot: QtBot,
) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    search = QLineEdit()
    search.setPlaceholderText("Поиск по заметкам (az, ru, en)…")
    search.setFixedWidth(40)
    value = QLabel("Zəng edənə məlumat və ya izahat verildi, Yetkinlik yaşına çatmayanlar")
    value.setWordWrap(True)
    value.setFixedSize(150, 16)  # room for one line of three
    row = QWidget()
    row.setFixedWidth(120)
    box = QCheckBox("Yetkinlik yaşına çatmayanlar üzrə komissiyaya məlumat verildi", row)
    box.resize(box.sizeHint())  # as wide as its text, but its row is narrower
    tasks = QListWidget()  # as My tasks was: one line per task, in the side panel
    tasks.setFixedSize(120, 40)
    tasks.addItem("Yetkinlik yaşına çatmayanların işləri üzrə Komissiyaya məlumat")
    for widget in (search, value, row, tasks):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root, checklists=True)
    assert any(f.startswith("placeholder") for f in found)
    assert any(f.startswith("label") and "high" in f for f in found)
    assert any(f.startswith("button") and "in sight" in f for f in found)
    assert any(f.startswith("list item") for f in found)
    assert not any(f.startswith("button") and "in sight" in f for f in clipped(root))


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_detail_pane_shows_every_line_of_each_call(
    qtbot: QtBot, worker: DbWorker, language: str
) -> None:
    """Issue 16: a value of two lines in the detail pane was cut at the bottom, kept at
    the height of the row of the call shown before. Calls are opened one after another
    by the keyboard, in the call log and the review queue, and back again."""
    i18n.install(language)
    for page in (CallLogPage(worker), ReviewQueuePage(worker)):
        show_page(qtbot, page, worker)
        page.resize(*SIZE)
        settle(qtbot, worker)
        page.select_row(0)
        settle(qtbot, worker)
        page.table.setFocus()
        for key in [Qt.Key.Key_Down] * 6 + [Qt.Key.Key_Up] * 5:
            qtbot.keyClick(page.table, key)
            settle(qtbot, worker)
            drain()
            assert page.detail.detail is not None
            found = clipped(page.detail, checklists=True)
            assert found == [], (type(page).__name__, page.detail.call_id, found)
        page.grab().save(str(SHOTS / f"{language}_fit_{type(page).__name__}_detail.png"))


def _fits(qtbot: QtBot, worker: DbWorker, page: QWidget, name: str) -> list[str]:
    show_page(qtbot, page, worker)
    page.resize(*SIZE)
    settle(qtbot, worker)
    drain()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / name))
    return clipped(page, checklists=True)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_review_panel_and_queue_text_fits(qtbot: QtBot, worker: DbWorker, language: str) -> None:
    """The review panel with the topics checklist of a correction open (issue 16: about
    60 px wide, its labels cut), in the call log and in the review queue."""
    i18n.install(language)
    for page in (CallLogPage(worker), ReviewQueuePage(worker)):
        show_page(qtbot, page, worker)
        page.resize(*SIZE)
        page.select_row(1)
        settle(qtbot, worker)
        panel = page.detail.review
        panel.field.setFocus()
        while panel.field.currentData() != "topics":  # chosen by the keyboard
            qtbot.keyClick(panel.field, Qt.Key.Key_Down)
        settle(qtbot, worker)
        drain()
        assert panel.value_list.isVisibleTo(page)
        kind = type(page).__name__
        page.grab().save(str(SHOTS / f"{language}_fit_{kind}_review.png"))
        panel.grab().save(str(SHOTS / f"{language}_fit_{kind}_review_panel.png"))
        assert clipped(page, checklists=True) == [], kind
        assert panel.value_list.width() >= 200  # a checklist, not a 60 px strip
        # the typed fields beside them keep room for what is typed into them
        for edit in (panel.reason, panel.follow_note, panel.comment):
            assert edit.width() >= 150, edit.placeholderText()
        assert page.width() <= SIZE[0]  # the page fits the screen with the pane open


@pytest.mark.parametrize("language", ["az", "ru", "en"])
@pytest.mark.parametrize("name", ["tasks", "statistics", "outside"])
def test_tasks_statistics_outside_contact_text_fits(
    qtbot: QtBot, worker: DbWorker, language: str, name: str
) -> None:
    from hotline.ui.supervisor.outside_contact import OutsideContactPage
    from hotline.ui.supervisor.statistics_page import StatisticsPage
    from hotline.ui.supervisor.tasks_page import TasksPage

    i18n.install(language)
    kinds = {"tasks": TasksPage, "statistics": StatisticsPage, "outside": OutsideContactPage}
    page = kinds[name](worker)
    found = _fits(qtbot, worker, page, f"{language}_fit_{name}.png")
    assert found == [], "\n".join(found)
    assert page.width() <= SIZE[0]
