"""Offline (issue 15): a workstation that loses the centre's server keeps the calls
saved meanwhile in its outbox and sends them when the server is back: every one once,
in the order saved, the outbox left empty; a send cut after the server committed
(the process killed before it knew) stores nothing twice; the outbox file holds no
free text in clear."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from hotline.permissions import Role
from hotline.services.outbox import Backoff, NoOwnKey, outbox_key, outbox_path
from hotline.storage.server.calls import ServerCallRepository
from hotline.storage.server.outbox import (
    FAILURE_REFUSED,
    FAILURE_UNREACHABLE,
    OutboxStore,
    OutboxUnreadable,
)
from tests.server.offline import (
    MARKER,
    Clock,
    centre_with_operator,
    open_outbox,
    own_server,
    sealed,
    server_count,
)
from tests.server.postgres import PostgresServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    yield from own_server()


def _forms(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    return [raw, raw.hex().encode(), raw.hex().upper().encode()]


def test_calls_saved_while_the_server_is_down_are_sent_once_when_it_is_back(
    server: PostgresServer, tmp_path: Path
) -> None:
    centre = centre_with_operator(server)
    clock = Clock()
    outbox = open_outbox(centre, tmp_path, clock=clock)
    first = sealed(centre)
    outbox.keep(first)
    state = outbox.send_due()
    assert (state.sent, state.pending, state.reachable) == (1, 0, True)

    server.stop()  # the network cut: the server is gone while the operator saves
    later = [sealed(centre) for _ in range(3)]
    for number, call in enumerate(later, start=1):
        outbox.keep(call)
        state = outbox.send_due()
        assert state.offline and state.pending == number and state.sent == 0
        clock.now += 100  # past any backoff: every save tried the server
    # nothing of the notes or the identity in clear in the file, nor in its rows
    outbox.store.checkpoint()
    files = [p for p in tmp_path.iterdir() if p.name.startswith("outbox-")]
    needles = _forms(MARKER)
    assert files and not [p for p in files if any(n in p.read_bytes() for n in needles)]
    bodies = outbox.store.db.query("SELECT body FROM outbox")
    assert len(bodies) == 3 and not [b for b in bodies if MARKER in str(b[0])]
    # each attempt stopped at the oldest call: the order is kept
    kept = outbox.store.pending()
    assert [(i.attempts, i.last_failure) for i in kept] == [
        (3, FAILURE_UNREACHABLE),
        (0, ""),
        (0, ""),
    ]

    server.start()
    clock.now += 100
    state = outbox.send_due()
    assert (state.sent, state.pending, state.reachable) == (3, 0, True)
    assert outbox.store.count() == 0
    ids = [c.id for c in (first, *later)]
    assert server_count(centre) == 4
    assert server_count(centre, ids) == 4
    with centre.superuser() as conn:
        order = [r[0] for r in conn.execute("SELECT id FROM hotline.calls ORDER BY saved_at")]
    assert order == ids  # in the order saved
    # the calls arrived whole: the supervisor opens each one's notes
    with centre.connect_as("leyla") as conn:
        got = ServerCallRepository(conn).load(later[-1].id)
    assert got is not None and got.texts == later[-1].texts
    outbox.close()


def test_the_backoff_waits_longer_after_each_failure(
    server: PostgresServer, tmp_path: Path
) -> None:
    centre = centre_with_operator(server)
    clock = Clock()
    outbox = open_outbox(centre, tmp_path, clock=clock, backoff=Backoff(1, 2, 8))
    server.stop()
    try:
        outbox.keep(sealed(centre))
        waits = []
        for _ in range(6):
            outbox.send_due()  # an attempt: due now
            wait = outbox.seconds_until_due()
            assert wait is not None
            waits.append(wait)
            clock.now += wait / 2
            outbox.send_due()  # too early: not an attempt
            clock.now += wait / 2
        assert waits == [1, 2, 4, 8, 8, 8]
        assert outbox.store.pending()[0].attempts == 6
    finally:
        server.start()
    state = outbox.send_due()
    assert state.sent == 1 and outbox.seconds_until_due() is None
    outbox.close()


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    import psycopg
    from hotline.services.outbox import Outbox
    from hotline.storage.server import connection
    from hotline.storage.server.calls import ServerCallRepository
    from hotline.storage.server.outbox import OutboxStore

    path, key, url = sys.argv[1], bytes.fromhex(sys.stdin.readline().strip()), sys.argv[2]
    real_save = ServerCallRepository.save

    def save_then_die(self, call):
        stored = real_save(self, call)  # committed on the server
        os.kill(os.getpid(), signal.SIGKILL)  # before the workstation knows it
        return stored

    ServerCallRepository.save = save_then_die
    outbox = Outbox(OutboxStore(Path(path), key), lambda: connection.connect(url))
    outbox.send_now()
    """
)


