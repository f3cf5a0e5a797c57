"""The supervisor's call log on a centre past its first page (issue 15), in the real
window signed in on a joined workstation: later pages come as the table is scrolled,
every sort pages on the server, the notes' words are found in the supervisor's own
index, and the detail pane shows a call's corrections, comments, readers and the other
calls of the same person (opened on the workstation: they are sealed on the server)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.records import CallRecord
from hotline.services import centre as centre_service
from hotline.services import centre_detail, centre_people, centre_search
from hotline.services.centre_people import CentreSignIn
from hotline.services.centre_pseudonyms import person_keys
from hotline.services.centre_session import coded_of, texts_of
from hotline.storage.server import tasks as server_tasks
from hotline.storage.server.audit import Appender
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from hotline.storage.server.centre import CentreRepository
from hotline.storage.server.tasks import NewTask, ServerTaskRepository
from hotline.storage.tasks import FOLLOW_UP
from hotline.ui.app import Desk
from hotline.ui.supervisor import calllog_model
from hotline.ui.supervisor.calllog_page import CallLogPage
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.centre import text_of
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_centre_window import _close, _open_window
from tests.ui.conftest import settle
from tests.ui.keys import type_text

# (duration in s, caller's pseudonym, person concerned's, notes) of the calls, oldest first
CALLS = (
    (300, "Lale-7", None, "She called about a job offer"),
    (60, "Gul-1", None, "Asked for the shelter's number"),
    (900, "Gul-2", None, "Pasportunu götürdülər, Dubayda saxlayırlar"),
    (120, "Lale-7", None, "Called again, still no contract"),
    (600, "Gul-4", None, "Её паспорт забрали, pasportunu qaytarmırlar"),
    (30, "Lale-7", None, "Silent for a while, then hung up"),
    (450, "Gul-6", "Lale-7", "Her sister rang about her"),
)
REASON = "The caller said Baku on the second call"
COMMENT = "Checked with the operator"


@dataclass
class Centre:
    joined: JoinedCentre
    ids: list[int]  # the calls, oldest first


def _save(signin: CentreSignIn, record: CallRecord) -> SealedCall:
    """The operator's call, sealed on her workstation and saved with its call.save entry."""
    centre = CentreRepository(signin.conn).centre()
    assert centre is not None
    call = centre_service.seal_call(
        text_of(signin),
        centre.vault_public,
        centre_service.new_call_id(),
        record.started_at,
        coded_of(record),
        texts_of(record),
        None,
        person_keys(signin.grants),
    )
    assert signin.secrets.signing_private is not None
    ServerCallRepository(signin.conn).save(
        call, audit=Appender(signin.conn, signin.user_id, signin.secrets.signing_private)
    )
    return call


def _seal_beside(joined: JoinedCentre, call: SealedCall, texts: list[tuple[str, str]]) -> None:
    """A correction and a comment sealed to the call's data key by the supervisor's keys
    and put beside its notes on the server (as the review writes them; with the
    superuser's connection here, the supervisors' own rights to write them being
    another piece of work)."""
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        reader = text_of(admin)
        reader.remember(call.id, call.keys)
        rows = [(call.id, name, reader.encrypt(call.id, name, body)) for name, body in texts]
    finally:
        admin.close()
    with psycopg.connect(joined.server.url(db=joined.database), autocommit=True) as conn:
        for row in rows:
            conn.execute(
                "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, %s, %s)", row
            )


def _record(
    signin: CentreSignIn,
    n: int,
    duration: int,
    caller: str | None,
    concerned: str | None,
    notes: str,
) -> CallRecord:
    return CallRecord(
        started_at=datetime(2026, 3, 1 + n, 10, 0, tzinfo=UTC),
        operator_id=signin.user_id,
        duration_s=duration,
        nature="information_request",
        caller_pseudonym=caller,
        concerned_pseudonym=concerned,
        topics=("work_abroad",),
        primary_topic="work_abroad",
        region="ganja_dashkasan",
        notes=notes,
    )


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> Centre:
    joined = set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )
    leyla = centre_people.sign_in(joined.first, OPERATOR, OPERATOR_PW)
    saved = []
    try:
        for n, call in enumerate(CALLS):
            saved.append(_save(leyla, _record(leyla, n, *call)))
    finally:
        leyla.close()
    at = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    _seal_beside(
        joined,
        saved[3],
        [
            centre_detail.correction_text({"region": ("ganja_dashkasan", "baku")}, REASON, 1, at),
            centre_detail.comment_text("comment", COMMENT, 1, at + timedelta(minutes=5)),
        ],
    )
    return Centre(joined, [c.id for c in saved])


