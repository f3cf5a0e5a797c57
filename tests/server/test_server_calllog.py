"""The call log's first page on a centre's server (storage/server/calllog.py): the
filters keep exactly the calls they name, newest first, as the supervisor's login role
sees them (row-level security: an operator sees only her own)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from hotline.permissions import Role
from hotline.storage.calllog import UNREVIEWED, CallFilter, Sort
from hotline.storage.server import calllog
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from tests.server.centre import set_up
from tests.server.postgres import PostgresServer

START = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _coded(n: int, operator_id: int) -> dict[str, Any]:
    topics = ["labour", "migration"] if n % 2 == 0 else ["sexual"]
    return {
        "operator_id": operator_id,
        "primary_topic": topics[0],
        "topics": topics,
        "outcomes": ["referred"] if n % 3 == 0 else ["informed"],
        "child_involved": n % 4 == 0,
        "believed_child": n == 5,
        "immediate_danger": n % 5 == 0,
        "possible_victim": n % 2 == 1,
        "review_state": "reviewed" if n % 3 == 1 else "new",
        "no_content": "silent" if n == 7 else None,
        "duration_s": 60 * n,
        "channel": "phone",
    }


def test_the_first_page_after_a_filter(postgres: PostgresServer) -> None:
    centre = set_up(postgres)
    leyla = centre.add_person("leyla", frozenset({Role.OPERATOR}))
    farid = centre.add_person("farid", frozenset({Role.OPERATOR}))
    centre.add_person("nigar", frozenset({Role.SUPERVISOR}))
    made: dict[int, dict[str, Any]] = {}
    for n in range(1, 13):
        person, name = (leyla, "leyla") if n <= 8 else (farid, "farid")
        coded = _coded(n, person.user_id)
        with centre.connect_as(name) as conn:
            ServerCallRepository(conn).save(
                SealedCall(1000 + n, START + timedelta(days=n), coded, (), {})
            )
        made[1000 + n] = coded

    def expect(keep: Any) -> list[int]:
        return sorted((i for i, c in made.items() if keep(i - 1000, c)), reverse=True)

    with centre.connect_as("nigar") as conn:

        def ids(f: CallFilter, limit: int = 50) -> list[int]:
            return [r.id for r in calllog.first_page(conn, f, limit)]

        assert ids(CallFilter()) == expect(lambda n, c: True)
        assert ids(CallFilter(), 3) == [1012, 1011, 1010]
        assert ids(CallFilter(topic="migration")) == expect(lambda n, c: n % 2 == 0)
        assert ids(CallFilter(danger=True)) == [1010, 1005]
        assert ids(CallFilter(outcome="referred", child=True)) == [1012]
        assert ids(CallFilter(child=True)) == expect(lambda n, c: n % 4 == 0 or n == 5)
        assert ids(CallFilter(possible_victim=True, operator_id=leyla.user_id)) == expect(
            lambda n, c: n % 2 == 1 and n <= 8
        )
        assert ids(CallFilter(review_state=UNREVIEWED)) == expect(lambda n, c: n % 3 != 1)
        assert ids(CallFilter(review_state="reviewed")) == expect(lambda n, c: n % 3 == 1)
        assert ids(CallFilter(with_content=True)) == expect(lambda n, c: n != 7)
        day = (START + timedelta(days=4)).date()
        assert ids(CallFilter(date_from=day, date_to=day + timedelta(days=2))) == [
            1006,
            1005,
            1004,
        ]
        [row] = calllog.first_page(conn, CallFilter(date_from=date(2026, 5, 6)), 50)[-1:]
        assert row.id == 1005 and row.operator == "leyla" and row.child and row.danger
        assert row.primary_topic == "sexual" and row.duration_s == 300
        with pytest.raises(calllog.FilterNotOnCentre):
            calllog.first_page(conn, CallFilter(text="passport"))
        # The filter's JSON goes into the query as a quoted literal: quotes, a percent
        # sign and a backslash are values, not SQL nor placeholders.
        for odd in ("x' OR true --", "50%s", 'a\\b"c'):
            assert ids(CallFilter(topic=odd)) == []
    with centre.connect_as("farid") as conn:  # row-level security: his own only
        assert [r.id for r in calllog.first_page(conn, CallFilter())] == expect(lambda n, c: n > 8)


def test_later_pages_in_every_sort_are_those_of_one_whole_sort(postgres: PostgresServer) -> None:
    """Each of the log's sorts, both ways, paged 5 at a time past the last row's keys
    (the rows and the ids only), gives exactly the whole list sorted by those keys;
    a filter and the search's ids (``only``) keep to their calls on every page."""
    centre = set_up(postgres)
    leyla = centre.add_person("leyla", frozenset({Role.OPERATOR}))
    farid = centre.add_person("farid", frozenset({Role.OPERATOR}))
    centre.add_person("nigar", frozenset({Role.SUPERVISOR}))
    sona = centre.add_person("sona", frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    made: dict[int, dict[str, Any]] = {}
    for n in range(1, 24):
        name, person = ("leyla", leyla) if n % 3 else ("farid", farid)
        coded = {**_coded(n, person.user_id), "duration_s": 60 * (n % 4)}  # ties
        with centre.connect_as(name) as conn:
            ServerCallRepository(conn).save(
                SealedCall(2000 + n, START + timedelta(hours=n // 2), coded, (), {})
            )
        made[2000 + n] = {**coded, "started": START + timedelta(hours=n // 2)}

    def key(column: str, call_id: int) -> tuple[Any, ...]:
        c = made[call_id]
        return {
            "date": (c["started"],),
            "duration": (c["duration_s"],),
            "operator": (c["operator_id"], c["started"]),
            "review": (c["review_state"], c["started"]),
        }[column] + (call_id,)

    with centre.connect_as("nigar") as conn:
        for column in ("date", "duration", "operator", "review"):
            for descending in (True, False):
                order = Sort(column, descending)
                want = sorted(made, key=lambda i: key(column, i), reverse=descending)
                rows, cursor = calllog.page(conn, CallFilter(), order, None, 5)
                got = [r.id for r in rows]
                while cursor is not None:
                    more, cursor = calllog.page_ids(conn, CallFilter(), order, cursor, 5)
                    got += more
                assert got == want, (column, descending)
                rows, cursor = calllog.page(conn, CallFilter(), order, None, 5)
                seen = [r.id for r in rows]
                while cursor is not None:  # the rows' own cursor, page after page
                    rows, cursor = calllog.page(conn, CallFilter(), order, cursor, 5)
                    seen += [r.id for r in rows]
                assert seen == want, (column, descending)
        danger = CallFilter(danger=True)
        order = Sort("duration", False)
        found, cursor = calllog.page(conn, danger, order, None, 2)
        ids = [r.id for r in found]
        while cursor is not None:
            more, cursor = calllog.page_ids(conn, danger, order, cursor, 2)
            ids += more
        assert ids == sorted(
            (i for i, c in made.items() if c["immediate_danger"]), key=lambda i: key("duration", i)
        )
        searched = CallFilter(text="passport")
        only = [2003, 2004, 2010, 999]
        rows, _cursor = calllog.page(conn, searched, Sort(), None, 50, only)
        assert [r.id for r in rows] == [2010, 2004, 2003]
        assert calllog.count(conn, searched, only) == 3
        assert calllog.count(conn, CallFilter(text="passport", danger=True), only) == 1
        assert calllog.page(conn, searched, Sort(), None, 50, [])[0] == []
        # Her own INSERT may put anything in her coded fields: the duration sort and the
        # rows still come, the junk shown as no time.
        with centre.connect_as("leyla") as own:
            junk = {**_coded(1, leyla.user_id), "duration_s": "junk"}
            ServerCallRepository(own).save(SealedCall(2999, START, junk, (), {}))
            huge = {**_coded(2, leyla.user_id), "duration_s": 1e300}
            ServerCallRepository(own).save(SealedCall(2998, START, huge, (), {}))
        rows, cursor = calllog.page(conn, CallFilter(), Sort("duration", False), None, 3)
        ids = [r.id for r in rows]
        while cursor is not None:
            more, cursor = calllog.page_ids(conn, CallFilter(), Sort("duration", False), cursor, 3)
            ids += more
        made[2999] = {**junk, "duration_s": 0, "started": START}
        assert ids[:-1] == sorted(made, key=lambda i: key("duration", i)) and ids[-1] == 2998
        assert [r.duration_s for r in calllog.rows_by_id(conn, [2999, 2998])] == [0, 0]
        # A supervisor who takes calls too may file one entered on behalf under any
        # operator_id, and an operator one with none: the log, its operator sort and
        # their rows still come (no name for either).
        with centre.connect_as("sona") as own:
            odd = {**_coded(3, 0), "operator_id": "junk", "entered_by": sona.user_id}
            ServerCallRepository(own).save(SealedCall(2997, START, odd, (), {}))
        with centre.connect_as("leyla") as own:
            nobody = {**_coded(4, 0), "operator_id": None}
            ServerCallRepository(own).save(SealedCall(2996, START, nobody, (), {}))
        made[2998] = {**huge, "started": START}
        made[2997] = {**odd, "operator_id": 0, "started": START}
        made[2996] = {**nobody, "operator_id": 0, "started": START}
        for descending in (True, False):
            order = Sort("operator", descending)
            rows, cursor = calllog.page(conn, CallFilter(), order, None, 4)
            ids = [r.id for r in rows]
            while cursor is not None:
                more, cursor = calllog.page_ids(conn, CallFilter(), order, cursor, 4)
                ids += more
            assert ids == sorted(made, key=lambda i: key("operator", i), reverse=descending)
        assert [r.operator for r in calllog.rows_by_id(conn, [2997, 2996])] == ["", ""]
        assert {r.id for r in calllog.first_page(conn, CallFilter())} >= {2997, 2996}
