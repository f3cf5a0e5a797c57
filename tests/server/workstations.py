"""Workstations of a centre for the tests: people enrolled with their audit grant, writer
processes, and what the server holds afterwards."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hotline.permissions import Role
from hotline.storage.server.audit import ServerAuditLog
from hotline.storage.server.seen_head import SeenHead
from tests.server.centre import Person, ServerCentre
from tests.server.postgres import PostgresServer, serve

ROOT = Path(__file__).resolve().parent.parent.parent


@contextmanager
def quiet_server() -> Iterator[PostgresServer]:
    """A server of its own, statement logging off: the writers' thousands of calls stay
    out of the session server's logs (the marker tests read those), and restarting it
    disturbs no other test."""
    yield from serve("hotline-pg-live-", log_all=False)


def admin_key(centre: ServerCentre) -> tuple[bytes, bytes | None]:
    """The first administrator's signing key and the root pin of their slot."""
    slot, _grants = centre.supervisor_grants()
    assert slot.signing_private is not None
    return slot.signing_private, slot.pins.root


def enrol(centre: ServerCentre, name: str, roles: frozenset[Role]) -> Person:
    """A member with their login role, vouched for in the chain by the first
    administrator (user.create, as the single-file desk's add_user writes it)."""
    person = centre.add_person(name, roles)
    key, _pin = admin_key(centre)
    with centre.superuser() as conn:
        ServerAuditLog(conn).append(
            1,
            key,
            "user.create",
            "user",
            person.user_id,
            {
                "user_id": person.user_id,
                "signing_key": person.identity.signing_public.hex(),
                "roles": sorted(r.value for r in roles),
            },
        )
    return person


def witness_key(centre: ServerCentre, name: str) -> bytes:
    """A key of ``name``'s own witness file (the session derives its own: witness_key)."""
    private = centre.people[name].identity.secrets.signing_private if name in centre.people else b""
    return hashlib.sha256(b"test-witness|" + (private or name.encode())).digest()


def witness_of(centre: ServerCentre, folder: Path, name: str) -> SeenHead:
    return SeenHead(folder / f"{name}.audit-head", centre.info.desk_id, witness_key(centre, name))


def writer(
    centre: ServerCentre, name: str, folder: Path, out: Path, **settings: Any
) -> subprocess.Popen[str]:
    """A writer process for ``name`` (tests/server/writer.py)."""
    person = centre.people[name]
    secrets = person.identity.secrets
    assert secrets.signing_private is not None
    cfg = {
        "url": centre.url_of(name),
        "user_id": person.user_id,
        "desk_id": centre.info.desk_id,
        "casetext_public": centre.info.casetext_public.hex(),
        "vault_public": centre.info.vault_public.hex(),
        "kem_private": secrets.kem_private.to_bytes().hex(),
        "signing_key": secrets.signing_private.hex(),
        "witness": str(folder / f"{name}.audit-head"),
        "witness_key": witness_key(centre, name).hex(),
        "out": str(out),
        **settings,
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.server.writer"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdin is not None
    proc.stdin.write(json.dumps(cfg))
    proc.stdin.close()
    return proc


@dataclass
class Written:
    """What a writer's output says: calls it sent, calls the server acknowledged."""

    sending: list[int]
    saved: dict[int, str]  # id -> "new" or "again"
    sent_at: dict[int, float]
    saved_at: dict[int, float]
    retried: list[int]


def read_out(out: Path) -> Written:
    sending: list[int] = []
    saved: dict[int, str] = {}
    sent_at: dict[int, float] = {}
    saved_at: dict[int, float] = {}
    retried: list[int] = []
    if out.exists():
        for line in out.read_text().splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "sending":
                sending.append(int(parts[1]))
                sent_at[int(parts[1])] = float(parts[2])
            elif len(parts) == 4 and parts[0] == "saved":
                saved[int(parts[1])] = parts[2]
                saved_at[int(parts[1])] = float(parts[3])
            elif len(parts) == 3 and parts[0] == "retry":
                retried.append(int(parts[1]))
    return Written(sending, saved, sent_at, saved_at, retried)


@dataclass
class Held:
    """Each call on the server with the count of its rows and of its call.save entries."""

    calls: dict[int, tuple[int, int, int, int]]  # id -> (keys, texts, vault, entries)
    problems: list[str]  # the chain's verify

    def whole(self, call_id: int) -> bool:
        return self.calls.get(call_id) == (2, 1, 1, 1)


def held(centre: ServerCentre) -> Held:
    _key, pin = admin_key(centre)
    with centre.superuser() as conn:
        rows = conn.execute(
            "WITH k AS (SELECT call_id, count(*) n FROM hotline.call_keys GROUP BY call_id),"
            " t AS (SELECT call_id, count(*) n FROM hotline.call_texts GROUP BY call_id),"
            " v AS (SELECT call_id, count(*) n FROM hotline.vault_entries GROUP BY call_id),"
            " a AS (SELECT object_id call_id, count(*) n FROM hotline.audit"
            "   WHERE object_type = 'call' AND action = 'call.save' GROUP BY object_id)"
            " SELECT c.id, coalesce(k.n, 0), coalesce(t.n, 0), coalesce(v.n, 0),"
            " coalesce(a.n, 0) FROM hotline.calls c LEFT JOIN k ON k.call_id = c.id"
            " LEFT JOIN t ON t.call_id = c.id LEFT JOIN v ON v.call_id = c.id"
            " LEFT JOIN a ON a.call_id = c.id"
        ).fetchall()
        orphans = conn.execute(
            "SELECT count(*) FROM hotline.audit a LEFT JOIN hotline.calls c ON c.id = a.object_id"
            " WHERE a.action = 'call.save' AND c.id IS NULL"
        ).fetchone()
        problems = ServerAuditLog(conn).verify(pin)
    assert orphans == (0,), "an audit entry of a call the server does not hold"
    return Held({int(r[0]): (int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows}, problems)