def _shown_ids(page: CallLogPage, qtbot: QtBot, desk: Desk) -> list[int]:
    """Every call of the log in the order shown, scrolling down as a person does until
    no further page comes."""
    model = page.model
    while True:
        settle(qtbot, desk.worker)
        before = model.rowCount()
        page.table.scrollToBottom()
        settle(qtbot, desk.worker)
        if model.rowCount() == before and not model.canFetchMore():
            break
    return [int(model.call_id(r) or 0) for r in range(model.rowCount())]


def _click_header(qtbot: QtBot, page: CallLogPage, column: int) -> None:
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _desk(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, centre: Centre
) -> Iterator[tuple[Desk, CallLogPage]]:
    monkeypatch.setattr(calllog_model, "PAGE", 3)  # 7 calls make three pages
    desk = _open_window(qtbot, monkeypatch, centre.joined.first.folder, ADMIN, ADMIN_PW)
    try:
        desk.main.show_page("calllog")
        page = desk.main.pages["calllog"]
        assert isinstance(page, CallLogPage)
        yield desk, page
    finally:
        _close(desk)


@pytest.fixture
def window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, centre: Centre
) -> Iterator[tuple[Desk, CallLogPage]]:
    yield from _desk(qtbot, monkeypatch, centre)


def test_later_pages_and_every_sort_come_from_the_server_as_the_log_is_scrolled(
    qtbot: QtBot, centre: Centre, window: tuple[Desk, CallLogPage]
) -> None:
    desk, page = window
    ids = centre.ids
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: "7" in page.count_label.text(), timeout=10_000)
    assert _shown_ids(page, qtbot, desk) == ids[::-1]
    # Each row of the later pages shows its call (rows fetched for the ids shown).
    durations = {ids[n]: c[0] for n, c in enumerate(CALLS)}
    shown = [str(page.model.data(page.model.index(r, 1)) or "") for r in range(7)]
    assert all(shown) and len(set(shown)) == 7, shown
    # Duration: the first click sorts one way, the second the other, paged the same.
    by_length = sorted(ids, key=lambda i: durations[i])
    _click_header(qtbot, page, 1)
    first = _shown_ids(page, qtbot, desk)
    _click_header(qtbot, page, 1)
    second = _shown_ids(page, qtbot, desk)
    assert sorted([first, second]) == sorted([by_length, by_length[::-1]])
    assert first != second
    # Review state, then the date again, oldest first.
    _click_header(qtbot, page, 0)
    newest_first = _shown_ids(page, qtbot, desk)
    _click_header(qtbot, page, 0)
    assert sorted([newest_first, _shown_ids(page, qtbot, desk)]) == sorted([ids, ids[::-1]])
    assert "7" in page.count_label.text()


