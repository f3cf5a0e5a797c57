"""Issue 16, the rest of the supervisor pages' defects: the review queue after review
actions, "Claim the next call", one Channel field on Outside contact, the sort arrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel
from pytestqt.qtbot import QtBot

from hotline.ui.supervisor.calllog_model import CALL_ID_ROLE, ROW_ROLE
from hotline.ui.supervisor.calllog_page import CallLogPage
from hotline.ui.supervisor.review_queue import QUEUE, ReviewQueuePage
from hotline.ui.worker import DbWorker
from tests.ui.conftest import settle
from tests.ui.test_supervisor_pages import desk, show_page, worker

__all__ = ["desk", "worker"]


def _id(page: CallLogPage, row: int) -> int | None:
    value = page.model.data(page.model.index(row, 0), CALL_ID_ROLE)
    return None if value is None else int(value)


def _click_header(qtbot: QtBot, page: CallLogPage, section: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_the_queue_follows_review_actions_made_anywhere(qtbot: QtBot, worker: DbWorker) -> None:
    queue = ReviewQueuePage(worker)
    show_page(qtbot, queue, worker)
    log = CallLogPage(worker)
    show_page(qtbot, log, worker)
    waiting = queue.model.total
    oldest = _id(queue, 0)
    assert waiting and oldest is not None
    # in the call log, the supervisor filters to calls waiting, oldest first, and approves one
    log.set_filter(QUEUE)
    settle(qtbot, worker)
    _click_header(qtbot, log, 0)  # newest first -> oldest first
    settle(qtbot, worker)
    assert _id(log, 0) == oldest
    log.select_row(0)
    settle(qtbot, worker)
    qtbot.mouseClick(log.detail.review.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert log.model.total == waiting - 1  # it left the filtered log too
    # the queue, not touched, no longer offers the approved call
    assert queue.model.total == waiting - 1
    assert _id(queue, 0) != oldest
    # the queue's own Approve: the call leaves the queue at once, and the log knows it
    queue.select_row(0)
    settle(qtbot, worker)
    second = _id(queue, 0)
    qtbot.mouseClick(queue.detail.review.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert queue.model.total == waiting - 2
    assert _id(queue, 0) != second
    assert queue.detail.detail is None or queue.detail.detail.record.id != second
    assert log.model.total == waiting - 2  # the log's filter is the queue's
    assert second not in {_id(log, r) for r in range(5)}


def test_a_comment_in_the_queue_keeps_the_call_shown_and_selected(
    qtbot: QtBot, worker: DbWorker
) -> None:
    queue = ReviewQueuePage(worker)
    show_page(qtbot, queue, worker)
    queue.select_row(1)
    settle(qtbot, worker)
    shown = _id(queue, 1)
    qtbot.keyClicks(queue.detail.review.comment, "Outcome looks incomplete")
    qtbot.mouseClick(queue.detail.review.comment_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert queue.detail.detail is not None and queue.detail.detail.record.id == shown
    selected = queue.table.selectionModel().selectedRows()
    assert [_id(queue, i.row()) for i in selected] == [shown]


def test_claim_the_next_call_takes_the_highlighted_one(qtbot: QtBot, worker: DbWorker) -> None:
    page = ReviewQueuePage(worker)
    show_page(qtbot, page, worker)
    assert page.next_button is not None
    page.select_row(3)
    settle(qtbot, worker)
    highlighted = _id(page, 3)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.detail.detail is not None
    assert page.detail.detail.record.id == highlighted
    assert page.detail.detail.row.review_state == "claimed"
    row = page.model.row_of(highlighted) if highlighted is not None else None
    assert row is not None
    assert page.model.data(page.model.index(row, 0), ROW_ROLE).review_state == "claimed"
    # with nothing highlighted: the first call as shown
    page.detail.close_call()
    settle(qtbot, worker)
    first = _id(page, 0)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, worker)
    assert page.detail.detail is not None and page.detail.detail.record.id == first


def test_outside_contact_has_one_channel_field(qtbot: QtBot, worker: DbWorker) -> None:
    from hotline.ui.supervisor.outside_contact import OutsideContactPage

    page = OutsideContactPage(worker)
    show_page(qtbot, page, worker)
    channel = page.tr("Channel")
    shown = [
        label
        for label in page.findChildren(QLabel)
        if label.isVisibleTo(page) and label.text().strip().rstrip(":") == channel
    ]
    assert len(shown) == 1
    assert not page.form.channel.isVisibleTo(page)
    assert page.channel.isVisibleTo(page)


def _arrow_points_down(header: QHeaderView, section: int) -> bool:
    """Read the drawn arrow: its widest row of dark pixels is at its top when it points down."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section) - 3
    widths: list[int] = []
    for y in range(image.height()):
        background = QColor(image.pixel(right, y)).lightness()  # the row's own shade
        dark = sum(
            1
            for x in range(right - 14, right)
            if background - QColor(image.pixel(x, y)).lightness() > 60
        )
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "no sort arrow drawn"
    return widths[0] > widths[-1]


def test_the_sort_arrow_says_the_order_of_the_rows(qtbot: QtBot, worker: DbWorker) -> None:
    page = CallLogPage(worker)
    show_page(qtbot, page, worker)
    header = page.table.horizontalHeader()
    first, second = (page.model.data(page.model.index(r, 0), ROW_ROLE) for r in (0, 1))
    assert first.started_at >= second.started_at  # newest first
    assert _arrow_points_down(header, 0)
    _click_header(qtbot, page, 0)
    settle(qtbot, worker)
    first, second = (page.model.data(page.model.index(r, 0), ROW_ROLE) for r in (0, 1))
    assert first.started_at <= second.started_at  # oldest first
    assert not _arrow_points_down(header, 0)
