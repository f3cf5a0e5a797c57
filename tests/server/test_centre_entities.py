"""Entities across calls on a centre (issue 15): the detail pane's "named in N calls"
and the call log's "Calls mentioning" filter answered on the server by the entities'
keyed lookup values (crypto/person_keys.py), as the desk answers them from its
call_entities; the server holds no entity's value (a pg_dump has none of them, in any
of the forms they are matched by), and sealing a call takes its lookup values out."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from hotline.crypto.person_keys import ENTITY_FIELD
from hotline.permissions import Role
from hotline.records import CallRecord, Entity
from hotline.services import calllog, calls, centre_people, centre_sealing, sealing
from hotline.services.centre_session import CentreSession, open_centre
from hotline.storage.calllog import CallFilter, Sort
from hotline.storage.server import connection
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.calls import ServerCallRepository
from hotline.ui.supervisor.calllog_page import CallLogPage
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.factories import job_in_dubai
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer
from tests.server.test_centre_log_pages import _save
from tests.server.test_centre_window import _close, _open_window
from tests.ui.conftest import settle

AGENCY = "Qz9 Star Travel"
PHONE = "+994 50 771 23 45"
# (region, entities) of the calls, oldest first: the agency written two ways, the phone
# two ways (its last nine digits match), and one call naming neither.
CALLS = (
    ("baku", (Entity("agency", AGENCY), Entity("phone", PHONE))),
    ("ganja_dashkasan", (Entity("agency", "  qz9 star   TRAVEL "),)),
    ("ganja_dashkasan", (Entity("phone", "050-771-23-45"),)),
    ("baku", ()),
    ("sumgait", (Entity("city", "Dubai"),)),
)
COURT = sealing.decision("court", "3-1/2026", "2026-11-20")


def _record(operator_id: int, n: int) -> CallRecord:
    region, entities = CALLS[n]
    return CallRecord(
        started_at=datetime(2026, 6, 1 + n, 10, 0, tzinfo=UTC),
        operator_id=operator_id,
        duration_s=100 + n,
        nature="information_request",
        topics=("work_abroad",),
        primary_topic="work_abroad",
        region=region,
        notes=f"call {n}",
        entities=entities,
    )


@dataclass
class Saved:
    joined: JoinedCentre
    ids: list[int]  # the calls, oldest first


@dataclass
class Centre(Saved):
    supervisor: CentreSession


@pytest.fixture
def saved(postgres: PostgresServer, tmp_path: Path) -> Saved:
    joined = set_up_with(
        postgres, tmp_path / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
    )
    leyla = centre_people.sign_in(joined.first, OPERATOR, OPERATOR_PW)
    try:
        return Saved(
            joined, [_save(leyla, _record(leyla.user_id, n)).id for n in range(len(CALLS))]
        )
    finally:
        leyla.close()


@pytest.fixture
def centre(saved: Saved) -> Iterator[Centre]:
    """The calls, and the administrator (a supervisor too) signed in on the workstation."""
    session = open_centre(saved.joined.first, ADMIN, ADMIN_PW, send=False)
    try:
        yield Centre(saved.joined, saved.ids, session)
    finally:
        session.close()


def _dump(joined: JoinedCentre) -> bytes:
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


def test_the_pane_and_the_log_find_an_entitys_calls_on_the_server(centre: Centre) -> None:
    ids, session = centre.ids, centre.supervisor
    detail = calllog.open_call(session, ids[0])
    links = {link.kind: link for link in detail.entities}
    assert set(links) == {"agency", "phone"}
    agency, phone = links["agency"], links["phone"]
    assert agency.value == AGENCY and phone.value == PHONE  # opened on the workstation
    assert (agency.calls, agency.regions, agency.call_ids) == (2, 2, (ids[1], ids[0]))
    assert (phone.calls, phone.regions, phone.call_ids) == (2, 2, (ids[2], ids[0]))
    assert calllog.open_call(session, ids[3]).entities == ()
    [city] = calllog.open_call(session, ids[4]).entities
    assert (city.calls, city.regions) == (1, 1)
    # The log's filter the pane's link sets: those calls, newest first, paged, counted,
    # with the log's other filters.
    for link, want in ((agency, [ids[1], ids[0]]), (phone, [ids[2], ids[0]])):
        mentioning = CallFilter(entity_kind=link.kind, entity_key=link.key)
        assert [r.id for r in calllog.first_page(session, mentioning, Sort(), 50).rows] == want
        first = calllog.first_page(session, mentioning, Sort(), 1)
        assert first.cursor is not None
        assert list(calllog.page(session, mentioning, Sort(), first.cursor, 1).ids) == want[1:]
        assert calllog.count(session, mentioning) == 2
        baku = replace(mentioning, topic="work_abroad", date_to=datetime(2026, 6, 1).date())
        assert calllog.count(session, baku) == 1
    # The lookup value alone finds the calls (its kind is bound into it); one no call
    # holds finds none.
    assert calllog.count(session, CallFilter(entity_kind="phone", entity_key=agency.key)) == 2
    assert calllog.count(session, CallFilter(entity_kind="agency", entity_key="0" * 64)) == 0
    # Nothing on the server holds an entity's value, in any form it is matched by.
    dump = _dump(centre.joined)
    for needle in ("Qz9", "qz9", "star travel", "771 23 45", "771-23-45", "507712345", "Dubai"):
        assert needle.encode() not in dump, needle


def test_sealing_a_call_takes_its_entity_lookup_values_out(centre: Centre) -> None:
    ids, session = centre.ids, centre.supervisor
    admin = centre_people.sign_in(centre.joined.first, ADMIN, ADMIN_PW)
    try:
        found = centre_sealing.find(admin, sealing.BY_CALL, str(ids[1]))
        # the preview counts the entities the seal takes away
        before = ServerCallRepository(admin.conn).load(ids[1])
        assert before is not None and before.coded[ENTITY_FIELD]
        [line] = centre_sealing.preview(admin, found)
        assert line.entities == len(before.coded[ENTITY_FIELD])
        centre_sealing.seal(admin, found, COURT, registers=[])
        coded = ServerCallRepository(admin.conn).load(ids[1])
    finally:
        admin.close()
    assert coded is not None and ENTITY_FIELD not in coded.coded
    [agency, _phone] = calllog.open_call(session, ids[0]).entities
    assert (agency.calls, agency.call_ids) == (1, (ids[0],))
    mentioning = CallFilter(entity_kind="agency", entity_key=agency.key)
    assert [r.id for r in calllog.first_page(session, mentioning, Sort(), 50).rows] == [ids[0]]


def test_the_real_detail_pane_on_a_centre_links_to_the_calls_mentioning_an_entity(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, saved: Saved
) -> None:
    ids = saved.ids
    desk = _open_window(qtbot, monkeypatch, saved.joined.first.folder, ADMIN, ADMIN_PW)
    try:
        desk.main.show_page("calllog")
        page = desk.main.pages["calllog"]
        assert isinstance(page, CallLogPage)
        qtbot.waitUntil(lambda: page.model.rowCount() == len(CALLS), timeout=10_000)
        row = page.model.row_of(ids[0])
        assert row is not None
        page.table.selectRow(row)
        settle(qtbot, desk.worker)
        pane = page.detail
        qtbot.waitUntil(lambda: pane.notes.toPlainText() == "call 0", timeout=10_000)
        assert pane.entities_box.isVisible()
        buttons = pane.entities_box.findChildren(QPushButton)
        texts = [b.text() for b in buttons]
        assert texts == [
            f"Agency or company “{AGENCY}”: in 2 calls from 2 regions",
            f"Phone number “{PHONE}”: in 2 calls from 2 regions",
        ], texts
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)  # every call naming it
        settle(qtbot, desk.worker)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        assert [page.model.call_id(r) for r in range(2)] == [ids[1], ids[0]]
        assert page.entity_label.isVisible() and AGENCY in page.entity_label.text()
        qtbot.waitUntil(lambda: page.count_label.text().endswith("2"), timeout=10_000)
        qtbot.mouseClick(page.entity_clear, Qt.MouseButton.LeftButton)
        settle(qtbot, desk.worker)
        qtbot.waitUntil(lambda: page.model.rowCount() == len(CALLS), timeout=10_000)
    finally:
        _close(desk)


def test_her_own_correction_of_an_entity_moves_its_lookup_value(centre: Centre) -> None:
    """Saved through the service and the outbox, then corrected by its operator: the
    pane finds the new agency's calls, the old one's lookup value finds none, and the
    centre's chain still verifies (the rows pinned again with the new value)."""
    operator = open_centre(centre.joined.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        record = job_in_dubai(
            operator.user_id or 0, notes="call 5", entities=(Entity("agency", "Qz9 Moon Jobs"),)
        )
        call_id = calls.save_call(operator, record).call_id
        assert operator.outbox is not None and operator.outbox.send_now().sent == 1
        [before] = calllog.open_call(centre.supervisor, call_id).entities
        assert before.calls == 1
        fixed = record.with_changes(entities=(Entity("agency", AGENCY),))
        calls.correct_own_call(operator, call_id, fixed)
    finally:
        operator.close()
    [after] = calllog.open_call(centre.supervisor, call_id).entities
    assert after.value == AGENCY and after.calls == 3
    assert call_id in after.call_ids
    gone = CallFilter(entity_kind="agency", entity_key=before.key)
    assert calllog.count(centre.supervisor, gone) == 0
    with connection.connect(centre.joined.server.url(db=centre.joined.database)) as conn:
        assert ServerAuditLog(conn).verify(None) == []
    assert b"Moon" not in _dump(centre.joined)
