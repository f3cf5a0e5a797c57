"""Whole calls taken the way an operator does: keyboard only (SCENARIOS.md)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.records import CallRecord
from hotline.services import calls
from hotline.services.session import Session
from hotline.storage.tasks import GUARDIANSHIP_REPORT, MINORS_REPORT, TaskRepository
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.ui.conftest import page_of, run_on_worker, settle
from tests.ui.keys import choose, focused, press, tab_to, tick, to_topics, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


def saved_calls(worker: DbWorker) -> list[CallRecord]:
    return run_on_worker(worker, calls.recent_calls)


def test_scenario_2_quick_information_call_keyboard_only(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    assert page.call_open and page.bar.timer.running
    assert focused() is form.safe.safe_to_talk  # safe contact comes first
    choose(qtbot, form.nature, "information_request")
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)  # work abroad: primary (first ticked)
    press(qtbot, Qt.Key.Key_4)  # migration
    assert form.topics.topics() == ("work_abroad", "migration")
    assert form.topics.primary() == "work_abroad"
    choose(qtbot, form.caller.relation, "self")
    choose(qtbot, form.caller.person.sex, "male")
    choose(qtbot, form.caller.region, "ganja_dashkasan")
    tick(qtbot, form.outcomes.boxes["information_given"])
    type_into(qtbot, form.notes.edit, "Telegram kanalı Rusiyada tikinti işi təklif edir")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open, page.status.text()
    assert "saved" in page.status.text().lower()
    [record] = saved_calls(worker)
    assert set(record.topics) == {"work_abroad", "migration"}
    assert record.primary_topic == "work_abroad"
    assert record.outcomes == ("information_given",)
    assert record.region == "ganja_dashkasan"
    assert record.notes.startswith("Telegram kanalı")
    assert page.recent.table.rowCount() == 1


def test_scenario_3_silent_calls_cost_one_key_each(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    page.bar.new_button.setFocus()
    for _ in range(15):
        press(qtbot, Qt.Key.Key_S)
    settle(qtbot, worker)
    assert page.no_content.counts == {"silent": 15}
    assert "15" in page.no_content.total.text()
    assert sum(1 for _ in run_on_worker(worker, _no_content_ids)) == 15
    # while a call is open the single keys type nothing and log nothing
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    press(qtbot, Qt.Key.Key_S)
    settle(qtbot, worker)
    assert page.no_content.counts == {"silent": 15}


def _no_content_ids(session: Session) -> list[tuple[object, ...]]:
    return list(session.db.query("SELECT id FROM calls WHERE no_content = 'silent'"))


def test_scenario_4_child_begging_creates_the_report_task(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    choose(qtbot, form.nature, "third_party_report")
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_7)
    choose(qtbot, form.caller.relation, "professional")
    choose(qtbot, form.concerned.person.sex, "male")
    choose(qtbot, form.concerned.person.age, "unknown")
    assert not form.child_notice.isVisible()
    tick(qtbot, form.concerned.believed_child)
    assert form.child_notice.isVisible()  # the law made visible before saving
    choose(qtbot, form.concerned.exploitation, "forced_begging")
    tick(qtbot, form.outcomes.boxes["minors_commission"])
    type_into(qtbot, form.notes.edit, "Metro stansiyasında hər axşam dilənən oğlan, ~11 yaş")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert "Commission on Minors" in page.status.text()
    assert "guardianship" in page.status.text()
    [record] = saved_calls(worker)
    tasks = run_on_worker(worker, lambda s, i: TaskRepository(s.db).for_call(i), record.id)
    # both bodies the law names, each its own task, due the same day
    assert [(t.kind, t.status) for t in tasks] == [
        (MINORS_REPORT, "open"),
        (GUARDIANSHIP_REPORT, "open"),
    ]
    assert tasks[0].due_at == tasks[1].due_at
    assert tasks[0].due_at is not None
    assert tasks[0].due_at.astimezone().date() == record.started_at.astimezone().date()
    # the tasks stay on the operator's own list until they are recorded as done
    assert page.tasks.isVisible() and page.tasks.list.count() == 2
    assert "Commission on Minors" in page.tasks.list.item(0).text()
    assert "guardianship" in page.tasks.list.item(1).text()
    assert page.tasks.button.isEnabled()  # assigned to the operator who took the call
    for note in ("25.11, məktub № 152/7, Nəsimi rayon komissiyası", "25.11, qəyyumluq şöbəsi"):
        type_into(qtbot, page.tasks.note, note)
        tab_to(qtbot, page.tasks.button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, worker)
        assert "recorded as done" in page.status.text()
    assert not page.tasks.isVisible()
    tasks = run_on_worker(worker, lambda s, i: TaskRepository(s.db).for_call(i), record.id)
    assert [(t.kind, t.status) for t in tasks] == [
        (MINORS_REPORT, "done"),
        (GUARDIANSHIP_REPORT, "done"),
    ]


def test_scenario_1_police_referral_refused_without_consent(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    choose(qtbot, form.safe.safe_to_talk, "yes")
    type_into(qtbot, form.safe.callback_times, "iş günləri 18:00-dan sonra")
    choose(qtbot, form.nature, "third_party_report")
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_7)
    choose(qtbot, form.caller.relation, "relative")
    choose(qtbot, form.caller.language, "ru")
    choose(qtbot, form.concerned.person.sex, "female")
    choose(qtbot, form.concerned.person.age, "18_24")
    choose(qtbot, form.concerned.destination, "AE")
    tick(qtbot, form.indicators.toggle)  # open the checklist
    for indicator in ("deceptive_recruitment", "confiscated_documents", "debt_bondage"):
        tick(qtbot, form.indicators.boxes[indicator])
    assert form.indicators.suggestion.isVisible()
    tick(qtbot, form.outcomes.boxes["police_unit"])
    tick(qtbot, form.outcomes.boxes["information_given"])
    tick(qtbot, form.outcomes.boxes["follow_up_agreed"])
    assert form.outcomes.refusal.isVisible()  # consent is "not asked"
    type_into(qtbot, form.notes.edit, "Дочь, 22, работает в отеле в ОАЭ, паспорт забрали")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert page.call_open  # refused, nothing lost
    assert "consent" in page.status.text()
    assert form.notes.text().startswith("Дочь, 22")
    assert focused() is form.consent  # what is missing: the consent (issue 16, defect 4)
    # the operator takes the police referral off and saves
    tick(qtbot, form.outcomes.boxes["police_unit"])
    assert not form.outcomes.refusal.isVisible()
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = saved_calls(worker)
    assert set(record.outcomes) == {"information_given", "follow_up_agreed"}
    assert record.destination == "AE" and record.consent == "not_asked"
    assert record.callback_times == "iş günləri 18:00-dan sonra"


def test_validation_lists_what_is_missing_and_keeps_everything(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    type_into(qtbot, form.safe.code_word, "qızılgül")
    type_into(qtbot, form.notes.edit, "Ərindən qorxur, şəhərə köçmək istəyir")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    status = page.status.text()
    assert "primary topic" in status and "outcome" in status
    assert focused() is form.topics.chips["work_abroad"]  # the first missing field
    assert form.safe.code_word.text() == "qızılgül"
    assert form.notes.text() == "Ərindən qorxur, şəhərə köçmək istəyir"
    assert page.call_open


def test_scenario_5_returning_caller_sees_earlier_summary(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    pseudonym = page.bar.pseudonym.text()
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_3)
    choose(qtbot, form.caller.person.age, "18_24")
    tick(qtbot, form.outcomes.boxes["information_given"])
    tick(qtbot, form.safe.do_not_call_back)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert not page.call_open
    # a week later: she gives the pseudonym, typed carelessly
    typed = "  " + pseudonym.lower().replace(" ", "  ") + " "
    type_into(qtbot, page.bar.returning_edit, typed)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert page.call_open
    assert page.bar.pseudonym.text() == pseudonym
    assert page.history.isVisible()
    assert "Marriage with a foreigner" in page.history.body.text()
    assert page.bar.mark.isVisible()  # do not call back, wherever the pseudonym appears


def test_unknown_returning_pseudonym_is_said_plainly(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    type_into(qtbot, page.bar.returning_edit, "Nothing Here 123")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert not page.call_open
    assert "no caller with this pseudonym" in page.status.text()


def test_identity_details_are_sealed_and_only_marked_held(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_5)
    tick(qtbot, form.outcomes.boxes["information_given"])
    assert form.identity.fields["name"].isReadOnly()  # only with consent
    tick(qtbot, form.identity.consent)
    type_into(qtbot, form.identity.fields["name"], "Aygün Məmmədova")
    page.flush()
    settle(qtbot, worker)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert "Identity details held" in page.status.text()
    count = run_on_worker(worker, lambda s: s.db.scalar("SELECT count(*) FROM vault_entries"))
    assert count == 1
    drafts = run_on_worker(worker, lambda s: s.db.scalar("SELECT count(*) FROM drafts"))
    assert drafts == 0


def test_correct_own_recent_call(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_2)
    tick(qtbot, form.outcomes.boxes["information_given"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    page.recent.table.selectRow(0)
    tab_to(qtbot, page.recent.correct_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.correcting is not None
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = saved_calls(worker)
    assert set(record.topics) == {"education_abroad", "migration"}


def test_autosave_runs_on_every_change_off_the_gui_thread(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    before = page.autosaves
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: page.autosaves > before, timeout=3000)
    drafts = run_on_worker(worker, calls.pending_drafts)
    assert drafts[0].record.topics == ("work_abroad",)


def test_scenario_6_danger_now_code_word_no_call_back(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    choose(qtbot, form.safe.safe_to_talk, "no")
    type_into(qtbot, form.safe.code_word, "bənövşə")
    tick(qtbot, form.safe.do_not_call_back)
    assert form.safe.callback_allowed() is False
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_5)
    tick(qtbot, form.outcomes.boxes["emergency_services"])
    tick(qtbot, form.danger)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = saved_calls(worker)
    assert record.safe_to_talk == "no" and record.code_word == "bənövşə"
    assert record.do_not_call_back and record.immediate_danger
    assert record.callback_allowed is False
    assert "DO NOT CALL BACK" in page.recent.table.item(0, 1).text()


def test_entities_suggestions_and_primary_by_keyboard(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_1)
    press(qtbot, Qt.Key.Key_8)
    press(qtbot, Qt.Key.Key_8, CTRL)  # make "online content" primary
    assert form.topics.primary() == "online_content"
    tab_to(qtbot, form.entities.add_button)
    press(qtbot, Qt.Key.Key_Space)
    row = form.entities.rows[0]
    assert focused() is row.kind
    press(qtbot, Qt.Key.Key_Down)  # phone number
    type_into(qtbot, row.value, "+994 55 000 11 22")
    type_into(qtbot, form.notes.edit, "Агентство обещает визу и работу, qız evlilik təklifi")
    qtbot.wait(500)  # suggestions follow the typing after a short pause
    assert "marriage_foreigner" in form.notes.suggested
    assert "marriage_foreigner" not in form.topics.topics()  # shown, never applied
    [button] = [b for b in form.notes.buttons if "Marriage" in b.text()]
    tab_to(qtbot, button)
    press(qtbot, Qt.Key.Key_Space)
    assert "marriage_foreigner" in form.topics.topics()
    tick(qtbot, form.outcomes.boxes["information_given"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = saved_calls(worker)
    assert record.primary_topic == "online_content"
    assert [(e.kind, e.value) for e in record.entities] == [("phone", "+994 55 000 11 22")]


def test_discard_asks_twice(qtbot: QtBot, operator_window: MainWindow, worker: DbWorker) -> None:
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    page.bar.discard_button.click()
    assert page.call_open  # the first press only arms it
    page.bar.discard_button.click()
    settle(qtbot, worker)
    assert not page.call_open
    assert run_on_worker(worker, calls.pending_drafts) == []


def test_scenario_7_foreign_worker_needs_the_country(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    form = page.form
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_1)
    choose(qtbot, form.caller.relation, "self")
    choose(qtbot, form.caller.language, "ru")
    choose(qtbot, form.caller.person.citizenship, "foreign")
    tab_to(qtbot, form.indicators.toggle)
    press(qtbot, Qt.Key.Key_Space)
    tick(qtbot, form.indicators.boxes["withheld_documents"])
    assert "1 medium" in form.indicators.summary.text()
    assert not form.indicators.suggestion.isVisible()  # one medium suggests nothing
    tick(qtbot, form.outcomes.boxes["migration_service"])
    tick(qtbot, form.outcomes.boxes["information_given"])
    choose(qtbot, form.consent, "yes")  # the Migration Service is a state body (issue 12)
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    assert "country of citizenship" in page.status.text()
    assert focused() is form.caller.person.country
    choose(qtbot, form.caller.person.country, "UZ")
    press(qtbot, Qt.Key.Key_S, CTRL)
    settle(qtbot, worker)
    [record] = saved_calls(worker)
    assert record.primary_topic == "migration" and record.caller_country == "UZ"
    assert record.indicators == ("withheld_documents",)


def test_autosave_thread_and_a_full_disk(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from hotline.errors import DiskFull

    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    threads: list[str] = []
    real = calls.autosave

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        if len(threads) == 1:
            raise DiskFull()
        return real(*args, **kwargs)

    monkeypatch.setattr(calls, "autosave", spy)
    type_into(qtbot, page.form.notes.edit, "Diskdə yer yoxdur")
    qtbot.waitUntil(lambda: bool(threads), timeout=3000)
    settle(qtbot, worker)
    assert threads == ["hotline-db"]  # never on the GUI thread
    assert "disk" in page.status.text()
    assert page.form.notes.text() == "Diskdə yer yoxdur"  # nothing typed is lost
    page.flush()  # the next autosave goes through
    settle(qtbot, worker)
    assert len(threads) == 2
    assert not page.status.isVisible()  # the warning goes once the draft is safe again
    [draft] = run_on_worker(worker, calls.pending_drafts)
    assert draft.record.notes == "Diskdə yer yoxdur"


def test_a_reflex_new_call_that_stays_silent_ends_as_one(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    press(qtbot, Qt.Key.Key_S, shift_ctrl)
    settle(qtbot, worker)
    assert not page.call_open
    assert page.no_content.counts == {"silent": 1}
    assert run_on_worker(worker, calls.pending_drafts) == []
    assert len(run_on_worker(worker, _no_content_ids)) == 1
    # with something coded the call is not thrown away as silent
    press(qtbot, Qt.Key.Key_N, CTRL)
    settle(qtbot, worker)
    to_topics(qtbot)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_S, shift_ctrl)
    settle(qtbot, worker)
    assert page.call_open and "already has content" in page.status.text()
    assert page.form.topics.topics() == ("education_abroad",)
