"""The supervisor's call log: filters, full-text search in three languages, sorting,
keyset paging, saved filters, the audited detail, entities across calls."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from hotline import desk_time
from hotline.errors import InvalidInput, PermissionDenied
from hotline.records import CallRecord, Entity, utcnow
from hotline.services import calllog, calls
from hotline.services.calllog import CallFilter, Sort
from hotline.services.calls import NotValid
from hotline.services.session import Session
from hotline.storage.calllog import fts_query
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk

LEYLA, RASHAD = 2, 3


def a_call(operator_id: int = LEYLA, days_ago: float = 1, **changes: object) -> CallRecord:
    record = CallRecord(
        started_at=utcnow() - timedelta(days=days_ago),
        operator_id=operator_id,
        duration_s=300,
        nature="information_request",
        relation="self",
        caller_sex="female",
        caller_age="25_34",
        region="baku",
        call_language="az",
        topics=("work_abroad",),
        primary_topic="work_abroad",
        outcomes=("information_given",),
        notes="",
    )
    return record.with_changes(**changes)


@pytest.fixture
def filled(staffed_desk: Desk) -> Desk:
    """Six calls by leyla of different kinds, saved through the operator's service."""
    session = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        saved = [
            a_call(days_ago=40, notes="Agentlik pasportu saxlayır, Dubayda otel işi."),
            a_call(
                days_ago=3,
                topics=("migration", "work_abroad"),
                primary_topic="migration",
                notes="Работодатель удерживает паспорт, регистрация мигранта.",
                call_language="ru",
                entities=(Entity("agency", "Star Travel"),),
            ),
            a_call(
                days_ago=2,
                topics=("trafficking_report",),
                primary_topic="trafficking_report",
                concerned_age="under_18",
                relation="professional",
                child_involved=True,
                notes="A boy begging at the metro station every evening.",
                call_language="en",
                region="ganja_dashkasan",
                entities=(Entity("agency", "  STAR travel "),),
            ),
            a_call(
                days_ago=1,
                topics=("domestic_violence",),
                primary_topic="domestic_violence",
                immediate_danger=True,
                outcomes=("emergency_services", "information_given"),
                duration_s=90,
            ),
            a_call(
                days_ago=0.5,
                possible_victim=True,
                topics=("work_abroad", "trafficking_report"),
                indicators=("debt_bondage",),
                outcomes=("information_given", "ngo"),
                region="lankaran_astara",
                entities=(Entity("agency", "Star Travel"), Entity("phone", "+994 50 123 45 67")),
                duration_s=1200,
            ),
        ]
        for record in saved:
            calls.save_call(session, record)
        calls.log_no_content(session, "silent")
    finally:
        session.close()
    return staffed_desk


@pytest.fixture
def supervisor(filled: Desk) -> Iterator[Session]:
    session = filled.open(SUPERVISOR, SUPERVISOR_PW)
    yield session
    session.close()


def all_ids(session: Session, f: CallFilter, sort: Sort | None = None, limit: int = 2) -> list[int]:
    """Walk every page with the keyset cursor (small pages to exercise it)."""
    out: list[int] = []
    cursor = None
    while True:
        found = calllog.page(session, f, sort or Sort(), cursor, limit)
        out += found.ids
        cursor = found.cursor
        if cursor is None:
            return out


