"""What an administrator's sign-in on a centre pays for its sealing and retention
(centre_sealing.scheduled: the workstation's seal register read and checked, the calls
it names looked up, then retention's due calls), against the sign-in alone, on a
PostgreSQL server started here over loopback TLS (as the tests start theirs).

The centre holds BENCH_CALLS calls (default 300), BENCH_SEALS of them (default 100)
sealed one decision at a time, so the workstation's register has that many signed
lines; retention is set and nothing is due. Printed: the medians of the sign-in alone
and of the scheduled step, and their ratio (scheduled / sign-in). The slot's key
derivation runs at test strength here (HOTLINE_INSECURE_FAST_KDF): at the desk's real
Argon2id cost the sign-in is several times longer and the ratio smaller.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HOTLINE_INSECURE_FAST_KDF", "1")

from hotline.permissions import Role
from hotline.services import centre_people, centre_sealing, sealing
from tests.conftest import ADMIN, ADMIN_PW, OPERATOR, OPERATOR_PW
from tests.server.enrolled import set_up_with
from tests.server.postgres import binaries, create
from tests.server.test_centre_sealing import _save

CALLS = int(os.environ.get("BENCH_CALLS", "300"))
SEALS = int(os.environ.get("BENCH_SEALS", "100"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))


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
        joined = set_up_with(
            server, root / "ws", [(OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)]
        )
        ws = joined.first
        leyla = centre_people.sign_in(ws, OPERATOR, OPERATOR_PW)
        started = datetime.now(UTC) - timedelta(days=400)
        try:
            ids = [_save(leyla, started + timedelta(minutes=i)).id for i in range(CALLS)]
        finally:
            leyla.close()
        admin = centre_people.sign_in(ws, ADMIN, ADMIN_PW)
        try:
            for n, call_id in enumerate(ids[:SEALS]):
                decision = sealing.decision("court", f"2-{n}/2026", "2026-11-20")
                centre_sealing.seal(admin, [call_id], decision)
            centre_sealing.set_retention(admin, 5)
        finally:
            admin.close()
        alone: list[float] = []
        step: list[float] = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            signin = centre_people.sign_in(ws, ADMIN, ADMIN_PW)
            alone.append(time.perf_counter() - start)
            try:
                start = time.perf_counter()
                done = centre_sealing.scheduled(signin)
                step.append(time.perf_counter() - start)
                assert done.resealed == 0 and done.retained == 0
            finally:
                signin.close()
        sign_in_ms = statistics.median(alone) * 1000
        step_ms = statistics.median(step) * 1000
        print(f"{CALLS} calls, {SEALS} sealings in the register, {ROUNDS} rounds")
        print(f"sign-in alone      {sign_in_ms:8.1f} ms (median)")
        print(f"scheduled step     {step_ms:8.1f} ms (median)")
        print(f"ratio step/sign-in {step_ms / sign_in_ms:8.2f}")
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
