"""The age of a workstation's copy for signing in offline (issue 15, offline): the copy
carries when it was made and the centre's limit then (the Settings page of a centre,
7 days unless an administrator set another); a copy within it opens, one older, or one
"made" later than the clock now says, is refused in words in the person's language
before any password is tried (counted nowhere as a wrong one); the stamp and the limit
are sealed with the rest, so a byte of either changed on the disk fails the copy's AEAD."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.crypto import aead
from hotline.errors import DeskError
from hotline.records import from_iso, to_iso, utcnow
from hotline.services import enrolment, offline_signin, settings
from hotline.services.centre_session import open_centre, open_centre_offline
from hotline.services.offline_signin import OfflineCopyFromFuture, OfflineCopyTooOld
from hotline.storage.server import offline_copy
from hotline.storage.server.offline_copy import OfflineCopy, OfflineCopyDamaged
from hotline.storage.server.workstation import Workstation
from hotline.ui import i18n
from hotline.ui.admin.settings_page import SettingsPage
from hotline.ui.login import LoginWindow
from hotline.ui.problems import error_text
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import JoinedCentre
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_centre_settings_pages import _setting, _shots
from tests.server.test_centre_window import _close, _open_window
from tests.server.test_offline_signin import _centre
from tests.ui.clipping import clipped
from tests.ui.conftest import settle
from tests.ui.keys import press, tab_to, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
# A few words of each language's refusal (hotline/data/translations/src/h15-copyage.json).
TOO_OLD = {
    "en": "must reach the server once",
    "ru": "должно хотя бы раз связаться с сервером",
    "az": "serverə bir dəfə qoşulmalıdır",
}
FROM_FUTURE = {"en": "the clock was set back", "ru": "часы переведены назад", "az": "saat geri"}


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _copy(ws: Workstation) -> OfflineCopy:
    secret = enrolment.workstation_secret(ws)
    return offline_copy.read(offline_signin.copy_path(ws), secret, ws.desk_id, ws.login)


def _rewrite(ws: Workstation, **changes: object) -> None:
    """The copy sealed again with other contents, as only this workstation could."""
    found = dataclasses.replace(_copy(ws), **changes)  # type: ignore[arg-type]
    secret = enrolment.workstation_secret(ws)
    offline_copy.write(offline_signin.copy_path(ws), secret, ws.login, found)


def _clock(monkeypatch: pytest.MonkeyPatch, now: datetime) -> None:
    monkeypatch.setattr(offline_signin, "utcnow", lambda: now)


def _refused_uncounted(ws: Workstation, kind: type[DeskError], password: str) -> DeskError:
    with pytest.raises(kind) as refused:
        open_centre_offline(ws, OPERATOR, password, send=False)
    throttle = offline_signin.throttle_of(ws)
    assert throttle.pending() == [] and throttle.wait_seconds(OPERATOR) == 0
    return refused.value


def _said(exc: DeskError, language: str) -> str:
    i18n.install(language)
    try:
        return error_text(exc)
    finally:
        i18n.install("en")


def _says(login: LoginWindow, words: str) -> bool:
    return words in login.message.text()


def _failed_logins(joined: JoinedCentre) -> int:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM hotline.audit WHERE action = 'login.failed'"
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_a_copy_within_the_limit_opens_and_an_older_or_future_one_is_refused_in_words(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    found = _copy(ws)
    assert found.offline_days == settings.OFFLINE_DAYS.default == 7
    saved = from_iso(found.saved_at)
    assert abs(utcnow() - saved) < timedelta(minutes=5)
    server.stop()
    try:
        _clock(monkeypatch, saved + timedelta(days=6, hours=23))
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
        _clock(monkeypatch, saved + timedelta(days=7, minutes=1))
        # Refused before any password is tried: right or wrong, nothing is counted, and
        # five tries do not make her wait (the free failures are 3).
        for typed in (OPERATOR_PW, "not her password", "nor this", "nor that", "no"):
            too_old = _refused_uncounted(ws, OfflineCopyTooOld, typed)
        text = too_old.message()
        assert "more than 7 days ago" in text and saved.strftime("%Y-%m-%d %H:%M") in text
        for language, words in TOO_OLD.items():
            said = _said(too_old, language)
            assert words in said and "7" in said and "Traceback" not in said, language
        # The clock set back: a copy "made" a day from now is refused too, in words.
        _clock(monkeypatch, saved - timedelta(days=1))
        future = _refused_uncounted(ws, OfflineCopyFromFuture, OPERATOR_PW)
        for language, words in FROM_FUTURE.items():
            assert words in _said(future, language), language
        # A clock set right by a few seconds since the copy is not "back".
        _clock(monkeypatch, saved - timedelta(seconds=30))
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
    finally:
        if not running(server):
            server.start()
    monkeypatch.undo()
    # Online again: a fresh copy, and the chain holds no failed sign-in of hers.
    open_centre(ws, OPERATOR, OPERATOR_PW, send=False).close()
    assert _failed_logins(joined) == 0
    assert from_iso(_copy(ws).saved_at) >= saved


def test_the_copys_own_stamp_and_limit_decide(server: PostgresServer, tmp_path: Path) -> None:
    _joined, ws = _centre(server, tmp_path)
    ten_days_ago = to_iso(utcnow() - timedelta(days=10))
    server.stop()
    try:
        _rewrite(ws, saved_at=ten_days_ago)
        _refused_uncounted(ws, OfflineCopyTooOld, OPERATOR_PW)
        _rewrite(ws, offline_days=30)  # a centre that allows a month: ten days open
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
        # A copy written before there was a limit holds none: the default 7 days.
        _rewrite(ws, offline_days=None)
        assert "7 days" in _refused_uncounted(ws, OfflineCopyTooOld, OPERATOR_PW).message()
        _rewrite(ws, offline_days=None, saved_at=to_iso(utcnow() - timedelta(days=6)))
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
        # A limit outside the setting's bounds is never looser than the default.
        _rewrite(ws, offline_days=365, saved_at=ten_days_ago)
        _refused_uncounted(ws, OfflineCopyTooOld, OPERATOR_PW)
    finally:
        if not running(server):
            server.start()


def _flip(ws: Workstation, field: str) -> None:
    """One character of the field's value changed in the sealed bytes on the disk
    (AES-GCM is a stream: byte i of the text is byte i of the ciphertext)."""
    path = offline_signin.copy_path(ws)
    secret = enrolment.workstation_secret(ws)
    raw = path.read_bytes()
    sealed = raw[len(offline_copy.MAGIC) :]
    plain = aead.unwrap(
        offline_copy.copy_key(secret, ws.desk_id, ws.login),
        sealed,
        f"hotline-offline-copy|{ws.desk_id}|{ws.login}".encode(),
    )
    at = plain.index(f'"{field}": '.encode()) + len(field) + 4
    if plain[at : at + 1] == b'"':
        at += 1  # the stamp's first digit, not its quote
    at += len(offline_copy.MAGIC) + aead.NONCE_BYTES
    changed = bytearray(raw)
    changed[at] ^= ord("2") ^ ord("1")  # "2026-..." reads "1026-...", 7 reads 4
    path.write_bytes(bytes(changed))


@pytest.mark.parametrize("field", ["saved_at", "offline_days"])
def test_a_stamp_or_limit_changed_on_the_disk_fails_the_copys_seal(
    server: PostgresServer, tmp_path: Path, field: str
) -> None:
    _joined, ws = _centre(server, tmp_path)
    original = offline_signin.copy_path(ws).read_bytes()
    server.stop()
    try:
        _flip(ws, field)
        assert offline_signin.copy_path(ws).read_bytes() != original
        with pytest.raises(OfflineCopyDamaged):
            open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False)
        offline_signin.copy_path(ws).write_bytes(original)
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
    finally:
        if not running(server):
            server.start()


def test_the_limit_set_on_the_centres_settings_page_is_carried_by_the_next_copy(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, ws = _centre(server, tmp_path)
    assert _copy(ws).offline_days == 7
    desk = _open_window(qtbot, monkeypatch, joined.first.folder, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("settings")
        assert isinstance(page, SettingsPage)
        settle(qtbot, desk.worker)
        box = page.boxes[settings.OFFLINE_DAYS.key]
        assert (box.value(), box.minimum(), box.maximum()) == (7, 1, 30)
        assert page.labels[settings.OFFLINE_DAYS.key].text() == (
            "Days a workstation may sign people in offline"
        )
        box.setFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(box, "3")
        tab_to(qtbot, page.save_button)
        press(qtbot, Qt.Key.Key_Space)
        settle(qtbot, desk.worker)
        assert page.message.text() == "Saved and recorded in the audit log; in force now."
        assert _setting(joined, settings.OFFLINE_DAYS.key) == "3"
        _shots(qtbot, desk, "settings")
    finally:
        _close(desk)
    assert _copy(ws).offline_days == 7  # the copy made before keeps its own
    open_centre(ws, OPERATOR, OPERATOR_PW, send=False).close()
    found = _copy(ws)
    assert found.offline_days == 3
    server.stop()
    try:
        _clock(monkeypatch, from_iso(found.saved_at) + timedelta(days=2, hours=23))
        open_centre_offline(ws, OPERATOR, OPERATOR_PW, send=False).close()
        _clock(monkeypatch, from_iso(found.saved_at) + timedelta(days=3, minutes=1))
        refused = _refused_uncounted(ws, OfflineCopyTooOld, OPERATOR_PW)
        assert "more than 3 days ago" in refused.message()
    finally:
        if not running(server):
            server.start()


def test_the_sign_in_window_says_an_old_copy_needs_the_server_in_each_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    from tests.server.test_offline_signin_window import _login

    _joined, ws = _centre(server, tmp_path)
    _rewrite(ws, saved_at=to_iso(utcnow() - timedelta(days=8)))
    server.stop()
    try:
        desk, login = _login(qtbot, monkeypatch, ws.folder, OPERATOR, OPERATOR_PW)
        try:
            login.resize(1366, 768)
            for language, words in TOO_OLD.items():
                i18n.install(language)
                login.message.clear()
                login.offline_button.setFocus()
                qtbot.keyClick(login.offline_button, Qt.Key.Key_Space)
                qtbot.waitUntil(partial(_says, login, words), timeout=30_000)
                assert desk.main is None and login.offline_button.isVisible(), language
                assert "Traceback" not in login.message.text()
                qtbot.wait(50)
                assert clipped(login) == [], language
                login.grab().save(f"/tmp/h15-copyage-login-{language}.png")
            throttle = offline_signin.throttle_of(ws)
            assert throttle.pending() == [] and throttle.wait_seconds(OPERATOR) == 0
        finally:
            i18n.install("en")
            _close(desk)
    finally:
        if not running(server):
            server.start()
