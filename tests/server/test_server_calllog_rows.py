"""The centre's call log rows from the server's small JSON list of the shown coded keys
(storage/server/calllog.py's row_columns and _row): what an operator's own INSERT may
put in her coded fields (values of other types than the desk writes) is shown by the
same Python rules as when the whole record's JSON was decoded per row; the names and
the seal mark come with the row, the same in the first page and in rows_by_id."""

from __future__ import annotations

from datetime import UTC, datetime

from hotline.permissions import Role
from hotline.storage.calllog import CallFilter
from hotline.storage.server import calllog
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from tests.server.centre import set_up
from tests.server.postgres import PostgresServer

START = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def test_odd_coded_values_are_shown_by_the_desks_rules(postgres: PostgresServer) -> None:
    centre = set_up(postgres)
    leyla = centre.add_person("leyla", frozenset({Role.OPERATOR}))
    centre.add_person("nigar", frozenset({Role.SUPERVISOR}))
    sona = centre.add_person("sona", frozenset({Role.OPERATOR, Role.SUPERVISOR}))
    odd = {
        "operator_id": leyla.user_id,
        "entered_by": sona.user_id,  # on behalf of leyla
        "duration_s": 12.7,
        "channel": 5,
        "no_content": None,
        "primary_topic": "labour",
        "topics": ["sexual", "labour", "migration"],
        "outcomes": ["referred", "informed"],
        "child_involved": [],
        "believed_child": "x",
        "immediate_danger": "yes",
        "possible_victim": 0,
        "review_state": None,
    }
    plain = {"operator_id": str(leyla.user_id), "topics": "ab", "channel": False}
    with centre.connect_as("sona") as own:  # her own INSERT, entered on behalf
        ServerCallRepository(own).save(SealedCall(3001, START, odd, (), {}))
    with centre.connect_as("leyla") as own:
        ServerCallRepository(own).save(SealedCall(3002, START, plain, (), {}))
    with centre.connect_as("nigar") as conn:
        rows = {r.id: r for r in calllog.first_page(conn, CallFilter())}
        assert {r.id: r for r in calllog.rows_by_id(conn, [3001, 3002])} == rows
    row = rows[3001]
    assert (row.operator, row.entered_by, row.duration_s) == ("leyla", "sona", 12)
    assert row.channel == "5" and row.no_content is None and row.primary_topic == "labour"
    assert row.other_topics == ("migration", "sexual")
    assert row.outcomes == ("informed", "referred")
    assert row.child and row.danger and not row.possible_victim
    assert row.review_state == "new" and row.open_tasks == 0 and row.seal is None
    assert row.started_at == START and row.pseudonym is None
    other = rows[3002]
    assert (other.operator, other.entered_by, other.channel) == ("leyla", None, "")
    assert other.other_topics == ("a", "b") and other.outcomes == () and other.duration_s == 0
    assert not (other.child or other.danger or other.possible_victim)
