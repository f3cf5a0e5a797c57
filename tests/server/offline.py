"""A server of the offline tests' own (they stop and start it), a centre on it and an
operator's outbox."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.services.outbox import Backoff, Outbox, outbox_key, outbox_path
from hotline.storage.server import connection
from hotline.storage.server.calls import SealedCall
from hotline.storage.server.outbox import OutboxStore
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import PostgresServer, _as_server_user, serve

MARKER = "Qz7OFFLINEmarker"
STARTED = datetime(2026, 11, 3, 22, 15, 7, 123456, tzinfo=UTC)


def own_server() -> Iterator[PostgresServer]:
    """A server these tests may stop (the session's server is shared by every test)."""
    yield from serve("hotline-pg-offline-")


def running(server: PostgresServer) -> bool:
    status = subprocess.run(
        _as_server_user([server.tool("pg_ctl"), "-D", str(server.data_dir), "status"]),
        capture_output=True,
    )
    return status.returncode == 0


def centre_with_operator(server: PostgresServer) -> ServerCentre:
    if not running(server):  # a test before stopped it and failed before starting it
        server.start()
    centre = set_up(server)
    centre.add_person("leyla", frozenset({Role.OPERATOR}))
    return centre


def sealed(centre: ServerCentre, who: str = "leyla", note: str = MARKER) -> SealedCall:
    return centre_service.seal_call(
        centre.text_of(who),
        centre.info.vault_public,
        centre_service.new_call_id(),
        STARTED,
        {"topic": "labour", "region": "baku"},
        {"notes": f"She said {note} twice", "callback": "after 18:00"},
        IdentityDetails(name=f"{note}name", phone="+994 55 000 11 22"),
    )


def connect_as(centre: ServerCentre, who: str) -> Any:
    def connect() -> psycopg.Connection[tuple[Any, ...]]:
        return connection.connect(centre.url_of(who), autocommit=True)

    return connect


def open_outbox(
    centre: ServerCentre,
    folder: Path,
    who: str = "leyla",
    *,
    clock: Any = None,
    backoff: Backoff | None = None,
) -> Outbox:
    text = centre.text_of(who)
    assert text.own_holder is not None
    store = OutboxStore(outbox_path(folder, text.own_holder), outbox_key(text))
    kwargs: dict[str, Any] = {"backoff": backoff}
    if clock is not None:
        kwargs["clock"] = clock
    return Outbox(store, connect_as(centre, who), **kwargs)


def server_count(centre: ServerCentre, call_ids: list[int] | None = None) -> int:
    with centre.superuser() as conn:
        if call_ids is None:
            row = conn.execute("SELECT count(*) FROM hotline.calls").fetchone()
        else:
            row = conn.execute(
                "SELECT count(*) FROM hotline.calls WHERE id = ANY(%s)", (call_ids,)
            ).fetchone()
    assert row is not None
    return int(row[0])


class Clock:
    """The outbox's clock, moved by the test: the backoff is checked, not slept."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now
