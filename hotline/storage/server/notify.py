"""Notifications from the centre's server (LISTEN/NOTIFY), on a thread of their own.

The server sends, at the commit of a call or of a claim, the call's id and nothing
else (schema_audit.py). A Listener holds one connection of its own (autocommit),
listens on both channels and hands each id to ``on_event`` on its thread; the
window's side (hotline.ui.live) turns that into a Qt signal. A lost connection
is retried every few seconds; once back, ``on_resync`` says that notifications may
have been missed meanwhile (a page reloads instead of trusting them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg
from psycopg import sql

from hotline.errors import DeskError
from hotline.storage.server.schema_audit import CALLS_CHANNEL, REVIEWS_CHANNEL
from hotline.storage.server.schema_shared import SHARED_CHANNEL

CHANNELS = (CALLS_CHANNEL, REVIEWS_CHANNEL, SHARED_CHANNEL)
POLL_S = 0.25  # how soon stop() is noticed
RETRY_S = 2.0


class Listener:
    def __init__(
        self,
        connect: Callable[[], psycopg.Connection[tuple[Any, ...]]],
        on_event: Callable[[str, int], None],
        *,
        on_resync: Callable[[], None] | None = None,
        on_lost: Callable[[], None] | None = None,
        retry_s: float = RETRY_S,
    ) -> None:
        self._connect = connect
        self._on_event = on_event
        self._on_resync = on_resync
        self._on_lost = on_lost
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="hotline-listener", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout: float) -> bool:
        """Whether the listener is listening (its LISTEN committed) within ``timeout``."""
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        first = True
        lost_said = False  # on_lost once per outage, not at every try to reconnect
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.autocommit = True
                    for channel in CHANNELS:
                        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                    self._ready.set()
                    lost_said = False
                    if not first and self._on_resync is not None:
                        self._on_resync()
                    first = False
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=POLL_S):
                            self._deliver(note.channel, note.payload)
            except (psycopg.Error, DeskError, OSError):
                self._ready.clear()
                first = False  # whatever was sent meanwhile was missed: resync once back
                if self._on_lost is not None and not lost_said and not self._stop.is_set():
                    self._on_lost()
                    lost_said = True
                self._stop.wait(self._retry_s)

    def _deliver(self, channel: str, payload: str) -> None:
        try:
            call_id = int(payload)
        except ValueError:
            return  # not ours: a payload is a call id and nothing else
        # Any login may NOTIFY any channel: a payload is a hint to reload, never trusted,
        # and one no call can have (a bigint > 0) is dropped here.
        if not 0 < call_id < 2**63:
            return
        self._on_event(channel, call_id)
