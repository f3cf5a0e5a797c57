"""Issue 14, the desk's time zone in the set-up wizard: Asia/Baku unless chosen, a name
the zone database does not know refused in the user's language with nothing created
and nothing typed lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hotline.paths import DeskPaths
from hotline.services import desk
from hotline.ui import i18n
from hotline.ui.setup_wizard import SetupWizard
from hotline.ui.worker import DbWorker

PASSWORD = "three quiet words at dawn"
REFUSED = {
    "en": "is not a time zone name",
    "ru": "не название часового пояса",
    "az": "saat qurşağının adı deyil",
}


def wizard_for(qtbot: QtBot, worker: DbWorker, paths: DeskPaths) -> SetupWizard:
    wizard = SetupWizard(worker, paths, keychain=(False, "keyring.backends.fail.Keyring"))
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.name.setText("gulnar")
    wizard.password.setText(PASSWORD)
    wizard.repeat.setText(PASSWORD)
    wizard.unbound.setChecked(True)
    return wizard


@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_a_bad_zone_is_refused_and_nothing_is_lost(
    qtbot: QtBot, worker: DbWorker, tmp_path: Path, language: str
) -> None:
    i18n.install(language)
    try:
        paths = DeskPaths(tmp_path / "new")
        wizard = wizard_for(qtbot, worker, paths)
        assert wizard.zone.currentText() == "Asia/Baku"  # the default, offered first
        wizard.zone.setCurrentText("Mars/Olympus")
        wizard.submit()
        qtbot.waitUntil(lambda: wizard.message.text() != "", timeout=20000)
        assert REFUSED[language] in wizard.message.text()
        assert "Mars/Olympus" in wizard.message.text()
        assert wizard.zone.hasFocus()
        assert not paths.exists()
        # Nothing typed is lost: the names and passwords are still there.
        assert wizard.name.text() == "gulnar" and wizard.password.text() == PASSWORD
        assert wizard.repeat.text() == PASSWORD
        shots = Path(__file__).resolve().parents[2] / "screenshots"
        shots.mkdir(exist_ok=True)
        assert wizard.grab().save(str(shots / f"{language}_wizard_time_zone.png"))
    finally:
        i18n.install("en")


def test_the_chosen_zone_is_the_desks(qtbot: QtBot, worker: DbWorker, tmp_path: Path) -> None:
    paths = DeskPaths(tmp_path / "new")
    wizard = wizard_for(qtbot, worker, paths)
    wizard.zone.setCurrentText("Europe/Istanbul")
    wizard.submit()
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 1, timeout=30000)
    session = desk.unlock(paths, "gulnar", PASSWORD)
    try:
        zone = session.db.scalar("SELECT value FROM meta WHERE key = 'time_zone'")
        assert zone == "Europe/Istanbul"
    finally:
        session.close()
