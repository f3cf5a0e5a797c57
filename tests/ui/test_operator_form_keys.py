"""Issue 16, defects 1-6: nothing typed is lost and nothing changes by accident
when the operator moves through the form with Tab, digits and the mouse wheel."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from hotline.services import calls
from hotline.ui.main_window import MainWindow
from hotline.ui.operator.call_form import CallForm
from hotline.ui.worker import DbWorker
from tests.ui.conftest import open_call, run_on_worker, settle
from tests.ui.keys import choose, focused, press, tab_to, tick, type_into, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def tab_walk(qtbot, form: CallForm) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Every widget Tab reaches from the first field, until focus leaves the form."""
    first = form.safe.safe_to_talk
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    while True:
        widget = focused()
        assert widget is not None, "Tab left nothing with the focus"
        if not form.isAncestorOf(widget) or widget in seen:
            return seen
        seen.append(widget)
        press(qtbot, Qt.Key.Key_Tab)


def reachable(form: CallForm) -> set[QWidget]:
    """The fields a person sees and can focus in the form."""
    return {
        w
        for w in form.body.findChildren(QWidget)
        if w.isVisibleTo(form.body)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isEnabled()
        and w.focusProxy() is None
        and w.parentWidget() is not None
        and w.parentWidget().focusProxy() is not w.parentWidget()
        and not w.objectName().startswith("qt_")
        and type(w).__name__ not in ("QScrollBar", "QWidget")
    }


