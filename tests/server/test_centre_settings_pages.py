"""The Settings and Referral directory pages on a centre (issue 15), in the real window
signed in on a joined workstation, by keyboard: what is saved is on the centre's server
(and audited in its chain), the operator's window on another workstation shows the
number typed beside the outcome in her next call, bad input says what to fix and writes
nothing; the pages at 1366x768 in az, ru and en, nothing clipped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.services import settings
from hotline.services.centre_session import CentreSession
from hotline.ui import i18n
from hotline.ui.admin.directory_page import DirectoryPage
from hotline.ui.admin.settings_page import SettingsPage
from hotline.ui.app import Desk
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _centre, _close, _open_window
from tests.ui.clipping import clipped
from tests.ui.conftest import page_of, settle
from tests.ui.keys import focused, press, tab_to, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHOTS = Path("/tmp/h15-settings-shots")
PHONE = "(+99412) 555-01-02"


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _superuser(joined: JoinedCentre) -> psycopg.Connection[tuple[Any, ...]]:
    return psycopg.connect(joined.server.url(db=joined.database), autocommit=True)


def _setting(joined: JoinedCentre, key: str) -> str | None:
    with _superuser(joined) as conn:
        row = conn.execute("SELECT value FROM hotline.settings WHERE key = %s", (key,)).fetchone()
    return None if row is None else str(row[0])


def _entries(joined: JoinedCentre) -> dict[str, dict[str, Any]]:
    with _superuser(joined) as conn:
        rows = conn.execute("SELECT id, entry FROM hotline.referral_directory").fetchall()
    return {str(i): dict(json.loads(str(e))) for i, e in rows}


def _actions(joined: JoinedCentre) -> list[str]:
    with _superuser(joined) as conn:
        rows = conn.execute("SELECT action FROM hotline.audit ORDER BY seq").fetchall()
    return [str(r[0]) for r in rows]


def _shots(qtbot: QtBot, desk: Desk, key: str) -> None:
    """The page at 1366x768 in each language, nothing clipped, as PNG files to look at."""
    SHOTS.mkdir(exist_ok=True)
    main = desk.main
    main.resize(1366, 768)
    for language in ("az", "ru", "en"):
        i18n.install(language)
        settle(qtbot, desk.worker)
        page = main.show_page(key)
        qtbot.wait(50)
        assert clipped(page) == [], language
        main.grab().save(str(SHOTS / f"{key}-{language}.png"))
    i18n.install("en")


def test_the_centres_settings_are_changed_by_keyboard_and_held_by_its_server(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, operator_ws = _centre(server, tmp_path)
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        assert operator.main.idle_ms == 5 * 60_000 and "settings" not in operator.main.pages
        assert operator.main.live is not None and operator.main.live.wait_ready(10)
        assert isinstance(desk.worker.session, CentreSession)
        page = desk.main.show_page("settings")
        assert isinstance(page, SettingsPage)
        settle(qtbot, desk.worker)
        assert page.heading.text() == "Settings of the centre"
        assert "every workstation of the centre" in page.note.text()
        box = page.boxes[settings.IDLE_LOCK.key]
        assert box.value() == 5 and not page.save_button.isEnabled()
        box.setFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(box, "9")
        assert page.save_button.isEnabled()
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert page.message.text() == "Saved and recorded in the audit log; in force now."
        assert _setting(joined, settings.IDLE_LOCK.key) == "9"
        assert _actions(joined)[-1] == "settings.change"
        assert desk.main.idle_ms == 9 * 60_000  # in force on this workstation at once
        # and on the operator's window open on her own workstation (NOTIFY), within 2 s
        qtbot.waitUntil(lambda: operator.main.idle_ms == 9 * 60_000, timeout=2_000)
        # out of range: the box keeps to 1..60 (typing 99 leaves 9), nothing sent
        box.setFocus()
        press(qtbot, Qt.Key.Key_End)
        type_text(box, "9")
        assert box.value() == 9 and not page.save_button.isEnabled()
        _shots(qtbot, desk, "settings")
        # the server away: said in words, nothing saved, the box keeps what was typed
        server.stop()
        box.setFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(box, "12")
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert "The centre's server could not be reached" in page.message.text()
        assert "Traceback" not in page.message.text() and box.value() == 12
        assert page.save_button.isEnabled()
        server.start()
        assert _setting(joined, settings.IDLE_LOCK.key) == "9"
    finally:
        if not running(server):
            server.start()
        _close(desk)
        _close(operator)
    # signed in again, the operator's window has the centre's 9 minutes from the start
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        assert operator.main.idle_ms == 9 * 60_000
    finally:
        _close(operator)


def test_a_number_typed_in_the_centres_directory_is_beside_the_outcome_on_another_workstation(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, operator_ws = _centre(server, tmp_path)
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    form_page = page_of(operator.main)
    press(qtbot, Qt.Key.Key_N, CTRL)  # the operator is in a call while the number is typed
    settle(qtbot, operator.worker)
    assert form_page.call_open
    assert form_page.form.outcomes.phones["shelter"].text() != PHONE
    assert operator.main.live is not None and operator.main.live.wait_ready(10)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        desk.main.activateWindow()
        page = desk.main.show_page("directory")
        assert isinstance(page, DirectoryPage)
        settle(qtbot, desk.worker)
        assert "the operators of every workstation of the centre" in page.hint.text()
        row = next(i for i, e in enumerate(page.entries) if e.outcome == "shelter")
        shelter_id = page.entries[row].id
        page.list.setCurrentRow(row)
        page.phone.setFocus()
        type_text(page.phone, PHONE)
        # bad input: a date in the future, said in words, nothing on the server
        page.checked.setFocus()
        type_text(page.checked, "31.12.2999")
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert "future" in page.message.text()
        assert page.phone.text() == PHONE  # what was typed is kept
        assert _entries(joined)[shelter_id].get("phone") is None
        page.checked.setFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(page.checked, "30.11.2026")
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert "The operators see it now" in page.message.text()
        saved = _entries(joined)[shelter_id]
        assert saved["phone"] == PHONE and saved["checked"] == "2026-11-30"
        assert _actions(joined)[-1] == "directory.edit"
        # beside "shelter" in the operator's call on her own workstation, within 2 s
        phone = form_page.form.outcomes.phones["shelter"]
        qtbot.waitUntil(lambda: phone.text() == PHONE, timeout=2_000)
        assert "2026-11-30" in phone.toolTip()

        # a new entry by keyboard: the name in two languages only is refused
        page.new_button.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        assert focused() is page.texts["name", "az"]
        type_text(page.texts["name", "az"], "Psixoloji yardım mərkəzi")
        page.texts["name", "ru"].setFocus()
        type_text(page.texts["name", "ru"], "Центр психологической помощи")
        page.outcome.set_value("psychological_aid")
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert "English" in page.message.text()
        assert "psychological_aid_centre" not in _entries(joined)
        page.texts["name", "en"].setFocus()
        type_text(page.texts["name", "en"], "Psychological aid centre")
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert "The operators see it now" in page.message.text()
        added = _entries(joined)["psychological_aid_centre"]
        assert added["name"]["ru"] == "Центр психологической помощи"
        assert _actions(joined)[-1] == "directory.add"
        _shots(qtbot, desk, "directory")
    finally:
        _close(desk)
        _close(operator)

    # signed in again, her next call: the centre's number beside "shelter"
    operator = _open_window(qtbot, monkeypatch, operator_ws, OPERATOR, OPERATOR_PW)
    try:
        assert "directory" not in operator.main.pages
        form_page = page_of(operator.main)
        press(qtbot, Qt.Key.Key_N, CTRL)
        settle(qtbot, operator.worker)
        assert form_page.call_open
        assert form_page.form.outcomes.phones["shelter"].text() == PHONE
    finally:
        _close(operator)
