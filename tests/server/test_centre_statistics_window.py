"""The supervisor's Statistics page in the real window on a centre (issue 15): signed in
on her workstation, the period chosen, it shows the calls two operators save on
another workstation (counted on the server, recounted on its NOTIFY), the figures a
person reads in its widgets the same as the desk's; at a laptop's 1366x768 in az, ru
and en nothing is cut; with the server stopped it says so and shows no figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.services import centre_people
from hotline.services.centre_session import open_centre
from hotline.ui import i18n
from hotline.ui.supervisor import labels
from hotline.ui.supervisor.statistics_page import StatisticsPage
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import set_up_joined
from tests.server.offline import own_server, running
from tests.server.postgres import PostgresServer
from tests.server.test_centre_statistics import PASSWORDS, SECOND, _save_all
from tests.server.test_centre_window import _close, _open_window
from tests.ui.conftest import drain, settle

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"  # to look at; widths checked here


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def cells(table: QTableWidget) -> list[list[str]]:
    """Every cell's text as shown, row by row."""
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def headers(table: QTableWidget) -> list[str]:
    return [
        table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
        for c in range(table.columnCount())
    ]


MARGIN = 12  # a header section's own margins, both sides
CELL_MARGIN = 8  # a cell's


def uncut(page: StatisticsPage) -> list[str]:
    """What is shown narrower than its text: headers (the topic columns are elided on
    purpose, their full name in a tooltip), the names in the first columns (wrapped in
    their row's height), the period's labels and the buttons."""
    out = []
    for table in (
        page.months_table,
        page.referrals_table,
        page.destinations_table,
        page.reports_table,
    ):
        metrics = table.horizontalHeader().fontMetrics()
        fixed = 4 if table is page.months_table else table.columnCount()
        for column, text in enumerate(headers(table)[:fixed]):
            if table.columnWidth(column) < metrics.horizontalAdvance(text) + MARGIN:
                out.append(text)
        if table is page.months_table:  # its months fit: resized to its contents
            continue
        width = table.columnWidth(0) - CELL_MARGIN
        for row, line in enumerate(cells(table)):
            box = table.fontMetrics().boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), line[0]
            )
            if box.width() > width or box.height() > table.rowHeight(row):
                out.append(line[0])
    widgets: list[QWidget] = [page.from_label, page.to_label, page.show_button, page.pdf_button]
    for widget in widgets:
        text = widget.text()  # type: ignore[attr-defined]
        if widget.width() < widget.fontMetrics().horizontalAdvance(text):
            out.append(text)
    return out


def test_the_statistics_page_shows_the_operators_calls_counted_on_the_server(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, server: PostgresServer, tmp_path: Path
) -> None:
    if not running(server):
        server.start()
    joined = set_up_joined(server, tmp_path / "supervisor-ws")
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        added = centre_people.add_user(admin, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
        centre_people.add_user(admin, SECOND, frozenset({Role.OPERATOR}), PASSWORDS[SECOND])
        centre_people.add_user(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    finally:
        admin.close()
    operators_ws = joined.join(tmp_path / "operator-ws", added.enrolment_code)
    desk = _open_window(qtbot, monkeypatch, tmp_path / "supervisor-ws", SUPERVISOR, SUPERVISOR_PW)
    try:
        window = desk.main
        window.resize(1366, 768)
        page = window.pages["statistics"]
        assert isinstance(page, StatisticsPage)
        window.show_page("statistics")
        # She chooses January to May 2026 and clicks Show: nothing saved yet.
        page.first.setDate(QDate(2026, 1, 1))
        page.last.setDate(QDate(2026, 5, 1))
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert cells(page.months_table)[-1][:4] == ["Total", "0", "0", "0"]
        # Two operators save their calls on another workstation; each is sent through
        # her outbox, and the page counts again on the server's NOTIFY.
        _save_all(lambda who, pw: open_centre(operators_ws, who, pw, send=False))
        qtbot.waitUntil(
            lambda: bool(page.months_table.rowCount()) and cells(page.months_table)[-1][1] == "10",
            timeout=15_000,
        )
        settle(qtbot, desk.worker)
        drain()
        shown = cells(page.months_table)
        assert [row[:4] for row in shown] == [
            ["01.2026", "3", "2", "1"],
            ["02.2026", "3", "2", "2"],
            ["03.2026", "1", "1", "0"],
            ["04.2026", "2", "2", "0"],
            ["05.2026", "1", "1", "1"],
            ["Total", "10", "8", "4"],
        ]
        named = headers(page.months_table)
        work_abroad = named.index(labels.code("topic", "work_abroad"))
        assert [row[work_abroad] for row in shown] == ["1", "0", "1", "0", "1", "3"]
        trafficking = named.index(labels.code("topic", "trafficking_report"))
        assert [row[trafficking] for row in shown] == ["0", "2", "0", "0", "0", "2"]
        summary = page.summary.text()
        assert "01.2026 – 05.2026: 10 calls, 8 with content" in summary, summary
        assert "in 4 calls (50.0 % of calls with content)" in summary, summary
        assert "A relative may be involved in 1 calls; an interpreter was needed in 2" in summary
        assert [row[1:] for row in cells(page.referrals_table)] == [
            ["6", "75.0 %"],
            ["2", "25.0 %"],
            ["2", "25.0 %"],
            ["1", "12.5 %"],
        ]
        assert cells(page.referrals_table)[0][0] == labels.code("outcome", "information_given")
        assert [row[1] for row in cells(page.destinations_table)] == ["3", "1", "1", "1"]
        assert cells(page.destinations_table)[0][0] == labels.code("country", "AE")
        reports = {row[0]: row[1] for row in cells(page.reports_table)}
        assert reports[f"Forced labour in: {labels.code('labour_sector', 'agriculture')}"] == "1"
        assert sum(int(n) for k, n in reports.items() if k.startswith("Heard of 152")) == 4
        assert page.chart.chart.categories == [f"0{m}.2026" for m in range(1, 6)]
        # At a laptop's size, in each of the desk's languages: nothing narrower than
        # its text, and the PNGs to look at.
        SHOTS.mkdir(exist_ok=True)
        seen: dict[str, str] = {}
        for language in ("az", "ru", "en"):
            i18n.install(language)
            settle(qtbot, desk.worker)
            drain()
            assert window.width() == 1366 and window.height() == 768
            assert window.grab().save(str(SHOTS / f"centre_statistics_{language}.png"))
            assert uncut(page) == [], language
            seen[language] = " ".join([*headers(page.months_table), page.summary.text()])
        assert "Ay" in seen["az"] and any(ch in seen["az"] for ch in "əşğ"), seen["az"]
        assert "Месяц" in seen["ru"] and "звонков" in seen["ru"], seen["ru"]
        assert cells(page.months_table)[-1][1] == "10"  # the figures kept through each
        # The server stopped: Show says it cannot be reached, and shows no figures.
        server.stop()
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        assert "could not be reached" in page.summary.text(), page.summary.text()
        assert page.months_table.rowCount() == 0 and page.referrals_table.rowCount() == 0
    finally:
        i18n.install("en")
        _close(desk)
        if not running(server):
            server.start()
