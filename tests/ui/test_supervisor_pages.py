"""The supervisor's pages clicked through on a desk: filtering, search, review with a
correction, the vault read with a reason, a task closing, the entity link, the
statistics page rendered for print; screenshots of each into screenshots/."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import Entity, IdentityDetails, utcnow
from hotline.services import calllog, calls, demo, review
from hotline.services.calllog import CallFilter
from hotline.ui.pages import PAGES
from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE, ROW_ROLE
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.supervisor.review_queue import ReviewQueuePage
from hotline.ui.supervisor.statistics_page import StatisticsPage
from hotline.ui.supervisor.tasks_page import TasksPage
from hotline.ui.worker import DbWorker
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk
from tests.test_calllog import LEYLA, a_call
from tests.ui.conftest import failure_on_worker, run_on_worker, settle
from tests.ui.test_supervisor_model import open_worker

SHOTS = Path(__file__).resolve().parent.parent.parent / "screenshots"


@pytest.fixture
def desk(staffed_desk: Desk) -> Desk:
    """Demo calls over a year plus scenario calls with entities, a vault entry, a child."""
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        demo.generate(admin, 2500, seed=152, months=12)
    finally:
        admin.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        agency = Entity("agency", "Star Travel MMC")
        calls.save_call(
            operator,
            a_call(
                days_ago=20,
                region="ganja_dashkasan",
                notes="Agentlik pasportu saxlayır, Dubayda otel işi vəd edib.",
                entities=(agency,),
            ),
        )
        calls.save_call(
            operator,
            a_call(
                days_ago=0.05,
                caller_pseudonym="Limon Dolu 101",
                topics=("work_abroad", "trafficking_report"),
                indicators=("debt_bondage",),
                possible_victim=True,
                destination="AE",
                exploitation="forced_labour",
                call_language="ru",
                region="absheron_khizi",
                outcomes=("follow_up_agreed", "information_given"),
                notes="Мать звонит: дочь работает в отеле в Дубае по 14 часов, паспорт у агентства.",
                entities=(agency, Entity("phone", "+994 50 123 45 67")),
                identity_consent=True,
            ),
            identity=IdentityDetails(name="Aynur M.", phone="+994 55 555 55 55"),
        )
        calls.save_call(
            operator,
            a_call(
                days_ago=0.02,
                topics=("trafficking_report",),
                primary_topic="trafficking_report",
                relation="professional",
                concerned_age="unknown",
                believed_child=True,
                exploitation="forced_begging",
                region="lankaran_astara",
                notes="A teacher reports a boy of about 11 begging at the metro every evening.",
                call_language="en",
                entities=(agency,),
            ),
        )
    finally:
        operator.close()
    return staffed_desk


@pytest.fixture
def worker(qtbot: QtBot, desk: Desk) -> Iterator[DbWorker]:
    w = DbWorker()
    open_worker(w, desk, SUPERVISOR, SUPERVISOR_PW)
    yield w
    w.stop()


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(exist_ok=True)
    path = SHOTS / name
    assert widget.grab().save(str(path))
    return path


def show_page(qtbot: QtBot, page: QWidget, worker: DbWorker) -> None:
    qtbot.addWidget(page)
    page.resize(1600, 950)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, worker)


def test_supervisor_pages_are_listed_for_supervisors_only() -> None:
    from hotline.ui.main_window import visible_pages

    keys = {p.key for p in visible_pages({Role.SUPERVISOR}, PAGES)}
    assert {"calllog", "review", "tasks", "statistics"} <= keys
    operator_keys = {p.key for p in visible_pages({Role.OPERATOR}, PAGES)}
    assert not operator_keys & {"calllog", "review", "tasks", "statistics"}


def test_filtering_and_search_from_the_filter_bar(qtbot: QtBot, worker: DbWorker) -> None:
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    assert page.model.total == 2503
    page.content_only.setChecked(True)
    settle(qtbot, worker)
    with_content = page.model.total
    assert with_content is not None and with_content < 2503
    page.topic.setCurrentIndex(page.topic.findData("trafficking_report"))
    page.child.setChecked(True)
    settle(qtbot, worker)
    expected = run_on_worker(
        worker, calllog.count, CallFilter(with_content=True, topic="trafficking_report", child=True)
    )
    assert page.model.total == expected
    for row in range(page.model.rowCount()):
        found = page.model.data(page.model.index(row, 0), ROW_ROLE)
        assert found is None or found.child
    page.reset()
    settle(qtbot, worker)
    for word, hits in (("saxlayir", 1), ("паспорт", 1), ("begging", 1), ("Dubai", 0)):
        page.search.setText(word)  # as typed (keyClicks cannot type Cyrillic offscreen)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        settle(qtbot, worker)
        demo_hits = run_on_worker(worker, calllog.count, CallFilter(text=word))
        assert page.model.total == demo_hits, word
        assert demo_hits >= hits
        page.search.clear()
    qtbot.keyClicks(page.search, "begging metro")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert page.model.total == 1
    # a saved filter comes back
    page.save_filter("Begging")
    settle(qtbot, worker)
    page.reset()
    settle(qtbot, worker)
    page._use_saved(page.saved.findData("Begging"))
    settle(qtbot, worker)
    assert page.search.text() == "begging metro" and page.model.total == 1


def test_detail_review_correction_vault_and_entity_link(qtbot: QtBot, worker: DbWorker) -> None:
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    page.select_row(1)  # the job in Dubai, second newest
    settle(qtbot, worker)
    pane = page.detail
    detail = pane.detail
    assert detail is not None and detail.record.caller_pseudonym == "Limon Dolu 101"
    assert "Дубае" in pane.notes.toPlainText()
    assert "read the notes" in pane.seen.text()
    shoot(page, "supervisor_call_log.png")
    # the entity link: the agency is on three calls from three regions
    buttons = [
        b for b in pane.entities_box.findChildren(type(page.save_button)) if "Star" in b.text()
    ]
    assert buttons and "3 calls from 3 regions" in buttons[0].text()
    # review with a correction: claim, correct the region with a reason
    qtbot.mouseClick(pane.review.claim_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert pane.detail is not None and pane.detail.row.review_state == "claimed"
    panel = pane.review
    panel.field.setCurrentIndex(panel.field.findData("region"))
    panel.value_combo.setCurrentIndex(panel.value_combo.findData("baku"))
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "reason" in panel.message.text()  # refused without a reason
    qtbot.keyClicks(panel.reason, "The caller lives in Baku, called from Sumgait")
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert pane.detail is not None and pane.detail.record.region == "baku"
    assert "The caller lives in Baku" in pane.history.text()
    assert "Absheron" in pane.history.text() or "absheron" in pane.history.text()
    # the vault: a reason is required, then the details show until the pane closes
    qtbot.mouseClick(pane.vault_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "reason" in pane.vault_text.text()
    qtbot.keyClicks(pane.vault_reason, "Police unit request 152/2026 with consent")
    qtbot.mouseClick(pane.vault_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "Aynur M." in pane.vault_text.text()
    assert "read the identity details" in pane.seen.text()
    pane.scroller.ensureWidgetVisible(pane.vault_box)
    shoot(page, "supervisor_detail_pane.png")
    qtbot.mouseClick(pane.close_button, Qt.MouseButton.LeftButton)
    assert "Aynur" not in pane.vault_text.text() and pane.identity == []
    # approve
    page.select_row(1)
    settle(qtbot, worker)
    qtbot.mouseClick(pane.review.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert pane.detail is not None and pane.detail.row.review_state == "reviewed"
    # following the entity link filters the log to the calls that mention it
    buttons = [
        b for b in pane.entities_box.findChildren(type(page.save_button)) if "Star" in b.text()
    ]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.model.total == 3
    assert page.entity_label.isVisible() and "Star Travel MMC" in page.entity_label.text()
    ids = {page.model.data(page.model.index(r, 0), CALL_ID_ROLE) for r in range(3)}
    assert len(ids) == 3
    qtbot.mouseClick(page.entity_clear, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.model.total == 2503


def test_the_vault_is_refused_to_an_operator_session(qtbot: QtBot, desk: Desk) -> None:
    w = DbWorker()
    try:
        open_worker(w, desk, OPERATOR, OPERATOR_PW)
        result = failure_on_worker(w, review.read_identity, 2502, "curious")
        from hotline.errors import PermissionDenied

        assert isinstance(result, PermissionDenied)
    finally:
        w.stop()


def test_review_queue_claims_the_next_call(qtbot: QtBot, worker: DbWorker) -> None:
    page = ReviewQueuePage(worker)
    show_page(qtbot, page, worker)
    waiting = page.model.total
    assert waiting and waiting < 2503
    first = page.model.data(page.model.index(0, 0), ROW_ROLE)
    assert first is not None and first.review_state != "reviewed" and first.no_content is None
    assert page.next_button is not None
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.detail.detail is not None
    assert page.detail.detail.row.review_state == "claimed"
    assert page.detail.detail.record.id == first.id  # the oldest first


def test_closing_the_minors_report_needs_a_note(qtbot: QtBot, worker: DbWorker) -> None:
    run_on_worker(
        worker, review.add_follow_up, 2501, utcnow() - timedelta(hours=3), LEYLA, "call back"
    )
    page = TasksPage(worker)
    show_page(qtbot, page, worker)
    lines = page.lines
    assert lines and all(t.status == "open" for t in lines)
    overdue = [t for t in lines if t.overdue()]
    assert overdue and "OVERDUE" in page.table.item(0, 0).text()
    report = next(t for t in lines if t.kind == "minors_commission_report" and t.call_id == 2503)
    page.select_task(report.id)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "how the report was made" in page.message.text()
    assert any(t.id == report.id for t in page.lines)
    shoot(page, "supervisor_tasks.png")
    page.select_task(report.id)
    qtbot.keyClicks(page.note, "Reported by phone to the district commission, ref. 114")
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert not any(t.id == report.id for t in page.lines)
    page.show_status.setCurrentIndex(page.show_status.findData("done"))
    settle(qtbot, worker)
    done = next(t for t in page.lines if t.id == report.id)
    assert done.note.startswith("Reported by phone")


def test_statistics_page_draws_and_prints(qtbot: QtBot, worker: DbWorker, tmp_path: Path) -> None:
    page = StatisticsPage(worker)
    show_page(qtbot, page, worker)
    t = page.trends
    assert t is not None and t.calls > 2000
    assert page.months_table.rowCount() == 13  # 12 months and the total
    assert "possible victim" in page.summary.text().lower()
    shoot(page, "supervisor_statistics.png")
    image = page.report_image(1600, 1100)
    assert not image.isNull()
    image.save(str(SHOTS / "supervisor_statistics_print.png"))
    # the printout has ink on it, not only white paper
    dark = sum(
        1
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 500
    pdf = tmp_path / "trends.pdf"
    page.save_pdf(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    # the chart alone also draws at small sizes without failing
    small = QImage(200, 120, QImage.Format.Format_RGB32)
    from PySide6.QtGui import QPainter

    painter = QPainter(small)
    page.chart.chart.paint(painter, QRectF(0, 0, 200, 120), page.font())
    painter.end()


@pytest.mark.parametrize("language", ["az", "ru"])
def test_screens_in_the_desks_languages(qtbot: QtBot, worker: DbWorker, language: str) -> None:
    from hotline.ui import i18n

    i18n.install(language)
    try:
        page = CallLogPage(worker)
        show_page(qtbot, page, worker)
        page.select_row(1)
        settle(qtbot, worker)
        assert page.detail.detail is not None
        english = {"Date and time", "Claim for review", "Coded record"}
        shown = {page.model.headerData(0, Qt.Orientation.Horizontal)}
        shown |= {page.detail.review.claim_button.text(), page.detail.record_box.title()}
        assert not shown & english
        shoot(page, f"supervisor_call_log_{language}.png")
        stats = StatisticsPage(worker)
        show_page(qtbot, stats, worker)
        shoot(stats, f"supervisor_statistics_{language}.png")
    finally:
        i18n.install("en")


def test_a_walk_in_entered_on_behalf_never_in_the_future(qtbot: QtBot, worker: DbWorker) -> None:
    from PySide6.QtCore import QDateTime

    from hotline.ui.supervisor.outside_contact import OutsideContactPage

    page = OutsideContactPage(worker)
    show_page(qtbot, page, worker)
    assert page.pseudonym and page.operator.count() >= 2
    page.operator.setCurrentIndex(page.operator.findText(OPERATOR))
    page.channel.setCurrentIndex(page.channel.findData("walk_in"))
    yesterday = QDateTime.currentDateTime().addDays(-1)
    page.when.setDateTime(yesterday)
    page.form.load(a_call(LEYLA, notes="Brother abroad, noted on paper by the duty officer."))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert "Saved for leyla" in page.message.text()
    found = run_on_worker(worker, calllog.ids, CallFilter(text="duty officer"), calllog.Sort())
    (row,) = run_on_worker(worker, calllog.rows, found)
    assert row.channel == "walk_in" and row.operator == OPERATOR and row.entered_by == SUPERVISOR
    when_typed = yesterday.toPython()
    assert isinstance(when_typed, datetime)
    assert abs((row.started_at - when_typed.astimezone(row.started_at.tzinfo)).total_seconds()) < 61
    # the date edit does not go past now; a record dated tomorrow is refused by validation
    assert page.when.maximumDateTime() <= QDateTime.currentDateTime()
    future = page.record().with_changes(started_at=utcnow() + timedelta(days=1))
    refused = failure_on_worker(worker, calllog.enter_on_behalf, future, LEYLA)
    assert isinstance(refused, calls.NotValid)
