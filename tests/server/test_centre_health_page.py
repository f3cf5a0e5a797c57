"""The Health page on a centre (issue 15), in the real window signed in on a joined
workstation: every line from the centre's server or said in words where a figure has no
meaning there (the backups, this workstation's disk), never this workstation's local
desk: the passwords an administrator set are the centre's members', the last verify is
the one the page's "Verify now" recorded on the centre's chain; screens at 1366x768 in
az, ru and en, no text cut."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.services.health import Check, Level
from hotline.ui import i18n
from hotline.ui.admin.health_page import HealthPage
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR
from tests.server.enrolled import JoinedCentre
from tests.server.offline import own_server
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _centre, _close, _open_window
from tests.ui.clipping import clipped
from tests.ui.conftest import settle

SHOTS = Path("/tmp/h15-import-shots")


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _verifies(joined: JoinedCentre) -> list[tuple[object, ...]]:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        return conn.execute(
            "SELECT user_id, details FROM hotline.audit WHERE action = 'desk.verify'"
        ).fetchall()


def _texts(page: HealthPage, check: Check) -> tuple[str, str]:
    _mark, fact, todo = page.rows[check]
    return fact.text(), todo.text()


def test_the_health_page_on_a_centre_shows_the_centres_figures(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    try:
        page = desk.main.show_page("health")
        assert isinstance(page, HealthPage)  # no longer "not on a centre yet"
        settle(qtbot, desk.worker)
        lines = {line.check: line for line in page.lines}
        assert (
            lines[Check.BACKUP].facts.get("on_centre") and lines[Check.BACKUP].level == Level.WARN
        )
        assert "dumps of its server" in _texts(page, Check.BACKUP)[0]
        assert "on this workstation" in _texts(page, Check.DISK)[0]
        # The centre's member, whose password the administrator set (not the local desk's
        # users, of which there are none).
        assert _texts(page, Check.PASSWORDS)[0].endswith(f": {OPERATOR}.")
        assert _texts(page, Check.VERIFY)[0] == "The desk has never been verified."
        assert "refuses the sign-in itself" in _texts(page, Check.FINDINGS)[0]
        assert _verifies(joined) == []

        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: _texts(page, Check.VERIFY)[0].startswith("The last verify"), timeout=60_000
        )
        assert "checked clean" in _texts(page, Check.VERIFY)[0]
        [(who, details)] = _verifies(joined)  # on the centre's chain, by this administrator
        assert who == desk.worker.session.user_id
        assert details is not None and '"ok": true' in str(details)

        SHOTS.mkdir(exist_ok=True)
        desk.main.resize(1366, 768)
        for language in ("az", "ru", "en"):
            i18n.install(language)
            settle(qtbot, desk.worker)
            qtbot.wait(50)
            assert clipped(page) == [], language
            assert desk.main.width() <= 1366, language
            desk.main.grab().save(str(SHOTS / f"health-{language}.png"))
        i18n.install("en")
    finally:
        _close(desk)