def test_filters_narrow_the_log(supervisor: Session) -> None:
    s = supervisor
    assert calllog.count(s, CallFilter()) == 6
    assert calllog.count(s, CallFilter(with_content=True)) == 5
    assert calllog.count(s, CallFilter(topic="work_abroad")) == 3
    assert calllog.count(s, CallFilter(child=True)) == 1
    assert calllog.count(s, CallFilter(danger=True)) == 1
    assert calllog.count(s, CallFilter(possible_victim=True)) == 1
    assert calllog.count(s, CallFilter(outcome="ngo")) == 1
    assert calllog.count(s, CallFilter(open_tasks=True)) == 1  # the minors' report
    assert calllog.count(s, CallFilter(operator_id=LEYLA)) == 6
    assert calllog.count(s, CallFilter(operator_id=RASHAD)) == 0
    assert calllog.count(s, CallFilter(review_state="new")) == 6
    assert calllog.count(s, CallFilter(review_state=calllog.UNREVIEWED)) == 6
    assert calllog.count(s, CallFilter(review_state="reviewed")) == 0
    today = utcnow().astimezone(desk_time.zone(None)).date()  # the desk's day, not UTC's
    recent = CallFilter(date_from=today - timedelta(days=10), date_to=today)
    assert calllog.count(s, recent) == 5
    old = CallFilter(date_from=today - timedelta(days=60), date_to=today - timedelta(days=30))
    assert calllog.count(s, old) == 1
    combined = CallFilter(date_from=today - timedelta(days=10), topic="work_abroad")
    assert calllog.count(s, combined) == 2
    # the ids and the count agree, page by page
    assert len(all_ids(s, combined)) == 2


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("pasportu", 1),  # az
        ("saxlayır", 1),
        ("saxlayir", 1),  # typed without the dotless i
        ("паспорт", 1),  # ru, prefix of an inflected form
        ("РЕГИСТРАЦИЯ", 1),
        ("begging metro", 1),  # en, every word required
        ("begging dubai", 0),
        ('"otel', 1),  # stray quotes are harmless
        ("NEAR( OR AND *", 0),  # FTS syntax in user text is only words
    ],
)
def test_full_text_search_in_three_languages(supervisor: Session, text: str, hits: int) -> None:
    assert calllog.count(supervisor, CallFilter(text=text)) == hits


def test_fts_query_quotes_user_text() -> None:
    assert fts_query('a"b OR') == '"ab" AND "OR"'
    assert fts_query("iş") == '"iş"'
    assert fts_query("Dəniz saxlayır") == '"Deniz"* AND "saxlayir"*'
    assert fts_query("") == ""


def test_sorting_and_keyset_paging_agree_with_offset(supervisor: Session) -> None:
    s = supervisor
    for column in ("date", "duration", "operator", "review"):
        for descending in (True, False):
            sort = Sort(column, descending)
            keyset = all_ids(s, CallFilter(), sort)
            offset = calllog.ids(s, CallFilter(), sort, 0, 100)
            assert keyset == offset, column
    by_duration = calllog.rows(s, all_ids(s, CallFilter(with_content=True), Sort("duration")))
    assert [r.duration_s for r in by_duration] == sorted(
        (r.duration_s for r in by_duration), reverse=True
    )
    newest = calllog.rows(s, calllog.ids(s, CallFilter(), Sort("date", True), 0, 10))
    assert [r.started_at for r in newest] == sorted((r.started_at for r in newest), reverse=True)
    with pytest.raises(ValueError):
        Sort("notes")


def test_rows_are_light_and_complete(supervisor: Session) -> None:
    ids = calllog.ids(supervisor, CallFilter(possible_victim=True), Sort())
    (row,) = calllog.rows(supervisor, ids)
    assert row.operator == OPERATOR
    assert row.primary_topic == "work_abroad"
    assert row.other_topics == ("trafficking_report",)
    assert row.outcomes == ("information_given", "ngo")
    assert row.possible_victim and not row.child
    assert row.review_state == "new" and row.open_tasks == 0
    assert not hasattr(row, "notes")
    child = calllog.rows(supervisor, calllog.ids(supervisor, CallFilter(child=True), Sort()))
    assert child[0].open_tasks == 2  # the Commission and the guardianship authority


def test_saved_filters_are_per_user(supervisor: Session, filled: Desk) -> None:
    f = CallFilter(date_from=date(2026, 1, 1), topic="migration", child=True, text="паспорт")
    calllog.save_filter(supervisor, "Migrants with children", f)
    calllog.save_filter(supervisor, "Migrants with children", f)  # overwrite, not a copy
    assert calllog.saved_filters(supervisor) == [("Migrants with children", f)]
    with pytest.raises(InvalidInput):
        calllog.save_filter(supervisor, "  ", f)
    calllog.delete_filter(supervisor, "Migrants with children")
    assert calllog.saved_filters(supervisor) == []


