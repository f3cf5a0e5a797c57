"""Offline (issue 15): the operator's window says plainly, in the status line, that the
centre's server cannot be reached and how many calls wait on this computer, in az, ru
and en, within a 1366 px screen; once the server is back the sender delivers them and
the message goes. A real server (stopped and started), a real outbox, the real sender's
thread and the real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hotline.services.outbox import Backoff, Sender
from hotline.ui import i18n
from hotline.ui.main_window import MainWindow
from hotline.ui.outbox_status import OutboxStatus
from hotline.ui.status_line import MARK
from tests.server.offline import (
    centre_with_operator,
    open_outbox,
    own_server,
    sealed,
    server_count,
)
from tests.server.postgres import PostgresServer
from tests.ui.clipping import clipped

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SAID = {
    "en": "The server cannot be reached: 2 calls kept on this computer will be sent when it is back",
    "ru": "Сервер недоступен: 2 звонка сохранены на этом компьютере и будут отправлены, "
    "когда сервер вернётся",
    "az": "Serverə qoşulmaq mümkün deyil: bu kompüterdə saxlanılan 2 zəng server qayıdanda "
    "göndəriləcək",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def test_the_status_line_says_the_calls_kept_while_the_server_is_out_of_reach(
    qtbot: QtBot, operator_window: MainWindow, server: PostgresServer, tmp_path: Path
) -> None:
    window = operator_window
    line = window.warning_label
    assert not window.statusBar().isVisible()  # nothing to say yet
    centre = centre_with_operator(server)
    outbox = open_outbox(centre, tmp_path, backoff=Backoff(0.2, 2, 0.5))
    status = OutboxStatus(window.show_offline, window)
    sender = Sender(outbox, status.report)
    sender.start()
    try:
        first = sealed(centre)
        sender.keep(first)
        qtbot.waitUntil(lambda: outbox.store.count() == 0, timeout=10_000)
        assert server_count(centre, [first.id]) == 1
        QApplication.processEvents()
        assert not window.statusBar().isVisible()

        server.stop()
        calls = [sealed(centre), sealed(centre)]
        for call in calls:
            sender.keep(call)
        qtbot.waitUntil(lambda: SAID["en"] in line.text(), timeout=10_000)
        assert window.statusBar().isVisible() and line.isVisible()
        assert line.text().startswith(MARK + SAID["en"])  # said first
        SHOTS.mkdir(exist_ok=True)
        for language in ("az", "ru", "en"):
            i18n.install(language)
            window.retranslate()
            QApplication.processEvents()
            assert SAID[language] in line.text(), line.text()
            assert SAID[language] in line.toolTip()
            assert window.width() <= 1366
            assert [f for f in clipped(window) if "⚠" in f] == []
            window.grab().save(str(SHOTS / f"{language}_status_outbox_offline.png"))
        assert outbox.store.count() == 2  # kept, the server still down

        server.start()
        sender.wake()
        qtbot.waitUntil(lambda: outbox.store.count() == 0, timeout=20_000)
        qtbot.waitUntil(lambda: not window.statusBar().isVisible(), timeout=10_000)
        assert line.kept_offline is None and line.warnings == ()
        assert server_count(centre, [c.id for c in calls]) == 2
        assert server_count(centre) == 3
        # out of reach with nothing kept (yet): said too, without a count
        window.show_offline(0)
        assert window.statusBar().isVisible()
        assert line.text() == MARK + (
            "The server cannot be reached: calls saved now are kept on this computer "
            "and will be sent when it is back"
        )
        window.show_offline(None)
        assert not window.statusBar().isVisible()
    finally:
        sender.stop()
        outbox.close()
