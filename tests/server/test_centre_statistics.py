"""The supervisor's trends on a centre (issue 15) count in SQL on the server, not in the
workstation's local desk: the same calls saved on a single-file desk and on a centre,
by the same operators through the same service, give the same figures, every one the
Statistics page shows (months in the desk's zone, Asia/Baku; a sealed call counted as
on the desk); an operator is refused them, and her own login counts only her calls."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hotline.desk_time import DEFAULT_ZONE
from hotline.errors import PermissionDenied
from hotline.permissions import Role
from hotline.records import CallRecord
from hotline.services import approvals, calls, centre_people, centre_sealing, sealing, trends, users
from hotline.services.centre_session import CentreSession, open_centre
from hotline.services.session import Session
from hotline.services.trends import Trends
from hotline.storage.server.statistics import period_counts
from tests.conftest import (
    ADMIN,
    ADMIN_PW,
    OPERATOR,
    OPERATOR_PW,
    SUPERVISOR,
    SUPERVISOR_PW,
    Desk,
)
from tests.server.enrolled import JoinedCentre, set_up_with
from tests.server.postgres import PostgresServer

SECOND = "aysel"
SECOND_PW = "the kettle sings before the phone rings"
FIRST, LAST = "2026-01", "2026-05"
DECISION = sealing.decision("court", "2-44/2026", date(2026, 11, 20))


def at(day: str, clock: str) -> datetime:
    """A moment in UTC (Baku is UTC+4: 20:00 UTC is already the next day there)."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=UTC)


def content(
    started: datetime, topics: tuple[str, ...], outcomes: tuple[str, ...], **more: object
) -> CallRecord:
    record = CallRecord(
        started_at=started,
        operator_id=0,
        duration_s=240,
        nature="self_report",
        relation="self",
        caller_sex="female",
        caller_age="25_34",
        caller_citizenship="azerbaijan",
        region="baku",
        call_language="az",
        topics=topics,
        primary_topic=topics[0],
        outcomes=outcomes,
        consent="yes",
        notes="Zəng edən iş təklifi haqqında soruşdu",
    )
    return record.with_changes(**more)


def empty(started: datetime, why: str) -> CallRecord:
    return CallRecord(started_at=started, operator_id=0, no_content=why)


# (who saves it, the call), oldest first. The last of leyla's February calls is sealed.
CALLS: tuple[tuple[str, CallRecord], ...] = (
    # 23:30 in Baku on 31 December: December, before the period
    (OPERATOR, content(at("2025-12-31", "19:30"), ("work_abroad",), ("information_given",))),
    # 00:30 in Baku on 1 January: January
    (
        OPERATOR,
        content(
            at("2025-12-31", "20:30"),
            ("work_abroad", "trafficking_report"),
            ("information_given", "ngo"),
            destination="AE",
            possible_victim=True,
            exploitation="forced_labour",
            labour_sector="construction",
            heard_of="social_media",
        ),
    ),
    (
        SECOND,
        content(
            at("2026-01-15", "10:00"),
            ("marriage_foreigner",),
            ("information_given",),
            destination="TR",
            heard_of="campaign",
        ),
    ),
    (OPERATOR, empty(at("2026-01-20", "08:00"), "silent")),
    (
        OPERATOR,
        content(
            at("2026-02-03", "12:00"),
            ("trafficking_report",),
            ("ngo", "psychological_aid"),
            destination="RU",
            possible_victim=True,
            relative_involved=True,
            exploitation="forced_labour",
            labour_sector="agriculture",
        ),
    ),
    (SECOND, empty(at("2026-02-10", "16:00"), "dropped")),
    (
        OPERATOR,
        content(
            at("2026-02-20", "09:00"),
            ("trafficking_report",),
            ("information_given",),
            destination="AE",
            possible_victim=True,
        ),
    ),
    # 23:59 in Baku on 31 March: March; 00:00 on 1 April: April
    (
        SECOND,
        content(
            at("2026-03-31", "19:59"),
            ("work_abroad",),
            ("information_given",),
            interpreter_needed=True,
            heard_of="police",
        ),
    ),
    (
        OPERATOR,
        content(
            at("2026-03-31", "20:00"),
            ("education_abroad",),
            ("information_given",),
            destination="DE",
        ),
    ),
    (
        OPERATOR,
        content(
            at("2026-04-12", "07:00"),
            ("domestic_violence",),
            ("psychological_aid",),
            heard_of="social_media",
        ),
    ),
    (
        SECOND,
        content(
            at("2026-05-02", "11:00"),
            ("work_abroad",),
            ("information_given", "shelter"),
            destination="AE",
            possible_victim=True,
            interpreter_needed=True,
        ),
    ),
    # 00:30 in Baku on 1 June: after the period
    (OPERATOR, content(at("2026-05-31", "20:30"), ("work_abroad",), ("information_given",))),
)
SEALED = 6  # CALLS' index of the call sealed on both
PASSWORDS = {OPERATOR: OPERATOR_PW, SECOND: SECOND_PW}