def test_a_send_cut_after_the_server_committed_is_not_stored_twice(
    server: PostgresServer, tmp_path: Path
) -> None:
    centre = centre_with_operator(server)
    outbox = open_outbox(centre, tmp_path)
    calls = [sealed(centre) for _ in range(3)]
    for call in calls:
        outbox.keep(call)
    path = outbox.store.path
    outbox.close()
    text = centre.text_of("leyla")
    key = outbox_key(text)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), centre.url_of("leyla")],
        input=key.hex() + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    ids = [c.id for c in calls]
    assert server_count(centre, ids) == 1  # the first call reached the server
    again = open_outbox(centre, tmp_path)
    assert [i.call.id for i in again.store.pending()] == ids  # the workstation never knew
    state = again.send_now()
    assert (state.sent, state.pending, state.refused) == (3, 0, 0)
    assert server_count(centre, ids) == 3
    assert server_count(centre) == 3  # and nothing twice: the first is there once
    again.close()


def test_a_call_whose_id_the_server_holds_for_someone_else_stays_kept(
    server: PostgresServer, tmp_path: Path
) -> None:
    """An id the server already holds for another person (a planted row, or a clash) is
    not taken for 'already sent': the call stays in the outbox, the others go."""
    centre = centre_with_operator(server)
    centre.add_person("farid", frozenset({Role.OPERATOR}))
    theirs = sealed(centre, "farid", "farid's own")
    with centre.connect_as("farid") as conn:
        assert ServerCallRepository(conn).save(theirs)
    outbox = open_outbox(centre, tmp_path, clock=Clock())
    clash = sealed(centre)
    clash = type(clash)(theirs.id, clash.started_at, clash.coded, clash.keys, clash.texts)
    fine = sealed(centre)
    outbox.keep(clash)
    outbox.keep(fine)
    state = outbox.send_now()
    assert (state.sent, state.refused, state.pending) == (1, 1, 1)
    assert [(i.call.id, i.last_failure) for i in outbox.store.pending()] == [
        (theirs.id, FAILURE_REFUSED)
    ]
    assert server_count(centre, [fine.id]) == 1
    with centre.superuser() as conn:
        author = conn.execute("SELECT author FROM hotline.calls WHERE id = %s", (theirs.id,))
        assert author.fetchone() == (centre.people["farid"].login,)
    assert outbox.seconds_until_due() == 1.0  # retried later, never dropped
    outbox.close()


def test_the_outbox_file_opens_only_with_its_owners_key(
    server: PostgresServer, tmp_path: Path
) -> None:
    centre = centre_with_operator(server)
    centre.add_person("farid", frozenset({Role.OPERATOR}))
    outbox = open_outbox(centre, tmp_path)
    outbox.keep(sealed(centre))
    path = outbox.store.path
    outbox.close()
    farid = centre.text_of("farid")
    assert farid.own_holder is not None
    before = path.read_bytes()
    with pytest.raises(OutboxUnreadable):
        OutboxStore(path, outbox_key(farid))
    assert path.read_bytes() == before  # left untouched
    again = OutboxStore(path, outbox_key(centre.text_of("leyla")))
    assert again.count() == 1
    again.close()
    assert outbox_path(tmp_path, farid.own_holder) != path
    # the device secret of a bound workstation changes the key too
    leyla = centre.text_of("leyla")
    assert outbox_key(leyla, os.urandom(32)) != outbox_key(leyla)


def test_the_recovery_code_keeps_no_outbox(server: PostgresServer) -> None:
    """A session of the recovery code (no person) is told plainly it cannot keep calls."""
    centre = centre_with_operator(server)
    text = dataclasses.replace(centre.text_of("leyla"), own_holder=None)
    with pytest.raises(NoOwnKey) as caught:
        outbox_key(text)
    assert "signed-in person" in caught.value.message()


def test_a_server_restarted_between_two_saves_takes_the_second_at_once(
    server: PostgresServer, tmp_path: Path
) -> None:
    """The connection kept from the first send died with the restart: the sender makes
    a fresh one in the same attempt instead of saying the server is out of reach."""
    centre = centre_with_operator(server)
    outbox = open_outbox(centre, tmp_path, clock=Clock())
    first, second = sealed(centre), sealed(centre)
    outbox.keep(first)
    assert outbox.send_now().sent == 1
    server.stop()
    server.start()
    outbox.keep(second)
    state = outbox.send_now()
    assert (state.sent, state.pending, state.reachable) == (1, 0, True)
    assert server_count(centre, [first.id, second.id]) == 2
    outbox.close()
