"""Calls kept on the workstation while the centre's server is out of reach, and sent
when it is back: nothing lost, nothing twice.

Every call a workstation saves for a centre goes first into its outbox
(hotline.storage.server.outbox: a SQLCipher file of the person's own, holding the
``SealedCall`` the server will get, so its free text is ciphertext there too), and
only then to the server, by the ``Sender`` on a thread of its own: the operator's save
is a local write and never waits on the network. The sender sends the kept calls in
the order saved; a call leaves the outbox once the server holds it. The server's
insert is idempotent by the call id the workstation made, so a send whose answer was
lost (the server committed, the line broke before the workstation knew) is sent
again and stored once.

When the server cannot be reached the sender waits 1, 2, 4 ... up to 60 seconds
between attempts (``Backoff``), and the window's status line says how many calls
are kept (ui/outbox_status.py). A call the server answers and refuses (it holds
another person's call of that id, or a row it rejects) stays in the outbox, is
counted and retried like the rest: it is never dropped.

The outbox file's key is derived from the person's own private key (their session)
and, where the workstation is bound to its keychain, its device secret: the file is
opened only by that person's session, on that machine when it is bound. Sending needs
no key: the calls are sealed already.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hotline.crypto.calltext import CallText
from hotline.errors import DeskError
from hotline.i18n import QT_TRANSLATE_NOOP
from hotline.storage.server.audit import AuditRecorder
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from hotline.storage.server.errors import LoginEnded, ServerUnreachable
from hotline.storage.server.outbox import FAILURE_REFUSED, FAILURE_UNREACHABLE, OutboxStore

Connect = Callable[[], psycopg.Connection[tuple[Any, ...]]]
# What says the line to the server is down (or broke mid-send), not that it refused.
LINE_DOWN = (ServerUnreachable, psycopg.OperationalError, psycopg.InterfaceError)
STORE_RETRY_SECONDS = 5.0


class NoOwnKey(DeskError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Calls can be kept on this computer only in a signed-in person's session."
    )


def outbox_key(text: CallText, device_secret: bytes | None = None) -> bytes:
    """The outbox file's key (own_file_key's "outbox")."""
    return own_file_key(text, "outbox", device_secret)


def own_file_key(text: CallText, purpose: str, device_secret: bytes | None = None) -> bytes:
    """The key of a person's own file on the workstation (the outbox, the centre's
    session's local desk): HKDF-SHA256 of the person's own private key (and the
    workstation's device secret, when bound), bound to the centre, the person and the
    file's purpose."""
    if text.own_holder is None:
        raise NoOwnKey()
    material = text.own_private.to_bytes() + (device_secret or b"")
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=text.desk_id.encode("ascii"),
        info=f"hotline-{purpose}|{text.own_holder}|{'bound' if device_secret else 'session'}".encode(),
    ).derive(material)


def outbox_path(folder: Path, holder: str) -> Path:
    """One outbox per person on the workstation (``user:7`` -> ``outbox-7.db``)."""
    return folder / f"outbox-{holder.removeprefix('user:')}.db"


@dataclass(frozen=True)
class Backoff:
    first: float = 1.0
    factor: float = 2.0
    longest: float = 60.0

    def delay(self, failures: int) -> float:
        """Seconds to wait after ``failures`` failed attempts in a row (0 for none)."""
        if failures <= 0:
            return 0.0
        return float(min(self.longest, self.first * self.factor ** (failures - 1)))


@dataclass(frozen=True)
class OutboxState:
    pending: int  # calls kept on this computer, not yet held by the server
    reachable: bool | None  # the last attempt reached the server (None: none made yet)
    sent: int = 0  # calls the last attempt got to the server
    refused: int = 0  # calls the server answered and refused (kept, retried)
    login_ended: bool = False  # the server refused the person's login (or record) itself
    # The server reached, but what it showed was refused here (a cut log, other centre
    # keys, an upgraded schema), or the outbox's file failed: said, kept, tried again.
    problem: DeskError | None = None

    @property
    def offline(self) -> bool:
        return self.reachable is False


