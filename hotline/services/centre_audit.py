"""The centre's audit chain as a workstation uses it: its witness, its saves and claims.

* ``witness``: the workstation's record of the last head it saw (a file of its own).
* ``check_at_connection``: at each connection, the head it saw must still be in the
  server's chain with the same hash, else the cut or rewritten log is named
  (CentreLogCut, CentreLogRewritten, translated) and nothing is written; once checked,
  the server's present head becomes the one witnessed, so a workstation witnesses the
  other workstations' entries too.
* ``send_call``: a call saved with its audit entry in one transaction, sent again over a
  fresh connection when the server went away mid-save (a restart): the call's id is
  made by the workstation, so a save whose commit did happen is found there and not
  written twice, entry included.
* ``claim_review`` / ``release_review``: the exclusive review claim, audited.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg

from hotline.errors import InvalidInput
from hotline.said import said_of
from hotline.services import centre_sealing
from hotline.services.review import CLAIMED_BY_OTHER
from hotline.storage.server.audit import (
    Appender,
    HeadWitness,
    ServerAuditLog,
)
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from hotline.storage.server.claims import ClaimRepository
from hotline.storage.server.errors import ServerUnreachable
from hotline.storage.server.seals import sealing_tables
from hotline.storage.server.seen_head import SeenHead

Connection = psycopg.Connection[tuple[Any, ...]]
SEND_TRIES = 8
SEND_WAIT_S = 0.5  # doubled after each failed try, up to SEND_WAIT_MAX_S
SEND_WAIT_MAX_S = 4.0


def witness(path: Path, desk_id: str, key: bytes) -> SeenHead:
    return SeenHead(path, desk_id, key)


def check_at_connection(conn: Connection, seen: HeadWitness) -> None:
    """Raise what the workstation's witness finds wrong with the server's chain; once it
    holds, witness the chain's present head."""
    log = ServerAuditLog(conn)
    with conn.transaction():
        head = log.last()
        before = seen.seen()
        problem = log.witnessed(before)
    if problem is not None:
        raise problem
    seen.saw(head)


def chain_length(conn: Connection) -> int:
    """How many entries the centre's chain holds (its head's number)."""
    return ServerAuditLog(conn).last().seq


def verify_centre(
    conn: Connection, pin: bytes | None, seen: HeadWitness | None = None
) -> list[str]:
    """The centre's chain walked and checked (as ``hotline verify`` does the desk's), and
    the witness's head against it."""
    log = ServerAuditLog(conn)
    problems = log.verify(pin)
    if sealing_tables(conn):
        problems += centre_sealing.problems(conn)
    if seen is not None:
        found = log.witnessed(seen.seen())
        if found is not None:
            problems.append(said_of(found))  # translated where it is shown
    return problems


def send_call(
    connect: Callable[[], Connection],
    call: SealedCall,
    user_id: int,
    signing_key: bytes,
    seen: HeadWitness | None,
    *,
    tries: int = SEND_TRIES,
    conn: Connection | None = None,
    on_retry: Callable[[int], None] | None = None,
) -> tuple[bool, Connection]:
    """Save the call with its audit entry; (True if written now, False if the server
    already held it; the connection used, to keep). A connection lost midway (the server
    restarted, the network dropped) is opened again and the save sent again; after
    ``tries`` the last error is raised and the call stays with the caller. ``on_retry``
    is told the number of each try that failed (1, 2, ...)."""
    wait = SEND_WAIT_S
    for attempt in range(tries):
        try:
            if conn is None or conn.closed:
                conn = connect()
            appender = Appender(conn, user_id, signing_key, seen)
            return ServerCallRepository(conn).save(call, audit=appender), conn
        except (psycopg.OperationalError, ServerUnreachable):
            if conn is not None:
                conn.close()
            conn = None
            if attempt == tries - 1:
                raise
            if on_retry is not None:
                on_retry(attempt + 1)
            time.sleep(wait)
            wait = min(wait * 2, SEND_WAIT_MAX_S)
    raise AssertionError("unreachable")


def claim_review(conn: Connection, appender: Appender, call_id: int, user_id: int) -> None:
    """Take the call's review, on every workstation at once; InvalidInput while another
    supervisor holds it. The claim and its audit entry are one transaction."""
    try:
        with conn.transaction():
            if not ClaimRepository(conn).claim(call_id, user_id):
                raise InvalidInput(field="call", problem=CLAIMED_BY_OTHER)
            appender.record("call.claim", "call", call_id)
    except BaseException:
        appender.forget()
        raise
    appender.committed()


def release_review(conn: Connection, appender: Appender, call_id: int) -> None:
    """Give one's own claim back (audited); nothing when one held none."""
    try:
        with conn.transaction():
            if ClaimRepository(conn).release(call_id):
                appender.record("call.release", "call", call_id)
    except BaseException:
        appender.forget()
        raise
    appender.committed()
