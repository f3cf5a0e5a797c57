"""Several workstations writing to one centre at once, as processes of their own: every
call is there once with its audit entry, and the one chain verifies clean; a workstation
killed with SIGKILL mid-save leaves no half call; a server restarted mid-save loses and
doubles nothing (the client sends the save again, idempotent by its call id)."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hotline.permissions import Role
from hotline.storage.server.schema_audit import AUDIT_LOCK
from hotline.ui.live import LiveUpdates
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer, _as_server_user
from tests.server.workstations import Held, enrol, held, quiet_server, read_out, writer

OPERATOR = frozenset({Role.OPERATOR})
WRITE_SECONDS = 20


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    with quiet_server() as found:
        yield found


@pytest.fixture
def centre(server: PostgresServer) -> ServerCentre:
    found = set_up(server)
    enrol(found, "leyla", OPERATOR)
    enrol(found, "aysel", OPERATOR)
    return found


def _wait_for(path: Path, word: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and word in path.read_text():
            return
        time.sleep(0.05)
    raise AssertionError(f"{word!r} never appeared in {path.name}")


def _saves(path: Path) -> int:
    return len(read_out(path).saved)


def _check_whole(state: Held, acknowledged: set[int]) -> None:
    assert state.problems == []
    missing = acknowledged - set(state.calls)
    assert not missing, f"{len(missing)} acknowledged calls are not on the server"
    broken = {cid: rows for cid, rows in state.calls.items() if not state.whole(cid)}
    assert broken == {}, "calls without all their rows or with other than one entry"


def test_two_workstations_saving_at_once(centre: ServerCentre, tmp_path: Path) -> None:
    outs = {name: tmp_path / f"{name}.out" for name in ("leyla", "aysel")}
    procs = [
        writer(centre, name, tmp_path, out, seconds=WRITE_SECONDS) for name, out in outs.items()
    ]
    for proc in procs:
        assert proc.wait(timeout=WRITE_SECONDS + 60) == 0
    written = {name: read_out(out) for name, out in outs.items()}
    acknowledged = {cid for w in written.values() for cid in w.saved}
    sent = [cid for w in written.values() for cid in w.sending]
    assert len(sent) == len(set(sent)) == len(acknowledged)
    state = held(centre)
    _check_whole(state, acknowledged)
    assert set(state.calls) == acknowledged  # nothing but what they sent, each once
    counts = {name: len(w.saved) for name, w in written.items()}
    print(f"\n{WRITE_SECONDS} s, two writer processes: {counts} calls, chain verified clean")
    # The two really wrote at the same time: their entries interleave in the one chain.
    assert min(counts.values()) > 50
    with centre.superuser() as conn:
        authors = [
            str(r[0])
            for r in conn.execute(
                "SELECT author FROM hotline.audit WHERE action = 'call.save' ORDER BY seq"
            ).fetchall()
        ]
    switches = sum(1 for a, b in itertools.pairwise(authors) if a != b)
    assert switches > 20


def test_a_workstation_killed_mid_save_leaves_no_half_call(
    centre: ServerCentre, tmp_path: Path
) -> None:
    out = tmp_path / "leyla.out"
    other_out = tmp_path / "aysel.out"
    other = writer(centre, "aysel", tmp_path, other_out, seconds=3)
    proc = writer(centre, "leyla", tmp_path, out, seconds=60)
    _wait_for(out, "saved")
    while _saves(out) < 100:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)  # somewhere in a save: it spends its time there
    assert proc.wait(timeout=10) == -signal.SIGKILL
    assert other.wait(timeout=60) == 0  # the other workstation went on: no lock left held
    written = read_out(out)
    last = written.sending[-1]
    state = held(centre)
    _check_whole(state, set(written.saved) | set(read_out(other_out).saved))
    # The call being sent when it was killed: all of it, or nothing of it.
    assert last in written.saved or last not in state.calls or state.whole(last)
    print(
        f"\nkilled after {len(written.saved)} calls; the one in flight "
        f"{'was committed' if last in state.calls else 'left nothing'}"
    )


def test_a_server_restart_mid_save_loses_and_doubles_nothing(
    centre: ServerCentre, server: PostgresServer, tmp_path: Path
) -> None:
    outs = {name: tmp_path / f"{name}.out" for name in ("leyla", "aysel")}
    procs = [writer(centre, name, tmp_path, out, seconds=8) for name, out in outs.items()]
    for out in outs.values():
        _wait_for(out, "saved")
    time.sleep(1.0)
    restart = subprocess.run(
        _restart_argv(server), check=False, capture_output=True, text=True, timeout=60
    )
    assert restart.returncode == 0, restart.stderr
    for proc in procs:
        assert proc.wait(timeout=90) == 0  # each save completed or was sent again
    written = {name: read_out(out) for name, out in outs.items()}
    acknowledged = {cid for w in written.values() for cid in w.saved}
    sent = [cid for w in written.values() for cid in w.sending]
    assert set(sent) <= acknowledged | set(held(centre).calls)
    state = held(centre)
    _check_whole(state, acknowledged)
    assert set(state.calls) == acknowledged
    again = sum(1 for w in written.values() for v in w.saved.values() if v == "again")
    retried = {cid for w in written.values() for cid in w.retried}
    assert retried, "the restart interrupted no save"
    assert retried <= acknowledged  # each interrupted save was sent again and is there
    print(
        f"\nserver restarted mid-save: {len(acknowledged)} calls, each once; "
        f"{len(retried)} saves interrupted and sent again, {again} of them found "
        "already committed"
    )


def _restart_argv(server: PostgresServer) -> list[str]:
    return _as_server_user(
        [
            server.tool("pg_ctl"),
            "-D",
            str(server.data_dir),
            "-m",
            "fast",
            "-w",
            "-t",
            "60",
            "-l",
            str(server.root / "pg_ctl.log"),
            "restart",
        ]
    )


def test_the_live_feed_comes_back_after_a_server_restart(
    centre: ServerCentre, server: PostgresServer, tmp_path: Path, qtbot: QtBot
) -> None:
    live = LiveUpdates()
    arrived: list[int] = []
    lost: list[bool] = []
    live.call_saved.connect(arrived.append)
    live.lost.connect(lambda: lost.append(True))
    live.start(centre.url_of("aysel"), None)
    try:
        assert live.wait_ready(10)
        with (
            qtbot.waitSignal(live.lost, timeout=30000),
            qtbot.waitSignal(live.resync, timeout=30000),
        ):
            restart = subprocess.run(
                _restart_argv(server), check=False, capture_output=True, text=True, timeout=60
            )
            assert restart.returncode == 0, restart.stderr
        assert live.wait_ready(10)
        out = tmp_path / "leyla.out"
        proc = writer(centre, "leyla", tmp_path, out, count=1)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
        qtbot.waitUntil(lambda: bool(arrived), timeout=5000)
    finally:
        live.stop()
    assert arrived == list(read_out(out).saved)
    assert lost == [True]  # said once for the outage, not at each try to reconnect


def test_a_workstation_killed_inside_its_save_transaction_leaves_nothing_of_it(
    centre: ServerCentre, tmp_path: Path
) -> None:
    """The kill made certain to land mid-save: the test holds the chain's lock, so the
    writer stops inside its transaction (the call's rows written, its entry waiting)."""
    out = tmp_path / "leyla.out"
    proc = writer(centre, "leyla", tmp_path, out, seconds=60)
    _wait_for(out, "saved")
    login = centre.people["leyla"].login
    with centre.superuser() as su, su.transaction():
        su.execute("SELECT pg_advisory_xact_lock(%s)", (AUDIT_LOCK,))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            waiting = su.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s"
                " AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
                (login,),
            ).fetchone()
            if waiting == (1,):
                break
            time.sleep(0.02)
        else:
            raise AssertionError("the writer never waited for the chain's lock")
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
    written = read_out(out)
    in_flight = written.sending[-1]
    assert in_flight not in written.saved
    state = held(centre)
    assert in_flight not in state.calls  # its rows were rolled back with its transaction
    _check_whole(state, set(written.saved))
    # The chain goes on: another workstation saves and the chain still verifies.
    other_out = tmp_path / "aysel.out"
    assert writer(centre, "aysel", tmp_path, other_out, count=3).wait(timeout=60) == 0
    state = held(centre)
    _check_whole(state, set(written.saved) | set(read_out(other_out).saved))