def _save_all(open_as: Callable[[str, str], Session]) -> list[int]:
    """CALLS saved through calls.save_call, each operator's in a session of hers (one
    session at a time: the desk is held by one); the ids in CALLS' order."""
    ids: dict[int, int] = {}
    for who, password in PASSWORDS.items():
        session = open_as(who, password)
        try:
            for n, (author, record) in enumerate(CALLS):
                if author == who:
                    mine = record.with_changes(operator_id=session.user_id)
                    ids[n] = calls.save_call(session, mine).call_id
            if isinstance(session, CentreSession):  # sent through her outbox
                assert session.outbox is not None
                assert session.outbox.send_now().pending == 0
        finally:
            session.close()
    return [ids[n] for n in range(len(CALLS))]


def _on_desk(desk: Desk) -> Trends:
    admin = desk.open()
    try:
        users.add_user(admin, SECOND, frozenset({Role.OPERATOR}), SECOND_PW)
    finally:
        admin.close()
    ids = _save_all(desk.open)
    admin = desk.open()
    try:
        request = sealing.request_approval(admin, DECISION, [ids[SEALED]])
    finally:
        admin.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        approvals.approve(rashad, request.id)
    finally:
        rashad.close()
    admin = desk.open()
    try:
        assert sealing.seal(admin, [ids[SEALED]], DECISION, request.id).destroyed.calls == 1
    finally:
        admin.close()
    rashad = desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        return trends.trends(rashad, FIRST, LAST)
    finally:
        rashad.close()


def _on_centre(joined: JoinedCentre) -> list[int]:
    """CALLS saved on the centre by the operators' sessions on the workstation, each
    sent through the outbox; the sealed one sealed by the administrator (nobody else
    may approve yet), then the supervisor added."""
    ids = _save_all(lambda who, pw: open_centre(joined.first, who, pw, send=False))
    admin = centre_people.sign_in(joined.first, ADMIN, ADMIN_PW)
    try:
        done = centre_sealing.seal(admin, [ids[SEALED]], DECISION)
        assert done.destroyed.calls == 1
        centre_people.add_user(admin, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    finally:
        admin.close()
    return ids


@pytest.fixture
def centre(postgres: PostgresServer, tmp_path: Path) -> JoinedCentre:
    return set_up_with(
        postgres,
        tmp_path / "ws",
        [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SECOND, frozenset({Role.OPERATOR}), SECOND_PW),
        ],
    )


def _expected(t: Trends) -> None:
    """The figures CALLS make, worked out by hand."""
    assert [(m.month, m.calls, m.with_content, m.possible_victims) for m in t.months] == [
        ("2026-01", 3, 2, 1),
        ("2026-02", 3, 2, 2),
        ("2026-03", 1, 1, 0),
        ("2026-04", 2, 2, 0),
        ("2026-05", 1, 1, 1),
    ]
    assert [m.by_topic for m in t.months] == [
        {"work_abroad": 1, "marriage_foreigner": 1},
        {"trafficking_report": 2},
        {"work_abroad": 1},
        {"education_abroad": 1, "domestic_violence": 1},
        {"work_abroad": 1},
    ]
    assert (t.calls, t.with_content, t.possible_victims) == (10, 8, 4)
    assert t.referrals == (
        ("information_given", 6),
        ("ngo", 2),
        ("psychological_aid", 2),
        ("shelter", 1),
    )
    assert t.destinations == (("AE", 3), ("DE", 1), ("RU", 1), ("TR", 1))
    assert dict(t.flags) == {"relative_involved": 1, "interpreter_needed": 2}
    assert t.heard_of == (("social_media", 2), ("campaign", 1), ("police", 1))
    assert t.labour_sectors == (("agriculture", 1), ("construction", 1))


