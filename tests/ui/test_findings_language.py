"""verify's findings and a backup's refusal reasons are said in the user's language, in
the window and on the command line (hotline/said.py): in az and ru, no English word of
the finding's own English text is left in what is shown.

The desks are tampered with as an insider would: a call changed in SQL with the
database key, the audit head file deleted, a backup file damaged on its drive, the
backup drive turned read-only."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.ui import i18n
from hotline.ui.admin.backups_page import BackupsPage
from hotline.ui.admin.desk_check_page import DeskCheckPage
from hotline.ui.main_window import MainWindow
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, Desk
from tests.helpers import damage, hotline
from tests.security.attacker import raw_sql
from tests.test_backup_schedule import _mount
from tests.ui.clipping import clipped
from tests.ui.conftest import run_on_worker, settle
from tests.ui.test_backups_page import _no_message_box_left, _save_calls, _window
from tests.ui.test_screenshots import save

__all__ = ["_no_message_box_left"]  # the autouse fixture: no box left for the next test

LANGUAGES = ("az", "ru")
WORD = re.compile(r"[A-Za-z]{3,}")
# Words spelled the same in the language itself (Azerbaijani writes "audit jurnalı", "test
# səviyyəli"): not English left over.
SAME_IN = {"az": "audit test", "ru": ""}


def english_left(shown: str, english: str, kept: str = "") -> set[str]:
    """The words of the English text still in the translated one; `kept` holds the words
    that are the same in every language (the paths, the file and action names)."""
    allowed = {w.lower() for w in WORD.findall(kept)}
    words = {w.lower() for w in WORD.findall(english)} - allowed
    return {w for w in WORD.findall(shown) if w.lower() in words}


@pytest.fixture
def drive(tmp_path: Path) -> Iterator[Path]:
    """A real drive (tmpfs) that can be turned read-only under the desk, as a USB stick
    whose switch is flipped."""
    yield from _mount(tmp_path / "drive", "size=16m")


def _read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def _verified_text(qtbot: QtBot, worker: DbWorker, window: MainWindow) -> DeskCheckPage:
    page = window.pages["desk_check"]
    assert isinstance(page, DeskCheckPage)
    window.show_page("desk_check")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    return page


@pytest.mark.parametrize("language", LANGUAGES)
def test_verify_in_the_window_says_its_findings_in_the_language(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, language: str
) -> None:
    window = _window(qtbot, worker, new_desk)
    run_on_worker(worker, _save_calls, 2)
    with raw_sql(new_desk.paths, ADMIN, ADMIN_PW) as sql:
        sql.execute("UPDATE calls SET possible_victim = 1 - possible_victim WHERE id = 1")
    new_desk.paths.audit_head.unlink()
    i18n.install("en")
    page = _verified_text(qtbot, worker, window)
    english = page.result.text()
    assert "call 1 was changed outside the program" in english
    assert "the audit head file outside the database is missing" in english
    i18n.install(language)
    page = _verified_text(qtbot, worker, window)
    shown = page.result.text()
    save(window, f"desk-check-findings-{language}")  # for review (make screenshots)
    assert clipped(page) == []
    assert shown != english and "1" in shown
    assert english_left(shown, english, kept=f"{SAME_IN[language]} {ADMIN}") == set(), shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_refused_backup_says_why_in_the_language(
    qtbot: QtBot, worker: DbWorker, new_desk: Desk, drive: Path, language: str
) -> None:
    window = _window(qtbot, worker, new_desk)
    page = window.pages["backups"]
    assert isinstance(page, BackupsPage)
    window.show_page("backups")
    page.ask_folder = lambda _start: str(drive)
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    (written,) = list(drive.iterdir())
    # Damaged on the drive: the check opens it and says why it is not usable.
    damage(written)
    i18n.install("en")
    page.table.selectRow(0)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    english = {"status": page.status.text(), "state": page.table.item(0, 5).text()}
    assert english["status"].startswith("NOT usable: ") and len(english["status"]) > 20
    i18n.install(language)
    settle(qtbot, worker)
    for key, text in english.items():
        shown = page.status.text() if key == "status" else page.table.item(0, 5).text()
        assert shown != text
        kept = f"{SAME_IN[language]} desk.db manifest.json SHA"
        assert english_left(shown, text, kept=kept) == set(), shown
    # The drive turns read-only: the refusal, in the language, names the folder only.
    _read_only(drive)
    i18n.install("en")
    qtbot.mouseClick(page.now_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    english_refusal = page.status.text()
    assert "cannot be written to" in english_refusal
    i18n.install(language)
    settle(qtbot, worker)
    shown = page.status.text()
    assert str(drive) in shown and shown != english_refusal
    kept = f"{SAME_IN[language]} {drive}"
    assert english_left(shown, english_refusal, kept=kept) == set(), shown
    assert window.problem is None
    # The drive is writable again before the window closes: its administrator's sign-out
    # backup then succeeds and leaves no message box behind (_no_message_box_left).
    subprocess.run(["mount", "-o", "remount,rw", str(drive)], check=True)


def _cli(data: Path, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    return hotline(data, "--language", language, *args, user="admin", stdin=f"{ADMIN_PW}\n")


def _without_facts(text: str) -> str:
    """verify's output without its facts ("calls: 0"): their names are the check's own
    technical record, the same in every language (README)."""
    return "\n".join(line for line in text.splitlines() if not re.fullmatch(r"\w+: \d+", line))


def test_the_command_line_says_findings_and_refusals_in_the_language(
    tmp_path: Path, drive: Path
) -> None:
    data = tmp_path / "desk"
    made = hotline(
        data, "init", "--admin", "admin", "--no-keychain", stdin=f"{ADMIN_PW}\n{ADMIN_PW}\n"
    )
    assert made.returncode == 0, made.stderr
    (data / "audit.head").unlink()  # noticed at the next sign-in, then listed by verify
    said = {language: _cli(data, language, "verify") for language in ("en", *LANGUAGES)}
    english = said["en"].stdout
    assert said["en"].returncode == 1
    assert "the desk noticed: the audit head file outside the database is missing" in english
    assert "the desk is not bound to this machine's keychain" in english
    problems = _without_facts(english)
    for language in LANGUAGES:
        done = said[language]
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        shown = _without_facts(done.stdout)
        assert english_left(shown, problems, kept=f"{SAME_IN[language]} admin") == set(), shown
    # A file already where the backup goes: refused, the reason said in the language.
    taken = tmp_path / "taken.tar"
    taken.write_bytes(b"someone else's file")
    there = {
        language: _cli(data, language, "backup", "--out", str(taken))
        for language in ("en", *LANGUAGES)
    }
    assert "a file is already there" in there["en"].stderr, there["en"].stderr
    for language in LANGUAGES:
        done = there[language]
        assert done.returncode != 0 and "Traceback" not in done.stderr
        kept = f"{SAME_IN[language]} hotline {taken}"
        assert english_left(done.stderr, there["en"].stderr, kept=kept) == set(), done.stderr
    assert taken.read_bytes() == b"someone else's file"
    _read_only(drive)
    refused = {
        language: _cli(data, language, "backup", "--out", str(drive / "b.tar"))
        for language in ("en", *LANGUAGES)
    }
    english_refusal = refused["en"].stderr
    assert refused["en"].returncode != 0 and "cannot be written to" in english_refusal
    for language in LANGUAGES:
        done = refused[language]
        assert done.returncode != 0 and "Traceback" not in done.stderr
        assert str(drive) in done.stderr
        kept = f"{SAME_IN[language]} hotline {drive}"  # the program's name starts the line
        assert english_left(done.stderr, english_refusal, kept=kept) == set(), done.stderr