class Outbox:
    """The outbox and what sends it. ``keep`` is called by the saving code, ``send_due``
    by the sender's thread (or a test); both may run at once."""

    def __init__(
        self,
        store: OutboxStore,
        connect: Connect,
        *,
        backoff: Backoff | None = None,
        clock: Callable[[], float] = time.monotonic,
        audit: Callable[[psycopg.Connection[tuple[Any, ...]]], AuditRecorder] | None = None,
    ) -> None:
        self.store = store
        self.connect = connect
        # A centre's session writes each call's call.save entry in its save's transaction.
        self.audit = audit
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.failures = 0
        self.due_at = 0.0
        self.reachable: bool | None = None
        self.login_ended = False  # the last attempt: the server refused the login (LoginEnded)
        self.problem: DeskError | None = None  # the last attempt's refusal here (OutboxState)
        self._conn: psycopg.Connection[tuple[Any, ...]] | None = None
        self._conn_was_reused = False
        self._sending = threading.Lock()

    def keep(self, call: SealedCall) -> OutboxState:
        """The call is on this computer's disk, committed, when this returns."""
        self.store.put(call)
        return self.state()

    def keep_all(self, calls: list[SealedCall]) -> OutboxState:
        """Several calls on this computer's disk, in one commit, when this returns."""
        self.store.put_all(calls)
        return self.state()

    def state(self, sent: int = 0, refused: int = 0) -> OutboxState:
        return OutboxState(
            self.store.count(), self.reachable, sent, refused, self.login_ended, self.problem
        )

    def seconds_until_due(self) -> float | None:
        """How long until the next attempt; None when nothing is kept (and the server
        not known to be away: a session signed in offline is told when it is back)."""
        if self.store.count() == 0 and self.reachable is not False:
            return None
        return max(0.0, self.due_at - self.clock())

    def send_due(self) -> OutboxState:
        """Send what is kept if the backoff allows it now."""
        if self.clock() < self.due_at:
            return self.state()
        return self.send_now()

    def send_now(self) -> OutboxState:
        """Every kept call to the server, in the order saved, now."""
        with self._sending:
            items = self.store.pending()
            if not items and self.reachable is not False:
                return self.state()
            sent = refused = 0
            try:
                try:
                    sent, refused = self._send(items)
                except LINE_DOWN:
                    self._close_connection()
                    if not self._conn_was_reused:
                        return self._failed(items[0].call.id if items else None)
                    # A connection kept from before (the server restarted since):
                    # one fresh attempt before saying the server is out of reach.
                    try:
                        sent, refused = self._send(self.store.pending())
                    except LINE_DOWN:
                        self._close_connection()
                        return self._failed(items[0].call.id if items else None)
            except LoginEnded:  # disabled, or changed since: kept, said, tried again later
                self._close_connection()
                self.login_ended, self.problem = True, None
                return self._refused_here()
            except DeskError as exc:  # refused here: a cut log, a full disk (kept, said)
                self._close_connection()
                self.login_ended, self.problem = False, exc
                return self._refused_here()
            self.reachable = True
            self.login_ended = False
            self.problem = None
            self.failures = self.failures + 1 if refused else 0
            self.due_at = self.clock() + self.backoff.delay(self.failures)
            return self.state(sent, refused)

    def _refused_here(self) -> OutboxState:
        """The server was reached, and the attempt refused (login_ended or problem)."""
        self.reachable = True
        self.failures += 1
        self.due_at = self.clock() + self.backoff.delay(self.failures)
        return self.state()

    def _failed(self, first_id: int | None) -> OutboxState:
        if first_id is not None:
            self.store.note_failure(first_id, FAILURE_UNREACHABLE)
        self.reachable = False
        self.failures += 1
        self.due_at = self.clock() + self.backoff.delay(self.failures)
        return self.state()

    def _send(self, items: list[Any]) -> tuple[int, int]:
        self._conn_was_reused = self._conn is not None
        if self._conn is None:
            self._conn = self.connect()
            self._conn.autocommit = True  # each call its own transaction (the repository's)
        conn = self._conn
        repo = ServerCallRepository(conn)
        sent = refused = 0
        for item in items:
            call: SealedCall = item.call
            try:
                if self.audit is None:
                    stored = repo.save(call)
                else:
                    stored = repo.save(call, audit=self.audit(conn))
                # Stored before (a lost answer): this person's own call of that id is
                # there. Another person's (an id clash, or a row planted by the
                # server's administrator) is not seen through row-level security.
                held = (
                    stored
                    or conn.execute(
                        "SELECT 1 FROM hotline.calls WHERE id = %s", (call.id,)
                    ).fetchone()
                    is not None
                )
            except LINE_DOWN:
                raise
            except psycopg.Error:
                held = False
            if not held:
                self.store.note_failure(call.id, FAILURE_REFUSED)
                refused += 1
                continue
            self.store.remove(call.id)
            sent += 1
        return sent, refused

    def _close_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._conn = None

    def close(self) -> None:
        with self._sending:
            self._close_connection()
            self.store.close()


class Sender:
    """The outbox's own thread: sends what is kept when it is due, waits out the
    backoff, wakes at once when a call is kept (``wake``). ``on_change`` hears every
    state after an attempt (on this thread: the window hands it to Qt by a signal)."""

    def __init__(
        self, outbox: Outbox, on_change: Callable[[OutboxState], None] | None = None
    ) -> None:
        self.outbox = outbox
        self.on_change = on_change
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hotline-outbox", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def keep(self, call: SealedCall) -> OutboxState:
        """Keep the call and have it sent as soon as the server takes it."""
        state = self.outbox.keep(call)
        self._report(state)
        self.wake()
        return state

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 15.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _report(self, state: OutboxState) -> None:
        if self.on_change is not None:
            self.on_change(state)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self._report(self.outbox.send_due())
                wait = self.outbox.seconds_until_due()
            except DeskError:  # the outbox file itself failed (a full disk): try again later
                wait = STORE_RETRY_SECONDS
            self._wake.wait(wait)
