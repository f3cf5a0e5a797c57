"""How long a supervisor's session takes to give the calls saved on a centre before
their entities' lookup values those values (services/centre_entity_keys.py), on a
PostgreSQL server started here (as the tests start theirs; statement logging off).

The calls are made as the old version made them: sealed on the operator's workstation
(services/centre.seal_call, her own keys, an agency and a phone each, some a city too)
with no lookup values among their coded fields, saved with their ``call.save`` entry.
Then the supervisor signs in on the workstation and the conversion runs, batch after
batch, as her window runs it on its worker; the chain is verified after.

    python bench/server_entity_keys.py --calls 10000
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.crypto.person_keys import PersonKeys
from hotline.permissions import Role
from hotline.records import CallRecord, Entity
from hotline.services import centre_audit, centre_entity_keys, centre_people
from hotline.services.centre_session import open_centre
from tests.conftest import OPERATOR, OPERATOR_PW, SUPERVISOR, SUPERVISOR_PW
from tests.server.enrolled import set_up_with
from tests.server.postgres import binaries, create
from tests.server.test_centre_log_pages import _save

START = datetime(2025, 1, 1, tzinfo=UTC)


def _record(rng: random.Random, operator_id: int, n: int) -> CallRecord:
    entities = [
        Entity("agency", f"Agency {rng.randrange(400)} Travel"),
        Entity("phone", f"+994 50 {rng.randrange(10**7):07d}"),
    ]
    if rng.random() < 0.3:
        entities.append(Entity("city", rng.choice(("Dubai", "Istanbul", "Moscow"))))
    return CallRecord(
        started_at=START + timedelta(minutes=37 * n),
        operator_id=operator_id,
        duration_s=rng.randint(30, 1800),
        nature="information_request",
        topics=("work_abroad",),
        primary_topic="work_abroad",
        region=rng.choice(("baku", "ganja_dashkasan", "sumgait")),
        notes=f"call {n}",
        entities=tuple(entities),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=10_000)
    args = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        print("skipped: PostgreSQL's server binaries are not installed")
        return 0
    root = Path(tempfile.mkdtemp(prefix="hotline-pg-bench-"))
    server = create(bin_dir, root, log_all=False)
    server.start()
    try:
        people = [
            (OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW),
            (SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW),
        ]
        joined = set_up_with(server, Path(tempfile.mkdtemp(prefix="hotline-ws-")), people)
        rng = random.Random(152)
        began = time.perf_counter()
        leyla = centre_people.sign_in(joined.first, OPERATOR, OPERATOR_PW)
        try:
            with mock.patch.object(PersonKeys, "entity_coded", lambda self, entities: {}):
                for n in range(args.calls):
                    _save(leyla, _record(rng, leyla.user_id, n))
        finally:
            leyla.close()
        print(f"saved {args.calls:,} calls as before, in {time.perf_counter() - began:.1f} s")
        session = open_centre(joined.first, SUPERVISOR, SUPERVISOR_PW, send=False)
        try:
            began = time.perf_counter()
            keyed = centre_entity_keys.key_remaining(session)
            took = time.perf_counter() - began
            assert keyed is not None and keyed.keyed == args.calls, keyed
            print(
                f"keyed {keyed.keyed:,} calls in {took:.1f} s"
                f" ({took / args.calls * 1000:.2f} ms a call, batches of"
                f" {centre_entity_keys.BATCH})"
            )
            began = time.perf_counter()
            assert session.signin is not None
            problems = centre_audit.verify_centre(session.conn, session.signin.secrets.pins.root)
            print(f"verify after: {problems or 'clean'} in {time.perf_counter() - began:.1f} s")
            again = time.perf_counter()
            assert centre_entity_keys.key_remaining(session) is None
            print(f"a second run finds nothing, in {time.perf_counter() - again:.2f} s")
        finally:
            session.close()
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
