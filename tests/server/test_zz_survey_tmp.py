from __future__ import annotations
from pathlib import Path
from collections.abc import Iterator
import pytest
from PySide6.QtWidgets import QLabel, QTableWidget, QTableView, QPushButton, QAbstractItemView
from pytestqt.qtbot import QtBot
from tests.server.offline import own_server
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _centre, _open_window, _close
from tests.ui.conftest import settle
from tests.conftest import ADMIN, ADMIN_PW

@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()

def _texts(page):
    out = []
    for lab in page.findChildren(QLabel):
        if lab.isVisibleTo(page) and lab.text().strip():
            out.append(lab.text().strip().replace("\n", " ")[:160])
    for t in page.findChildren(QAbstractItemView):
        m = t.model()
        if m is not None and t.isVisibleTo(page):
            out.append(f"[{type(t).__name__} rows={m.rowCount()}]")
    return out

def test_survey(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path) -> None:
    joined, sup, op = _centre(server, tmp_path)
    desk = _open_window(qtbot, monkeypatch, sup, ADMIN, ADMIN_PW)
    main = desk.main
    problems = []
    main.worker.on_unhandled = lambda e: problems.append(repr(e))
    actions = {
        "health": ["verify_button"],
        "users": [],
        "approvals": [],
        "audit": ["verify_button"],
        "desk_check": ["verify_button"],
        "backups": [],
        "restore": [],
        "settings": [],
        "sealing": ["find_button"],
        "directory": [],
        "export": ["preview_button"],
        "import_old_log": [],
    }
    with open("/tmp/h15survey/out.txt", "w") as out:
        for spec in main.specs:
            page = main.show_page(spec.key)
            settle(qtbot, desk.worker)
            out.write(f"=== {spec.key} ({type(page).__name__})\n")
            for t in _texts(page):
                out.write("   " + t + "\n")
            for name in actions.get(spec.key, []):
                b = getattr(page, name, None)
                if b is not None and b.isEnabled():
                    problems.clear()
                    b.click()
                    settle(qtbot, desk.worker)
                    qtbot.wait(300)
                    settle(qtbot, desk.worker)
                    out.write(f"  -- after {name}: problems={problems} problem={main.problem!r}\n")
                    for t in _texts(page):
                        out.write("   " + t + "\n")
            if page.findChildren(QTableWidget) and spec.key == "users":
                for r in range(page.table.rowCount()):
                    out.write("   row: " + " | ".join(page.table.item(r, c).text() for c in range(page.table.columnCount())) + "\n")
            out.write(f"  problems={problems} main.problem={main.problem!r}\n")
            problems.clear(); main.problem = None
    _close(desk)
