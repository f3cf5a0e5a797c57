"""A call saved through the centre's server against a bare psycopg INSERT + COMMIT of
the same rows, over loopback TLS to a PostgreSQL server started here (as the tests
start theirs: tests/server/postgres.py; statement logging off).

Both write, per call, in one transaction: the calls row (coded fields), its two sealed
data keys, its sealed texts and one vault entry, as the operator's own login role
(row-level security on). Printed: the median of each, the ratio repository / bare
(issue 15 aims at 1.5 at most), and the workstation's sealing of the same call
(HPKE to the case-text key, AES-GCM, the vault's HPKE seal) beside them.
BENCH_ROUNDS calls each (default 200), in interleaved blocks.

With the centre's audit chain (issue 15, several writers): "audited" is the same save
with its call.save entry in the transaction (the chain's advisory lock and head read in
one round trip, the entry's hash and Ed25519 signature made here, its INSERT), against
"bare+audit", the bare INSERTs plus an INSERT of an audit row of the same size into a
copy of the audit table (no lock, no signing), then COMMIT.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

import psycopg

from hotline.permissions import Role
from hotline.records import IdentityDetails
from hotline.services import centre as centre_service
from hotline.storage.server.audit import Appender
from hotline.storage.server.calls import SealedCall, ServerCallRepository
from tests.server.centre import ServerCentre, set_up
from tests.server.postgres import binaries, create

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
BLOCKS = 5
STARTED = datetime(2026, 11, 3, 22, 15, tzinfo=UTC)


def seal(centre: ServerCentre, call_id: int) -> SealedCall:
    return centre_service.seal_call(
        centre.text_of("leyla"),
        centre.info.vault_public,
        call_id,
        STARTED,
        {"topic": "labour", "channel": "phone", "region": "baku", "age": "18-25"},
        {"notes": "Offered work abroad, passport kept by the agent " * 8, "callback": "evening"},
        IdentityDetails(name="Synthetic Person", phone="+994 50 000 00 00"),
    )


def bare(
    conn: psycopg.Connection[tuple[Any, ...]],
    call: SealedCall,
    call_id: int,
    audit_seq: int | None = None,
) -> None:
    conn.execute(
        "INSERT INTO hotline.calls(id, started_at, coded) VALUES (%s, %s, %s)",
        (call_id, call.started_at, psycopg.types.json.Jsonb(call.coded)),
    )
    for key in call.keys:
        conn.execute(
            "INSERT INTO hotline.call_keys(call_id, holder, suite, sealed) VALUES (%s, %s, %s, %s)",
            (call_id, key.holder, key.suite, key.sealed),
        )
    for name, body in call.texts.items():
        conn.execute(
            "INSERT INTO hotline.call_texts(call_id, field, body) VALUES (%s, %s, %s)",
            (call_id, name, body),
        )
    for entry in call.vault:
        conn.execute(
            "INSERT INTO hotline.vault_entries(call_id, suite, context, sealed)"
            " VALUES (%s, %s, %s, %s)",
            (call_id, entry.suite, entry.context, entry.sealed),
        )
    if audit_seq is not None:
        conn.execute(
            "INSERT INTO hotline.audit_bare(seq, at, user_id, action, object_type, object_id,"
            " details, prev_hash, hash, signature) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
            (
                audit_seq,
                "2026-11-03T22:15:00.000000+00:00",
                2,
                "call.save",
                "call",
                call_id,
                '{"holders": 2, "texts": ["callback", "notes"], "vault": 1}',
                os.urandom(32),
                os.urandom(32),
                os.urandom(64),
            ),
        )
    conn.commit()


def main() -> int:
    bin_dir = binaries()
    if bin_dir is None:
        print(
            "skipped: PostgreSQL's server binaries are not installed (apt-get install postgresql)"
        )
        return 0
    root = Path(tempfile.mkdtemp(prefix="hotline-pg-bench-"))
    server = create(bin_dir, root, log_all=False)
    server.start()
    try:
        centre = set_up(server)
        leyla = centre.add_person("leyla", frozenset({Role.OPERATOR}))
        with centre.superuser() as su:
            su.execute("CREATE TABLE hotline.audit_bare (LIKE hotline.audit INCLUDING ALL)")
            su.execute(f'GRANT INSERT ON hotline.audit_bare TO "{leyla.login}"')
        key = leyla.identity.secrets.signing_private or b""
        template = seal(centre, 1)
        times: dict[str, list[float]] = {
            "bare": [],
            "repository": [],
            "sealing": [],
            "bare+audit": [],
            "audited": [],
        }
        next_id = 10
        with (
            psycopg.connect(centre.url_of("leyla")) as plain,
            psycopg.connect(centre.url_of("leyla"), autocommit=True) as conn,
        ):
            repo = ServerCallRepository(conn)
            for _block in range(BLOCKS):
                for _ in range(ROUNDS // BLOCKS):
                    next_id += 1
                    start = time.perf_counter()
                    bare(plain, template, next_id)
                    times["bare"].append(time.perf_counter() - start)
                    next_id += 1
                    start = time.perf_counter()
                    sealed = seal(centre, next_id)
                    times["sealing"].append(time.perf_counter() - start)
                    start = time.perf_counter()
                    assert repo.save(sealed)
                    times["repository"].append(time.perf_counter() - start)
                    next_id += 1
                    start = time.perf_counter()
                    bare(plain, template, next_id, audit_seq=next_id)
                    times["bare+audit"].append(time.perf_counter() - start)
                    next_id += 1
                    sealed = seal(centre, next_id)
                    start = time.perf_counter()
                    assert repo.save(sealed, audit=Appender(conn, leyla.user_id, key))
                    times["audited"].append(time.perf_counter() - start)
        base = statistics.median(times["bare"])
        for name, values in times.items():
            median = statistics.median(values)
            print(f"{name:>11}: median {median * 1000:7.3f} ms  ratio to bare {median / base:5.2f}")
        ratio = statistics.median(times["audited"]) / statistics.median(times["bare+audit"])
        print(f"audited save / bare+audit: {ratio:5.2f}")
        print(f"calls per kind: {len(times['bare'])}")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
