"""Translations: every .ts message finished; every visible text translated at runtime."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Collection
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hotline import resources
from hotline.ui import i18n
from hotline.ui.lock_screen import LockScreen
from hotline.ui.login import LoginWindow
from hotline.ui.main_window import MainWindow
from hotline.ui.setup_wizard import SetupWizard
from hotline.ui.worker import DbWorker
from tests.conftest import Desk
from tests.ui.conftest import page_of, settle
from tests.ui.keys import press

TRANSLATIONS = resources.path("translations")
# Texts that are the same in every language: names, numbers, codes.
SAME_EVERYWHERE = {"DEMO", "Administrator", "Operator", "Azərbaycanca", "Русский", "English"}
NOT_WORDS = re.compile(r"^[\d\s:.,·+()\-–—%/★]*$")


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in message.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [""]
            if translation is not None and not forms:
                texts = [translation.text or ""]
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not all(t.strip() for t in texts)
            ):
                missing.append(f"[{name}] {message.findtext('source')}")
    return missing


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_no_unfinished_message_in_ts(language: str) -> None:
    ts = TRANSLATIONS / f"hotline_{language}.ts"
    assert ts.exists(), "run scripts/translations.py"
    assert (TRANSLATIONS / f"hotline_{language}.qm").exists()
    missing = unfinished(ts)
    assert not missing, f"{len(missing)} unfinished in {ts.name}: {missing[:20]}"


def visible_texts(root: QWidget) -> dict[int, tuple[str, str]]:
    found: dict[int, tuple[str, str]] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        text = text.replace("&", "").strip()
        if text:
            found[id(widget)] = (type(widget).__name__, text)
    return found


def untranslated(english: dict[int, tuple[str, str]], root: QWidget, exempt: set[str]) -> list[str]:
    now = visible_texts(root)
    same = []
    for key, (kind, text) in english.items():
        if key in now and now[key][1] == text:
            if text in SAME_EVERYWHERE or text in exempt or NOT_WORDS.match(text):
                continue
            same.append(f"{kind}: {text}")
    return same


def check_languages(qtbot: QtBot, root: QWidget, exempt: Collection[str] = ()) -> None:
    i18n.install("en")
    qtbot.wait(20)
    english = visible_texts(root)
    assert english
    for language in ("az", "ru"):
        i18n.install(language)
        QApplication.processEvents()
        qtbot.wait(20)
        same = untranslated(english, root, set(exempt))
        assert not same, f"not translated to {language}: {same}"
    i18n.install("en")


def test_operator_window_is_translated_at_runtime(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    page.form.indicators.set_expanded(True)
    page.form.entities.add_row()
    for key in ("1", "3"):
        page.form.topics.chips[page.form.topics.ids[int(key) - 1]].setChecked(True)
    page.form.outcomes.boxes["police_unit"].setChecked(True)
    page.form.child.setChecked(True)
    page.form.identity.set_held(True)
    page.form.notes.set_text("iş xaricdə, агентство")
    settle(qtbot, worker)
    exempt = {page.bar.pseudonym.text()}
    exempt |= {label.text() for label in page.form.outcomes.phones.values()}
    check_languages(qtbot, operator_window, exempt)
    # the window title and menus follow too
    i18n.install("ru")
    assert "Пульт" in operator_window.windowTitle()
    assert operator_window.language_menu.title() == "&Язык"


def test_lock_screen_is_translated(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    operator_window.lock()
    settle(qtbot, worker)
    check_languages(qtbot, operator_window)


def test_login_and_setup_are_translated(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, tmp_path: Path
) -> None:
    login = LoginWindow(worker, staffed_desk.paths)
    qtbot.addWidget(login)
    login.show()
    check_languages(qtbot, login)
    wizard = SetupWizard(
        worker, staffed_desk.paths, keychain=(False, "keyring.backends.fail.Keyring")
    )
    qtbot.addWidget(wizard)
    wizard.show()
    check_languages(qtbot, wizard, {"keyring.backends.fail.Keyring"})
    lock = LockScreen()
    qtbot.addWidget(lock)
    lock.show()
    check_languages(qtbot, lock)


def test_switching_language_keeps_the_call(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    page.form.caller.relation.set_value("relative")
    page.form.topics.chips["migration"].setChecked(True)
    operator_window.set_language("az")
    qtbot.wait(20)
    assert page.form.caller.relation.value() == "relative"
    assert page.form.caller.relation.currentText() == "Qohum"
    assert page.form.topics.primary() == "migration"
    assert i18n.saved_language() == "az"


def test_messages_follow_a_language_switch(
    qtbot: QtBot, operator_window: MainWindow, worker: DbWorker
) -> None:
    page = page_of(operator_window)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    page.save()  # refused: no topic, no outcome
    settle(qtbot, worker)
    assert "Choose the primary topic" in page.status.text()
    i18n.install("az")
    qtbot.wait(20)
    assert "Zəngin əsas mövzusunu seçin" in page.status.text()
    operator_window.lock()
    operator_window.lock_screen.show_error(lambda: operator_window.tr("152 — Hotline desk"))
    i18n.install("ru")
    qtbot.wait(20)
    assert operator_window.lock_screen.message.text() == "152 — Пульт горячей линии"


def test_switching_language_never_shows_clipped_buttons(
    qtbot: QtBot, worker: DbWorker, staffed_desk: Desk, operator_window: MainWindow
) -> None:
    """Right after a switch, every visible button is as wide as its new text."""
    from PySide6.QtWidgets import QPushButton

    from hotline.ui.login import LoginWindow

    i18n.install("ru")
    login = LoginWindow(worker, staffed_desk.paths)  # another window in between
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    login.close()
    operator_window.resize(1366, 860)
    qtbot.wait(50)
    buttons = [b for b in operator_window.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    clipped = [b.text() for b in buttons if b.width() < b.sizeHint().width()]
    assert clipped == []


@pytest.mark.parametrize(
    ("language", "cancel"), [("az", "İmtina et"), ("ru", "Отмена"), ("en", "Cancel")]
)
def test_qts_own_dialog_buttons_are_translated(language: str, cancel: str) -> None:
    """Standard buttons (QInputDialog, QFileDialog) follow the language, az included."""
    from PySide6.QtCore import QCoreApplication

    i18n.install(language)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    if language == "az":
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fayl &adı:"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Yapışdır"
