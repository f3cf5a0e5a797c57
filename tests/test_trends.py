"""Trends: calls per month by topic, the possible-victim share, referrals, destinations."""

from __future__ import annotations

import pytest

from hotline.errors import InvalidInput, PermissionDenied
from hotline.records import utcnow
from hotline.services import demo, trends
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW, Desk


def test_trends_count_coded_fields_by_month(staffed_desk: Desk) -> None:
    admin = staffed_desk.open(ADMIN, ADMIN_PW)
    try:
        demo.generate(admin, 3000, seed=4, months=6)
        expected_content = int(
            admin.db.scalar("SELECT count(*) FROM calls WHERE no_content IS NULL")
        )
        expected_victims = int(admin.db.scalar("SELECT sum(possible_victim) FROM calls"))
    finally:
        admin.close()
    session = staffed_desk.open(SUPERVISOR, SUPERVISOR_PW)
    try:
        last = utcnow().strftime("%Y-%m")
        first = trends.months_between("2000-01", last)[-8]
        t = trends.trends(session, first, last)
        assert len(t.months) == 8 and t.months[-1].month == last
        assert t.calls == 3000
        assert t.with_content == expected_content
        assert t.possible_victims == expected_victims
        assert 0 < t.victim_share < 1
        for line in t.months:
            assert sum(line.by_topic.values()) == line.with_content
        assert set(t.topics) >= {k for m in t.months for k in m.by_topic}
        assert t.referrals[0][0] == "information_given"
        assert {c for c, _n in t.destinations} <= set(demo.DESTINATIONS)
        with pytest.raises(InvalidInput):
            trends.trends(session, last, first)
        with pytest.raises(InvalidInput):
            trends.trends(session, "2026-13", "2026-14")
    finally:
        session.close()
    operator = staffed_desk.open(OPERATOR, OPERATOR_PW)
    try:
        with pytest.raises(PermissionDenied):
            trends.trends(operator, "2026-01", "2026-02")
    finally:
        operator.close()


def test_months_between_crosses_years() -> None:
    assert trends.months_between("2025-11", "2026-02") == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