def test_the_notes_search_and_the_detail_pane_on_a_centre(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    centre: Centre,
    window: tuple[Desk, CallLogPage],
) -> None:
    desk, page = window
    ids = centre.ids
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    # The supervisor's own index was filled at sign-in, on the worker, from the server.
    settle(qtbot, desk.worker)
    signin = centre_people.sign_in(centre.joined.first, ADMIN, ADMIN_PW)
    try:
        index = centre_search.open_index(signin)
        try:
            assert index.count() == len(CALLS)
        finally:
            index.close()
    finally:
        signin.close()
    # The notes' words (az, folded: "pasport" finds "Pasportunu", "pasportunu"), found in
    # this supervisor's own index on the workstation, filled as the search is asked.
    qtbot.keyClicks(page.search, "pasport")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, desk.worker)
    assert _shown_ids(page, qtbot, desk) == [ids[4], ids[2]]
    assert page.count_label.text().endswith("2"), page.count_label.text()
    page.search.clear()
    type_text(page.search, "Москве")  # a word no call holds
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, desk.worker)
    assert page.model.rowCount() == 0
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    settle(qtbot, desk.worker)
    assert _shown_ids(page, qtbot, desk) == ids[::-1]

    # The fourth call: corrected and commented, of a person who called three more times.
    row = page.model.row_of(ids[3])
    assert row is not None
    page.table.selectRow(row)
    settle(qtbot, desk.worker)
    pane = page.detail
    qtbot.waitUntil(lambda: pane.notes.toPlainText() == CALLS[3][3], timeout=10_000)
    linked = [
        pane.linked.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pane.linked.count())
    ]
    assert linked == [ids[6], ids[5], ids[0]]  # newest first; the sister's call too
    assert pane.linked_box.isVisible()
    history = pane.history.text()
    assert REASON in history and ADMIN in history, history
    assert COMMENT in pane.comments.text() and ADMIN in pane.comments.text()
    assert ADMIN in pane.seen.text() and "read the notes" in pane.seen.text()
    # Another call of the person opens from the list: no corrections, no comments.
    pane.linked.setCurrentRow(2)
    item = pane.linked.currentItem()
    pane.linked.itemActivated.emit(item)
    settle(qtbot, desk.worker)
    qtbot.waitUntil(lambda: pane.notes.toPlainText() == CALLS[0][3], timeout=10_000)
    assert REASON not in pane.history.text() and COMMENT not in pane.comments.text()
    # A call saved on another workstation reloads the log (LISTEN/NOTIFY) and the pane
    # of the call shown: what the supervisor had typed in its review box stays.
    row = page.model.row_of(ids[6])
    assert row is not None
    page.table.selectRow(row)
    settle(qtbot, desk.worker)
    qtbot.waitUntil(lambda: pane.notes.toPlainText() == CALLS[6][3], timeout=10_000)
    qtbot.keyClicks(pane.review.comment, "Half a sentence")
    pane_opened: list[object] = []
    shown_before = pane.review.set_detail

    def spy(detail: object) -> None:
        pane_opened.append(detail)
        shown_before(detail)  # type: ignore[arg-type]

    monkeypatch.setattr(pane.review, "set_detail", spy)
    opened = len(pane_opened)
    leyla = centre_people.sign_in(centre.joined.first, OPERATOR, OPERATOR_PW)
    try:
        newest = _save(leyla, _record(leyla, 20, 75, "Gul-20", None, "A new call"))
    finally:
        leyla.close()
    qtbot.waitUntil(lambda: page.model.call_id(0) == newest.id, timeout=10_000)
    settle(qtbot, desk.worker)
    qtbot.waitUntil(lambda: len(pane_opened) > opened, timeout=10_000)  # shown again
    assert pane.notes.toPlainText() == CALLS[6][3]
    assert pane.review.comment.text() == "Half a sentence"


def _give_tasks(centre: Centre, tasks: dict[int, tuple[int, int]]) -> None:
    """(open, done) follow-up tasks on calls, made (and closed) by their operator."""
    leyla = centre_people.sign_in(centre.joined.first, OPERATOR, OPERATOR_PW)
    try:
        repo = ServerTaskRepository(leyla.conn)
        for call_id, (opened, done) in tasks.items():
            made = [
                NewTask(centre_service.new_call_id(), FOLLOW_UP, leyla.user_id)
                for _ in range(opened + done)
            ]
            server_tasks.insert(leyla.conn, call_id, made)
            for task in made[opened:]:
                assert repo.close(task.id, leyla.user_id, None)
    finally:
        leyla.close()


def test_the_open_tasks_filter_and_column_on_a_centre(
    qtbot: QtBot, centre: Centre, window: tuple[Desk, CallLogPage]
) -> None:
    desk, page = window
    ids = centre.ids
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    _give_tasks(centre, {ids[1]: (2, 0), ids[4]: (1, 1), ids[5]: (0, 2)})
    tasks_column = next(n for n, c in enumerate(calllog_model.COLUMNS) if c[0] == "tasks")

    def shown_tasks() -> dict[int, str]:
        model = page.model
        return {
            int(model.call_id(r) or 0): str(model.data(model.index(r, tasks_column)) or "")
            for r in range(model.rowCount())
        }

    # The box ticked as a supervisor does: only the calls with an open task, paged.
    qtbot.mouseClick(page.open_tasks, Qt.MouseButton.LeftButton)
    assert page.open_tasks.isChecked()
    settle(qtbot, desk.worker)
    assert _shown_ids(page, qtbot, desk) == [ids[4], ids[1]]
    assert shown_tasks() == {ids[4]: "1", ids[1]: "2"}
    qtbot.waitUntil(lambda: page.count_label.text().endswith("2"), timeout=10_000)
    # Unticked: every call again, the column counting the open tasks only.
    qtbot.mouseClick(page.open_tasks, Qt.MouseButton.LeftButton)
    settle(qtbot, desk.worker)
    assert _shown_ids(page, qtbot, desk) == ids[::-1]
    assert shown_tasks() == {i: {ids[1]: "2", ids[4]: "1"}.get(i, "") for i in ids}
    qtbot.waitUntil(lambda: page.count_label.text().endswith("7"), timeout=10_000)
