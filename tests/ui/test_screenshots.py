"""Screenshots of the login, the empty form, a filled form (scenario 1) and the lock
screen in az, ru and en, written to screenshots/ (named in the README) for review."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hotline.records import Entity
from hotline.ui import i18n
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow
from hotline.ui.operator.page import OperatorPage
from hotline.ui.worker import DbWorker
from tests.conftest import Desk
from tests.ui.conftest import page_of, settle

OUT = Path(__file__).resolve().parents[2] / "screenshots"


def save(widget: QWidget, name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def fill_scenario_1(page: OperatorPage) -> None:
    """The job in Dubai: the mother's call, typed as an operator would."""
    form = page.form
    form.safe.safe_to_talk.set_value("yes")
    form.safe.set_callback_allowed(True)
    form.safe.callback_times.setText("будни после 18:00 / iş günləri 18:00-dan sonra")
    form.safe.code_word.setText("ромашка")
    form.nature.set_value("third_party_report")
    form.topics.chips["work_abroad"].setChecked(True)
    form.topics.chips["trafficking_report"].setChecked(True)
    form.caller.relation.set_value("relative")
    form.caller.person.sex.set_value("female")
    form.caller.person.age.set_value("50_plus")
    form.caller.person.citizenship.set_value("azerbaijan")
    form.caller.region.set_value("absheron_khizi")
    form.caller.language.set_value("ru")
    form.concerned.pseudonym.setText("")
    form.concerned.person.sex.set_value("female")
    form.concerned.person.age.set_value("18_24")
    form.concerned.person.citizenship.set_value("azerbaijan")
    form.concerned.exploitation.set_value("forced_labour")
    form.concerned.destination.set_value("AE")
    form.indicators.set_indicators(
        ("deceptive_recruitment", "confiscated_documents", "debt_bondage", "excessive_hours")
    )
    form.outcomes.set_outcomes(("police_unit", "information_given", "follow_up_agreed"))
    form.victim.setChecked(True)
    form.consent.set_value("not_asked")
    form.entities.set_entities(
        (
            Entity("agency", "«Золотой Шанс» / Qızıl Şans MMC"),
            Entity("account", "@qizil.shans.jobs"),
            Entity("phone", "+994 50 123 45 67"),
        )
    )
    form.notes.set_text(
        "Мать звонит из Сумгаита: дочь (22) работает в отеле в ОАЭ через агентство из"
        " Instagram, паспорт забрали «для визы», 14 часов в день, требуют вернуть «долг»"
        " за билет.\nAnası: qızı pasportunu agentliyə verib, borc tələb edirlər; işə"
        " ağır şəraitdə çağırılıb."
    )
    form.update_notices()


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_screenshots(
    qtbot: QtBot, language: str, worker: DbWorker, staffed_desk: Desk, operator_window: MainWindow
) -> None:
    i18n.install(language)
    login = LoginWindow(worker, staffed_desk.paths)
    qtbot.addWidget(login)
    login.resize(560, 380)
    login.show()
    qtbot.waitExposed(login)
    assert save(login, f"{language}_1_login").stat().st_size > 0
    login.close()

    window = operator_window
    page = page_of(window)
    window.resize(1366, 860)
    qtbot.wait(50)
    save(window, f"{language}_2_empty_form")
    page.new_call()
    settle(qtbot, worker)
    fill_scenario_1(page)
    qtbot.wait(50)
    page.save()  # refused: the police referral without consent
    settle(qtbot, worker)
    page.form.verticalScrollBar().setValue(0)
    qtbot.wait(50)
    save(window, f"{language}_3_filled_form")
    save(page.form.body, f"{language}_3_filled_form_whole")
    window.lock()
    qtbot.wait(50)
    save(window, f"{language}_4_lock_screen")
    i18n.install("en")
