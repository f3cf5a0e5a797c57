"""The window's Import page on a centre (issue 15), in the real window signed in on a
joined workstation: a spreadsheet of the old log opened, mapped, confirmed, previewed and
imported, its calls on the server (sealed, the administrator their enterer), said on the
page; imported again, nothing is stored twice and the page says why; the screens at
1366x768 in az, ru and en, no text cut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from functools import partial
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hotline.ui import i18n
from hotline.ui.admin.import_page import ImportPage
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR
from tests.server.enrolled import JoinedCentre
from tests.server.offline import own_server
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _centre, _close, _open_window
from tests.sheets import HEADER_AZ, old_log, write_csv
from tests.ui.clipping import clipped
from tests.ui.conftest import settle

MARKER = "Qz9IMPORTpage"
SHOTS = Path("/tmp/h15-import-shots")
ROWS = 120


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _calls(joined: JoinedCentre) -> list[tuple[object, ...]]:
    with psycopg.connect(joined.server.url(db=joined.database)) as conn:
        return conn.execute(
            "SELECT coded->>'operator_id', coded->>'entered_by' FROM hotline.calls"
        ).fetchall()


def _dump(joined: JoinedCentre) -> bytes:
    import subprocess

    return subprocess.run(
        [
            joined.server.tool("pg_dump"),
            "--no-password",
            "-d",
            joined.server.url(db=joined.database),
        ],
        capture_output=True,
        check=True,
    ).stdout


def _changed(page: ImportPage, before: str) -> bool:
    return page.status.text() != before


def test_the_import_page_imports_on_the_centre_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    joined, admin_ws, _operator_ws = _centre(server, tmp_path)
    rows = old_log(ROWS, operator=OPERATOR.capitalize())
    rows[5][8] = f"{MARKER}: the sheet's notes"
    path = write_csv(tmp_path / "jurnal.csv", HEADER_AZ, rows)
    desk = _open_window(qtbot, monkeypatch, admin_ws, ADMIN, ADMIN_PW)
    asked: list[datetime | None] = []
    try:
        page = desk.main.show_page("import_old_log")
        assert isinstance(page, ImportPage)  # no longer "not on a centre yet"
        page.ask_path = lambda: str(path)

        def confirm(count: int, before: datetime | None) -> bool:
            asked.append(before)
            return count == ROWS

        page.confirm_import = confirm
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert str(ROWS) in page.file_label.text()
        assert not page.import_button.isEnabled()  # the mapping confirmed first
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert page.preview_table.rowCount() == 20
        assert page.import_button.isEnabled()
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Imported" in page.status.text(), timeout=120_000)
        assert page.status.text().startswith(f"Imported {ROWS} calls.")
        stored = _calls(joined)
        assert len(stored) == ROWS
        me = desk.worker.session.user_id
        assert {entered for _operator, entered in stored} == {str(me)}
        assert asked == [None]

        # The same file again: the page says when it was imported, the administrator
        # goes ahead, and nothing is stored twice.
        qtbot.mouseClick(page.file_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "on the centre already" in page.status.text(), timeout=120_000)
        assert asked[-1] is not None
        assert page.status.text().startswith("Imported 0 calls.")
        assert f"{ROWS} calls of the file were on the centre already" in page.status.text()
        assert len(_calls(joined)) == ROWS
        assert MARKER.encode() not in _dump(joined)

        # Imported again in each language, the window at 1366x768: nothing cut.
        SHOTS.mkdir(exist_ok=True)
        desk.main.resize(1366, 768)
        for language in ("az", "ru", "en"):
            i18n.install(language)
            settle(qtbot, desk.worker)
            before = page.status.text()
            for button in (page.file_button, page.confirm_button, page.import_button):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                settle(qtbot, desk.worker)
            qtbot.waitUntil(partial(_changed, page, before), timeout=120_000)
            qtbot.wait(50)
            assert f"{ROWS}" in page.status.text(), page.status.text()
            assert clipped(page) == [], language
            assert desk.main.width() <= 1366, language
            desk.main.grab().save(str(SHOTS / f"import-{language}.png"))
        i18n.install("en")
        assert len(_calls(joined)) == ROWS
    finally:
        _close(desk)
