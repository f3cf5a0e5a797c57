"""Issue 12 in the window: the consent gate of the form, "a relative may be involved"
and what it hides, the new fields in the keyboard order, the "what to say" panel, and
the referral directory edited by an administrator and seen in the operator's next call."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import calls, directory
from hotline.ui.admin.directory_page import DirectoryPage
from hotline.ui.main_window import MainWindow
from hotline.ui.operator.page import OperatorPage
from hotline.ui.supervisor.statistics_page import StatisticsPage
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.factories import job_in_dubai
from tests.ui.clipping import clipped
from tests.ui.conftest import drain, open_call, run_on_worker, settle, sign_in
from tests.ui.keys import choose, focused, press, tab_to, tick, to_topics, type_into, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def test_the_form_refuses_a_state_body_without_the_persons_own_consent(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    choose(qtbot, form.caller.relation, "relative")
    choose(qtbot, form.concerned.person.age, "25_34")
    tick(qtbot, form.outcomes.boxes["shelter"])
    refusal = form.outcomes.refusal
    assert refusal.isVisible() and "shelter" in refusal.text()  # before Save is pressed
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert "consent" in page.status.text()
    assert focused() is form.consent  # the field at fault, the referral stays ticked
    assert form.outcomes.boxes["shelter"].isChecked()
    choose(qtbot, form.consent, "yes")
    assert "cannot consent for an adult" in refusal.text()  # the mother speaks for her daughter
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert page.call_open and "consent" in page.status.text()
    choose(qtbot, form.caller.relation, "self")
    assert not refusal.isVisible()
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open
    [record] = run_on_worker(worker, lambda s: s.calls().get_many([1]))
    assert record.outcomes == ("shelter",) and record.consent == "yes"


def test_a_relative_may_be_involved_warns_withholds_and_stops_call_backs(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    pseudonym = page.bar.pseudonym.text()
    choose(qtbot, form.caller.language, "ru")
    facts = form.what_to_say.shown_facts()
    assert facts and any("30" in f and "приют" in f for f in facts)  # the caller's language
    assert "Источник" not in form.what_to_say.source.text()  # the window speaks English
    assert "Закон" in form.what_to_say.source.text()  # the source, in the caller's language
    choose(qtbot, form.caller.language, "uz")  # no text in Uzbek: the window's language
    assert "not written in Uzbek" in form.what_to_say.title.text()
    assert any("shelter" in f for f in form.what_to_say.shown_facts())
    choose(qtbot, form.caller.language, "ru")
    assert "not written" not in form.what_to_say.title.text()
    choose(qtbot, form.caller.relation, "relative")
    choose(qtbot, form.concerned.person.age, "under_18")
    assert form.child_notice.isVisible()
    assert not form.safe.do_not_call_back.isChecked()
    tick(qtbot, form.relative)
    assert form.relative_notice.isVisible()
    assert "do not call the family back" in form.relative_notice.text()
    assert form.safe.do_not_call_back.isChecked()
    # the caller may be that relative: the panel tells the operator to say nothing
    assert form.what_to_say.shown_facts() == []
    assert "nothing" in form.what_to_say.title.text()
    choose(qtbot, form.caller.relation, "professional")  # a teacher calls: facts again
    assert form.what_to_say.shown_facts() == facts
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_7)
    tick(qtbot, form.outcomes.boxes["guardianship"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open
    [record] = run_on_worker(worker, lambda s: s.calls().get_many([1]))
    assert record.relative_involved and record.do_not_call_back
    # the caller calls again: the earlier call warns, and the pseudonym says do not call back
    type_into(qtbot, page.bar.returning_edit, pseudonym)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert page.call_open and page.history.isVisible()
    assert "tell a relative nothing of what was done" in page.history.body.text()
    assert page.bar.mark.isVisible()


def test_the_new_fields_are_in_the_keyboard_order_and_saved(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    chain = form.tab_chain()
    assert chain.index(form.channel) + 1 == chain.index(form.heard_of)
    assert chain.index(form.caller.language) + 1 == chain.index(form.caller.interpreter)
    assert chain.index(form.concerned.exploitation) + 1 == chain.index(form.concerned.labour_sector)
    assert chain.index(form.victim) + 1 == chain.index(form.relative)
    tab_to(qtbot, form.channel)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.heard_of
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.checklists[0].stop  # then the topics, one stop
    tab_to(qtbot, form.caller.language)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.caller.interpreter
    choose(qtbot, form.heard_of, "social_media")
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    choose(qtbot, form.caller.relation, "self")
    choose(qtbot, form.caller.language, "tg")
    tick(qtbot, form.caller.interpreter)
    choose(qtbot, form.concerned.exploitation, "forced_labour")
    choose(qtbot, form.concerned.labour_sector, "construction")
    tick(qtbot, form.outcomes.boxes["interpreter"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open
    [record] = run_on_worker(worker, lambda s: s.calls().get_many([1]))
    assert (record.heard_of, record.call_language, record.labour_sector) == (
        "social_media",
        "tg",
        "construction",
    )
    assert record.interpreter_needed and record.outcomes == ("interpreter",)


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_operator_form_with_the_law_fits_1366_by_768(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, language: str
) -> None:
    operator_window.set_language(language)
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    form.caller.relation.set_value("relative")
    form.concerned.person.age.set_value("under_18")
    form.relative.setChecked(True)
    form.outcomes.set_outcomes(("shelter", "guardianship"))
    form.update_notices()
    drain()
    for section in (form.outcomes_box, form.flags_box):
        form.ensureWidgetVisible(section)
        drain()
        assert form.horizontalScrollBar().maximum() == 0, "the form is wider than its pane"
        assert clipped(section) == []
    form.relative.setChecked(False)
    form.caller.relation.set_value("self")
    form.update_notices()
    form.ensureWidgetVisible(form.what_to_say)
    drain()
    assert clipped(form.outcomes_box) == []
    SHOTS.mkdir(exist_ok=True)
    operator_window.grab().save(str(SHOTS / f"law_outcomes_{language}.png"))


# --- the directory editor -------------------------------------------------------------
@pytest.fixture
def admin_worker(qtbot: QtBot) -> Iterator[DbWorker]:
    w = DbWorker()
    yield w
    w.stop()


def admin_window(qtbot: QtBot, worker: DbWorker, desk: Desk) -> MainWindow:
    sign_in(worker, desk, ADMIN, ADMIN_PW)
    window = MainWindow(worker, ADMIN, frozenset({Role.ADMINISTRATOR, Role.SUPERVISOR}))
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("directory")
    settle(qtbot, worker)
    return window


def test_a_number_typed_in_the_directory_is_beside_the_outcome_in_the_next_call(
    qtbot: QtBot, worker: DbWorker, admin_worker: DbWorker, staffed_desk: Desk
) -> None:
    window = admin_window(qtbot, admin_worker, staffed_desk)
    editor = window.pages["directory"]
    assert isinstance(editor, DirectoryPage)
    row = next(i for i, e in enumerate(editor.entries) if e.outcome == "shelter")
    editor.list.setCurrentRow(row)
    assert editor.phone.text() == ""
    editor.phone.setFocus()
    type_text(editor.phone, "(+99412) 555-01-02")
    # the administrator looks at another entry and comes back: nothing typed is lost
    editor.list.setCurrentRow(0)
    assert editor.phone.text() != "(+99412) 555-01-02"
    editor.list.setCurrentRow(row)
    assert editor.phone.text() == "(+99412) 555-01-02"
    assert editor.list.item(row).text().split("\n")[0].endswith("*")  # not saved yet
    editor.checked.setFocus()
    type_text(editor.checked, "31.12.2999")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_worker)
    assert "future" in editor.message.text()  # refused, and what was typed is kept
    assert editor.phone.text() == "(+99412) 555-01-02"
    editor.checked.clear()
    type_text(editor.checked, "30.11.2026")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, admin_worker)
    assert "next call" in editor.message.text()
    last = run_on_worker(admin_worker, lambda s: s.audit.entries(limit=1)[0])
    assert last.action == "directory.edit"
    assert set(last.details["fields"]) == {"phone", "checked"}
    saved = run_on_worker(admin_worker, directory.entries)
    assert [e.phone for e in saved if e.outcome == "shelter"] == ["(+99412) 555-01-02"]
    window.close()
    admin_worker.stop()
    # the operator signs in: their next call shows the number beside "shelter"
    sign_in(worker, staffed_desk)
    operator = MainWindow(worker, OPERATOR, frozenset({Role.OPERATOR}))
    qtbot.addWidget(operator)
    operator.resize(1366, 728)
    operator.show()
    qtbot.waitExposed(operator)
    settle(qtbot, worker)
    page = operator.pages["operator"]
    assert isinstance(page, OperatorPage)
    assert page.form.outcomes.phones["shelter"].text() == "no verified number entered yet"
    page.new_call()
    settle(qtbot, worker)
    assert page.call_open
    assert page.form.outcomes.phones["shelter"].text() == "(+99412) 555-01-02"
    assert "30.11.2026" not in page.form.outcomes.phones["shelter"].toolTip()
    assert "2026-11-30" in page.form.outcomes.phones["shelter"].toolTip()


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_the_directory_page_fits_1366_by_768(
    qtbot: QtBot, admin_worker: DbWorker, staffed_desk: Desk, language: str
) -> None:
    window = admin_window(qtbot, admin_worker, staffed_desk)
    window.set_language(language)
    drain()
    editor = window.pages["directory"]
    assert isinstance(editor, DirectoryPage)
    editor.list.setCurrentRow(0)
    drain()
    assert clipped(editor) == []
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / f"directory_{language}.png"))


def test_identity_details_go_with_the_consent_withdrawn_before_save(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    tick(qtbot, form.outcomes.boxes["information_given"])
    tick(qtbot, form.identity.consent)
    type_into(qtbot, form.identity.fields["name"], "Aygün Məmmədova")
    page.autosave_now()
    settle(qtbot, worker)
    assert page.sealed is not None  # sealed into the draft as it was typed
    tick(qtbot, form.identity.consent)  # the person takes their consent back
    assert page.sealed is None and form.identity.details() is None
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open
    assert run_on_worker(worker, lambda s: s.db.scalar("SELECT count(*) FROM vault_entries")) == 0
    [record] = run_on_worker(worker, lambda s: s.calls().get_many([1]))
    assert not record.identity_consent and not record.identity_held


def test_identity_details_kept_with_consent_are_recorded_with_it(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = open_call(qtbot, operator_window, worker)
    form = page.form
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    tick(qtbot, form.outcomes.boxes["information_given"])
    tick(qtbot, form.identity.consent)
    type_into(qtbot, form.identity.fields["name"], "Aygün Məmmədova")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open
    assert run_on_worker(worker, lambda s: s.db.scalar("SELECT count(*) FROM vault_entries")) == 1
    [record] = run_on_worker(worker, lambda s: s.calls().get_many([1]))
    assert record.identity_consent and record.identity_held


def test_the_directory_editor_is_keyboard_first(
    qtbot: QtBot, admin_worker: DbWorker, staffed_desk: Desk
) -> None:
    window = admin_window(qtbot, admin_worker, staffed_desk)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    editor = window.pages["directory"]
    assert isinstance(editor, DirectoryPage)
    editor.new_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # a new entry: the focus goes to its name
    assert focused() is editor.texts["name", "az"]
    order = []
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [
        editor.texts["name", "ru"],
        editor.texts["name", "en"],
        editor.phone,
        editor.web,
        editor.texts["address", "az"],
    ]
    for language, text in (
        ("az", "Psixoloji yardım mərkəzi"),
        ("ru", "Центр психологической помощи"),
    ):
        editor.texts["name", language].setFocus()
        type_text(editor.texts["name", language], text)
    editor.outcome.set_value("psychological_aid")
    tab_to(qtbot, editor.save_button)
    press(qtbot, Qt.Key.Key_Space)
    settle(qtbot, admin_worker)
    assert "English" in editor.message.text()  # the name in all three languages
    assert editor.texts["name", "az"].text() == "Psixoloji yardım mərkəzi"  # kept
    editor.texts["name", "en"].setFocus()
    type_text(editor.texts["name", "en"], "Psychological aid centre")
    tab_to(qtbot, editor.save_button)
    press(qtbot, Qt.Key.Key_Space)
    settle(qtbot, admin_worker)
    assert "next call" in editor.message.text()
    assert any(e.id == "psychological_aid_centre" for e in editor.entries)
    added = run_on_worker(admin_worker, lambda s: s.audit.entries(limit=1)[0])
    assert added.action == "directory.add" and added.details["entry"] == "psychological_aid_centre"


def test_the_statistics_page_counts_what_the_reports_ask(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk
) -> None:
    sign_in(worker, staffed_desk, SUPERVISOR, SUPERVISOR_PW)
    supervisor_id = run_on_worker(worker, lambda s: s.user_id)
    for record in (
        job_in_dubai(
            supervisor_id, heard_of="booklet", labour_sector="construction", relative_involved=True
        ),
        job_in_dubai(
            supervisor_id, heard_of="booklet", interpreter_needed=True, call_language="uz"
        ),
    ):
        run_on_worker(worker, calls.save_call, record)
    page = StatisticsPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 728)
    page.show()
    settle(qtbot, worker)
    table = page.reports_table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows == {"Heard of 152: A booklet or poster": "2", "Forced labour in: Construction": "1"}
    assert "A relative may be involved in 1 calls" in page.summary.text()
    assert "an interpreter was needed in 1" in page.summary.text()