def test_opening_a_call_is_audited_and_shows_who_has_seen_it(supervisor: Session) -> None:
    (call_id,) = calllog.ids(supervisor, CallFilter(child=True), Sort())
    detail = calllog.open_call(supervisor, call_id)
    assert "begging" in detail.record.notes
    assert [t.kind for t in detail.tasks] == ["minors_commission_report", "guardianship_report"]
    again = calllog.open_call(supervisor, call_id)  # a refresh within minutes: one entry
    assert [(line.user, line.action) for line in again.seen_by] == [(SUPERVISOR, "call.notes_read")]
    entries = supervisor.audit.entries("call", call_id)
    assert sum(e.action == "call.notes_read" for e in entries) == 1
    # later readings are recorded again
    monkey_window = calllog.NOTES_READ_WINDOW
    try:
        calllog.NOTES_READ_WINDOW = timedelta(seconds=-1)
        calllog.open_call(supervisor, call_id)
    finally:
        calllog.NOTES_READ_WINDOW = monkey_window
    entries = supervisor.audit.entries("call", call_id)
    assert sum(e.action == "call.notes_read" for e in entries) == 2


def test_an_operator_cannot_read_the_log(filled: Desk) -> None:
    session = filled.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            calllog.count(session, CallFilter())
        with pytest.raises(PermissionDenied):
            calllog.open_call(session, 1)
        assert session.audit.entries()[0].action == "permission.denied"
    finally:
        session.close()


def test_entity_links_every_call_that_mentions_it(supervisor: Session) -> None:
    (call_id,) = calllog.ids(supervisor, CallFilter(possible_victim=True), Sort())
    detail = calllog.open_call(supervisor, call_id)
    agency = next(e for e in detail.entities if e.kind == "agency")
    assert agency.value == "Star Travel"
    assert agency.calls == 3  # "Star Travel", "  STAR travel ", on three calls
    assert agency.regions == 3  # baku, ganja_dashkasan, lankaran_astara
    assert call_id in agency.call_ids
    phone = next(e for e in detail.entities if e.kind == "phone")
    assert phone.calls == 1
    # following the link filters the log to those calls
    linked = CallFilter(entity_kind="agency", entity_key=agency.key)
    assert sorted(all_ids(supervisor, linked)) == sorted(agency.call_ids)
    assert calllog.entity_link(supervisor, "agency", agency.key).calls == 3


def test_linked_calls_of_the_same_pseudonym(supervisor: Session) -> None:
    first = calllog.ids(supervisor, CallFilter(danger=True), Sort())[0]
    detail = calllog.open_call(supervisor, first)
    assert detail.linked == ()
    record = detail.record
    assert record.caller_pseudonym is None or detail.row.pseudonym == record.caller_pseudonym


def test_walk_in_entered_on_behalf_with_its_real_date(filled: Desk) -> None:
    session = filled.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        yesterday = utcnow() - timedelta(days=1)
        walk_in = a_call(operator_id=RASHAD, channel="walk_in").with_changes(started_at=yesterday)
        saved = calllog.enter_on_behalf(session, walk_in, LEYLA)
        (row,) = calllog.rows(session, [saved.call_id])
        assert row.operator == OPERATOR and row.entered_by == SUPERVISOR
        assert row.started_at == yesterday and row.channel == "walk_in"
        tomorrow = a_call(channel="walk_in").with_changes(started_at=utcnow() + timedelta(days=1))
        with pytest.raises(NotValid) as refused:
            calllog.enter_on_behalf(session, tomorrow, LEYLA)
        assert refused.value.problems[0].field == "started_at"
        with pytest.raises(InvalidInput):
            calllog.enter_on_behalf(session, a_call(channel="phone"), LEYLA)
        with pytest.raises(InvalidInput):
            calllog.enter_on_behalf(session, a_call(channel="walk_in"), 999)
    finally:
        session.close()
    operator = filled.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            calllog.enter_on_behalf(operator, a_call(channel="walk_in"), LEYLA)
    finally:
        operator.close()


def test_who_has_seen_includes_a_returning_callers_history(filled: Desk) -> None:
    session = filled.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        saved = calls.save_call(
            session, a_call(operator_id=RASHAD, caller_pseudonym="Limon Dolu 555", notes="first")
        )
        calls.caller_history(session, "limon dolu 555")  # the form shows earlier calls
        seen = calllog.open_call(session, saved.call_id).seen_by
        assert [(s.user, s.action) for s in seen] == [
            (SUPERVISOR, "call.notes_read"),
            (SUPERVISOR, "call.notes_read"),
        ]
        other = calllog.ids(session, CallFilter(child=True), Sort())[0]
        assert calllog.open_call(session, other).seen_by[0].action == "call.notes_read"
        assert len(calllog.open_call(session, other).seen_by) == 1
    finally:
        session.close()
