"""Live: a call saved on another workstation (a process of its own) reaches a supervisor's
window as a Qt signal within two seconds, with its id and nothing else; the review claim
is exclusive across workstations (two claimants at once: exactly one wins)."""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from pytestqt.qtbot import QtBot

from hotline.errors import InvalidInput, NotFound
from hotline.permissions import Role
from hotline.services import centre_audit
from hotline.storage.server.audit import Appender, ServerAuditLog
from hotline.storage.server.claims import ClaimRepository
from hotline.storage.server.schema_audit import CALLS_CHANNEL
from hotline.ui.live import LiveUpdates
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer
from tests.server.workstations import enrol, held, read_out, writer

OPERATOR = frozenset({Role.OPERATOR})
SUPERVISOR = frozenset({Role.SUPERVISOR})
CALLS = 12


@pytest.fixture
def centre(postgres: PostgresServer) -> ServerCentre:
    found = set_up(postgres)
    enrol(found, "leyla", OPERATOR)
    enrol(found, "nigar", SUPERVISOR)
    enrol(found, "samir", SUPERVISOR)
    return found


def test_a_new_call_reaches_a_supervisor_within_two_seconds(
    centre: ServerCentre, qtbot: QtBot, tmp_path: Path
) -> None:
    live = LiveUpdates()
    arrived: dict[int, float] = {}
    live.call_saved.connect(lambda call_id: arrived.setdefault(call_id, time.time()))
    reloads: list[float] = []
    timer = live.reload_on("call_saved", lambda: reloads.append(time.time()))
    live.start(centre.url_of("nigar"), None)
    try:
        assert live.wait_ready(10)
        out = tmp_path / "leyla.out"
        proc = writer(centre, "leyla", tmp_path, out, count=CALLS, pause=0.3)
        # The GUI thread's event loop runs meanwhile, as a supervisor's window's does.
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
        assert proc.returncode == 0
        written = read_out(out)
        qtbot.waitUntil(lambda: len(arrived) == CALLS, timeout=5000)
    finally:
        live.stop()
    assert set(arrived) == set(written.saved)  # the ids, each once, nothing else
    from_start = [arrived[cid] - written.sent_at[cid] for cid in arrived]
    from_commit = [arrived[cid] - written.saved_at[cid] for cid in arrived]
    print(
        f"\nnotification after the save began: median {statistics.median(from_start) * 1000:.1f}"
        f" ms, max {max(from_start) * 1000:.1f} ms; after the writer saw its commit: median"
        f" {statistics.median(from_commit) * 1000:.1f} ms, max {max(from_commit) * 1000:.1f} ms"
    )
    assert max(from_start) < 2.0
    assert reloads and max(reloads) - max(arrived.values()) < 2.0  # the page reloaded
    del timer


def test_the_notification_carries_the_call_id_only(centre: ServerCentre, tmp_path: Path) -> None:
    with centre.connect_as("nigar") as conn:
        conn.execute(f"LISTEN {CALLS_CHANNEL}")
        out = tmp_path / "leyla.out"
        assert writer(centre, "leyla", tmp_path, out, count=1).wait(timeout=60) == 0
        notes = list(conn.notifies(timeout=5.0, stop_after=1))
    (call_id,) = read_out(out).saved
    assert [(n.channel, n.payload) for n in notes] == [(CALLS_CHANNEL, str(call_id))]


def _appender(
    centre: ServerCentre, name: str, conn: psycopg.Connection[tuple[Any, ...]]
) -> Appender:
    person = centre.people[name]
    key = person.identity.secrets.signing_private
    assert key is not None
    return Appender(conn, person.user_id, key)


def _calls(centre: ServerCentre, tmp_path: Path, count: int) -> list[int]:
    out = tmp_path / "leyla.out"
    assert writer(centre, "leyla", tmp_path, out, count=count).wait(timeout=60) == 0
    return list(read_out(out).saved)


def test_two_claimants_at_once_exactly_one_wins(centre: ServerCentre, tmp_path: Path) -> None:
    calls = _calls(centre, tmp_path, 20)
    conns = {name: centre.connect_as(name) for name in ("nigar", "samir")}
    wins: dict[int, list[str]] = {cid: [] for cid in calls}
    refused: list[str] = []
    try:
        for call_id in calls:
            barrier = threading.Barrier(2)

            def claim(name: str, call_id: int = call_id, barrier: Any = barrier) -> None:
                conn = conns[name]
                appender = _appender(centre, name, conn)
                barrier.wait()
                try:
                    centre_audit.claim_review(conn, appender, call_id, centre.people[name].user_id)
                    wins[call_id].append(name)
                except InvalidInput as exc:
                    refused.append(exc.message())

            threads = [threading.Thread(target=claim, args=(n,)) for n in conns]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(10)
        assert all(len(w) == 1 for w in wins.values()), wins
        assert len(refused) == len(calls)
        assert set(refused) == {"call: another supervisor is reviewing this call; try again later."}
        print(
            f"\n{len(calls)} calls claimed by two supervisors at once: one winner each "
            f"(nigar {sum(w == ['nigar'] for w in wins.values())},"
            f" samir {sum(w == ['samir'] for w in wins.values())})"
        )
        with centre.superuser() as su:
            for call_id, (winner,) in wins.items():
                claim_row = ClaimRepository(su).holder(call_id)
                assert claim_row is not None and claim_row.claimant == centre.people[winner].login
                assert ServerAuditLog(su).actions_of("call", call_id) == ["call.save", "call.claim"]
        assert held(centre).problems == []
    finally:
        for conn in conns.values():
            conn.close()


def test_a_claim_lapses_is_released_and_is_the_supervisors_only(
    centre: ServerCentre, tmp_path: Path
) -> None:
    (call_id,) = _calls(centre, tmp_path, 1)
    nigar, samir = centre.people["nigar"], centre.people["samir"]
    with centre.connect_as("nigar") as n, centre.connect_as("samir") as s:
        assert ClaimRepository(n).claim(call_id, nigar.user_id, minutes=0.5 / 60)
        assert not ClaimRepository(s).claim(call_id, samir.user_id)
        assert not ClaimRepository(s).release(call_id)  # not hers to give back
        taken = s.execute(  # nor taken with SQL of her own
            "UPDATE hotline.review_claims SET claimant = session_user WHERE call_id = %s",
            (call_id,),
        )
        assert taken.rowcount == 0
        holder = ClaimRepository(s).holder(call_id)
        assert holder is not None and holder.claimant == nigar.login
        time.sleep(0.7)  # nigar's claim lapsed
        with pytest.raises(errors.InsufficientPrivilege):  # taken over, but not in her name
            s.execute(
                "UPDATE hotline.review_claims SET claimant = %s, expires_at = now() + interval"
                " '1 hour' WHERE call_id = %s",
                (nigar.login, call_id),
            )
        assert ClaimRepository(s).claim(call_id, samir.user_id)
        assert not ClaimRepository(n).claim(call_id, nigar.user_id)
        release = _appender(centre, "samir", s)
        centre_audit.release_review(s, release, call_id)
        assert ClaimRepository(n).holder(call_id) is None
        assert ClaimRepository(n).claim(call_id, nigar.user_id)
    with centre.connect_as("leyla") as op, pytest.raises(errors.InsufficientPrivilege):
        ClaimRepository(op).claim(call_id, centre.people["leyla"].user_id)
    with centre.connect_as("nigar") as n, pytest.raises(NotFound):
        ClaimRepository(n).claim(1, nigar.user_id)  # no such call