def test_the_same_calls_count_the_same_on_a_desk_and_on_a_centre(
    staffed_desk: Desk, centre: JoinedCentre
) -> None:
    on_desk = _on_desk(staffed_desk)
    _expected(on_desk)
    _on_centre(centre)
    rashad = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        assert isinstance(rashad, CentreSession)
        # The workstation's own desk holds none of the calls: a count there says 0.
        assert rashad.db.scalar("SELECT count(*) FROM calls") == 0
        on_centre = trends.trends(rashad, FIRST, LAST)
        # One month alone, and a period with no call at all, agree too.
        april = trends.trends(rashad, "2026-04", "2026-04")
        none = trends.trends(rashad, "2024-01", "2024-03")
    finally:
        rashad.close()
    assert on_centre == on_desk
    _expected(on_centre)
    assert [(m.month, m.calls) for m in april.months] == [("2026-04", 2)]
    assert none.calls == 0 and none.referrals == () and dict(none.flags)["interpreter_needed"] == 0
    # The administrator (who may see the page too) counts the same.
    admin = open_centre(centre.first, ADMIN, ADMIN_PW, send=False)
    try:
        assert trends.trends(admin, FIRST, LAST) == on_desk
    finally:
        admin.close()


def test_an_operator_is_refused_and_her_login_counts_only_her_calls(
    centre: JoinedCentre,
) -> None:
    ids = _on_centre(centre)
    leyla = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        with pytest.raises(PermissionDenied):
            trends.trends(leyla, FIRST, LAST)
        # Her own SQL on her own login: row-level security keeps only her calls, so the
        # service's refusal is what keeps such counts from being shown as the centre's.
        own = period_counts(leyla.conn, DEFAULT_ZONE, FIRST, LAST)
    finally:
        leyla.close()
    mine = [i for i, (who, _r) in enumerate(CALLS) if who == OPERATOR]
    in_period = [i for i in mine if i not in (0, len(CALLS) - 1)]
    assert sum(m.calls for m in own.totals) == len(in_period) < len(ids) - 2
    rashad = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        everyone = period_counts(rashad.conn, DEFAULT_ZONE, FIRST, LAST)
    finally:
        rashad.close()
    assert sum(m.calls for m in everyone.totals) == len(ids) - 2


def test_odd_coded_values_written_by_sql_do_not_fail_the_page(centre: JoinedCentre) -> None:
    """An operator's own INSERT may put anything in her call's coded fields (the policy
    checks only whose call it is): the counts skip what is not a proper value and the
    page still opens for every supervisor."""
    _on_centre(centre)
    leyla = open_centre(centre.first, OPERATOR, OPERATOR_PW, send=False)
    try:
        started = at("2026-02-14", "10:00")
        for n, coded in enumerate(
            (
                {"topics": "work_abroad", "primary_topic": "work_abroad", "outcomes": 7},
                {"topics": [1, None], "primary_topic": 1, "outcomes": {"a": 1}},
                {"possible_victim": "yes", "destination": ["AE"], "heard_of": 5},
            )
        ):
            leyla.conn.execute(
                "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, %s, %s::jsonb)",
                (
                    9_000_000 + n,
                    started + timedelta(minutes=n),
                    json.dumps({**coded, "operator_id": leyla.user_id}),
                ),
            )
    finally:
        leyla.close()
    rashad = open_centre(centre.first, SUPERVISOR, SUPERVISOR_PW, send=False)
    try:
        t = trends.trends(rashad, FIRST, LAST)
    finally:
        rashad.close()
    february = t.months[1]
    assert (february.calls, february.with_content, february.possible_victims) == (6, 5, 2)
    assert february.by_topic == {"trafficking_report": 2}
    assert dict(t.referrals)["information_given"] == 6
    assert dict(t.destinations)["AE"] == 3 and dict(t.heard_of)["social_media"] == 2