def in_reading_order(form: CallForm, widgets: list[QWidget]) -> list[str]:
    """Pairs of consecutive widgets where the second is shown before the first."""
    wrong = []
    for a, b in itertools.pairwise(widgets):
        pa = a.mapTo(form.body, QPoint(0, a.height() // 2))
        pb = b.mapTo(form.body, QPoint(0, b.height() // 2))
        same_row = abs(pa.y() - pb.y()) <= max(6, min(a.height(), b.height()) // 2)
        if (same_row and pb.x() <= pa.x()) or (not same_row and pb.y() < pa.y()):
            wrong.append(f"{a.accessibleName() or a!r} -> {b.accessibleName() or b!r}")
    return wrong


# --- defect 1 -----------------------------------------------------------------------------
def test_defect_1_tab_after_a_new_entity_reaches_notes_and_what_is_typed_is_kept(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    tab_to(qtbot, form.entities.add_button)
    press(qtbot, Qt.Key.Key_Space)
    row = form.entities.rows[0]
    assert focused() is row.kind
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() == row.value
    type_text(row.value, "https://job4u.az/vakansiya/2291")
    for _ in range(3):  # Remove, Add an entity, Notes
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() == form.notes.edit
    type_text(form.notes.edit, "Elan Dubayda ofisiant işi vəd edir")
    # a second and a third row, the first removed: the order still holds
    tab_to(qtbot, form.entities.add_button)
    press(qtbot, Qt.Key.Key_Space)
    type_into(qtbot, form.entities.rows[1].value, "+994 50 111 22 33")
    tab_to(qtbot, form.entities.add_button)
    press(qtbot, Qt.Key.Key_Space)
    type_into(qtbot, form.entities.rows[2].value, "Bakı")
    tab_to(qtbot, form.entities.rows[0].delete)
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is form.entities.add_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.notes.edit
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is form.entities.add_button
    walk = tab_walk(qtbot, form)
    assert set(walk) == reachable(form), "Tab skips a field or reaches a hidden one"
    assert in_reading_order(form, walk) == []
    press(qtbot, Qt.Key.Key_3, ALT)
    press(qtbot, Qt.Key.Key_1)
    tick(qtbot, form.outcomes.boxes["information_given"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = run_on_worker(worker, calls.recent_calls)
    assert record.notes == "Elan Dubayda ofisiant işi vəd edir"
    assert [e.value for e in record.entities] == ["+994 50 111 22 33", "Bakı"]


def test_defect_1_typing_where_no_field_takes_it_is_said(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    # (typing on the window's list of pages: tests/ui/test_navigation.py)
    page.form.child.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(page.form.child, "Qadın")
    assert page.status.isVisible()
    assert "not typed into any field" in page.status.text().lower()
    tick(qtbot, page.form.child)  # a checkbox takes Space, never letters
    type_text(page.form.child, "x")
    assert "Child involved" in page.status.text()
    type_into(qtbot, page.form.notes.edit, "ok")
    assert not page.status.isVisible()  # typing where it lands clears the warning


# --- defect 2 -----------------------------------------------------------------------------
def test_defect_2_digits_in_fields_never_toggle_topics(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    tab_to(qtbot, form.child)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        press(qtbot, key)
    tab_to(qtbot, form.caller.relation)
    press(qtbot, Qt.Key.Key_2)
    tab_to(qtbot, form.consent)
    press(qtbot, Qt.Key.Key_1)
    tab_to(qtbot, form.entities.add_button)
    press(qtbot, Qt.Key.Key_Space)
    type_into(qtbot, form.entities.rows[0].value, "vip-job.az/123")
    assert form.topics.topics() == ()
    assert form.entities.rows[0].value.text() == "vip-job.az/123"
    # in the topics section the digits tick topics, and the operator sees it there
    press(qtbot, Qt.Key.Key_3, ALT)
    here = focused()
    assert here is not None and form.topics.isAncestorOf(here)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_1, CTRL)  # Ctrl with the number: the primary topic
    assert form.topics.topics() == ("migration", "work_abroad")
    assert form.topics.primary() == "work_abroad"
    viewport = form.viewport().rect()
    for chip in (form.topics.chips["migration"], form.topics.chips["work_abroad"]):
        top_left = chip.mapTo(form.viewport(), QPoint(0, 0))
        assert viewport.contains(top_left), "a topic changed out of sight"
    assert form.topics.primary_label.isVisible()
    assert "Work abroad" in form.topics.primary_label.text()
    tick(qtbot, form.outcomes.boxes["information_given"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = run_on_worker(worker, calls.recent_calls)
    assert set(record.topics) == {"migration", "work_abroad"}
    assert record.primary_topic == "work_abroad"
    assert not record.child_involved


# --- defect 3 -----------------------------------------------------------------------------
def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of `widget` (negative: down)."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_defect_3_the_wheel_scrolls_the_form_and_changes_no_field(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    choose(qtbot, form.caller.relation, "friend")
    tab_to(qtbot, form.entities.add_button)
    press(qtbot, Qt.Key.Key_Space)  # a combo made after the form was built
    type_into(qtbot, form.notes.edit, "Rəfiqəsi üçün zəng edir")
    combos = [
        form.safe.safe_to_talk,
        form.nature,
        form.caller.relation,
        form.caller.region,
        form.concerned.exploitation,
        form.concerned.destination,
        form.consent,
        form.entities.rows[0].kind,
    ]
    before = [c.currentIndex() for c in combos]
    bar = form.verticalScrollBar()
    bar.setValue(0)
    for combo in combos:
        start = bar.value()
        wheel(combo, -1)
        assert focused() is form.notes.edit, "the wheel took the focus"
        assert bar.value() > start or bar.value() == bar.maximum()
    assert [c.currentIndex() for c in combos] == before
    # a combo the operator is in does take the wheel
    tab_to(qtbot, form.caller.region)
    wheel(form.caller.region, -1)
    assert form.caller.region.currentIndex() == 1
    press(qtbot, Qt.Key.Key_3, ALT)
    press(qtbot, Qt.Key.Key_1)
    tick(qtbot, form.outcomes.boxes["information_given"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = run_on_worker(worker, calls.recent_calls)
    assert record.relation == "friend" and record.nature is None
    assert record.region == form.caller.region.ids[1] or record.region is not None


# --- defect 4 -----------------------------------------------------------------------------
def test_defect_4_refused_save_focuses_the_first_problem_visibly_and_clears(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    press(qtbot, Qt.Key.Key_3, ALT)
    press(qtbot, Qt.Key.Key_1)
    tick(qtbot, form.outcomes.boxes["police_unit"])
    tick(qtbot, form.outcomes.boxes["information_given"])
    form.verticalScrollBar().setValue(0)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert page.call_open and page.status.isVisible()
    target = focused()
    assert target is form.consent  # what is missing is the consent, not an outcome
    top_left = target.mapTo(form.viewport(), QPoint(0, 0))
    assert form.viewport().rect().contains(top_left), "the focused field is out of sight"
    assert target.property("problem") is True
    press(qtbot, Qt.Key.Key_Space)  # Space on the consent combo unticks nothing
    press(qtbot, Qt.Key.Key_Escape)
    assert form.outcomes.boxes["information_given"].isChecked()
    assert form.outcomes.boxes["police_unit"].isChecked()
    # the operator takes the police referral off: the banner goes at once
    tick(qtbot, form.outcomes.boxes["police_unit"])
    assert not page.status.isVisible()
    assert not form.consent.property("problem")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = run_on_worker(worker, calls.recent_calls)
    assert record.outcomes == ("information_given",)


def test_defect_4_the_banner_shrinks_as_each_problem_is_fixed(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert "primary topic" in page.status.text() and "outcome" in page.status.text()
    assert focused() is form.topics.chips["work_abroad"]
    press(qtbot, Qt.Key.Key_1)
    assert "primary topic" not in page.status.text() and "outcome" in page.status.text()
    tick(qtbot, form.outcomes.boxes["ngo"])  # a referral the law does not gate by consent
    assert not page.status.isVisible()


# --- defect 5 -----------------------------------------------------------------------------
def test_defect_5_section_5_tab_order_is_the_order_shown(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    concerned = page.form.concerned
    tab_to(qtbot, concerned.person.sex)
    order = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [
        concerned.person.age,
        concerned.believed_child,
        concerned.person.citizenship,
        concerned.person.country,
        concerned.exploitation,
    ]
    assert in_reading_order(page.form, tab_walk(qtbot, page.form)) == []


# --- defect 6 -----------------------------------------------------------------------------
FOCUS_RING = QColor("#e08a00")


def shows_ring(widget: QWidget) -> bool:
    image = widget.grab().toImage()
    for y in range(image.height()):
        for x in (0, 1, image.width() // 2, image.width() - 2):
            if QColor(image.pixel(x, y)) == FOCUS_RING:
                return True
    return False


def test_defect_6_focus_is_visible_after_ctrl_n(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    assert focused() == form.safe.safe_to_talk
    assert form.verticalScrollBar().value() == 0
    assert shows_ring(form.safe.safe_to_talk)
    for widget in (form.caller.relation, form.child, form.safe.code_word, form.notes.edit):
        tab_to(qtbot, widget)
        assert shows_ring(widget), widget.accessibleName()
    assert not shows_ring(form.safe.safe_to_talk)


def test_defect_6_fields_that_do_not_apply_keep_their_tab_stop(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    stops = len(tab_walk(qtbot, form))
    tab_to(qtbot, form.safe.callback)
    press(qtbot, Qt.Key.Key_End)  # "No call-back"
    assert form.safe.callback_allowed() is False
    assert len(tab_walk(qtbot, form)) == stops
    times = form.safe.callback_times
    assert times.isReadOnly() and "no call-back" in times.placeholderText().lower()
    tab_to(qtbot, times)
    type_text(times, "10-12")
    assert times.text() == ""
    assert "not typed into any field" in page.status.text().lower()
    tick(qtbot, form.identity.consent)
    assert len(tab_walk(qtbot, form)) == stops
    choose(qtbot, form.caller.person.citizenship, "foreign")
    assert len(tab_walk(qtbot, form)) == stops
