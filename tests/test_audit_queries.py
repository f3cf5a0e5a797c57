"""The audit viewer's queries: a period narrowed by the primary key gives exactly the
entries a scan of every entry's time would (entries are appended in time order; the
entries of a clock set back are still found by their number or their record)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hotline.records import utcnow
from hotline.services.session import Session
from hotline.storage import audit_log
from hotline.storage.audit_queries import AuditFilter, AuditQueries


def test_a_period_found_by_binary_search_is_the_period(
    admin_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = utcnow() + timedelta(days=1)  # after the desk's own first entries, in order
    for day in range(40):
        moment = start + timedelta(days=day)
        monkeypatch.setattr(audit_log, "utcnow", lambda m=moment: m)
        with admin_session.audited():
            for _ in range(day % 3):  # some days without an entry
                admin_session.record("call.save", "call", day, {})
    monkeypatch.undo()
    queries = AuditQueries(admin_session.db)
    every = queries.search(AuditFilter(), limit=100_000)
    for since_day, until_day in ((0, 40), (10, 11), (12, 13), (5, 30), (39, 45), (-5, 2)):
        since, until = start + timedelta(days=since_day), start + timedelta(days=until_day)
        where = AuditFilter(since=since, until=until)
        expected = [e.seq for e in every if since <= e.at < until]
        assert [e.seq for e in queries.search(where)] == expected, (since_day, until_day)
        assert queries.count(where) == len(expected)
    assert queries.count(AuditFilter(), cap=5) == 5
