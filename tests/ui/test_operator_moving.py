"""Issue 16, "moving through the form": sections by Alt+number, long checklists as
one Tab stop, type-ahead in the long combos, Esc twice for the privacy screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.ui.conftest import open_call
from tests.ui.keys import focused, press, tab_to, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
DIGITS = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
DIGITS += [Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_0]


def test_every_section_is_reached_with_alt_and_its_number(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    boxes = [form.safe, *form.sections]
    expected = [target() for target in form.section_targets()]
    for n, (key, box, target) in enumerate(zip(DIGITS, boxes, expected, strict=True), 1):
        press(qtbot, key, ALT)
        assert focused() is target, n
        viewport = form.viewport()
        assert viewport.rect().contains(target.mapTo(viewport, QPoint(4, 4))), n
        assert f"[Alt+{n % 10}]" in box.title()
    # Alt with a number moves, it never ticks a topic (the primary is Ctrl+number)
    assert form.topics.topics() == ()
    i18n.install("ru")
    assert "[Alt+3]" in form.topics_box.title() and "Темы" in form.topics_box.title()


def test_long_checklists_are_one_tab_stop_with_arrows_inside(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    press(qtbot, Qt.Key.Key_3, ALT)
    assert focused() is form.topics.chips["work_abroad"]
    press(qtbot, Qt.Key.Key_Down)  # one row down: the third topic (two columns)
    assert focused() is form.topics.chips["marriage_foreigner"]
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)  # out of the 9+ topics in one press
    assert focused() is form.caller.relation
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.topics.chips["marriage_foreigner"]  # back where it was
    press(qtbot, Qt.Key.Key_7, ALT)
    first = form.outcomes.boxes["information_given"]
    assert focused() is first
    press(qtbot, Qt.Key.Key_End)
    last = list(form.outcomes.boxes.values())[-1]
    assert focused() is last
    press(qtbot, Qt.Key.Key_Space)
    assert form.outcomes.follow_up_due.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.outcomes.follow_up_due
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.child
    assert form.topics.topics() == ("marriage_foreigner",)
    assert form.outcomes.outcomes() == ("follow_up_agreed",)


def test_type_ahead_cycles_on_the_same_letter_and_searches(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    region = page.form.caller.region
    tab_to(qtbot, region)
    starting_g = [i for i in region.ids if i and region.codes.get(i).label("en").startswith("G")]
    seen = []
    for _ in range(len(starting_g) + 1):  # the same letter again: the next one
        QTest.keyClick(region, Qt.Key.Key_G)
        seen.append(region.value())
    assert seen == [*starting_g, starting_g[0]]
    destination = page.form.concerned.destination
    tab_to(qtbot, destination)
    type_text(destination, "tur")
    assert destination.value() == "TR"  # Türkiye, though typed without the ü
    QTest.qWait(1100)  # a pause starts a new search
    type_text(destination, "emir")  # a word inside the name
    assert destination.value() == "AE"
    i18n.install("az")
    tab_to(qtbot, page.form.caller.person.citizenship)
    type_text(page.form.caller.person.citizenship, "ə")  # Əcnəbi
    assert page.form.caller.person.citizenship.value() == "foreign"


def test_escape_twice_hides_the_screen_and_the_first_says_so(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    press(qtbot, Qt.Key.Key_Escape)
    assert operator_window.stack.currentWidget() is not operator_window.privacy
    hint = operator_window.statusBar().currentMessage()
    assert "Esc" in hint and "again" in hint
    press(qtbot, Qt.Key.Key_Escape)
    assert operator_window.stack.currentWidget() is operator_window.privacy
    assert page.call_open
